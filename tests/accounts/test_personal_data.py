"""A person's data: the export holds theirs and nobody else's; deleting the
account keeps what they wrote in the exchange, without an author."""

import json

import pytest
from django.contrib.auth import SESSION_KEY, get_user_model
from django.test import Client

from exchange.models import Post, Report, Subscription, Thread
from network.factories import MembershipFactory
from network.models import Affiliation, Application
from tests.accounts.conftest import PASSWORD

pytestmark = pytest.mark.django_db


def signed_in(user):
    client = Client()
    client.force_login(user)
    return client


def write(author, title, body):
    thread = Thread.objects.create(title=title, author=author, post_count=1)
    post = Post.objects.create(thread=thread, author=author, is_opening=True, body=body)
    return thread, post


@pytest.fixture
def two_members(member):
    other = MembershipFactory(user__email="other.member@example.org")
    mine, my_post = write(member.user, "Mentoring in the harbour", "<p>Our mentoring circles</p>")
    theirs, their_post = write(other.user, "Street work at night", "<p>Their night patrols</p>")
    Post.objects.create(thread=theirs, author=member.user, body="<p>My reply to them</p>")
    Subscription.objects.create(user=member.user, thread=theirs, level="watching")
    Report.objects.create(post=their_post, reporter=member.user, reason="Names a minor")
    Application.objects.create(
        organisation_name="Lantern Association",
        kind="ngo",
        country="NL",
        contact_name="Mia Quay",
        contact_email="mia@example.org",
        motivation="We work with families.",
        applicant=member.user,
    )
    return member, other


def test_the_export_holds_the_persons_data_and_not_anothers(two_members):
    member, other = two_members
    response = signed_in(member.user).get("/en/accounts/profile/data/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/json")
    assert response["Content-Disposition"].startswith("attachment; filename=")
    assert "no-store" in response["Cache-Control"]
    data = json.loads(response.content)
    assert data["profile"]["email"] == member.user.email
    assert data["profile"]["first_name"] == "Mia"
    assert [item["organisation"] for item in data["affiliations"]] == [member.organisation.name]
    assert [item["organisation_name"] for item in data["applications"]] == ["Lantern Association"]
    exchange = data["exchange"]
    assert [thread["title"] for thread in exchange["threads"]] == ["Mentoring in the harbour"]
    assert sorted(post["body"] for post in exchange["posts"]) == [
        "<p>My reply to them</p>",
        "<p>Our mentoring circles</p>",
    ]
    assert [item["thread_title"] for item in exchange["subscriptions"]] == ["Street work at night"]
    assert [item["reason"] for item in exchange["reports"]] == ["Names a minor"]
    text = response.content.decode()
    assert "other.member@example.org" not in text
    assert "Their night patrols" not in text
    assert other.organisation.name not in text


def test_the_export_is_for_the_signed_in_person_only(client):
    response = client.get("/en/accounts/profile/data/")
    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]


def test_deleting_the_account_keeps_the_posts_without_an_author(two_members):
    member, _other = two_members
    user = member.user
    user.set_password(PASSWORD)
    user.save()
    thread = Thread.objects.get(author=user)
    posts = list(Post.objects.filter(author=user).values_list("pk", flat=True))
    client = signed_in(user)

    page = client.get("/fr/accounts/delete/")
    assert page.status_code == 200
    assert 'name="password"' in page.content.decode()

    response = client.post("/fr/accounts/delete/", {"password": "not my password"})
    assert response.status_code == 200
    assert "Ce n’est pas votre mot de passe." in response.content.decode()
    assert get_user_model().objects.filter(pk=user.pk).exists()

    response = client.post("/fr/accounts/delete/", {"password": PASSWORD})
    assert response.status_code == 302
    assert response["Location"] == "/fr/accounts/deleted/"
    assert not get_user_model().objects.filter(pk=user.pk).exists()
    assert SESSION_KEY not in client.session
    assert client.get(response["Location"]).status_code == 200
    # What they wrote stays, by a former member; what was theirs alone goes.
    thread.refresh_from_db()
    assert thread.author is None
    assert Post.objects.filter(pk__in=posts, author__isnull=True).count() == len(posts) == 2
    assert not Affiliation.objects.filter(user_id=user.pk).exists()
    assert not Subscription.objects.filter(user_id=user.pk).exists()
    assert not Report.objects.filter(reporter_id=user.pk).exists()
    assert Application.objects.get(organisation_name="Lantern Association").applicant is None


def test_editors_are_not_deleted_from_the_site(editor_client):
    page = editor_client.get("/en/accounts/delete/").content.decode()
    assert "deleted by an administrator" in page
    response = editor_client.post("/en/accounts/delete/", {"password": "liaise-demo"})
    assert response.status_code == 200
    assert get_user_model().objects.filter(username="editor").exists()
