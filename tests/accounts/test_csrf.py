"""Every account form refuses a post without the page's CSRF token, and
accepts it with the token."""

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.test import Client

from tests.accounts.conftest import PASSWORD

pytestmark = pytest.mark.django_db

FORMS = (
    "/en/accounts/login/",
    "/en/accounts/signup/",
    "/en/accounts/password/reset/",
)
SIGNED_IN_FORMS = (
    "/en/accounts/profile/",
    "/en/accounts/password/change/",
    "/en/accounts/email/",
    "/en/accounts/delete/",
)


def test_forms_refuse_a_post_without_the_csrf_token(person):
    anonymous = Client(enforce_csrf_checks=True)
    for url in FORMS:
        assert (
            anonymous.post(url, {"login": person.username, "password": PASSWORD}).status_code == 403
        ), url
    signed_in = Client(enforce_csrf_checks=True)
    signed_in.force_login(person)
    for url in SIGNED_IN_FORMS:
        assert signed_in.post(url, {"password": PASSWORD}).status_code == 403, url
    assert get_user_model().objects.filter(pk=person.pk).exists()


def test_signing_in_with_the_token_works(person):
    client = Client(enforce_csrf_checks=True)
    page = client.get("/en/accounts/login/")
    token = BeautifulSoup(page.content, "html.parser").find(
        "input", {"name": "csrfmiddlewaretoken"}
    )
    response = client.post(
        "/en/accounts/login/",
        {"login": person.username, "password": PASSWORD, "csrfmiddlewaretoken": token["value"]},
    )
    assert response.status_code == 302
