"""Registration for sessions: the one place where seats are taken and given
back. The site, the API, the admin and the commands all call these functions;
none of them writes a ``Registration``'s status itself.

- ``register`` books one or more participants for one or more sessions in one
  transaction (all or nothing). Each session's row is locked first
  (``SELECT ... FOR UPDATE`` on PostgreSQL; SQLite's ``IMMEDIATE``
  transactions serialise writers), so that concurrent attempts are served
  one at a time in arrival order: a seat while one is free, otherwise the
  end of the waiting list.
- ``cancel`` gives a place back (a second call does nothing) and
  ``fill_free_seats`` promotes the first people waiting at once.
- Fair allocation: until ``organisation_cap_until``, one organisation holds
  at most ``organisation_seat_cap`` seats of a session; its next people wait
  while others take the free seats. From the day after, the cap is gone and
  the waiting list is served in order (``manage.py promote_waiting`` runs it
  daily; any cancellation or registration does too).
- Contributions: people of organisations whose membership is active
  (partners and associate partners) owe nothing; others owe the session's
  contribution, fixed when they register.

Every e-mail (confirmation, waiting list, promotion, cancellation, the
colleague's personal link) goes out through ``cms.mail`` when the
transaction commits, in the participant's language, with the session's
``.ics`` file; a failing mail server never undoes a registration (the task
queue retries).
"""

from dataclasses import dataclass
from decimal import Decimal

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import Max
from django.db.models.functions import Lower
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from network.models import Membership, Organisation
from programme.models import Booking, Invoice, Registration, SessionPage, programme_today
from programme.registration_mail import manage_url, notify, notify_registrant  # noqa: F401 (manage_url)

# The seat counts live beside the service (programme.seats); callers reach
# them through it too (``registration.seats_of``, ``registration.source_session``).
from programme.seats import (  # noqa: F401
    Seats,
    cap_applies,
    lock_session,
    organisation_key,
    seats,
    seats_of,
    source_session,
    waiting_position,
    waiting_positions,
)

Status = Registration.Status


class RegistrationError(Exception):
    """A booking that cannot be made; ``errors`` maps a participant's index
    (or ``None``, the whole booking) to the messages shown to the person."""

    def __init__(self, message, errors=None):
        super().__init__(message)
        self.message = message
        self.errors = errors or {}


#: Django's own message (its forms' ProhibitNullCharactersValidator), in
#: every language Django speaks: the forms and the API refuse these
#: characters before they reach the service, which refuses them too.
NULL_CHARACTERS = gettext_lazy("Null characters are not allowed.")


def has_null_characters(*texts):
    return any("\x00" in (text or "") for text in texts)


@dataclass
class Participant:
    """One person to register, as the registrant typed them."""

    name: str
    email: str
    role: str = ""
    organisation: Organisation | None = None
    organisation_name: str = ""
    language: str = ""

    def __post_init__(self):
        self.email = self.email.strip().lower()
        self.name = self.name.strip()


# --- Contributions -----------------------------------------------------------


def pays_nothing(organisation, on=None):
    """People of partners and associate partners (an active membership) owe
    nothing."""
    if organisation is None:
        return False
    return Membership.objects.active(on).filter(organisation=organisation).exists()


def contribution_for(session, organisation, on=None):
    if not session.contribution or pays_nothing(organisation, on):
        return Decimal("0")
    return session.contribution


# --- Registering --------------------------------------------------------------


def check_open(session, on=None):
    """The message saying why ``session`` takes no registration today, or
    ``None``."""
    on = on or programme_today()
    if session.end_date < on:
        return _("%(session)s has already taken place.") % {"session": session.title}
    if not session.registration_is_open(on):
        if session.registration_closes and on > session.registration_closes:
            return _("Registration for %(session)s closed on %(date)s.") % {
                "session": session.title,
                "date": date_format(session.registration_closes, "DATE_FORMAT"),
            }
        return _("Registration for %(session)s is not open.") % {"session": session.title}
    return None


