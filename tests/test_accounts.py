"""Signing in and out: the lock-out after repeated failures on every log-in
form (site, Wagtail admin, page password) and the signed-out page.

The lock-out runs from the recorded failures (axes' AccessAttempt rows, rolled
back with each test), so a test "moves time" by ageing them.
"""

from datetime import timedelta

import pytest
from axes.models import AccessAttempt
from django.contrib.auth import SESSION_KEY
from django.contrib.auth.models import AnonymousUser
from django.db.models import F
from django.http import HttpResponse
from django.test import Client
from django.urls import reverse
from django.utils import translation
from wagtail.models import PageViewRestriction

from cms.accounts import client_ip_address, lockout_response
from home.models import StandardPage

pytestmark = pytest.mark.django_db

PASSWORD = "liaise-demo"
LOCKED = "Too many failed sign-in attempts. Please wait 15 minutes before trying again."
LOCKED_FR = (
    "Trop de tentatives de connexion infructueuses. "
    "Veuillez patienter 15 minutes avant de réessayer."
)
LOCKED_DE = (
    "Zu viele fehlgeschlagene Anmeldeversuche. "
    "Bitte warten Sie 15 Minuten, bevor Sie es erneut versuchen."
)
PAGE_LOCKED_FR = "Trop de mots de passe erronés. Veuillez patienter 15 minutes avant de réessayer."
PAGE_PASSWORD = "sesame-2026"


def signed_in(client):
    return SESSION_KEY in client.session


def age_failures(minutes):
    """Move every recorded failure ``minutes`` into the past."""
    AccessAttempt.objects.update(attempt_time=F("attempt_time") - timedelta(minutes=minutes))


def hammer(client, url, data, times=10, **extra):
    """Post ``data`` ``times`` times; the responses, in order (fewer than
    allauth's 30 log-in posts a minute per address: that limit answers 429
    too, without the form)."""
    return [client.post(url, data, **extra) for _ in range(times)]


def assert_locked_after_five(responses, message):
    for response in responses[:4]:
        assert response.status_code == 200
        assert message not in response.content.decode()
    for response in responses[4:]:
        assert response.status_code == 429
        assert message in response.content.decode()


def test_site_sign_in_locks_out_after_five_failures_in_the_readers_language(client):
    url = "/fr/accounts/login/"
    responses = hammer(client, url, {"login": "member", "password": "wrong"})
    assert_locked_after_five(responses, LOCKED_FR)

    response = client.post(url, {"login": "member", "password": PASSWORD})
    assert response.status_code == 429
    assert not signed_in(client)
    body = response.content.decode()
    assert LOCKED_FR in body
    assert '<html lang="fr">' in body
    assert 'name="password"' in body  # the sign-in page itself, not a bare message
    # Attempts during the lock-out are refused uncounted: the wait does not grow.
    assert AccessAttempt.objects.get(username="member").failures_since_start == 5


def test_site_sign_in_works_again_after_the_cool_off(client):
    url = "/en/accounts/login/"
    hammer(client, url, {"login": "member", "password": "wrong"}, times=5)
    age_failures(14)
    response = client.post(url, {"login": "member", "password": PASSWORD})
    assert response.status_code == 429
    assert LOCKED in response.content.decode()

    age_failures(2)
    response = client.post(url, {"login": "member", "password": PASSWORD})
    assert response.status_code == 302
    assert signed_in(client)
    assert not AccessAttempt.objects.filter(username="member").exists()


def test_lock_out_is_per_username_and_address(client):
    hammer(client, "/en/accounts/login/", {"login": "member", "password": "wrong"}, times=5)
    response = client.post("/en/accounts/login/", {"login": "member", "password": PASSWORD})
    assert response.status_code == 429

    colleague = Client()  # same office address, another account
    response = colleague.post("/en/accounts/login/", {"login": "eastbridge", "password": PASSWORD})
    assert response.status_code == 302
    elsewhere = Client(REMOTE_ADDR="192.0.2.44")  # the same account from elsewhere
    response = elsewhere.post("/en/accounts/login/", {"login": "member", "password": PASSWORD})
    assert response.status_code == 302


