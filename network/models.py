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
    """The account of a person. Custom from the first migration on purpose."""

    preferred_language = models.CharField(
        _("preferred language"),
        max_length=8,
        choices=settings.LANGUAGES,
        default=settings.LANGUAGE_CODE,
        help_text=_("The language of e-mails and notifications."),
    )

    class Meta(AbstractUser.Meta):
        swappable = "AUTH_USER_MODEL"
        verbose_name = _("user")
        verbose_name_plural = _("users")


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
        """Memberships that give access today: the one definition of 'active'."""
        on = on or timezone.localdate()
        return self.filter(
            status=Membership.Status.ACTIVE,
            starts_on__lte=on,
            organisation__role__in=Organisation.MEMBER_ROLES,
        ).filter(Q(ends_on__isnull=True) | Q(ends_on__gte=on))


class Membership(models.Model):
    """A person's membership of the network through their organisation."""

    class Status(models.TextChoices):
        PENDING = "pending", _("Pending")
        ACTIVE = "active", _("Active")
        SUSPENDED = "suspended", _("Suspended")
        ENDED = "ended", _("Ended")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="memberships",
        verbose_name=_("person"),
    )
    organisation = models.ForeignKey(
        Organisation,
        on_delete=models.PROTECT,
        related_name="memberships",
        limit_choices_to=default_locale_only,
        verbose_name=_("organisation"),
    )
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.PENDING
    )
    starts_on = models.DateField(_("starts on"), default=timezone.localdate)
    ends_on = models.DateField(_("ends on"), null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    objects = MembershipQuerySet.as_manager()

    panels = [
        FieldPanel("user"),
        FieldPanel("organisation"),
        FieldPanel("status"),
        FieldRowPanel([FieldPanel("starts_on"), FieldPanel("ends_on")]),
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
        return f"{self.user} – {self.organisation}"

    def clean(self):
        if self.ends_on and self.starts_on and self.ends_on < self.starts_on:
            raise ValidationError({"ends_on": _("A membership cannot end before it starts.")})
