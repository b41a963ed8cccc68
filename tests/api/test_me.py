"""``/api/me/`` and ``/api/me/notifications/``: a person's own profile,
memberships and notification settings, for any signed-in person."""

import datetime

import pytest
from django.utils import timezone

from exchange.models import Subscription
from network.factories import AffiliationFactory, OrganisationFactory
from network.models import Affiliation, Membership
from practices.models import Topic
from tests.api.conftest import assert_problem, organisation_of, token_client

pytestmark = pytest.mark.django_db

ME = "/api/me/"
NOTIFICATIONS = "/api/me/notifications/"


def test_a_member_reads_their_profile_and_their_organisations_membership(member, as_member):
    organisation = organisation_of(member)
    membership = organisation.memberships.get()
    membership.tier = Membership.Tier.ASSOCIATE
    membership.ends_on = timezone.localdate() + datetime.timedelta(days=30)
    membership.save()
    member.job_title = "Prevention officer"
    member.languages_spoken = ["de", "tr"]
    member.preferred_language = "de"
    member.save()
    data = as_member.get(ME).json()
    assert data["username"] == member.username
    assert data["name"] == "Mira Member"
    assert data["email"] == member.email
    assert data["role"] == "Prevention officer"
    assert data["languages_spoken"] == ["de", "tr"]
    assert data["preferred_language"] == "de"
    assert data["is_member"] is True
    assert data["organisations"] == [
        {
            "slug": organisation.slug,
            "name": organisation.name,
            "country": "DE",
            "kind": "city",
            "affiliation": "confirmed",
            "is_contact": False,
            "membership": {
                "active": True,
                "tier": "associate",
                "starts_on": membership.starts_on.isoformat(),
                "ends_on": membership.ends_on.isoformat(),
            },
        }
    ]


def test_an_expired_member_sees_that_the_membership_ended(expired):
    data = token_client(expired).get(ME).json()
    assert data["is_member"] is False
    (organisation,) = data["organisations"]
    assert organisation["membership"]["active"] is False
    assert (
        organisation["membership"]["ends_on"]
        == (timezone.localdate() - datetime.timedelta(days=1)).isoformat()
    )


def test_a_registered_non_member_reads_their_profile_too(nonmember):
    AffiliationFactory(
        user=nonmember,
        organisation=OrganisationFactory(name="Westbrook Council"),
        status=Affiliation.Status.REQUESTED,
    )
    data = token_client(nonmember).get(ME).json()
    assert data["is_member"] is False
    (organisation,) = data["organisations"]
    assert organisation["affiliation"] == "requested"
    assert organisation["membership"] == {
        "active": False,
        "tier": None,
        "starts_on": None,
        "ends_on": None,
    }


def test_names_come_in_the_locale_asked_for(member, as_member):
    from network.factories import OrganisationFactory as Factory

    Factory.translation(organisation_of(member), "fr", name="Ville de Rivière")
    assert as_member.get(ME, {"locale": "fr"}).json()["organisations"][0]["name"] == (
        "Ville de Rivière"
    )
    member.preferred_language = "fr"
    member.save()
    assert as_member.get(ME).json()["organisations"][0]["name"] == "Ville de Rivière"
    assert_problem(as_member.get(ME, {"locale": "xx"}), 400)


def test_a_person_changes_the_fields_they_send(member, as_member):
    response = as_member.patch(
        ME,
        {"role": "  Youth   worker ", "languages_spoken": ["it", "EN"], "preferred_language": "it"},
        content_type="application/json",
    )
    assert response.status_code == 200, response.content
    assert response.json()["role"] == "Youth worker"
    member.refresh_from_db()
    assert member.job_title == "Youth worker"
    assert member.languages_spoken == ["it", "en"]
    assert member.preferred_language == "it"
    assert member.first_name == "Mira"  # not sent, not changed


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"languages_spoken": ["xx"]}, "languages_spoken"),
        ({"languages_spoken": ["de", "de"]}, "languages_spoken"),
        ({"preferred_language": "pt"}, "preferred_language"),
        ({"role": "x" * 161}, "role"),
        ({"first_name": "Mira\x00"}, "first_name"),
        ({"first_name": None}, "first_name"),
        ({"email": "new@example.org"}, "email"),
        ({"is_superuser": True}, "is_superuser"),
    ],
)
def test_a_refused_change_names_the_field_and_changes_nothing(member, as_member, body, field):
    data = assert_problem(as_member.patch(ME, body, content_type="application/json"), 400)
    assert set(data["errors"]) == {field}
    member.refresh_from_db()
    assert member.email.endswith("@example.org") and not member.is_superuser
    assert member.first_name == "Mira" and member.languages_spoken == []


