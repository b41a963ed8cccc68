"""The access rule (network.access): who may see members-only content, on
people and memberships built by the factories."""

import datetime

import pytest
from django.contrib.auth.models import AnonymousUser, Permission
from django.utils import timezone

from network.access import can_view_members_content, is_member
from network.factories import MembershipFactory, OrganisationFactory, UserFactory
from network.models import Membership, Organisation

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
        ({"ended": True}, False),
        ({"future": True}, False),
        ({"starts_on": days(0)}, True),
        ({"ends_on": days(0)}, True),
        ({"status": Membership.Status.PENDING}, False),
        ({"status": Membership.Status.SUSPENDED}, False),
        ({"status": Membership.Status.ENDED}, False),
    ],
    ids=[
        "active",
        "ended",
        "future",
        "starts-today",
        "ends-today",
        "pending",
        "suspended",
        "status-ended",
    ],
)
def test_only_an_active_membership_gives_access(membership, member):
    user = MembershipFactory(**membership).user
    assert is_member(fresh(user)) is member
    assert can_view_members_content(fresh(user)) is member
    assert Membership.objects.active().filter(user=user).exists() is member


@pytest.mark.parametrize("role", Organisation.Role.values)
def test_the_organisation_must_be_in_the_network(role):
    user = MembershipFactory(organisation=OrganisationFactory(role=role)).user
    assert can_view_members_content(fresh(user)) is (role in Organisation.MEMBER_ROLES)


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
