"""The network of experts."""

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import get_language_info
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField
from wagtail.models import Orderable
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from cms import i18n
from cms.i18n import default_locale_only
from cms.models import DemoEntry
from cms.pages import PAGE_TRANSLATABLE_FIELDS, BasePage, ListingPage
from practices.filters import EXPERTS
from practices.links import linked_pages, linking_pages
from practices.models.taxonomy import linked_terms, localized_record
from search.listing import listing_context


def validate_language_codes(value):
    for code in parse_language_codes(value):
        try:
            get_language_info(code)
        except KeyError:
            raise ValidationError(
                _("“%(code)s” is not a language code such as en, fr or de."),
                params={"code": code},
            ) from None


def parse_language_codes(value):
    return [code.strip().lower() for code in (value or "").split(",") if code.strip()]


class ExpertIndexPage(ListingPage):
    """The directory: every expert of the reader's language (one directory
    per language), through the site search (``search.listing``)."""

    results_name = "experts"
    subpage_types = ["practices.ExpertPage"]

    class Meta:
        verbose_name = _("expert directory")

    def arrange(self, pages):
        """``pages`` with what the cards show fetched."""
        return pages.select_related("photo").prefetch_related("photo__renditions")

    def listing_context(self, request, members):
        records = self.arrange(ExpertPage.objects.all())
        return listing_context(request, EXPERTS, records, members=members)


class ExpertPage(DemoEntry, BasePage):
    """An expert of the network. The page title is the expert's name."""

    #: Loaded with the page when it is served (cms.sites).
    serve_related = ("photo",)

    role = models.CharField(_("role"), max_length=255, blank=True)
    organisation = models.ForeignKey(
        "network.Organisation",
        verbose_name=_("organisation"),
        on_delete=models.PROTECT,
        related_name="experts",
        limit_choices_to=default_locale_only,
    )
    country = CountryField(_("country"))
    expertise = ParentalManyToManyField(
        "practices.Topic",
        verbose_name=_("areas of expertise"),
        related_name="experts",
        blank=True,
        limit_choices_to=default_locale_only,
    )
    languages = models.CharField(
        _("languages spoken"),
        max_length=100,
        blank=True,
        validators=[validate_language_codes],
        help_text=_("Language codes separated by commas, e.g. “en, fr, de”."),
    )
    biography = RichTextField(_("biography"), blank=True, features=["bold", "italic", "link"])
    photo = models.ForeignKey(
        settings.WAGTAILIMAGES_IMAGE_MODEL,
        verbose_name=_("photo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    email = models.EmailField(_("e-mail"), blank=True)
    phone = models.CharField(_("telephone"), max_length=40, blank=True)
    availability = models.CharField(
        _("availability"),
        max_length=255,
        blank=True,
        help_text=_("For example: study visits, trainings in French and English."),
    )

    content_panels = BasePage.content_panels + [
        FieldPanel("role"),
        FieldRowPanel([FieldPanel("organisation"), FieldPanel("country")]),
        FieldPanel("expertise", widget=forms.CheckboxSelectMultiple),
        FieldPanel("languages"),
        FieldPanel("biography"),
        FieldPanel("photo"),
        FieldPanel("availability"),
        MultiFieldPanel(
            [FieldPanel("email"), FieldPanel("phone")],
            heading=_("Contact details (members only)"),
        ),
        FieldPanel("is_demo"),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("role"),
        index.SearchField("biography"),
    ]
    api_fields = [
        APIField("summary"),
        APIField("role"),
        APIField("country_code"),
        APIField("language_codes"),
        APIField("biography"),
        APIField("availability"),
        APIField("is_demo"),
    ]
    translatable_fields = PAGE_TRANSLATABLE_FIELDS + [
        TranslatableField("role"),
        TranslatableField("biography"),
        TranslatableField("availability"),
        SynchronizedField("organisation"),
        SynchronizedField("country"),
        SynchronizedField("expertise"),
        SynchronizedField("languages"),
        SynchronizedField("photo"),
        SynchronizedField("email"),
        SynchronizedField("phone"),
        SynchronizedField("is_demo"),
    ]
    parent_page_types = ["practices.ExpertIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("expert")
        verbose_name_plural = _("experts")

    @property
    def country_code(self):
        return self.country.code

    @property
    def language_codes(self):
        return parse_language_codes(self.languages)

    def spoken_languages(self):
        # Named as the reader's language names them in a list ("anglais").
        return [i18n.language_name_in_sentence(code) for code in self.language_codes]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["organisation"] = localized_record(self, "organisation")
        context.update(linked_terms(self, "expertise"))
        context["sessions"] = linking_pages(self, "spoke_at", request.user, ["start_date"])
        context["practices"] = []
        if context["can_view_members_content"]:
            # Contacts of practices are members-only, so is the reverse link.
            context["practices"] = linking_pages(self, "contact_for", request.user, ["title"])
        return context


class ExpertLink(Orderable):
    """An expert linked to a page, in the editor's order: a practice's
    contacts, a session's speakers. A concrete subclass adds the ``page``
    ParentalKey (its ``related_name`` is the page's relation) and names the
    expert's reverse relation with ``Meta.default_related_name`` (what
    ``cms.pages.pages_linking`` asks: ``contact_for``, ``spoke_at``)."""

    expert = models.ForeignKey(ExpertPage, on_delete=models.CASCADE, verbose_name=_("expert"))

    panels = [FieldPanel("expert")]

    class Meta(Orderable.Meta):
        abstract = True

    def __str__(self):
        return self.expert.title if self.expert_id else ""

    @classmethod
    def experts_of(cls, page, user):
        """The experts ``page`` links through this model, in the editor's order,
        each in the reader's language where it is translated, without those
        ``user`` may not see: one query whatever their number (see
        ``localized_links``)."""
        links = getattr(page, cls._meta.get_field("page").remote_field.get_accessor_name())
        return localized_links(links, "expert", user)


def localized_links(links, field, user):
    """The pages a page's orderable ``links`` (its related manager) point at
    through ``field``, in the reader's language and the editor's order: one
    query (``practices.links``), or, for a preview's links held in memory,
    their pages' translations (``cms.i18n.localize_pages``)."""
    stored = links.all()
    if isinstance(stored, models.QuerySet):
        return linked_pages(stored.model._meta.get_field(field).related_model, stored, field, user)
    return i18n.localize_pages([getattr(link, field) for link in stored], user)
