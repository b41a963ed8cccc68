"""Signing up: the form with the network's fields, a confirmation e-mail in
the language the person chose, no sign-in before the address is confirmed,
the affiliation request and the editors' e-mail."""

import re

import pytest
from allauth.account.models import EmailAddress
from bs4 import BeautifulSoup
from django.contrib.auth import SESSION_KEY, get_user_model
from django.core import mail
from django.test import Client

from network.models import Affiliation

pytestmark = pytest.mark.django_db

PASSWORD = "tidal-lantern-harbour-9"  # noqa: S105


def sign_up(client, language="en", **fields):
    data = {
        "first_name": "Noor",
        "last_name": "Haven",
        "email": "noor.haven@example.org",
        "password1": PASSWORD,
        "password2": PASSWORD,
        "organisation": "",
        "requested_organisation": "",
        "job_title": "Prevention coordinator",
        "languages_spoken": ["nl", "fr"],
        "preferred_language": language,
        **fields,
    }
    return client.post(f"/{language}/accounts/signup/", data)


def link_in(message):
    return re.search(r"http://testserver(/\S+/)", message.body).group(1)


def test_the_sign_up_form_offers_the_directory_in_the_readers_language(client, harbour):
    body = client.get("/fr/accounts/signup/").content.decode()
    soup = BeautifulSoup(body, "html.parser")
    assert soup.find("h1").text == "Créer un compte"
    options = {option["value"]: option.text for option in soup.select("#id_organisation option")}
    assert options[str(harbour.pk)] == "Mairie de Port-la-Ville"  # the French name
    assert options["other"] == "Mon organisation n’est pas dans la liste"
    # The default-locale row is the value (what affiliations link), never a translation's.
    assert all(value in ("", "other") or value.isdigit() for value in options)
    # The language of e-mails defaults to the interface's.
    selected = soup.select_one("#id_preferred_language option[selected]")
    assert selected["value"] == "fr"
    # Every input has its label.
    for field in soup.select(
        "form.account-form input:not([type=hidden]), form.account-form select"
    ):
        assert soup.find("label", attrs={"for": field["id"]}), field["id"]
    assert "noindex" in body


def test_sign_up_confirm_then_sign_in(harbour, outbox):
    client = Client()
    with outbox():
        response = sign_up(client, "de", organisation=str(harbour.pk), preferred_language="it")
    assert response.status_code == 302
    assert response["Location"] == "/de/accounts/confirm-email/"
    assert SESSION_KEY not in client.session  # not signed in before confirming

    user = get_user_model().objects.get(email="noor.haven@example.org")
    assert (user.first_name, user.last_name, user.job_title) == (
        "Noor",
        "Haven",
        "Prevention coordinator",
    )
    assert user.languages_spoken == ["nl", "fr"]
    assert user.preferred_language == "it"
    assert user.check_password(PASSWORD)
    affiliation = Affiliation.objects.get(user=user)
    assert affiliation.organisation == harbour
    assert affiliation.status == Affiliation.Status.REQUESTED
    assert not EmailAddress.objects.get(user=user).verified

    confirmation = [message for message in mail.outbox if message.to == ["noor.haven@example.org"]]
    (message,) = confirmation
    # In the language chosen (Italian), whatever the page (German).
    assert message.subject == "Conferma il tuo indirizzo e-mail per la rete LIAISE"
    assert message.body.startswith("Buongiorno,")
    link = link_in(message)
    assert link.startswith("/it/accounts/confirm-email/")

    # The editors are told, each in their language, with a link to the admin.
    to_editors = [message for message in mail.outbox if message.to != ["noor.haven@example.org"]]
    assert {tuple(message.to) for message in to_editors} == {
        ("editor@example.org",),
        ("editor2@example.org",),
    }
    assert to_editors[0].subject == "Noor Haven asks to join Harbour Town Council"
    assert "/admin/snippets/network/affiliation/edit/" in to_editors[0].body

    # Signing in before confirming: refused (sent to "check your e-mail").
    early = Client()
    response = early.post(
        "/de/accounts/login/", {"login": "noor.haven@example.org", "password": PASSWORD}
    )
    assert response["Location"] == "/de/accounts/confirm-email/"
    assert SESSION_KEY not in early.session

    page = client.get(link)
    assert page.status_code == 200
    assert "noor.haven@example.org" in page.content.decode()
    assert client.post(link).status_code == 302
    assert EmailAddress.objects.get(user=user).verified

    fresh = Client()
    response = fresh.post(
        "/de/accounts/login/", {"login": "noor.haven@example.org", "password": PASSWORD}
    )
    assert response.status_code == 302
    assert response["Location"] == "/de/"
    assert fresh.session[SESSION_KEY] == str(user.pk)


def test_a_password_shorter_than_12_characters_is_refused(client):
    response = sign_up(client, password1="harbour-4me", password2="harbour-4me")  # 11
    assert response.status_code == 200
    body = response.content.decode()
    assert "This password is too short. It must contain at least 12 characters." in body
    assert not get_user_model().objects.filter(email="noor.haven@example.org").exists()
    # Nothing typed is lost but the passwords.
    soup = BeautifulSoup(body, "html.parser")
    assert soup.select_one("#id_first_name")["value"] == "Noor"
    assert soup.select_one("#id_job_title")["value"] == "Prevention coordinator"
    assert soup.select_one("input[name=languages_spoken][value=nl]").has_attr("checked")
    assert soup.select_one("#id_password1").get("value") is None
    # The errors are announced at the top, each linked to its field.
    alert = soup.select_one("#form-errors")
    assert alert["role"] == "alert"
    assert alert.select_one('a[href="#id_password1"]')


def test_an_organisation_is_chosen_or_named(client, outbox):
    response = sign_up(client)
    assert response.status_code == 200
    assert (
        "Choose your organisation, or “My organisation is not listed”" in response.content.decode()
    )

    response = sign_up(client, organisation="other")
    assert response.status_code == 200
    assert "Enter the name of your organisation." in response.content.decode()

    with outbox():
        response = sign_up(client, organisation="other", requested_organisation="Port Lantern e.V.")
    assert response.status_code == 302
    user = get_user_model().objects.get(email="noor.haven@example.org")
    assert user.requested_organisation == "Port Lantern e.V."
    assert not Affiliation.objects.filter(user=user).exists()
    subjects = {message.subject for message in mail.outbox}
    assert "Noor Haven names an organisation that is not in the directory" in subjects


def test_signing_up_with_an_address_in_use_says_nothing_of_the_account(person, outbox):
    with outbox():
        response = sign_up(
            Client(), organisation="other", requested_organisation="X", email=person.email
        )
    # The same answer as a new sign-up: no account is revealed.
    assert response["Location"] == "/en/accounts/confirm-email/"
    assert get_user_model().objects.filter(email=person.email).count() == 1
    (message,) = [message for message in mail.outbox if message.to == [person.email]]
    assert message.subject == "You already have an account on the LIAISE network"
    assert "http://testserver/en/accounts/password/reset/" in message.body
