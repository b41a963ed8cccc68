"""Signing in on allauth's form: by username or e-mail address, a new
session each time, the lock-out of django-axes on every form that checks a
password (log-in, password change, account deletion), counted per account
however it is named."""

import pytest
from axes.models import AccessAttempt
from django.conf import settings
from django.contrib.auth import SESSION_KEY
from django.contrib.sessions.backends.db import SessionStore
from django.core import mail
from django.test import Client

from tests.accounts.conftest import PASSWORD

pytestmark = pytest.mark.django_db

LOCKED_IT = "Troppi tentativi di accesso non riusciti. Attendi 15 minuti prima di riprovare."
LOCKED = "Too many failed sign-in attempts. Please wait 15 minutes before trying again."


def test_signing_in_by_username_or_e_mail_address(person):
    for login in (person.username, person.email, person.email.upper()):
        client = Client()
        response = client.post("/fr/accounts/login/", {"login": login, "password": PASSWORD})
        assert response.status_code == 302, login
        assert response["Location"] == "/fr/"
        assert client.session[SESSION_KEY] == str(person.pk)


def test_signing_in_starts_a_new_session(person):
    client = Client()
    before = client.session  # an anonymous session with something in it
    before["seen"] = True
    before.save()
    client.cookies[settings.SESSION_COOKIE_NAME] = before.session_key
    client.post("/en/accounts/login/", {"login": person.username, "password": PASSWORD})
    after = client.cookies[settings.SESSION_COOKIE_NAME].value
    assert after != before.session_key
    assert not SessionStore().exists(before.session_key)  # the old key is gone
    assert client.session[SESSION_KEY] == str(person.pk)


def test_sessions_expire(person):
    client = Client()
    client.post(
        "/en/accounts/login/", {"login": person.username, "password": PASSWORD, "remember": "on"}
    )
    assert client.session.get_expiry_age() == 14 * 24 * 60 * 60
    other = Client()
    other.post("/en/accounts/login/", {"login": person.username, "password": PASSWORD})
    assert other.session.get_expire_at_browser_close()


def test_the_allauth_form_locks_out_after_five_failures_in_the_readers_language(person):
    client = Client()
    # The address and the username count as one account.
    for attempt in range(4):
        login = person.email if attempt % 2 else person.username
        response = client.post("/it/accounts/login/", {"login": login, "password": "wrong"})
        assert response.status_code == 200
        assert LOCKED_IT not in response.content.decode()
    response = client.post("/it/accounts/login/", {"login": person.email, "password": "wrong"})
    assert response.status_code == 429
    assert LOCKED_IT in response.content.decode()

    response = client.post("/it/accounts/login/", {"login": person.username, "password": PASSWORD})
    assert response.status_code == 429
    body = response.content.decode()
    assert LOCKED_IT in body
    assert '<html lang="it">' in body
    assert 'name="password"' in body  # the sign-in page itself
    assert SESSION_KEY not in client.session
    assert AccessAttempt.objects.get(username=person.username).failures_since_start == 5


def test_the_password_change_counts_wrong_passwords_too(person):
    client = Client()
    client.force_login(person)
    url = "/en/accounts/password/change/"
    data = {
        "oldpassword": "wrong",
        "password1": "a-new-long-password",
        "password2": "a-new-long-password",
    }
    for _ in range(4):
        response = client.post(url, data)
        assert response.status_code == 200
        assert "Please type your current password." in response.content.decode()
    response = client.post(url, data)
    assert response.status_code == 429
    assert LOCKED in response.content.decode()
    assert 'name="oldpassword"' in response.content.decode()
    person.refresh_from_db()
    assert person.check_password(PASSWORD)
    # The account is locked on the log-in form as well (same account, same address).
    response = Client().post("/en/accounts/login/", {"login": person.email, "password": PASSWORD})
    assert response.status_code == 429


def test_changing_the_password_keeps_the_session_and_tells_the_person(person, outbox):
    person.preferred_language = "es"
    person.save()
    client = Client()
    client.force_login(person)
    new = "quay-lighthouse-2026"
    with outbox():
        response = client.post(
            "/en/accounts/password/change/",
            {"oldpassword": PASSWORD, "password1": new, "password2": new},
        )
    assert response.status_code == 302
    assert response["Location"] == "/en/accounts/profile/"
    person.refresh_from_db()
    assert person.check_password(new)
    assert client.get("/en/accounts/profile/").status_code == 200  # still signed in
    (message,) = mail.outbox
    assert message.to == [person.email]
    assert message.subject == "Se ha cambiado su contraseña de LIAISE"


def test_a_new_password_shorter_than_12_characters_is_refused(person):
    client = Client()
    client.force_login(person)
    response = client.post(
        "/en/accounts/password/change/",
        {"oldpassword": PASSWORD, "password1": "short-pass1", "password2": "short-pass1"},
    )
    assert response.status_code == 200
    assert "at least 12 characters" in response.content.decode()
    person.refresh_from_db()
    assert person.check_password(PASSWORD)


def test_the_reset_e_mail_is_in_the_persons_language_whatever_the_page(person, outbox):
    person.preferred_language = "de"
    person.save()
    with outbox():
        response = Client().post("/fr/accounts/password/reset/", {"email": person.email})
    assert response["Location"] == "/fr/accounts/password/reset/done/"
    (message,) = mail.outbox
    assert message.subject == "Neues Passwort für das LIAISE-Netzwerk wählen"
    assert "http://testserver/de/accounts/password/reset/key/" in message.body
    assert f"Ihr Benutzername ist {person.username}." in message.body


def test_changing_the_e_mail_address_asks_for_the_password_and_a_confirmation(person, outbox):
    client = Client()
    # Through the form: an account made outside the sign-up (here by a
    # factory, in real life by an editor) gets its address trusted then.
    client.post("/en/accounts/login/", {"login": person.username, "password": PASSWORD})
    old = person.email
    response = client.post(
        "/en/accounts/email/", {"email": "ada.new@example.org", "action_add": ""}
    )
    # The password first (re-authentication, counted by axes like a log-in).
    assert response["Location"].startswith("/en/accounts/reauthenticate/?next=")
    page = client.get(response["Location"])
    assert "Confirm it is you" in page.content.decode()
    with outbox():
        client.post(response["Location"], {"password": PASSWORD})
    (message,) = mail.outbox
    assert message.to == ["ada.new@example.org"]
    assert message.subject == "Confirm your e-mail address for the LIAISE network"
    link = message.body.split("http://testserver")[1].split()[0]
    assert link.startswith("/en/accounts/confirm-email/")
    person.refresh_from_db()
    assert person.email == old  # until confirmed
    with outbox():
        client.post(link)
    person.refresh_from_db()
    assert person.email == "ada.new@example.org"
    # The old address is told.
    assert [message.to for message in mail.outbox] == [[old]]
    assert mail.outbox[0].subject == "Your LIAISE e-mail address was changed"
