"""Signing in returns the reader to the page and language they came from;
a forgotten password is reset in the person's language, with a link that
works once."""

import re

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core import mail
from django.test import Client

from tests.i18n.conftest import LANGUAGES

pytestmark = pytest.mark.django_db

PASSWORD = "harbour-lantern-42"  # noqa: S105
HOME = {"en": "/en/", "fr": "/fr/", "de": "/de/", "it": "/it/", "es": "/es/"}
FORGOT = {
    "en": "Forgot your password?",
    "fr": "Mot de passe oublié ?",
    "de": "Passwort vergessen?",
    "it": "Password dimenticata?",
    "es": "¿Ha olvidado su contraseña?",
}
SUBJECT = {
    "en": "Choose a new password for the LIAISE network",
    "fr": "Choisissez un nouveau mot de passe pour le réseau LIAISE",
    "de": "Neues Passwort für das LIAISE-Netzwerk wählen",
    "it": "Scegli una nuova password per la rete LIAISE",
    "es": "Elija una nueva contraseña para la red LIAISE",
}


GREETING = {
    "en": "Hello,",
    "fr": "Bonjour,",
    "de": "Guten Tag,",
    "it": "Buongiorno,",
    "es": "Hola:",
}


@pytest.fixture
def reader(db):
    return get_user_model().objects.create_user("harbour-reader", "reader@example.org", PASSWORD)


def sign_in(client, language, **extra):
    data = {"login": "harbour-reader", "password": PASSWORD, **extra}
    return client.post(f"/{language}/accounts/login/", data)


def test_signing_in_without_a_return_link_lands_on_the_home_page_of_the_language_read(reader):
    for language in LANGUAGES:
        client = Client(headers={"accept-language": "de" if language != "de" else "it"})
        response = sign_in(client, language)
        assert response.status_code == 302, language
        assert response["Location"] == HOME[language]
        # The language is kept: "/" then goes to it, whatever the browser asks.
        assert response.cookies[settings.LANGUAGE_COOKIE_NAME].value == language
        assert client.get("/")["Location"] == HOME[language]


def test_signing_in_returns_to_the_page_the_reader_came_from(reader, client):
    from bs4 import BeautifulSoup

    from practices.models import PracticeIndexPage

    page = PracticeIndexPage.objects.get(locale__language_code="fr").url
    soup = BeautifulSoup(client.get(page).content.decode(), "html.parser")
    sign_in_link = soup.find("a", href=re.compile("/accounts/login/"))
    assert sign_in_link["href"] == f"/fr/accounts/login/?next={page}"
    response = sign_in(client, "fr", next=page)
    assert response["Location"] == page


def test_signing_in_never_sends_the_reader_to_another_site(reader):
    for language in LANGUAGES:
        for target in ("https://evil.example/", "//evil.example/", "https:/evil.example"):
            response = sign_in(Client(), language, next=target)
            assert response["Location"] == HOME[language], (language, target)


def test_a_signed_in_reader_who_opens_the_sign_in_page_goes_home_in_that_language(reader):
    client = Client()
    client.force_login(reader)
    for language in LANGUAGES:
        assert client.get(f"/{language}/accounts/login/")["Location"] == HOME[language]


def test_the_sign_in_form_offers_to_reset_a_forgotten_password_in_every_language(client):
    for language in LANGUAGES:
        body = client.get(f"/{language}/accounts/login/").content.decode()
        assert f'<a href="/{language}/accounts/password/reset/">{FORGOT[language]}</a>' in body


def request_reset(client, language, email):
    response = client.post(f"/{language}/accounts/password/reset/", {"email": email})
    assert response.status_code == 302
    return response


def test_a_reset_link_is_sent_in_the_persons_language_and_works_once(
    reader, django_capture_on_commit_callbacks
):
    for language in LANGUAGES:
        mail.outbox.clear()
        reader.preferred_language = language
        reader.save()
        client = Client()
        with django_capture_on_commit_callbacks(execute=True):
            response = request_reset(client, language, "reader@example.org")
        assert response["Location"] == f"/{language}/accounts/password/reset/done/"
        assert client.get(response["Location"]).status_code == 200
        (message,) = mail.outbox
        assert message.to == ["reader@example.org"]
        assert message.subject == SUBJECT[language]
        assert message.body.startswith(GREETING[language])
        link = re.search(r"http://testserver(/\S+/)", message.body).group(1)
        assert link.startswith(f"/{language}/accounts/password/reset/key/")
        form = client.get(link, follow=True)
        assert form.status_code == 200
        set_password = form.redirect_chain[-1][0]
        new_password = f"quay-{language}-lighthouse-7"
        done = client.post(set_password, {"password1": new_password, "password2": new_password})
        assert done["Location"] == f"/{language}/accounts/password/reset/key/done/"
        reader.refresh_from_db()
        assert reader.check_password(new_password)
        # The link works once.
        again = Client().get(link, follow=True)
        assert 'name="password1"' not in again.content.decode()
        assert again.context["token_fail"] is True


def test_an_unknown_address_gets_the_same_answer_and_no_mail(
    reader, django_capture_on_commit_callbacks
):
    known, unknown = Client(), Client()
    with django_capture_on_commit_callbacks(execute=True):
        first = request_reset(known, "it", "reader@example.org")
        second = request_reset(unknown, "it", "nobody@example.org")
    assert first["Location"] == second["Location"]
    assert len(mail.outbox) == 1
    assert (
        known.get(first["Location"]).content.decode()
        == unknown.get(second["Location"]).content.decode()
    )


RESET_PAGES = (
    "/en/accounts/password/reset/",
    "/de/accounts/password/reset/done/",
    "/fr/accounts/password/reset/key/MQ-set-password/",
    "/es/accounts/password/reset/key/done/",
)


def test_the_password_reset_pages_answer_every_role_alike(
    client, nonmember_client, member_client, editor_client
):
    for role_client in (client, nonmember_client, member_client, editor_client):
        for url in RESET_PAGES:
            response = role_client.get(url)
            assert response.status_code == 200, url
            assert "noindex" in response.content.decode()
