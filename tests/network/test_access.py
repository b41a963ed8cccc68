"""The access rule (network.access): who may see members-only content, on
people and memberships built by the factories."""

import datetime

import pytest
from django.contrib.auth.models import AnonymousUser, Permission
from django.utils import timezone

from network.access import can_view_members_content, is_member
from network.factories import AffiliationFactory, MembershipFactory, UserFactory
from network.models import Affiliation, Membership

pytestmark = pytest.mark.django_db


def fresh(user):
    """The user as the next request loads it (the rule caches its answer on the object)."""
    return type(user).objects.get(pk=user.pk)


def days(number):
    return timezone.localdate() + datetime.timedelta(days=number)


@pytest.mark.parametrize(
    ("membership", "member"),
    [
        ({}, True),
        ({"membership__ended": True}, False),
        ({"membership__future": True}, False),
        ({"membership__starts_on": days(0)}, True),
        ({"membership__ends_on": days(0)}, True),
        ({"membership__ends_on": days(-1)}, False),
        ({"status": Affiliation.Status.REQUESTED}, False),
    ],
    ids=[
        "active",
        "ended",
        "future",
        "starts-today",
        "ends-today",
        "ended-yesterday",
        "affiliation-not-confirmed",
    ],
)
def test_only_a_confirmed_person_of_an_organisation_with_an_active_membership(membership, member):
    user = MembershipFactory(**membership).user
    assert is_member(fresh(user)) is member
    assert can_view_members_content(fresh(user)) is member


def test_access_ends_with_the_membership_without_anyone_acting():
    affiliation = MembershipFactory(membership__ends_on=days(0))
    membership = affiliation.organisation.memberships.get()
    assert Membership.objects.active().filter(pk=membership.pk).exists()
    assert not Membership.objects.active(on=days(1)).filter(pk=membership.pk).exists()


def test_an_organisation_without_a_membership_gives_no_access():
    user = AffiliationFactory().user
    assert not can_view_members_content(fresh(user))


def test_one_active_membership_among_ended_ones_is_enough():
    user = MembershipFactory(ended=True).user
    MembershipFactory(user=user, future=True)
    assert not can_view_members_content(fresh(user))
    MembershipFactory(user=user)
    assert can_view_members_content(fresh(user))


def test_editors_see_members_content_through_the_permission():
    user = UserFactory()
    assert not can_view_members_content(fresh(user))
    user.user_permissions.add(
        Permission.objects.get(codename="view_members_content", content_type__app_label="network")
    )
    assert can_view_members_content(fresh(user))
    assert not is_member(fresh(user))


def test_superusers_do_and_anonymous_or_deactivated_people_do_not():
    assert can_view_members_content(UserFactory(is_superuser=True))
    assert not can_view_members_content(AnonymousUser())
    assert not can_view_members_content(None)
    deactivated = MembershipFactory(user__is_active=False).user
    assert not can_view_members_content(fresh(deactivated))
