"""People, organisations and memberships: who belongs to the network.

The programme of sessions is the ``programme`` app."""

from django.conf import settings
from django.contrib.auth.models import AbstractUser
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.models import TranslatableMixin
from wagtail_localize.fields import SynchronizedField, TranslatableField

from cms.i18n import default_locale_only
from cms.models import DemoEntry


class User(AbstractUser):
    """The account of a person. Custom from the first migration on purpose.

    A person belongs to organisations through ``Affiliation``; they are a
    member of the network while one of those organisations holds an active
    ``Membership`` (``network.access``)."""

    class EmailFrequency(models.TextChoices):
        EACH = "each", _("One e-mail per reply to what I watch")
        DAILY = "daily", _("A daily digest")
        WEEKLY = "weekly", _("A weekly digest")
        OFF = "off", _("No e-mail")

    preferred_language = models.CharField(
        _("preferred language"),
        max_length=8,
        choices=settings.LANGUAGES,
        default=settings.LANGUAGE_CODE,
        help_text=_("The language of e-mails and notifications."),
    )
    job_title = models.CharField(_("role"), max_length=160, blank=True)
    #: Language codes (settings.LANGUAGES or any ISO 639-1 code).
    languages_spoken = models.JSONField(_("languages spoken"), default=list, blank=True)
    #: An organisation the person named at sign-up that is not in the directory.
    requested_organisation = models.CharField(
        _("organisation (not in the directory)"), max_length=255, blank=True
    )
    email_frequency = models.CharField(
        _("e-mail about the exchange"),
        max_length=10,
        choices=EmailFrequency.choices,
        default=EmailFrequency.DAILY,
    )

    class Meta(AbstractUser.Meta):
        swappable = "AUTH_USER_MODEL"
        verbose_name = _("user")
        verbose_name_plural = _("users")

    @property
    def display_name(self):
        return self.get_full_name() or self.username


#: The group whose people review applications and confirm affiliations,
#: and are told by e-mail of new ones.
EDITORS_GROUP = "Editors"


def editors():
    """The active editors with an e-mail address (to be told of new requests)."""
    return (
        User.objects.filter(groups__name=EDITORS_GROUP, is_active=True).exclude(email="").distinct()
    )


class Organisation(TranslatableMixin, DemoEntry, models.Model):
    class Kind(models.TextChoices):
        CITY = "city", _("City or local authority")
        NGO = "ngo", _("Non-governmental organisation")
        RESEARCH = "research", _("Research institute or think tank")
        MINISTRY = "ministry", _("Ministry or regional government")
        NETWORK = "network", _("Network of cities")

    class Role(models.TextChoices):
        COORDINATOR = "coordinator", _("Coordinator")
        PARTNER = "partner", _("Partner")
        ASSOCIATED = "associated", _("Associated partner")
        MEMBER = "member", _("Member")
        NONE = "none", _("Not a member")

    #: Roles whose people are members of the network when their membership is active.
    MEMBER_ROLES = (Role.COORDINATOR, Role.PARTNER, Role.ASSOCIATED, Role.MEMBER)

    name = models.CharField(_("name"), max_length=255)
    slug = models.SlugField(_("slug"), max_length=120)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    role = models.CharField(
        _("role in the network"), max_length=20, choices=Role.choices, default=Role.NONE
    )
    country = CountryField(_("country"))
    city = models.CharField(_("city"), max_length=120, blank=True)
    website = models.URLField(_("website"), blank=True)
    description = models.TextField(_("description"), blank=True)
    contact_name = models.CharField(_("contact person"), max_length=160, blank=True)
    contact_email = models.EmailField(
        _("contact e-mail"),
        blank=True,
        help_text=_("Where membership reminders and decisions are sent."),
    )
    image = models.ForeignKey(
        settings.WAGTAILIMAGES_IMAGE_MODEL,
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("An illustration of the city or organisation."),
    )
    latitude = models.DecimalField(
        _("latitude"), max_digits=8, decimal_places=5, null=True, blank=True
    )
    longitude = models.DecimalField(
        _("longitude"), max_digits=8, decimal_places=5, null=True, blank=True
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldRowPanel([FieldPanel("kind"), FieldPanel("role")]),
        FieldRowPanel([FieldPanel("country"), FieldPanel("city")]),
        FieldPanel("website"),
        FieldPanel("description"),
        FieldRowPanel([FieldPanel("contact_name"), FieldPanel("contact_email")]),
        FieldPanel("image"),
        FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")]),
        FieldPanel("is_demo"),
    ]
    translatable_fields = [
        TranslatableField("name"),
        TranslatableField("city"),
        TranslatableField("description"),
        SynchronizedField("slug"),
        SynchronizedField("kind"),
        SynchronizedField("role"),
        SynchronizedField("country"),
        SynchronizedField("website"),
        SynchronizedField("contact_name"),
        SynchronizedField("contact_email"),
        SynchronizedField("image"),
        SynchronizedField("latitude"),
        SynchronizedField("longitude"),
        SynchronizedField("is_demo"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["locale", "slug"], name="organisation_unique_slug")
        ]

    def __str__(self):
        return self.name


