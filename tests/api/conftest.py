"""The people of the API tests, built by the factories (nothing taken from
the demo's people): a member, a member of another organisation, an expired
member, a registered non-member and an editor (a moderator), each with a
client that sends a personal token, as a partner's program would."""

import pytest
from django.contrib.auth.models import Permission
from django.test import Client

from exchange import posting
from exchange.models import Sensitivity
from network import tokens
from network.factories import MembershipFactory, UserFactory

PROBLEM = "application/problem+json"


def assert_problem(response, status):
    assert response.status_code == status, response.content[:500]
    assert response["Content-Type"] == PROBLEM
    data = response.json()
    assert set(data) == {"type", "title", "status", "detail", "errors"}
    assert data["status"] == status and data["detail"]
    return data


def token_client(user, **kwargs):
    """A client that authenticates with a new personal token of ``user``."""
    _token, key = tokens.create(user, "Tests")
    return Client(headers={"Authorization": f"Bearer {key}"}, **kwargs)


@pytest.fixture
def member(db):
    return MembershipFactory(user__first_name="Mira", user__last_name="Member").user


@pytest.fixture
def other_member(db):
    """A member of another organisation."""
    return MembershipFactory(user__first_name="Otto", user__last_name="Other").user


@pytest.fixture
def expired(db):
    """A person whose organisation's membership ended yesterday."""
    return MembershipFactory(ended=True).user


@pytest.fixture
def nonmember(db):
    return UserFactory()


@pytest.fixture
def editor(db):
    """An editor: sees members-only content and moderates the exchange."""
    user = UserFactory(is_staff=True)
    user.user_permissions.add(
        Permission.objects.get(codename="view_members_content", content_type__app_label="network"),
        Permission.objects.get(codename="change_post", content_type__app_label="exchange"),
    )
    return user


@pytest.fixture
def as_member(member):
    return token_client(member)


@pytest.fixture
def as_other(other_member):
    return token_client(other_member)


ROLES = ("anonymous", "nonmember", "expired", "member", "other_member", "editor")


@pytest.fixture
def clients(member, other_member, expired, nonmember, editor):
    """A client per role (tokens; the anonymous one sends none)."""
    return {
        "anonymous": Client(),
        "nonmember": token_client(nonmember),
        "expired": token_client(expired),
        "member": token_client(member),
        "other_member": token_client(other_member),
        "editor": token_client(editor),
    }


def organisation_of(user):
    return user.affiliations.get().organisation


@pytest.fixture
def restricted_thread(member):
    """A thread restricted to the member's organisation, with a reply."""
    thread = posting.create_thread(
        member,
        title="Case conference in Rivertown",
        body="Only for our colleagues: canary-restricted.",
        language="en",
        sensitivity=Sensitivity.RESTRICTED,
        restricted_to=[organisation_of(member)],
    )
    return thread


@pytest.fixture
def members_thread(other_member):
    """A thread any member reads, opened by a member of another organisation."""
    return posting.create_thread(
        other_member,
        title="Mentoring schemes for families",
        body="Has any city evaluated a mentoring scheme?",
        language="en",
        sensitivity=Sensitivity.MEMBERS,
    )
