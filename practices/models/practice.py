"""The library of practices."""

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from cms.blocks import BodyStreamBlock
from cms.i18n import default_locale_only
from cms.models import DemoEntry, DocumentAttachment
from cms.pages import PAGE_TRANSLATABLE_FIELDS, BasePage, ListingPage
from practices import choices
from practices.filters import PRACTICES
from practices.links import linking_pages
from practices.models.expert import ExpertLink
from practices.models.taxonomy import linked_terms, localized_record
from practices.similar import similar_links
from search.listing import listing_context


class PracticeIndexPage(ListingPage):
    """The library: every practice of the reader's language (one library
    per language), through the site search (``search.listing``)."""

    results_name = "practices"
    subpage_types = ["practices.PracticePage"]

    class Meta:
        verbose_name = _("practice library")

    def arrange(self, pages):
        """``pages`` with what the cards show fetched."""
        return pages.select_related("lead_image").prefetch_related("lead_image__renditions")

    def listing_context(self, request, members):
        records = self.arrange(PracticePage.objects.all())
        return listing_context(request, PRACTICES, records, members=members)


class PracticePage(DemoEntry, BasePage):
    Approach = choices.Approach
    Evidence = choices.Evidence
    Status = choices.Status
    #: Loaded with the page when it is served (cms.sites).
    serve_related = ("lead_image",)

    lead_image = models.ForeignKey(
        settings.WAGTAILIMAGES_IMAGE_MODEL,
        verbose_name=_("lead image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "Shown at the top of the practice and on its card. Its description is the "
            "alternative text."
        ),
    )
    body = StreamField(BodyStreamBlock(), verbose_name=_("description"), blank=True)
    body_members_only = models.BooleanField(
        _("description for members only"),
        default=False,
        help_text=_("The public sees the summary; members see the full description."),
    )
    organisation = models.ForeignKey(
        "network.Organisation",
        verbose_name=_("city or organisation"),
        on_delete=models.PROTECT,
        related_name="practices",
        limit_choices_to=default_locale_only,
    )
    country = CountryField(_("country"))
    topics = ParentalManyToManyField(
        "practices.Topic",
        verbose_name=_("topics"),
        related_name="practices",
        blank=True,
        limit_choices_to=default_locale_only,
    )
    forms_of_extremism = ParentalManyToManyField(
        "practices.FormOfExtremism",
        verbose_name=_("forms of extremism"),
        related_name="practices",
        blank=True,
        limit_choices_to=default_locale_only,
    )
    target_groups = ParentalManyToManyField(
        "practices.TargetGroup",
        verbose_name=_("target groups"),
        related_name="practices",
        blank=True,
        limit_choices_to=default_locale_only,
    )
    approach = models.CharField(_("approach"), max_length=20, choices=Approach.choices)
    evidence_level = models.CharField(
        _("evidence level"), max_length=20, choices=Evidence.choices, default=Evidence.INSPIRING
    )
    year_started = models.PositiveSmallIntegerField(_("started in"))
    year_ended = models.PositiveSmallIntegerField(_("ended in"), null=True, blank=True)
    status = models.CharField(_("status"), max_length=20, choices=Status.choices)

    content_panels = BasePage.content_panels + [
        FieldPanel("lead_image"),
        FieldPanel("body"),
        MultiFieldPanel(
            [
                FieldPanel("organisation"),
                FieldPanel("country"),
                FieldRowPanel([FieldPanel("year_started"), FieldPanel("year_ended")]),
                FieldRowPanel(
                    [FieldPanel("status"), FieldPanel("approach"), FieldPanel("evidence_level")]
                ),
            ],
            heading=_("Facts"),
        ),
        FieldPanel("topics", widget=forms.CheckboxSelectMultiple),
        FieldPanel("forms_of_extremism", widget=forms.CheckboxSelectMultiple),
        FieldPanel("target_groups", widget=forms.CheckboxSelectMultiple),
        MultiFieldPanel(
            [
                FieldPanel("body_members_only"),
                InlinePanel("contacts", label=_("Contacts")),
                InlinePanel("documents", label=_("Documents")),
            ],
            heading=_("Members only"),
            help_text=_("Contacts and documents are always for members only."),
        ),
        FieldPanel("is_demo"),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("body"),
        index.FilterField("approach"),
        index.FilterField("evidence_level"),
    ]
    api_fields = [
        APIField("summary"),
        APIField("public_body"),
        APIField("country_code"),
        APIField("approach"),
        APIField("evidence_level"),
        APIField("year_started"),
        APIField("year_ended"),
        APIField("status"),
        APIField("is_demo"),
    ]
    translatable_fields = PAGE_TRANSLATABLE_FIELDS + [
        TranslatableField("body"),
        SynchronizedField("lead_image"),
        SynchronizedField("body_members_only"),
        SynchronizedField("organisation"),
        SynchronizedField("country"),
        SynchronizedField("topics"),
        SynchronizedField("forms_of_extremism"),
        SynchronizedField("target_groups"),
        SynchronizedField("approach"),
        SynchronizedField("evidence_level"),
        SynchronizedField("year_started"),
        SynchronizedField("year_ended"),
        SynchronizedField("status"),
        SynchronizedField("is_demo"),
        SynchronizedField("contacts"),
        SynchronizedField("documents"),
    ]
    parent_page_types = ["practices.PracticeIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("practice")
        verbose_name_plural = _("practices")

    @property
    def country_code(self):
        return self.country.code

    @property
    def public_body(self):
        """The description as HTML for the public API, or None where it is for members."""
        if self.members_only or self.body_members_only:
            return None
        return str(self.body.render_as_block()) if self.body else ""

    def clean(self):
        super().clean()
        if self.year_ended and self.year_started and self.year_ended < self.year_started:
            raise ValidationError({"year_ended": _("A practice cannot end before it starts.")})

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        members = context["can_view_members_content"]
        context["organisation"] = localized_record(self, "organisation")
        context.update(linked_terms(self, "topics", "forms_of_extremism", "target_groups"))
        context["sessions"] = linking_pages(self, "presented_at", request.user, ["start_date"])
        context["show_body"] = members or not self.body_members_only
        # the page is served in its own language, so the active one is its locale
        context["similar"] = similar_links(self, translation.get_language(), members)
        if members:
            context["contacts"] = PracticeContact.experts_of(self, request.user)
            context["documents"] = list(self.documents.select_related("document"))
        return context


class PracticeContact(ExpertLink):
    page = ParentalKey(PracticePage, on_delete=models.CASCADE, related_name="contacts")

    class Meta(ExpertLink.Meta):
        default_related_name = "contact_for"


class PracticeDocument(DocumentAttachment):
    page = ParentalKey(PracticePage, on_delete=models.CASCADE, related_name="documents")