def test_a_profile_field_keeps_markup_as_text(member, as_member):
    payload = '<img src=x onerror="alert(1)">'
    response = as_member.patch(ME, {"role": payload}, content_type="application/json")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json; charset=utf-8"
    assert response.json()["role"] == payload
    member.refresh_from_db()
    assert member.job_title == payload


# --- notifications -----------------------------------------------------------------


def topic(slug):
    return Topic.objects.get(slug=slug, locale__language_code="en")


def any_topic():
    return Topic.objects.filter(locale__language_code="en").order_by("pk").first()


def test_a_member_reads_and_replaces_their_notification_settings(
    member, as_member, members_thread, restricted_thread
):
    term = any_topic()
    # The author watches the thread they opened.
    data = as_member.get(NOTIFICATIONS).json()
    assert data["email_frequency"] == "daily"
    assert data["subscriptions"] == [
        {
            "thread": restricted_thread.pk,
            "thread_title": restricted_thread.title,
            "topic": None,
            "topic_name": None,
            "level": "watching",
        }
    ]
    response = as_member.put(
        NOTIFICATIONS,
        {
            "email_frequency": "weekly",
            "subscriptions": [
                {"thread": members_thread.pk, "level": "muted"},
                {"topic": term.slug, "level": "watching"},
            ],
        },
        content_type="application/json",
    )
    assert response.status_code == 200, response.content
    member.refresh_from_db()
    assert member.email_frequency == "weekly"
    rows = {
        (row.thread_id, row.topic_id, row.level) for row in Subscription.objects.filter(user=member)
    }
    # The whole list: the restricted thread left out is no longer followed.
    assert rows == {(members_thread.pk, None, "muted"), (None, term.pk, "watching")}
    assert [item["level"] for item in response.json()["subscriptions"]] == ["muted", "watching"]


@pytest.mark.parametrize(
    ("subscription", "field"),
    [
        ({"thread": 0, "level": "watching"}, "subscriptions.0.thread"),
        ({"topic": "no-such-topic", "level": "normal"}, "subscriptions.0.topic"),
        ({"thread": 1, "topic": "x", "level": "normal"}, "subscriptions.0"),
        ({"topic": "x", "level": "loud"}, "subscriptions.0.level"),
    ],
)
def test_a_refused_subscription_is_named(member, as_member, subscription, field):
    data = assert_problem(
        as_member.put(
            NOTIFICATIONS,
            {"email_frequency": "off", "subscriptions": [subscription]},
            content_type="application/json",
        ),
        400,
    )
    assert set(data["errors"]) == {field}
    member.refresh_from_db()
    assert member.email_frequency == "daily"


def test_nobody_follows_a_thread_they_may_not_read(other_member, as_other, restricted_thread):
    data = assert_problem(
        as_other.put(
            NOTIFICATIONS,
            {
                "email_frequency": "each",
                "subscriptions": [{"thread": restricted_thread.pk, "level": "watching"}],
            },
            content_type="application/json",
        ),
        400,
    )
    assert "subscriptions.0.thread" in data["errors"]
    assert not Subscription.objects.filter(user=other_member, thread=restricted_thread).exists()


def test_a_thread_no_longer_readable_is_neither_listed_nor_dropped(
    member, expired, restricted_thread
):
    Subscription.objects.create(user=expired, thread=restricted_thread, level="watching")
    client = token_client(expired)
    assert client.get(NOTIFICATIONS).json()["subscriptions"] == []
    response = client.put(
        NOTIFICATIONS,
        {"email_frequency": "off", "subscriptions": []},
        content_type="application/json",
    )
    assert response.status_code == 200
    assert Subscription.objects.filter(user=expired, thread=restricted_thread).exists()
