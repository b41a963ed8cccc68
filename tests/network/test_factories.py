"""The network's factories make valid records that depend on no demo record."""

import pytest
from django.utils import translation

from cms import i18n
from network.access import is_member
from network.factories import MembershipFactory, OrganisationFactory, UserFactory
from network.models import Organisation

pytestmark = pytest.mark.django_db


def test_organisations_are_valid_members_in_the_default_locale():
    first, second = OrganisationFactory(), OrganisationFactory()
    for organisation in (first, second):
        organisation.full_clean()
        assert organisation.locale.language_code == "en"
        assert organisation.role in Organisation.MEMBER_ROLES
    assert first.slug != second.slug


def test_an_organisation_translation_keeps_what_is_synchronised():
    source = OrganisationFactory(city="Ghent")
    french = OrganisationFactory.translation(source, "fr", name="Ville de Gand", city="Gand")
    assert french.pk != source.pk
    assert (french.translation_key, french.slug, french.role) == (
        source.translation_key,
        source.slug,
        source.role,
    )
    with translation.override("fr"):
        assert i18n.localize([source]) == [french]
    with translation.override("de"):
        assert i18n.localize([source]) == [source]


def test_a_person_has_the_factory_password_and_no_membership():
    person = UserFactory()
    assert person.check_password("a long test password")
    assert not person.affiliations.exists()
    assert not is_member(person)


def test_a_membership_is_active_from_a_year_ago_without_end():
    affiliation = MembershipFactory()
    affiliation.full_clean()
    assert affiliation.status == affiliation.Status.CONFIRMED
    membership = affiliation.organisation.memberships.get()
    membership.full_clean()
    assert membership.ends_on is None
    assert membership.starts_on < membership.created_at.date()
    assert is_member(affiliation.user)