def register(registrant, sessions, participants, language=None, on=None):
    """Book every participant for every session, all or nothing; returns the
    new registrations (confirmed or waiting). Raises ``RegistrationError``
    with a message per participant at fault (window closed, already
    registered, the same e-mail twice in the booking). ``on``: the day the
    booking is taken as made (window, cap, contribution; default today: the
    demo books a past session on a day its window was open)."""
    language = language or settings.LANGUAGE_CODE
    sources = sorted(
        {source_session(s).pk: source_session(s) for s in sessions}.values(), key=lambda s: s.pk
    )
    if not sources or not participants:
        raise RegistrationError(_("Choose at least one session and one participant."))
    errors = {}
    seen = {}
    for index, person in enumerate(participants):
        if has_null_characters(person.name, person.email, person.role, person.organisation_name):
            errors.setdefault(index, []).append(NULL_CHARACTERS)
        if person.email in seen:
            errors.setdefault(index, []).append(
                _("%(email)s is already in this booking.") % {"email": person.email}
            )
        seen[person.email] = index
    closed = [message for s in sources if (message := check_open(s, on))]
    if closed:
        errors.setdefault(None, []).extend(closed)
    if errors:
        raise RegistrationError(_("The booking could not be made."), errors)
    try:
        with transaction.atomic():
            booking = Booking.objects.create(registrant=registrant, language=language)
            created = []
            for session in sources:  # pk order: no two bookings deadlock
                created += _register_in(session, booking, participants, errors, on)
            if errors:
                raise RegistrationError(_("The booking could not be made."), errors)
            notify_registrant(booking, created)
    except IntegrityError as error:
        # Two bookings for the same e-mail at the same moment: the second
        # meets the unique constraint; nothing of it was saved.
        raise RegistrationError(
            _("Someone registered one of these people at the same moment; please try again."),
        ) from error
    return created


def _register_in(session, booking, participants, errors, on=None):
    session = lock_session(session)
    taken = taken_emails(Registration.objects.active().filter(session=session), participants)
    created = []
    for index, person in enumerate(participants):
        if person.email in taken:
            errors.setdefault(index, []).append(
                _("%(email)s already has a place in %(session)s.")
                % {"email": person.email, "session": session.title}
            )
            continue
        registration = Registration(
            session=session,
            booking=booking,
            name=person.name,
            email=person.email,
            role=person.role,
            organisation=person.organisation,
            organisation_name="" if person.organisation else person.organisation_name,
            language=person.language or booking.language,
            user=_account_for(person.email),
            contribution_due=contribution_for(session, person.organisation, on),
        )
        if _seat_available(session, registration, on):
            registration.status = Status.CONFIRMED
            registration.confirmed_at = timezone.now()
        else:
            registration.status = Status.WAITING
            registration.waiting_rank = _next_rank(session)
        registration.save()
        created.append(registration)
        notify(registration, "confirmed" if registration.status == Status.CONFIRMED else "waiting")
    return created


def taken_emails(registrations, participants):
    """The participants' e-mails (lower case) that already hold a place among
    ``registrations``, compared as the unique constraint does (lower case)."""
    return set(
        registrations.annotate(address=Lower("email"))
        .filter(address__in=[p.email for p in participants])
        .values_list("address", flat=True)
    )


def _account_for(email):
    from django.contrib.auth import get_user_model

    return get_user_model().objects.filter(email__iexact=email, is_active=True).first()


def _seat_available(session, registration, on=None):
    confirmed = Registration.objects.confirmed().filter(session=session)
    if session.seats is not None and confirmed.count() >= session.seats:
        return False
    if cap_applies(session, on):
        key = organisation_key(registration)
        if key is not None:
            kind, value = key
            same = (
                confirmed.filter(organisation_id=value)
                if kind == "id"
                else confirmed.filter(organisation__isnull=True, organisation_name__iexact=value)
            )
            if same.count() >= session.organisation_seat_cap:
                return False
    return True


