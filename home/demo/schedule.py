"""Dates of the demo's upcoming sessions (the LIAISE 2 seminars).

Their records in ``data/sessions.json`` have no fixed dates: ``"week"`` (weeks
after the first seminar) and ``"days"`` instead of ``"start"`` and ``"end"``.
The first seminar is on the first Thursday at least six weeks after the day
the demo is loaded, the others follow every nine weeks (about two months), so
that the demo always shows an upcoming programme whatever the day it is loaded.
``load_demo`` keeps the dates it wrote while they are still ahead, and moves
the whole series forward only once one of them has passed.
"""

import datetime

#: The first seminar: at least this far ahead of the load date, on a Thursday.
LEAD_TIME = datetime.timedelta(weeks=6)
THURSDAY = 3


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