class MembershipQuerySet(models.QuerySet):
    def active(self, on=None):
        """Memberships that give access on a day (today by default): the one
        definition of 'active'. Dates alone decide: when a membership ends,
        access ends with it without anyone acting."""
        on = on or timezone.localdate()
        return self.filter(starts_on__lte=on).filter(Q(ends_on__isnull=True) | Q(ends_on__gte=on))


class Membership(models.Model):
    """An organisation's membership of the network: its tier, its dates and
    its yearly contribution (recorded; no payment is processed here)."""

    class Tier(models.TextChoices):
        PARTNER = "partner", _("Partner")
        ASSOCIATE = "associate", _("Associate partner")

    organisation = models.ForeignKey(
        Organisation,
        on_delete=models.PROTECT,
        related_name="memberships",
        limit_choices_to=default_locale_only,
        verbose_name=_("organisation"),
    )
    tier = models.CharField(_("tier"), max_length=20, choices=Tier.choices, default=Tier.PARTNER)
    starts_on = models.DateField(_("starts on"), default=timezone.localdate)
    ends_on = models.DateField(_("ends on"), null=True, blank=True)
    yearly_contribution = models.DecimalField(
        _("yearly contribution (EUR)"), max_digits=9, decimal_places=2, default=0
    )
    paid = models.BooleanField(_("contribution paid"), default=False)
    notes = models.TextField(_("notes"), blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    objects = MembershipQuerySet.as_manager()

    panels = [
        FieldPanel("organisation"),
        FieldPanel("tier"),
        FieldRowPanel([FieldPanel("starts_on"), FieldPanel("ends_on")]),
        FieldRowPanel([FieldPanel("yearly_contribution"), FieldPanel("paid")]),
        FieldPanel("notes"),
    ]

    class Meta:
        verbose_name = _("membership")
        verbose_name_plural = _("memberships")
        ordering = ["-starts_on"]
        permissions = [("view_members_content", _("Can see members-only content"))]
        constraints = [
            models.CheckConstraint(
                condition=Q(ends_on__isnull=True) | Q(ends_on__gte=models.F("starts_on")),
                name="membership_ends_after_start",
            )
        ]

    def __str__(self):
        return f"{self.organisation} – {self.get_tier_display()}"

    def clean(self):
        if self.ends_on and self.starts_on and self.ends_on < self.starts_on:
            raise ValidationError({"ends_on": _("A membership cannot end before it starts.")})

    def is_active(self, on=None):
        on = on or timezone.localdate()
        return self.starts_on <= on and (self.ends_on is None or self.ends_on >= on)


class MembershipReminder(models.Model):
    """A reminder sent to an organisation's contact before its membership
    ends (60 and 14 days before): one row per membership and step, so that
    ``send_membership_reminders`` is safe to run twice."""

    membership = models.ForeignKey(Membership, on_delete=models.CASCADE, related_name="reminders")
    days_before = models.PositiveSmallIntegerField()
    sent_at = models.DateTimeField(auto_now_add=True)
    sent_to = models.EmailField()

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["membership", "days_before"], name="membership_reminder_once"
            )
        ]

    def __str__(self):
        return f"{self.membership}: {self.days_before} days"


class AffiliationQuerySet(models.QuerySet):
    def confirmed(self):
        return self.filter(status=Affiliation.Status.CONFIRMED)