def _next_rank(session):
    last = Registration.objects.filter(session=session).aggregate(rank=Max("waiting_rank"))["rank"]
    return (last or 0) + 1


# --- Before registering: the outlook ------------------------------------------


@dataclass(frozen=True)
class Outlook:
    """What ``register`` would give one participant in one session if it ran
    now: a seat (``status`` confirmed) or the waiting list at ``position``,
    and what they would owe. ``index``: the participant's place in the list."""

    session: SessionPage
    index: int
    participant: Participant
    status: str
    position: int | None
    contribution: Decimal


def preview(sessions, participants, on=None):
    """The review step before confirming: what ``register`` would do now,
    saving nothing, in the order it serves people (sessions by source pk,
    participants as listed). Raises ``RegistrationError`` for what
    ``register`` would refuse, with its messages. ``sessions`` may be
    translations (their titles are used); the seats are the source's. Only
    an outlook: someone may take the last seat before the booking is
    confirmed."""
    pages = {}
    for page in sessions:
        source = source_session(page)
        pages.setdefault(source.pk, (source, page))
    if not pages or not participants:
        raise RegistrationError(_("Choose at least one session and one participant."))
    errors = {}
    seen = set()
    for index, person in enumerate(participants):
        if has_null_characters(person.name, person.email, person.role, person.organisation_name):
            errors.setdefault(index, []).append(NULL_CHARACTERS)
        if person.email in seen:
            errors.setdefault(index, []).append(
                _("%(email)s is already in this booking.") % {"email": person.email}
            )
        seen.add(person.email)
    closed = [message for _source, page in pages.values() if (message := check_open(page, on))]
    if closed:
        errors.setdefault(None, []).extend(closed)
    outlook = []
    for pk in sorted(pages):
        session, page = pages[pk]
        active = Registration.objects.active().filter(session=session)
        taken = taken_emails(active, participants)
        held = {}
        confirmed = 0
        for organisation_id, organisation_name in active.filter(
            status=Status.CONFIRMED
        ).values_list("organisation_id", "organisation_name"):
            key = organisation_key(
                Registration(organisation_id=organisation_id, organisation_name=organisation_name)
            )
            held[key] = held.get(key, 0) + 1
            confirmed += 1
        waiting = active.filter(status=Status.WAITING).count()
        capped = cap_applies(session, on)
        for index, person in enumerate(participants):
            if person.email in taken:
                errors.setdefault(index, []).append(
                    _("%(email)s already has a place in %(session)s.")
                    % {"email": person.email, "session": page.title}
                )
                continue
            key = organisation_key(
                Registration(
                    organisation=person.organisation,
                    organisation_name="" if person.organisation else person.organisation_name,
                )
            )
            seat = session.seats is None or confirmed < session.seats
            if seat and capped and key is not None:
                seat = held.get(key, 0) < session.organisation_seat_cap
            if seat:
                confirmed += 1
                held[key] = held.get(key, 0) + 1
                status, position = Status.CONFIRMED, None
            else:
                waiting += 1
                status, position = Status.WAITING, waiting
            outlook.append(
                Outlook(
                    session=page,
                    index=index,
                    participant=person,
                    status=status,
                    position=position,
                    contribution=contribution_for(session, person.organisation, on),
                )
            )
    if errors:
        raise RegistrationError(_("The booking could not be made."), errors)
    return outlook


# --- Cancelling and promoting ---------------------------------------------------