def test_admin_sign_in_locks_out_too(client):
    url = "/admin/login/"
    responses = hammer(
        client, url, {"username": "admin", "password": "wrong"}, HTTP_ACCEPT_LANGUAGE="de"
    )
    assert_locked_after_five(responses, LOCKED_DE)

    response = client.post(
        url, {"username": "admin", "password": PASSWORD}, HTTP_ACCEPT_LANGUAGE="de"
    )
    assert response.status_code == 429
    assert LOCKED_DE in response.content.decode()
    assert "wagtailadmin/login.html" in [template.name for template in response.templates]
    assert not signed_in(client)
    assert client.get("/admin/").status_code == 302
    # The same account from the same address is locked on the site form too.
    response = client.post("/en/accounts/login/", {"login": "admin", "password": PASSWORD})
    assert response.status_code == 429


@pytest.fixture
def protected_page():
    """A French demo page behind a page password, and its form's address."""
    page = StandardPage.objects.live().filter(locale__language_code="fr").first()
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password=PAGE_PASSWORD
    )
    with translation.override("fr"):
        action = reverse("wagtailcore_authenticate_with_password", args=[restriction.id, page.id])
    assert action.startswith("/fr/")
    return page, restriction, action


def passed(client, restriction):
    key = PageViewRestriction.passed_view_restrictions_session_key
    return restriction.id in client.session.get(key, [])


def test_page_password_form_locks_out(client, protected_page):
    page, restriction, action = protected_page
    response = client.get(page.url)
    assert response.status_code == 200
    assert action in response.content.decode()

    wrong = {"password": "guess", "return_url": page.url}
    assert_locked_after_five(hammer(client, action, wrong), PAGE_LOCKED_FR)

    response = client.post(action, {"password": PAGE_PASSWORD, "return_url": page.url})
    assert response.status_code == 429
    assert PAGE_LOCKED_FR in response.content.decode()
    assert not passed(client, restriction)
    assert action in client.get(page.url).content.decode()  # still the password form

    age_failures(16)
    response = client.post(action, {"password": PAGE_PASSWORD, "return_url": page.url})
    assert response.status_code == 302
    assert passed(client, restriction)
    assert action not in client.get(page.url).content.decode()


def test_page_password_lock_out_does_not_lock_the_readers_account(client, protected_page):
    page, restriction, action = protected_page
    hammer(client, action, {"password": "guess", "return_url": page.url}, times=5)
    response = client.post("/fr/accounts/login/", {"login": "member", "password": PASSWORD})
    assert response.status_code == 302


def test_signing_out_shows_the_signed_out_page_in_the_readers_language(member_client):
    assert signed_in(member_client)
    response = member_client.post("/fr/accounts/logout/")
    assert response.status_code == 200
    body = response.content.decode()
    assert "Votre session est fermée. Merci de votre visite." in body
    assert 'href="/fr/accounts/login/"' in body
    assert "Se reconnecter" in body
    assert not signed_in(member_client)


def test_a_get_of_the_log_out_address_does_not_sign_out(client, member_client):
    response = client.get("/en/accounts/logout/")
    assert response.status_code == 200
    assert "You are now signed out." in response.content.decode()

    response = member_client.get("/en/accounts/logout/")
    assert response.status_code == 200
    assert "Do you want to sign out?" in response.content.decode()
    assert signed_in(member_client)


def test_client_address_behind_trusted_proxies(rf, settings):
    forged_then_real = "198.51.100.9, 203.0.113.5"
    request = rf.get("/", REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR=forged_then_real)
    settings.TRUSTED_PROXY_COUNT = 0
    assert client_ip_address(request) == "10.0.0.1"
    settings.TRUSTED_PROXY_COUNT = 1
    assert client_ip_address(request) == "203.0.113.5"
    settings.TRUSTED_PROXY_COUNT = 3  # fewer entries than proxies: not trusted
    assert client_ip_address(request) == "10.0.0.1"
    settings.TRUSTED_PROXY_COUNT = 1
    request = rf.get("/", REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR="not-an-address")
    assert client_ip_address(request) == "10.0.0.1"


def test_lock_out_without_a_form_to_show_is_a_page_of_its_own(rf):
    request = rf.post("/en/somewhere/")
    request.user = AnonymousUser()
    with translation.override("fr"):
        response = lockout_response(request, HttpResponse("original"), {"username": "member"})
    assert response.status_code == 429
    body = response.content.decode()
    assert LOCKED_FR in body
    assert "original" not in body
