"""The home page features the next three upcoming sessions, never past ones
as if they were current; with none upcoming it says so and links the
programme's archive."""

import datetime

import pytest

from programme.factories import SessionPageFactory
from programme.models import SessionIndexPage, SessionPage, programme_today

pytestmark = pytest.mark.django_db


def days(number):
    return programme_today() + datetime.timedelta(days=number)


def sessions_section(html):
    start = html.index('id="sessions-heading"')
    return html[start : html.index("</section>", start)]


def test_the_home_page_shows_the_next_three_upcoming_sessions_and_no_past_one(client):
    past = SessionPageFactory.in_language(
        "en", title="Faded almanac session", start_date=days(-40), end_date=days(-39)
    )
    soon = SessionPageFactory.in_language(
        "en", title="Imminent harbour session", start_date=days(1), end_date=days(2)
    )
    section = sessions_section(client.get("/en/").content.decode())
    assert soon.title in section
    assert past.title not in section
    for session in SessionPage.objects.filter(locale__language_code="en", end_date__lt=days(0)):
        assert session.title not in section
    assert section.count('<li class="card">') == 3
    assert "Past<" not in section
    programme = SessionIndexPage.objects.get(locale__language_code="en")
    assert f'href="{programme.url}"' in section


@pytest.mark.parametrize(
    ("language", "nothing_planned"),
    [
        ("en", "No session is planned at the moment."),
        ("fr", "Aucune session n’est prévue pour le moment."),
    ],
)
def test_with_nothing_upcoming_the_home_page_says_so_and_links_the_archive(
    client, language, nothing_planned
):
    SessionPage.objects.filter(end_date__gte=days(0)).update(
        start_date=datetime.date(2016, 5, 1), end_date=datetime.date(2016, 5, 2)
    )
    section = sessions_section(client.get(f"/{language}/").content.decode())
    assert '<li class="card">' not in section
    assert nothing_planned in section
    programme = SessionIndexPage.objects.get(locale__language_code=language)
    assert f'href="{programme.url}"' in section
