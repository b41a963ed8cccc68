"""Who the project API takes a request from: a personal token (Wagtail's
APIToken, made on the person's tokens page or by ``create_api_token``) or the
session of a signed-in browser with its CSRF token; nobody else."""

import io

import pytest
from django.core.management import CommandError, call_command
from django.test import Client
from django.urls import reverse
from django.utils import timezone, translation
from wagtail.models import APIToken

from network import tokens
from network.factories import UserFactory
from tests.api.conftest import assert_problem, token_client

pytestmark = pytest.mark.django_db

ME = "/api/me/"
THREADS = "/api/exchange/threads/"
#: Every operation of the routers: (method, address).
OPERATIONS = [
    ("get", "/api/me/"),
    ("patch", "/api/me/"),
    ("get", "/api/me/notifications/"),
    ("put", "/api/me/notifications/"),
    ("get", "/api/directory/"),
    ("get", "/api/directory/some-organisation/"),
    ("get", "/api/exchange/threads/"),
    ("post", "/api/exchange/threads/"),
    ("get", "/api/exchange/threads/1/"),
    ("post", "/api/exchange/threads/1/posts/"),
    ("post", "/api/exchange/posts/1/report/"),
]


@pytest.mark.parametrize(("method", "path"), OPERATIONS)
def test_without_credentials_every_operation_is_a_401_problem(client, method, path):
    response = getattr(client, method)(path, {}, content_type="application/json")
    data = assert_problem(response, 401)
    assert "Bearer" in data["detail"]
    assert response["WWW-Authenticate"].startswith("Bearer")


def test_a_personal_token_authenticates_its_person(member):
    token, key = tokens.create(member, "Intranet")
    client = Client(headers={"Authorization": f"Bearer {key}"})
    response = client.get(ME)
    assert response.status_code == 200
    assert response.json()["username"] == member.username
    # Personal: never kept by a shared cache, though no session cookie was sent.
    assert "private" in response["Cache-Control"] and "no-store" in response["Cache-Control"]
    assert "Authorization" in response["Vary"]
    token.refresh_from_db()
    assert token.last_used_at is not None
    # Only a digest of the key is stored.
    assert key not in {token.key_hash, token.prefix}


@pytest.mark.parametrize(
    "header",
    [
        "Bearer wagtail_notatokenatall",
        "Bearer ",
        "Bearer " + "x" * 500,
        "Token abc",
        "Basic dXNlcjpwYXNz",
    ],
)
def test_a_malformed_or_unknown_token_is_a_401(member, header):
    assert_problem(Client(headers={"Authorization": header}).get(ME), 401)


def test_a_revoked_token_stops_working_at_once(member):
    token, key = tokens.create(member, "Laptop")
    client = Client(headers={"Authorization": f"Bearer {key}"})
    assert client.get(ME).status_code == 200
    tokens.revoke(token)
    assert_problem(client.get(ME), 401)


def test_the_token_of_a_deactivated_account_is_a_401(member):
    client = token_client(member)
    member.is_active = False
    member.save()
    assert_problem(client.get(ME), 401)


def test_a_bad_token_is_not_rescued_by_a_session(member):
    client = Client(headers={"Authorization": "Bearer wagtail_unknown"})
    client.force_login(member)
    assert_problem(client.get(ME), 401)


def test_a_signed_in_browser_reads_with_its_session(member):
    client = Client()
    client.force_login(member)
    response = client.get(ME)
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]


def test_a_session_post_without_the_csrf_token_is_refused(member, members_thread):
    client = Client(enforce_csrf_checks=True)
    client.force_login(member)
    path = f"{THREADS}{members_thread.pk}/posts/"
    data = assert_problem(
        client.post(path, {"body": "Forged"}, content_type="application/json"), 403
    )
    assert "CSRF" in data["detail"]
    assert members_thread.posts.count() == 1
    # With the token from the cookie, as the site's script would send it.
    client.get(reverse("api-tokens"))
    csrf = client.cookies["csrftoken"].value
    response = client.post(
        path, {"body": "Sent"}, content_type="application/json", headers={"X-CSRFToken": csrf}
    )
    assert response.status_code == 201, response.content
    assert members_thread.posts.count() == 2


def test_a_session_patch_without_the_csrf_token_is_refused(member):
    client = Client(enforce_csrf_checks=True)
    client.force_login(member)
    assert_problem(client.patch(ME, {"role": "Forged"}, content_type="application/json"), 403)
    member.refresh_from_db()
    assert member.job_title != "Forged"