def cancel(registration, by=None):
    """Give the place back and promote whoever is first in line. Returns
    ``False`` when it was already cancelled (an old link, a double click):
    nothing changes then."""
    with transaction.atomic():
        session = lock_session(registration.session)
        current = Registration.objects.select_for_update().get(pk=registration.pk)
        if current.status == Status.CANCELLED:
            return False
        current.status = Status.CANCELLED
        current.cancelled_at = timezone.now()
        current.waiting_rank = None
        current.save(update_fields=["status", "cancelled_at", "waiting_rank"])
        notify(current, "cancelled")
        _fill(session)
    registration.refresh_from_db()
    return True


def fill_free_seats(session, on=None):
    """Promote the people waiting for ``session`` while seats are free (and
    the organisation cap allows); returns those promoted."""
    with transaction.atomic():
        return _fill(lock_session(source_session(session)), on)


def _fill(session, on=None):
    promoted = []
    for registration in Registration.objects.filter(session=session).waiting():
        if session.seats is not None:
            confirmed = Registration.objects.confirmed().filter(session=session).count()
            if confirmed >= session.seats:
                break
        if not _seat_available(session, registration, on):
            continue  # held back by the organisation cap; the next may pass
        now = timezone.now()
        registration.status = Status.CONFIRMED
        registration.confirmed_at = registration.promoted_at = now
        registration.waiting_rank = None
        registration.save(update_fields=["status", "confirmed_at", "promoted_at", "waiting_rank"])
        notify(registration, "promoted")
        promoted.append(registration)
    return promoted


def move_waiting(registration, steps):
    """Move a person ``steps`` places on the waiting list (negative: towards
    the front), by swapping ranks; an editor's decision."""
    with transaction.atomic():
        lock_session(registration.session)
        line = list(Registration.objects.filter(session=registration.session_id).waiting())
        index = next((i for i, r in enumerate(line) if r.pk == registration.pk), None)
        if index is None:
            return False
        target = min(max(index + steps, 0), len(line) - 1)
        if target == index:
            return False
        person = line.pop(index)
        line.insert(target, person)
        for rank, item in enumerate(line, start=1):
            if item.waiting_rank != rank:
                item.waiting_rank = rank
                item.save(update_fields=["waiting_rank"])
        # The editor's order may put someone the cap held back first.
        _fill(lock_session(registration.session))
    registration.refresh_from_db()
    return True


# --- Participants, attendance, payment ---------------------------------------------


def complete_details(
    registration, name, role, organisation, organisation_name, language, accept_terms
):
    """The participant's own corrections through their personal link."""
    if has_null_characters(name, role, organisation_name):
        raise RegistrationError(NULL_CHARACTERS)
    registration.name = name.strip()
    registration.role = role.strip()
    registration.organisation = organisation
    registration.organisation_name = "" if organisation else organisation_name.strip()
    registration.language = language
    now = timezone.now()
    registration.details_completed_at = now
    if accept_terms and not registration.terms_accepted_at:
        registration.terms_accepted_at = now
    registration.save()
    return registration


def mark_attended(registration, by, attended=True):
    """Check a participant in (or undo it); only confirmed people attend."""
    if registration.status != Status.CONFIRMED:
        return False
    registration.attended_at = timezone.now() if attended else None
    registration.checked_in_by = by if attended else None
    registration.save(update_fields=["attended_at", "checked_in_by"])
    return True


def record_payment(registrations, number, amount, paid_on, by=None, note=""):
    """An editor's record that one invoice settles ``registrations`` (no
    payment is processed here); returns the ``Invoice``. Their status is
    untouched: paying does not give a seat."""
    with transaction.atomic():
        invoice = Invoice.objects.create(
            number=number, amount=amount, paid_on=paid_on, note=note, recorded_by=by
        )
        Registration.objects.filter(pk__in=[r.pk for r in registrations]).update(invoice=invoice)
    for item in registrations:
        item.invoice = invoice
    return invoice


def can_download_certificate(registration, on=None):
    """A certificate once the session has started and the person attended."""
    on = on or programme_today()
    return (
        registration.status == Status.CONFIRMED
        and registration.attended_at is not None
        and registration.session.start_date <= on
    )
