"""The profile: the person's organisations and whether their membership is
active (and until when), the fields of the sign-up, notification settings,
asking to join another organisation."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.core import mail
from django.test import Client

from network.models import Affiliation, User

pytestmark = pytest.mark.django_db


def signed_in(user):
    client = Client()
    client.force_login(user)
    return client


def test_the_profile_is_for_the_signed_in_person_only(client):
    response = client.get("/en/accounts/profile/")
    assert response.status_code == 302
    assert response["Location"].startswith("/en/accounts/login/?next=/en/accounts/profile/")


def test_the_profile_shows_the_membership_and_until_when(member):
    membership = member.organisation.memberships.get()
    membership.ends_on = datetime.date(2031, 3, 31)
    membership.save()
    response = signed_in(member.user).get("/fr/accounts/profile/")
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]
    body = response.content.decode()
    assert member.organisation.name in body
    assert "Membre du réseau jusqu’au 31 mars 2031." in body
    assert 'href="/fr/accounts/email/"' in body
    assert 'href="/fr/accounts/password/change/"' in body
    assert 'href="/fr/accounts/profile/data/"' in body


def test_an_ended_membership_says_so(db):
    from network.factories import MembershipFactory

    expired = MembershipFactory(ended=True)
    body = signed_in(expired.user).get("/en/accounts/profile/").content.decode()
    assert "has no active membership of the network" in body


def test_editing_the_profile(member):
    user = member.user
    client = signed_in(user)
    response = client.post(
        "/en/accounts/profile/",
        {
            "first_name": "Mia",
            "last_name": "Quay-Lantern",
            "job_title": "Head of prevention",
            "organisation": "",
            "requested_organisation": "",
            "languages_spoken": ["de", "it"],
            "preferred_language": "de",
            "email_frequency": "weekly",
        },
    )
    assert response.status_code == 302
    assert response["Location"] == "/en/accounts/profile/"
    user.refresh_from_db()
    assert user.last_name == "Quay-Lantern"
    assert user.job_title == "Head of prevention"
    assert user.languages_spoken == ["de", "it"]
    assert user.preferred_language == "de"
    assert user.email_frequency == User.EmailFrequency.WEEKLY
    page = client.get("/en/accounts/profile/").content.decode()
    assert "Your profile is saved." in page
    soup = BeautifulSoup(page, "html.parser")
    assert soup.select_one("#id_job_title")["value"] == "Head of prevention"
    assert soup.select_one("input[name=email_frequency][value=weekly]").has_attr("checked")


def test_a_profile_that_does_not_validate_keeps_what_was_typed(member):
    client = signed_in(member.user)
    response = client.post(
        "/en/accounts/profile/",
        {
            "first_name": "",
            "last_name": "Quay",
            "job_title": "Youth worker <b>lead</b>",
            "organisation": "other",
            "requested_organisation": "",
            "preferred_language": "en",
            "email_frequency": "daily",
        },
    )
    assert response.status_code == 200
    body = response.content.decode()
    assert "Enter the name of your organisation." in body
    assert "Youth worker &lt;b&gt;lead&lt;/b&gt;" in body  # kept, and inert
    member.user.refresh_from_db()
    assert member.user.job_title == ""


def test_asking_to_join_another_organisation(member, harbour, outbox):
    client = signed_in(member.user)
    page = client.get("/fr/accounts/profile/").content.decode()
    soup = BeautifulSoup(page, "html.parser")
    options = {option["value"] for option in soup.select("#id_organisation option")}
    assert str(harbour.pk) in options
    assert str(member.organisation.pk) not in options  # already theirs
    with outbox():
        response = client.post(
            "/fr/accounts/profile/",
            {
                "first_name": "Mia",
                "last_name": "Quay",
                "organisation": str(harbour.pk),
                "preferred_language": "fr",
                "email_frequency": "daily",
            },
        )
    assert response.status_code == 302
    affiliation = Affiliation.objects.get(user=member.user, organisation=harbour)
    assert affiliation.status == Affiliation.Status.REQUESTED
    assert {tuple(message.to) for message in mail.outbox} == {
        ("editor@example.org",),
        ("editor2@example.org",),
    }
    body = client.get("/fr/accounts/profile/").content.decode()
    assert "Mairie de Port-la-Ville" in body  # named in the reader's language
    assert "En attente de confirmation" in body


def test_the_header_links_to_the_account(member, client):
    assert 'href="/de/accounts/signup/"' in client.get("/de/").content.decode()
    body = signed_in(member.user).get("/de/").content.decode()
    assert 'href="/de/accounts/profile/"' in body
    assert "Mein Konto" in body
