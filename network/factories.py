"""Factories for tests and development: organisations, people, affiliations, memberships.

factory_boy is a development requirement (requirements-dev.txt): no
production module imports a ``factories`` module. Nothing here depends on
the demo network.
"""

import datetime

import factory
from django.conf import settings
from django.utils import timezone
from django.utils.text import slugify
from factory.django import DjangoModelFactory
from wagtail.models import Locale

from network.models import Affiliation, Membership, Organisation


def default_locale():
    return Locale.objects.get(language_code=settings.LANGUAGE_CODE)


def days_from_today(days):
    return timezone.localdate() + datetime.timedelta(days=days)


class OrganisationFactory(DjangoModelFactory):
    """An organisation in the default locale (what pages and memberships
    link), a member of the network unless told otherwise."""

    name = factory.Sequence(lambda number: f"Organisation {number}")
    slug = factory.LazyAttribute(lambda organisation: slugify(organisation.name))
    kind = Organisation.Kind.CITY
    role = Organisation.Role.MEMBER
    country = "DE"
    locale = factory.LazyFunction(default_locale)

    class Meta:
        model = Organisation

    @classmethod
    def translation(cls, organisation, language, **fields):
        """Its translation into ``language`` (the same translation key and
        synchronised fields), with the translated ``fields`` given."""
        translated = organisation.copy_for_translation(Locale.objects.get(language_code=language))
        for name, value in fields.items():
            setattr(translated, name, value)
        translated.save()
        return translated


class UserFactory(DjangoModelFactory):
    """A registered person with no membership (``MembershipFactory`` makes one)."""

    username = factory.Sequence(lambda number: f"person-{number}")
    email = factory.LazyAttribute(lambda user: f"{user.username}@example.org")
    password = factory.django.Password("a long test password")

    class Meta:
        model = settings.AUTH_USER_MODEL


class AffiliationFactory(DjangoModelFactory):
    """A confirmed affiliation of a new person to a new organisation."""

    user = factory.SubFactory(UserFactory)
    organisation = factory.SubFactory(OrganisationFactory)
    status = Affiliation.Status.CONFIRMED

    class Meta:
        model = Affiliation
        skip_postgeneration_save = True


class OrganisationMembershipFactory(DjangoModelFactory):
    """An organisation's membership, begun a year ago with no end.
    ``ended=True``: it ended yesterday; ``future=True``: it starts tomorrow."""

    organisation = factory.SubFactory(OrganisationFactory)
    tier = Membership.Tier.PARTNER
    starts_on = factory.LazyFunction(lambda: days_from_today(-365))
    ends_on = None

    class Meta:
        model = Membership

    class Params:
        ended = factory.Trait(ends_on=factory.LazyFunction(lambda: days_from_today(-1)))
        future = factory.Trait(starts_on=factory.LazyFunction(lambda: days_from_today(1)))


class MembershipFactory(AffiliationFactory):
    """A member: a new person confirmed in a new organisation that holds a
    membership, active unless ``ended=True`` (it ended yesterday) or
    ``future=True`` (it starts tomorrow). Makes the affiliation; the
    membership is ``affiliation.organisation.memberships``."""

    class Params:
        ended = False
        future = False

    membership = factory.RelatedFactory(
        OrganisationMembershipFactory,
        organisation=factory.SelfAttribute("..organisation"),
        ended=factory.SelfAttribute("..ended"),
        future=factory.SelfAttribute("..future"),
    )
