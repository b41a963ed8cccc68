"""Calendar files: one session's ``.ics`` in the reader's language (404 for
a session the reader may not see) and the feed of upcoming public sessions
of a language; both parse as iCalendar and link back to the session page."""

import datetime

import pytest
from django.core import mail
from icalendar import Calendar

from network.factories import UserFactory
from programme import registration as service
from programme.factories import SessionPageFactory, open_session
from programme.models import programme_today
from tests.helpers import translate

pytestmark = pytest.mark.django_db


def days(number):
    return programme_today() + datetime.timedelta(days=number)


def session_ics_url(page, language="en"):
    return f"/{language}/training/sessions/{page.pk}/calendar.ics"


def parse(response):
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    return Calendar.from_ical(response.content.decode("utf-8"))


def events(calendar):
    return calendar.walk("VEVENT")


def test_a_sessions_calendar_file_parses_and_links_back_to_the_page(client):
    session = open_session(venue="City hall", city="Ghent", summary="Two days together")
    response = client.get(session_ics_url(session))
    assert response["Content-Disposition"] == f'attachment; filename="{session.slug}.ics"'
    calendar = parse(response)
    (event,) = events(calendar)
    assert str(event["summary"]) == session.title
    assert event.decoded("dtstart") == session.start_date
    assert event.decoded("dtend") == session.end_date + datetime.timedelta(days=1)
    assert str(event["location"]) == "City hall, Ghent"
    assert str(event["url"]) == session.full_url
    assert session.full_url.endswith(session.url)
    description = str(event["description"])
    assert description.startswith("Two days together")
    assert session.full_url in description
    assert str(event["uid"]).startswith(f"session-{session.translation_key}@")


def test_the_file_comes_in_the_readers_language(client, django_capture_on_commit_callbacks):
    session = open_session()
    french = translate(session, "fr", django_capture_on_commit_callbacks)
    # The English page's number, asked for under /fr/: the French version.
    (event,) = events(parse(client.get(session_ics_url(session, "fr"))))
    assert str(event["summary"]) == french.title
    assert event["summary"].params["LANGUAGE"] == "fr"
    assert str(event["url"]) == french.full_url
    assert "En savoir plus sur cette session" in str(event["description"])
    # The same event as the English one: a calendar updates, never doubles it.
    (english,) = events(parse(client.get(session_ics_url(session))))
    assert str(english["uid"]) == str(event["uid"])
    # A language the session is not translated into: as it exists.
    (german,) = events(parse(client.get(session_ics_url(session, "de"))))
    assert str(german["summary"]) == session.title


def test_a_public_sessions_file_may_be_cached_briefly(client):
    session = open_session()
    response = client.get(session_ics_url(session))
    assert response["Cache-Control"] == "public, max-age=3600"


def test_a_members_only_session_is_a_404_to_those_who_may_not_see_it(
    client, nonmember_client, member_client
):
    session = SessionPageFactory.in_language("en", members_only=True, title="Members session")
    assert client.get(session_ics_url(session)).status_code == 404
    assert nonmember_client.get(session_ics_url(session)).status_code == 404
    response = member_client.get(session_ics_url(session))
    (event,) = events(parse(response))
    assert str(event["summary"]) == "Members session"
    assert "private" in response["Cache-Control"] and "no-store" in response["Cache-Control"]
    assert "public" not in response["Cache-Control"]


def test_unknown_unpublished_and_other_pages_are_404(client):
    assert client.get("/en/training/sessions/999999/calendar.ics").status_code == 404
    draft = SessionPageFactory.in_language("en", publish=False, live=False)
    assert client.get(session_ics_url(draft)).status_code == 404
    from wagtail.models import Page

    home = Page.objects.get(depth=2, locale__language_code="en")
    assert client.get(session_ics_url(home)).status_code == 404


def test_the_feed_holds_the_upcoming_public_sessions_of_its_language(
    client, django_capture_on_commit_callbacks
):
    soon = open_session(title="Feed soon", start_date=days(10))
    later = open_session(title="Feed later", start_date=days(40))
    SessionPageFactory.in_language("en", members_only=True, title="Feed members session")
    SessionPageFactory.in_language(
        "en", title="Feed past session", start_date=days(-30), end_date=days(-29)
    )
    SessionPageFactory.in_language("en", publish=False, live=False, title="Feed draft")
    french_only = SessionPageFactory.in_language("fr", title="Feed session française")
    response = client.get("/en/training/calendar.ics")
    calendar = parse(response)
    assert str(calendar["x-wr-calname"]) == "LIAISE training sessions"
    titles = [str(event["summary"]) for event in events(calendar)]
    feed_titles = [title for title in titles if title.startswith("Feed")]
    assert feed_titles == ["Feed soon", "Feed later"]  # soonest first
    assert all("Feed" not in title or title in feed_titles for title in titles)
    urls = [str(event["url"]) for event in events(calendar)]
    assert soon.full_url in urls and later.full_url in urls
    assert response["Cache-Control"] == "public, max-age=3600"
    assert response["Content-Disposition"].startswith("inline;")
    # The French feed: French sessions and translations, never the English pages.
    translate(soon, "fr", django_capture_on_commit_callbacks, prefix="[fr]")
    french = parse(client.get("/fr/training/calendar.ics"))
    assert str(french["x-wr-calname"]) == "Sessions de formation LIAISE"
    french_titles = [str(event["summary"]) for event in events(french)]
    assert "[fr] Feed soon" in french_titles and french_only.title in french_titles
    assert "Feed soon" not in french_titles and "Feed later" not in french_titles


def test_the_feed_is_the_same_public_feed_for_members(member_client):
    SessionPageFactory.in_language("en", members_only=True, title="Feed members session")
    response = member_client.get("/en/training/calendar.ics")
    titles = [str(event["summary"]) for event in events(parse(response))]
    assert "Feed members session" not in titles
    # Signed in: marked private by the site's middleware, like every answer.
    assert "private" in response["Cache-Control"]


def test_the_confirmation_carries_the_session_in_the_participants_language(
    django_capture_on_commit_callbacks,
):
    session = open_session()
    french = translate(session, "fr", django_capture_on_commit_callbacks)
    participant = service.Participant(name="Claire", email="claire@example.org", language="fr")
    with django_capture_on_commit_callbacks(execute=True):
        service.register(UserFactory(), [session], [participant])
    (message,) = [m for m in mail.outbox if m.to == ["claire@example.org"]]
    name, text, content_type = message.attachments[0]
    assert name.endswith(".ics") and content_type.startswith("text/calendar")
    (event,) = events(Calendar.from_ical(text))
    assert str(event["summary"]) == french.title
    assert str(event["url"]) == french.full_url
