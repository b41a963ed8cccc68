"""Calendar files (iCalendar, RFC 5545) of sessions: the ``.ics`` attached
to confirmation e-mails, the download on each session page and the feed of
upcoming sessions (``programme.calendar_views``). Every event links back to
its session page, in the language it is written in.

An event's UID is the session's translation key: the same in every language
and every export, so a calendar that subscribed to the feed or imported a
confirmation updates the event (new dates, a new venue) instead of adding a
second one.
"""

import datetime

from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext as _
from icalendar import Calendar, Event

PRODUCT_ID = "-//LIAISE network//Training sessions//EN"

#: How often a subscribed calendar should fetch the feed again.
REFRESH_INTERVAL = datetime.timedelta(hours=12)


def session_event(session, language, request=None):
    """One all-day event (first day to the day after the last, as RFC 5545
    wants for all-day events) for ``session``, a page in ``language``."""
    with translation.override(language):
        event = Event()
        event.add("uid", f"session-{session.translation_key}@{uid_host()}")
        event.add("summary", session.title, parameters={"LANGUAGE": language})
        event.add("dtstart", session.start_date)
        event.add("dtend", session.end_date + datetime.timedelta(days=1))
        event.add("dtstamp", datetime.datetime.now(datetime.UTC))
        if session.last_published_at:
            event.add("last-modified", session.last_published_at)
        event.add("status", "CONFIRMED")
        event.add("categories", [str(session.get_kind_display())])
        place = ", ".join(part for part in (session.venue, session.city) if part)
        if place:
            event.add("location", place, parameters={"LANGUAGE": language})
        url = session.get_full_url(request)
        if url:
            event.add("url", url, parameters={"VALUE": "URI"})
        more = _("More about this session: %(url)s") % {"url": url} if url else ""
        description = "\n\n".join(part for part in (session.summary, more) if part)
        if description:
            event.add("description", description, parameters={"LANGUAGE": language})
    return event


def session_ics(sessions, language, name=None, request=None):
    """The text of a calendar holding ``sessions`` (pages in ``language``);
    ``name``: the calendar's name, for a feed people subscribe to."""
    calendar = Calendar()
    calendar.add("prodid", PRODUCT_ID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    if name:
        calendar.add("name", name)
        calendar.add("x-wr-calname", name)
        calendar.add("refresh-interval", REFRESH_INTERVAL, parameters={"VALUE": "DURATION"})
        calendar.add("x-published-ttl", REFRESH_INTERVAL)
    for session in sessions:
        calendar.add_component(session_event(session, language, request))
    return calendar.to_ical().decode()


def uid_host():
    from urllib.parse import urlsplit

    return urlsplit(settings.WAGTAILADMIN_BASE_URL).hostname or "localhost"
