"""The programme of the network: the session pages and what they link
(speakers, practices presented, materials)."""

import zoneinfo

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from cms import i18n
from cms.blocks import ProgrammeStreamBlock
from cms.i18n import default_locale_only
from cms.models import DemoEntry, DocumentAttachment
from cms.pages import PAGE_TRANSLATABLE_FIELDS, BasePage
from cms.visibility import visible_pages
from network.models import Organisation
from practices.models import ExpertLink

#: Whether a session is past is decided on the network's calendar (Brussels),
#: whatever the server's or the reader's time zone.
PROGRAMME_TIME_ZONE = zoneinfo.ZoneInfo("Europe/Brussels")


def programme_today():
    """Today in Brussels: a session is past from the day after its last day."""
    return timezone.now().astimezone(PROGRAMME_TIME_ZONE).date()


class SessionIndexPage(BasePage):
    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])

    content_panels = BasePage.content_panels + [FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["programme.SessionPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("session programme")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        sessions = i18n.translated_only(
            visible_pages(SessionPage.objects.child_of(self), request.user)
        ).order_by("start_date", "pk")
        # Upcoming first (soonest first), then the archive (newest first).
        context["upcoming_sessions"] = [s for s in sessions if not s.is_past]
        context["past_sessions"] = [s for s in sessions if s.is_past][::-1]
        return context


class SessionPage(DemoEntry, BasePage):
    class Kind(models.TextChoices):
        TRAINING = "training", _("Training session")
        SEMINAR = "seminar", _("Thematic seminar")
        STUDY_VISIT = "study_visit", _("Study visit")

    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices, default=Kind.TRAINING)
    start_date = models.DateField(_("first day"))
    end_date = models.DateField(_("last day"))
    city = models.CharField(_("city"), max_length=120)
    venue = models.CharField(_("venue"), max_length=255, blank=True)
    host = models.ForeignKey(
        Organisation,
        verbose_name=_("host organisation"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="hosted_sessions",
        limit_choices_to=default_locale_only,
    )
    topics = ParentalManyToManyField(
        "practices.Topic",
        verbose_name=_("topics"),
        blank=True,
        related_name="sessions",
        limit_choices_to=default_locale_only,
    )
    programme = StreamField(ProgrammeStreamBlock(), verbose_name=_("programme"), blank=True)
    seats = models.PositiveIntegerField(_("seats"), null=True, blank=True)
    contribution = models.DecimalField(
        _("contribution per participant (EUR)"),
        max_digits=8,
        decimal_places=2,
        null=True,
        blank=True,
        help_text=_("Asked of participants from organisations that are not partners."),
    )
    registration_opens = models.DateField(_("registration opens"), null=True, blank=True)
    registration_closes = models.DateField(_("registration closes"), null=True, blank=True)

    content_panels = BasePage.content_panels + [
        FieldPanel("kind"),
        FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")]),
        FieldRowPanel([FieldPanel("city"), FieldPanel("venue")]),
        FieldPanel("host"),
        FieldPanel("topics", widget=forms.CheckboxSelectMultiple),
        FieldPanel("programme"),
        InlinePanel("speakers", label=_("Speakers")),
        InlinePanel("presented_practices", label=_("Practices presented")),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("seats"), FieldPanel("contribution")]),
                FieldRowPanel(
                    [FieldPanel("registration_opens"), FieldPanel("registration_closes")]
                ),
            ],
            heading=_("Registration"),
        ),
        InlinePanel("materials", label=_("Materials (members only)")),
        FieldPanel("is_demo"),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("city"),
        index.SearchField("venue"),
        index.FilterField("start_date"),
    ]
    api_fields = [
        APIField("summary"),
        APIField("kind"),
        APIField("start_date"),
        APIField("end_date"),
        APIField("city"),
        APIField("venue"),
        APIField("seats"),
        APIField("contribution"),
        APIField("registration_opens"),
        APIField("registration_closes"),
        APIField("programme"),
    ]
    translatable_fields = PAGE_TRANSLATABLE_FIELDS + [
        TranslatableField("city"),
        TranslatableField("venue"),
        TranslatableField("programme"),
        SynchronizedField("kind"),
        SynchronizedField("start_date"),
        SynchronizedField("end_date"),
        SynchronizedField("host"),
        SynchronizedField("topics"),
        SynchronizedField("seats"),
        SynchronizedField("contribution"),
        SynchronizedField("registration_opens"),
        SynchronizedField("registration_closes"),
        SynchronizedField("speakers"),
        SynchronizedField("presented_practices"),
        SynchronizedField("materials"),
        SynchronizedField("is_demo"),
    ]
    parent_page_types = ["programme.SessionIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("session")
        verbose_name_plural = _("sessions")

    def clean(self):
        super().clean()
        if self.start_date and self.end_date and self.end_date < self.start_date:
            raise ValidationError({"end_date": _("A session cannot end before it starts.")})
        if (
            self.registration_opens
            and self.registration_closes
            and self.registration_closes < self.registration_opens
        ):
            raise ValidationError(
                {"registration_closes": _("Registration cannot close before it opens.")}
            )

    @property
    def is_past(self):
        """Computed, never stored: the session's last day is before today
        (Brussels time)."""
        return self.end_date < programme_today()

    @classmethod
    def upcoming(cls, queryset):
        """``queryset`` narrowed to the sessions not yet past, soonest first."""
        return queryset.filter(end_date__gte=programme_today()).order_by("start_date", "pk")

    def registration_opens_later(self, on=None):
        """An upcoming session whose registration has not opened yet (or has no
        dates): the page says registration opens soon."""
        on = on or programme_today()
        if self.end_date < on:
            return False
        return not self.registration_opens or self.registration_opens > on

    def registration_is_open(self, on=None):
        on = on or programme_today()
        if not (self.registration_opens and self.registration_closes):
            return False
        return self.registration_opens <= on <= self.registration_closes

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        practices = [link.practice for link in self.presented_practices.select_related("practice")]
        context["speakers"] = SessionSpeaker.experts_of(self, request.user)
        context["practices"] = i18n.localize_pages(practices, request.user)
        context["topics"] = i18n.localize(self.topics.all())
        context["host"] = i18n.localize([self.host])[0] if self.host_id else None
        if context["can_view_members_content"]:
            context["materials"] = list(self.materials.select_related("document"))
        return context


class SessionSpeaker(ExpertLink):
    page = ParentalKey(SessionPage, on_delete=models.CASCADE, related_name="speakers")

    class Meta(ExpertLink.Meta):
        default_related_name = "spoke_at"


class SessionPractice(Orderable):
    page = ParentalKey(SessionPage, on_delete=models.CASCADE, related_name="presented_practices")
    practice = models.ForeignKey(
        "practices.PracticePage",
        on_delete=models.CASCADE,
        related_name="presented_at",
        verbose_name=_("practice"),
    )

    panels = [FieldPanel("practice")]


class SessionMaterial(DocumentAttachment):
    page = ParentalKey(SessionPage, on_delete=models.CASCADE, related_name="materials")
