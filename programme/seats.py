"""Seats of a session, always read from its registrations (never stored):
which page holds them (the default-language one, shared by every
translation), the lock taken before changing them, the per-organisation
cap, the counts (``seats``, ``seats_of`` for a listing in one query) and
places in the waiting list. ``programme.registration`` changes them."""

from dataclasses import dataclass

from django.conf import settings
from django.db.models import Count, Q
from wagtail.models import Locale

from programme.models import Registration, SessionPage, programme_today

Status = Registration.Status


def source_session(page):
    """The session's page in the default language (the one registrations
    point to), for any of its translations."""
    page = page.specific
    default = Locale.get_default()
    if page.locale_id == default.pk:
        return page
    source = SessionPage.objects.filter(
        translation_key=page.translation_key, locale=default
    ).first()
    return source or page


def lock_session(session):
    """Lock the session's row until the transaction ends (PostgreSQL); the
    fresh row is returned (its seats and cap as they are now)."""
    return SessionPage.objects.select_for_update(of=("self",)).get(pk=session.pk)


def cap_applies(session, on=None):
    on = on or programme_today()
    return bool(
        session.organisation_seat_cap
        and (session.organisation_cap_until is None or on <= session.organisation_cap_until)
    )


def organisation_key(registration):
    """What the cap counts by: the organisation in the directory, else the
    typed name (case and spaces ignored)."""
    if registration.organisation_id:
        return ("id", registration.organisation_id)
    name = " ".join((registration.organisation_name or "").split()).lower()
    return ("name", name) if name else None


@dataclass(frozen=True)
class Seats:
    """A session's seat counts, always read from the registrations."""

    total: int | None
    confirmed: int
    waiting: int

    @property
    def free(self):
        """Free seats (``None``: no limit)."""
        return None if self.total is None else max(self.total - self.confirmed, 0)

    @property
    def full(self):
        return self.total is not None and self.confirmed >= self.total

    @property
    def fill_rate(self):
        return None if not self.total else self.confirmed / self.total


def seats(session):
    counts = Registration.objects.filter(session=source_session(session)).aggregate(
        confirmed=Count("pk", filter=Q(status=Status.CONFIRMED)),
        waiting=Count("pk", filter=Q(status=Status.WAITING)),
    )
    return Seats(session.seats, counts["confirmed"], counts["waiting"])


def seats_of(sessions):
    """``{session pk: Seats}`` for many sessions (any translation) in one
    query: the registrations, which point at the default-language page,
    counted per translation group (joined on the locale's code, so that the
    default locale costs no query of its own)."""
    sessions = list(sessions)
    if not sessions:
        return {}
    default = settings.LANGUAGE_CODE
    rows = (
        Registration.objects.filter(
            Q(session__translation_key__in={s.translation_key for s in sessions})
            & (Q(session__locale__language_code=default) | Q(session__in=[s.pk for s in sessions]))
        )
        .values("session__translation_key", "session__locale__language_code")
        .annotate(
            confirmed=Count("pk", filter=Q(status=Status.CONFIRMED)),
            waiting=Count("pk", filter=Q(status=Status.WAITING)),
        )
    )
    counts = {}
    for row in rows:
        key = row["session__translation_key"]
        # The default-language page holds the seats; a session without one
        # (never translated from it) holds its own.
        if row["session__locale__language_code"] == default or key not in counts:
            counts[key] = row
    result = {}
    for session in sessions:
        row = counts.get(session.translation_key, {})
        result[session.pk] = Seats(session.seats, row.get("confirmed", 0), row.get("waiting", 0))
    return result


def waiting_position(registration):
    """1 for the first in line; ``None`` when not waiting."""
    if registration.status != Status.WAITING:
        return None
    ahead = Registration.objects.filter(
        session_id=registration.session_id, status=Status.WAITING
    ).filter(
        Q(waiting_rank__lt=registration.waiting_rank)
        | Q(waiting_rank=registration.waiting_rank, pk__lt=registration.pk)
    )
    return ahead.count() + 1


def waiting_positions(registrations):
    """``{pk: position}`` of the waiting ones among ``registrations`` (as
    ``waiting_position``), in one query whatever their number (a list)."""
    waiting = [r for r in registrations if r.status == Status.WAITING]
    if not waiting:
        return {}
    line = (
        Registration.objects.filter(session_id__in={r.session_id for r in waiting})
        .waiting()
        .values_list("pk", "session_id")
    )
    positions, counted = {}, {}
    for pk, session_id in line:
        counted[session_id] = counted.get(session_id, 0) + 1
        positions[pk] = counted[session_id]
    return {r.pk: positions[r.pk] for r in waiting if r.pk in positions}
