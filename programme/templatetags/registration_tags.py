"""Filters of the registration e-mails and pages."""

from decimal import Decimal

from django import template

register = template.Library()


@register.filter
def in_current_language(session):
    """The session's page in the active language (a real translation), or
    the session itself: e-mails are rendered in the recipient's language."""
    from programme.views import in_reader_language

    return in_reader_language([session])[session.pk]


@register.filter
def waiting_position(registration):
    from programme.registration import waiting_position

    return waiting_position(registration)


@register.filter
def due_for_seats(registrations):
    """What the confirmed places among ``registrations`` owe."""
    return sum((r.contribution_due for r in registrations if r.status == "confirmed"), Decimal("0"))
