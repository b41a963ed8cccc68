"""Past sessions are marked past everywhere, computed from their last day
against today in Brussels, never stored: the programme lists upcoming
sessions first (soonest first), then the past ones (newest first) with a
badge, and a past session's page says when it took place."""

import datetime

import pytest

from programme.factories import SessionPageFactory
from programme.models import SessionIndexPage, programme_today
from tests.helpers import translate

pytestmark = pytest.mark.django_db

LANGUAGES = ("en", "fr", "de")
PAST_BADGE = {"en": ">Past<", "fr": ">Passée<", "de": ">Vergangen<"}
PAST_NOTICE = {
    "en": "This session took place from",
    "fr": "Cette session a eu lieu du",
    "de": "Diese Fortbildung fand vom",
}


def days(number):
    return programme_today() + datetime.timedelta(days=number)


@pytest.fixture
def sessions(django_capture_on_commit_callbacks):
    """A session that ended last year, one that ends today, one next month,
    each translated into French and German."""
    built = {
        "past": SessionPageFactory.in_language(
            "en", title="Quenched lantern workshop", start_date=days(-400), end_date=days(-399)
        ),
        "today": SessionPageFactory.in_language(
            "en", title="Brimming kettle seminar", start_date=days(-1), end_date=days(0)
        ),
        "future": SessionPageFactory.in_language(
            "en", title="Sprouting acorn training", start_date=days(30), end_date=days(31)
        ),
    }
    for key, page in list(built.items()):
        for language in LANGUAGES[1:]:
            built[f"{key}_{language}"] = translate(
                page, language, django_capture_on_commit_callbacks
            )
    return built


def version(sessions, key, language):
    return sessions[key] if language == "en" else sessions[f"{key}_{language}"]


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_programme_lists_upcoming_sessions_first_and_past_ones_after_with_a_badge(
    client, sessions, language
):
    index = SessionIndexPage.objects.get(locale__language_code=language)
    html = client.get(index.url).content.decode()
    upcoming, past = html.split('id="past-heading"')
    today, future = version(sessions, "today", language), version(sessions, "future", language)
    old = version(sessions, "past", language)
    # A session that ends today is still upcoming; the soonest comes first.
    assert today.title in upcoming and future.title in upcoming
    assert upcoming.index(today.title) < upcoming.index(future.title)
    assert old.title in past and old.title not in upcoming
    # The archive is newest first: last year's session before the 2015 ones.
    london = "London" if language == "en" else {"fr": "Londres", "de": "London"}[language]
    assert past.index(old.title) < past.index(london)
    card = past[past.index(old.title) :].split("</li>")[0]
    assert PAST_BADGE[language] in card
    assert PAST_BADGE[language] not in upcoming


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_past_session_says_when_it_took_place_and_an_upcoming_one_does_not(
    client, sessions, language
):
    past = client.get(version(sessions, "past", language).url).content.decode()
    assert PAST_NOTICE[language] in past
    assert PAST_BADGE[language] in past
    for key in ("today", "future"):
        html = client.get(version(sessions, key, language).url).content.decode()
        assert 'class="notice notice--info past-notice"' not in html
        assert PAST_BADGE[language] not in html


def test_an_upcoming_session_without_registration_dates_says_registration_opens_soon(
    client, sessions
):
    html = client.get(sessions["future"].url).content.decode()
    assert "Registration opens soon." in html
    french = client.get(sessions["future_fr"].url).content.decode()
    assert "Les inscriptions ouvriront prochainement." in french


def test_registration_that_opens_later_gives_its_date(client):
    session = SessionPageFactory.in_language(
        "en",
        start_date=days(60),
        end_date=days(61),
        registration_opens=days(10),
        registration_closes=days(50),
    )
    html = client.get(session.url).content.decode()
    assert "Registration opens on" in html
    assert "Registration opens soon." not in html
