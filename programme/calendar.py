"""Calendar files (iCalendar, RFC 5545) of sessions: the ``.ics`` attached
to confirmation e-mails, the download on each session page and the feed of
upcoming sessions. Every event links back to its session page."""

import datetime

from django.conf import settings
from icalendar import Calendar, Event

PRODUCT_ID = "-//LIAISE network//Training sessions//EN"


def session_event(session, language):
    """One all-day event (first day to the day after the last, as RFC 5545
    wants for all-day events) for ``session`` in ``language``."""
    event = Event()
    # Stable across translations and exports: a calendar updates the event.
    event.add("uid", f"session-{session.translation_key}@{uid_host()}")
    event.add("summary", session.title)
    event.add("dtstart", session.start_date)
    event.add("dtend", session.end_date + datetime.timedelta(days=1))
    event.add("dtstamp", datetime.datetime.now(datetime.UTC))
    place = ", ".join(part for part in (session.venue, session.city) if part)
    if place:
        event.add("location", place)
    url = session.full_url
    if url:
        event.add("url", url)
    description = "\n\n".join(part for part in (session.summary, url) if part)
    if description:
        event.add("description", description)
    return event


def session_ics(sessions, language):
    """The text of a calendar holding ``sessions``."""
    calendar = Calendar()
    calendar.add("prodid", PRODUCT_ID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    for session in sessions:
        calendar.add_component(session_event(session, language))
    return calendar.to_ical().decode()


def uid_host():
    from urllib.parse import urlsplit

    return urlsplit(settings.WAGTAILADMIN_BASE_URL).hostname or "localhost"
