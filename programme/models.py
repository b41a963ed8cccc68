"""The programme of the network: the session pages and what they link
(speakers, practices presented, materials)."""

import secrets
import uuid
import zoneinfo
from decimal import Decimal

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.db.models.functions import Lower
from django.utils import timezone, translation
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
from practices.models import ExpertLink, linked_terms, localized_record
from practices.models.expert import localized_links

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
        from programme import registration

        context = super().get_context(request, *args, **kwargs)
        sessions = i18n.translated_only(
            visible_pages(SessionPage.objects.child_of(self), request.user)
        ).order_by("start_date", "pk")
        # Upcoming first (soonest first), then the archive (newest first).
        upcoming = [s for s in sessions if not s.is_past]
        # Free seats of every upcoming session, read in one query.
        seats = registration.seats_of(upcoming)
        for session in upcoming:
            session.seat_counts = seats[session.pk]
        context["upcoming_sessions"] = upcoming
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
    organisation_seat_cap = models.PositiveIntegerField(
        _("seats per organisation"),
        null=True,
        blank=True,
        help_text=_(
            "Fair allocation: the most seats one organisation may hold until the date below."
        ),
    )
    organisation_cap_until = models.DateField(
        _("per-organisation limit until"),
        null=True,
        blank=True,
        help_text=_("From the day after, free seats go to anyone on the waiting list."),
    )

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
                FieldRowPanel(
                    [FieldPanel("organisation_seat_cap"), FieldPanel("organisation_cap_until")]
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
        SynchronizedField("organisation_seat_cap"),
        SynchronizedField("organisation_cap_until"),
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

    def localized_in(self, language):
        """This session's live page in ``language``, or itself."""
        if self.locale.language_code == language:
            return self
        translation = (
            SessionPage.objects.live()
            .filter(translation_key=self.translation_key, locale__language_code=language)
            .first()
        )
        return translation or self

    def get_context(self, request, *args, **kwargs):
        from programme import access, jsonld, registration

        context = super().get_context(request, *args, **kwargs)
        context["speakers"] = SessionSpeaker.experts_of(self, request.user)
        context["practices"] = localized_links(self.presented_practices, "practice", request.user)
        context.update(linked_terms(self, "topics"))
        context["host"] = localized_record(self, "host")
        # Registration: counts read now (never stored), for upcoming sessions.
        seats = None if self.is_past else registration.seats_of([self])[self.pk]
        context["seats"] = seats
        context["registration_open"] = not self.is_past and self.registration_is_open()
        context["registration_closed"] = bool(
            not self.is_past
            and self.registration_closes
            and self.registration_closes < programme_today()
        )
        # Materials: members, and the session's confirmed participants (the
        # grant programme.access gives them on the documents too).
        context["attends"] = not context["can_view_members_content"] and access.attends(
            request.user, self
        )
        context["can_see_materials"] = context["can_view_members_content"] or context["attends"]
        if context["can_see_materials"]:
            context["materials"] = list(self.materials.select_related("document"))
        context["event_jsonld"] = jsonld.script_content(
            jsonld.session_event(
                self, request, seats, context["host"], language=translation.get_language()
            )
        )
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


# --- Registration -----------------------------------------------------------
# The rules (seats, waiting list, fair allocation, contributions) live in
# programme.registration; these are the records.


def new_token():
    """A personal link's secret: 43 URL-safe characters (256 bits)."""
    return secrets.token_urlsafe(32)


class Booking(models.Model):
    """What one signed-in person submitted in one step: one or more
    participants for one or more sessions (a ``Registration`` each)."""

    registrant = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("registered by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="bookings",
    )
    language = models.CharField(_("language"), max_length=10)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        verbose_name = _("booking")
        verbose_name_plural = _("bookings")
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return _("Booking %(number)s") % {"number": self.pk}


class Invoice(models.Model):
    """A payment recorded by an editor (no payment is processed here): one
    invoice may settle several registrations."""

    number = models.CharField(_("invoice number"), max_length=60, unique=True)
    amount = models.DecimalField(_("amount (EUR)"), max_digits=9, decimal_places=2)
    issued_on = models.DateField(_("issued on"), default=timezone.localdate)
    paid_on = models.DateField(_("paid on"), null=True, blank=True)
    note = models.TextField(_("note"), blank=True)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("recorded by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("invoice")
        verbose_name_plural = _("invoices")
        ordering = ["-issued_on", "-pk"]

    def __str__(self):
        return self.number


class RegistrationQuerySet(models.QuerySet):
    def active(self):
        """Registrations holding a seat or a place on the waiting list."""
        return self.exclude(status=Registration.Status.CANCELLED)

    def confirmed(self):
        return self.filter(status=Registration.Status.CONFIRMED)

    def waiting(self):
        """The waiting list, first in line first."""
        return self.filter(status=Registration.Status.WAITING).order_by("waiting_rank", "pk")


class Registration(models.Model):
    """One participant in one session. ``session`` is always the session's
    page in the default language (``registration.source_session``): every
    translation of a session shares its seats and its waiting list."""

    class Status(models.TextChoices):
        CONFIRMED = "confirmed", _("Confirmed")
        WAITING = "waiting", _("Waiting list")
        CANCELLED = "cancelled", _("Cancelled")

    session = models.ForeignKey(
        SessionPage,
        verbose_name=_("session"),
        on_delete=models.PROTECT,
        related_name="registrations",
    )
    booking = models.ForeignKey(
        Booking,
        verbose_name=_("booking"),
        on_delete=models.CASCADE,
        related_name="registrations",
    )
    status = models.CharField(_("status"), max_length=20, choices=Status.choices)
    #: The order of the waiting list (lowest first); arrival order unless an
    #: editor moves someone.
    waiting_rank = models.BigIntegerField(_("place in the waiting list"), null=True, blank=True)

    # The participant, as the registrant typed them; they complete or
    # correct these themselves through their personal link.
    name = models.CharField(_("name"), max_length=160)
    email = models.EmailField(_("e-mail"))
    role = models.CharField(_("role"), max_length=160, blank=True)
    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("organisation"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="registrations",
        limit_choices_to=default_locale_only,
    )
    organisation_name = models.CharField(
        _("organisation (when not in the directory)"), max_length=255, blank=True
    )
    language = models.CharField(_("language"), max_length=10)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("account"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="registrations",
    )
    token = models.CharField(max_length=64, unique=True, default=new_token, editable=False)
    #: The certificate's public verification code.
    certificate_code = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)

    contribution_due = models.DecimalField(
        _("contribution due (EUR)"), max_digits=8, decimal_places=2, default=Decimal("0")
    )
    invoice = models.ForeignKey(
        Invoice,
        verbose_name=_("invoice"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="registrations",
    )

    created_at = models.DateTimeField(_("registered"), auto_now_add=True)
    confirmed_at = models.DateTimeField(_("seat confirmed"), null=True, blank=True)
    promoted_at = models.DateTimeField(_("promoted from the waiting list"), null=True, blank=True)
    cancelled_at = models.DateTimeField(_("cancelled"), null=True, blank=True)
    details_completed_at = models.DateTimeField(_("details completed"), null=True, blank=True)
    terms_accepted_at = models.DateTimeField(_("terms accepted"), null=True, blank=True)
    attended_at = models.DateTimeField(_("attended"), null=True, blank=True)
    checked_in_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("checked in by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    objects = RegistrationQuerySet.as_manager()

    class Meta:
        verbose_name = _("registration")
        verbose_name_plural = _("registrations")
        ordering = ["session", "status", "waiting_rank", "pk"]
        constraints = [
            # One e-mail holds at most one place per session (seat or
            # waiting list); a cancelled one may register again.
            models.UniqueConstraint(
                "session",
                Lower("email"),
                condition=~Q(status="cancelled"),
                name="registration_one_place_per_email",
            ),
            models.CheckConstraint(
                condition=~Q(status="waiting") | Q(waiting_rank__isnull=False),
                name="registration_waiting_has_rank",
            ),
        ]
        indexes = [models.Index(fields=["session", "status", "waiting_rank"])]

    def __str__(self):
        return f"{self.name} – {self.session}"

    @property
    def is_paid(self):
        return self.contribution_due == 0 or bool(self.invoice_id and self.invoice.paid_on)

    @property
    def organisation_label(self):
        return self.organisation.name if self.organisation_id else self.organisation_name


# --- Service requests -------------------------------------------------------


class ServiceRequest(models.Model):
    """A request for one of the services on demand, followed by editors in
    an inbox (status and history; the requester sees the status)."""

    class Service(models.TextChoices):
        STUDY_VISIT = "study_visit", _("Study visit")
        TRAINING = "training", _("Training on a topic")
        LOCAL_STRATEGY = "local_strategy", _("Support for a local strategy")
        PILOT_PROJECT = "pilot_project", _("Support for a pilot project")
        EVENT = "event", _("A specific event")

    class Status(models.TextChoices):
        NEW = "new", _("New")
        IN_DISCUSSION = "in_discussion", _("In discussion")
        AGREED = "agreed", _("Agreed")
        DECLINED = "declined", _("Declined")

    requester = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("requested by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="service_requests",
    )
    service = models.CharField(_("service"), max_length=30, choices=Service.choices)
    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("organisation"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="service_requests",
        limit_choices_to=default_locale_only,
    )
    organisation_name = models.CharField(_("organisation"), max_length=255, blank=True)
    topic = models.CharField(_("topic"), max_length=255)
    description = models.TextField(_("what you need"))
    preferred_dates = models.CharField(_("preferred dates"), max_length=255, blank=True)
    participants = models.PositiveIntegerField(_("expected participants"), null=True, blank=True)
    language = models.CharField(_("language"), max_length=10)
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.NEW
    )
    created_at = models.DateTimeField(_("received"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        verbose_name = _("service request")
        verbose_name_plural = _("service requests")
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return f"{self.get_service_display()} – {self.topic}"


class ServiceRequestEvent(models.Model):
    """One step in a request's history: a status change or an editor's note."""

    request = models.ForeignKey(
        ServiceRequest, on_delete=models.CASCADE, related_name="events", verbose_name=_("request")
    )
    status = models.CharField(
        _("status"), max_length=20, choices=ServiceRequest.Status.choices, blank=True
    )
    note = models.TextField(_("note"), blank=True)
    by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    at = models.DateTimeField(_("at"), auto_now_add=True)

    class Meta:
        verbose_name = _("service request event")
        verbose_name_plural = _("service request events")
        ordering = ["at", "pk"]

    def __str__(self):
        return f"{self.request} – {self.status or _('note')}"