def test_a_token_needs_no_csrf_token(member, members_thread):
    client = token_client(member, enforce_csrf_checks=True)
    response = client.post(
        f"{THREADS}{members_thread.pk}/posts/", {"body": "Hi"}, content_type="application/json"
    )
    assert response.status_code == 201


# --- create_api_token ----------------------------------------------------------------


def test_the_command_prints_a_working_key_and_nothing_else(member):
    out, err = io.StringIO(), io.StringIO()
    call_command("create_api_token", member.username, name="Sync", stdout=out, stderr=err)
    key = out.getvalue().strip()
    assert "\n" not in key and key.startswith("wagtail_")
    assert "shown only this once" in err.getvalue()
    token = APIToken.objects.get(user=member)
    assert token.name == "Sync"
    response = Client(headers={"Authorization": f"Bearer {key}"}).get(ME)
    assert response.json()["username"] == member.username


def test_the_command_refuses_an_unknown_or_deactivated_person():
    with pytest.raises(CommandError, match="No person"):
        call_command("create_api_token", "nobody-here", stdout=io.StringIO())
    user = UserFactory(is_active=False)
    with pytest.raises(CommandError, match="deactivated"):
        call_command("create_api_token", user.username, stdout=io.StringIO())
    assert not APIToken.objects.filter(user=user).exists()


# --- the tokens page ---------------------------------------------------------------------


TOKENS_PAGE = "/en/account/tokens/"


def test_the_tokens_page_is_for_signed_in_people(client):
    with translation.override("en"):
        assert reverse("api-tokens") == TOKENS_PAGE
    response = client.get(TOKENS_PAGE)
    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]


def test_a_person_makes_a_token_and_sees_its_key_once(nonmember):
    client = Client()
    client.force_login(nonmember)
    response = client.post(TOKENS_PAGE, {"name": "  Our   intranet "})
    assert response.status_code == 302
    page = client.get(TOKENS_PAGE)
    assert page.status_code == 200
    assert "no-store" in page["Cache-Control"]
    key = page.context["new_key"]
    assert key and key in page.content.decode()
    assert "Our intranet" in page.content.decode()
    # The key works, and is never shown again.
    assert Client(headers={"Authorization": f"Bearer {key}"}).get(ME).status_code == 200
    again = client.get(TOKENS_PAGE)
    assert key not in again.content.decode()
    assert "Our intranet" in again.content.decode()


def test_a_token_without_a_name_is_refused_with_a_message(nonmember):
    client = Client()
    client.force_login(nonmember)
    response = client.post(TOKENS_PAGE, {"name": "   "})
    assert response.status_code == 400
    body = response.content.decode()
    assert 'role="alert"' in body and 'aria-invalid="true"' in body
    assert not APIToken.objects.filter(user=nonmember).exists()


def test_a_person_revokes_their_token_but_not_anothers(member, other_member):
    mine, _key = tokens.create(member, "Mine")
    theirs, _key = tokens.create(other_member, "Theirs")
    client = Client()
    client.force_login(member)
    page = client.get(TOKENS_PAGE).content.decode()
    assert "Mine" in page and "Theirs" not in page
    assert client.post(TOKENS_PAGE, {"revoke": theirs.pk}).status_code == 404
    assert client.post(TOKENS_PAGE, {"revoke": "x"}).status_code == 404
    theirs.refresh_from_db()
    assert theirs.revoked_at is None
    assert client.post(TOKENS_PAGE, {"revoke": mine.pk}).status_code == 302
    mine.refresh_from_db()
    assert mine.revoked_at is not None and mine.revoked_at <= timezone.now()
    assert "no longer works" in client.get(TOKENS_PAGE).content.decode()


def test_the_tokens_page_takes_the_csrf_token(member):
    client = Client(enforce_csrf_checks=True)
    client.force_login(member)
    assert client.post(TOKENS_PAGE, {"name": "Forged"}).status_code == 403
    assert not APIToken.objects.filter(user=member).exists()


@pytest.mark.parametrize("language", ["de", "fr", "it", "es"])
def test_the_tokens_page_speaks_the_readers_language(member, language):
    client = Client()
    client.force_login(member)
    response = client.get(f"/{language}/account/tokens/")
    assert response.status_code == 200
    assert f'lang="{language}"' in response.content.decode()
    assert "A personal token lets a program" not in response.content.decode()


def test_the_profile_page_links_to_the_tokens_page(member):
    client = Client()
    client.force_login(member)
    assert f'href="{TOKENS_PAGE}"' in client.get("/en/accounts/profile/").content.decode()
