"""The e-mails of registration: confirmation, waiting list, promotion and
cancellation to the participant (in their language, the confirmation and
promotion with the session's ``.ics``), and the registrant's summary; sent
through ``cms.mail`` when the service's transaction commits.

They are rendered after the commit too, not where the service asks for
them: the service holds the session's lock until it commits, and rendering
a message and its calendar file was a third of that time (bench/registration.py:
every registration of a session waits for the one before). Whether e-mail
is suppressed (``cms.mail.suppressed``: the demo) is decided when they are
asked for. A message that cannot be rendered is logged; the registration
stands."""

from decimal import Decimal

from django.conf import settings
from django.db import transaction

from cms import mail
from cms.mail import send_email
from programme.seats import waiting_position

#: E-mail templates per event (``programme/email/<name>``).
EMAILS = {
    "confirmed": "programme/email/registration_confirmed",
    "waiting": "programme/email/registration_waiting",
    "promoted": "programme/email/registration_promoted",
    "cancelled": "programme/email/registration_cancelled",
}

#: The events whose e-mail carries the session's calendar file.
WITH_CALENDAR = {"confirmed", "promoted"}


def after_commit(send, *args):
    """``send(*args)`` once the current transaction commits, unless e-mail
    is suppressed now."""
    if not mail.is_suppressed():
        transaction.on_commit(lambda: send(*args), robust=True)


def notify(registration, event):
    after_commit(_notify, registration, event)


def notify_registrant(booking, registrations):
    after_commit(_notify_registrant, booking, list(registrations))


def _notify(registration, event):
    from programme import calendar

    session = registration.session
    localized = session.localized_in(registration.language)
    attachments = None
    if event in WITH_CALENDAR:
        attachments = [
            (
                f"{session.slug}.ics",
                calendar.session_ics([localized], registration.language),
                "text/calendar",
            )
        ]
    context = {
        "registration": registration,
        "session": localized,
        "position": waiting_position(registration),
        "manage_url": manage_url(registration),
    }
    send_email(
        registration.email,
        EMAILS[event],
        context,
        language=registration.language,
        attachments=attachments,
    )


def _notify_registrant(booking, registrations):
    """The registrant's summary (who, which session, seat or waiting, what is
    due), unless they registered only themselves."""
    registrant = booking.registrant
    if registrant is None or not registrant.email:
        return
    if {r.email for r in registrations} == {registrant.email.lower()}:
        return
    language = getattr(registrant, "preferred_language", "") or booking.language
    send_email(
        registrant.email,
        "programme/email/booking_summary",
        {
            "booking": booking,
            "registrations": registrations,
            "total_due": sum((r.contribution_due for r in registrations), Decimal("0")),
        },
        language=language,
    )


def manage_url(registration):
    """The participant's personal link (details, terms, cancellation,
    certificate), absolute, in their language."""
    from django.urls import reverse
    from django.utils import translation

    with translation.override(registration.language):
        path = reverse("registration-manage", args=[registration.token])
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path
