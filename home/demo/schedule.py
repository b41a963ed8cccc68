"""Dates of the demo's upcoming sessions (the LIAISE 2 seminars).

Their records in ``data/sessions.json`` have no fixed dates: ``"week"`` (weeks
after the first seminar) and ``"days"`` instead of ``"start"`` and ``"end"``.
The first seminar is on the first Thursday at least six weeks after the day
the demo is loaded, the others follow every nine weeks (about two months), so
that the demo always shows an upcoming programme whatever the day it is loaded.
``load_demo`` keeps the dates it wrote while they are still ahead, and moves
the whole series forward only once one of them has passed.

Their registration is dated the same way (``registration``): it opened two
weeks before the load date and closes a week before each seminar, so that
every upcoming seminar takes registrations on the day the demo is loaded; a
seminar with a per-organisation cap keeps it until
``"organisation_cap_days_before"`` days before its first day.
"""

import datetime

#: The first seminar: at least this far ahead of the load date, on a Thursday.
LEAD_TIME = datetime.timedelta(weeks=6)
THURSDAY = 3
#: Registration for the upcoming seminars opened this long before the load
#: date and closes this long before each seminar's first day.
REGISTRATION_OPENED = datetime.timedelta(weeks=2)
REGISTRATION_CLOSES = datetime.timedelta(weeks=1)


def is_relative(entry):
    """A session record dated relative to the load date (no fixed "start")."""
    return not entry.get("start") and entry.get("week") is not None


def first_day(today):
    """The first seminar's first day, for a load on ``today``."""
    day = today + LEAD_TIME
    return day + datetime.timedelta(days=(THURSDAY - day.weekday()) % 7)


def dates(entry, today):
    """(first day, last day) of a session record, for a load on ``today``."""
    if not is_relative(entry):
        return (
            datetime.date.fromisoformat(entry["start"]),
            datetime.date.fromisoformat(entry["end"]),
        )
    start = first_day(today) + datetime.timedelta(weeks=entry["week"])
    return start, start + datetime.timedelta(days=entry.get("days", 1) - 1)


def optional_date(value):
    return datetime.date.fromisoformat(value) if value else None


def registration(entry, start, today):
    """The registration fields of a session page (seats, contribution, window,
    per-organisation cap) for a record whose first day is ``start``, loaded on
    ``today``: a record's own dates, or dates relative to ``start`` and
    ``today`` for an upcoming seminar."""
    fields = {
        "seats": entry["seats"],
        "contribution": entry["contribution"],
        "organisation_seat_cap": entry.get("organisation_seat_cap"),
        "organisation_cap_until": optional_date(entry.get("organisation_cap_until")),
        "registration_opens": optional_date(entry["registration_opens"]),
        "registration_closes": optional_date(entry["registration_closes"]),
    }
    if is_relative(entry):
        cap_days = entry.get("organisation_cap_days_before")
        fields["registration_opens"] = today - REGISTRATION_OPENED
        fields["registration_closes"] = start - REGISTRATION_CLOSES
        if cap_days is not None:
            fields["organisation_cap_until"] = start - datetime.timedelta(days=cap_days)
    return fields