class Affiliation(models.Model):
    """A person belongs to an organisation: asked for by the person at
    sign-up or on their profile, confirmed by an editor (or by approving an
    associate-partner application for its contact person)."""

    class Status(models.TextChoices):
        REQUESTED = "requested", _("Requested")
        CONFIRMED = "confirmed", _("Confirmed")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="affiliations",
        verbose_name=_("person"),
    )
    organisation = models.ForeignKey(
        Organisation,
        on_delete=models.PROTECT,
        related_name="affiliations",
        limit_choices_to=default_locale_only,
        verbose_name=_("organisation"),
    )
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.REQUESTED
    )
    is_contact = models.BooleanField(
        _("contact person"),
        default=False,
        help_text=_("Receives the organisation's membership reminders."),
    )
    created_at = models.DateTimeField(auto_now_add=True)

    objects = AffiliationQuerySet.as_manager()

    panels = [
        FieldPanel("user"),
        FieldPanel("organisation"),
        FieldRowPanel([FieldPanel("status"), FieldPanel("is_contact")]),
    ]

    class Meta:
        verbose_name = _("affiliation")
        verbose_name_plural = _("affiliations")
        ordering = ["organisation__name", "user__last_name"]
        constraints = [
            models.UniqueConstraint(fields=["user", "organisation"], name="affiliation_once")
        ]

    def __str__(self):
        return f"{self.user} – {self.organisation}"


class Application(models.Model):
    """An organisation's application to become an associate partner.

    Editors review it with the checklist; approval needs two different staff
    members (``ApplicationApproval``); the second approval creates the
    membership (``network.applications``)."""

    class Status(models.TextChoices):
        SUBMITTED = "submitted", _("Submitted")
        APPROVED = "approved", _("Approved")
        DECLINED = "declined", _("Declined")

    organisation_name = models.CharField(_("organisation"), max_length=255)
    kind = models.CharField(_("kind"), max_length=20, choices=Organisation.Kind.choices)
    country = CountryField(_("country"))
    city = models.CharField(_("city"), max_length=120, blank=True)
    website = models.URLField(_("website"), blank=True)
    contact_name = models.CharField(_("contact person"), max_length=160)
    contact_email = models.EmailField(_("contact e-mail"))
    contact_role = models.CharField(_("contact person's role"), max_length=160, blank=True)
    motivation = models.TextField(_("motivation"))
    accepts_contribution = models.BooleanField(_("accepts the yearly contribution"), default=False)
    #: The language the applicant used: decisions are sent in it.
    language = models.CharField(
        _("language"), max_length=8, choices=settings.LANGUAGES, default=settings.LANGUAGE_CODE
    )
    applicant = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="applications",
        verbose_name=_("applicant's account"),
    )
    #: The directory's organisation, when the applicant chose one (or the one
    #: approval created).
    organisation = models.ForeignKey(
        Organisation,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="applications",
        limit_choices_to=default_locale_only,
        verbose_name=_("organisation in the directory"),
    )
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.SUBMITTED
    )
    # The reviewers' checklist.
    check_eligible = models.BooleanField(
        _("a local authority or an organisation working with one, in Europe"), default=False
    )
    check_contact = models.BooleanField(_("the contact person is verified"), default=False)
    check_motivation = models.BooleanField(
        _("the motivation fits the network's aims"), default=False
    )
    check_contribution = models.BooleanField(
        _("the yearly contribution is accepted"), default=False
    )
    decision_message = models.TextField(_("message to the applicant"), blank=True)
    membership = models.OneToOneField(
        Membership, on_delete=models.SET_NULL, null=True, blank=True, related_name="application"
    )
    submitted_at = models.DateTimeField(_("submitted"), auto_now_add=True)
    decided_at = models.DateTimeField(_("decided"), null=True, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )

    CHECKLIST = ("check_eligible", "check_contact", "check_motivation", "check_contribution")
    #: The yearly contribution of an associate partner (EUR).
    CONTRIBUTION = 3000

    class Meta:
        verbose_name = _("associate-partner application")
        verbose_name_plural = _("associate-partner applications")
        ordering = ["-submitted_at"]

    def __str__(self):
        return self.organisation_name

    @property
    def checklist_complete(self):
        return all(getattr(self, name) for name in self.CHECKLIST)


class ApplicationApproval(models.Model):
    """One staff member's approval of an application (four eyes: two
    different people)."""

    application = models.ForeignKey(Application, on_delete=models.CASCADE, related_name="approvals")
    approver = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    approved_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["application", "approver"], name="application_approved_once_per_person"
            )
        ]

    def __str__(self):
        return f"{self.application}: {self.approver}"
