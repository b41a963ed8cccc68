"""Reminders to an organisation's contact before its membership ends.

Two steps: 60 days before the end (sent when 15 to 60 days are left) and 14
days before (when 14 or fewer are left). A step is sent once: its
``MembershipReminder`` row is written in the transaction whose commit
queues the e-mails (``cms.mail.send_email``), so running the job twice, or
two runs at once, sends nothing twice; a step missed altogether (a
membership created with 10 days left) is not sent late. A membership that a
later one continues (renewed) gets no reminder.

Recipients: the organisation's ``contact_email`` (in English: it is nobody's
account) and the confirmed people marked ``is_contact``, each in their
preferred language.
"""

import datetime
from dataclasses import dataclass, field

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone

from cms.mail import send_email
from network.models import Affiliation, Membership, MembershipReminder, Organisation

#: Days before the end; each step is sent when no more days are left than its
#: number and more than the next step's.
STEPS = (60, 14)


@dataclass
class Result:
    """What a run did, for the command's output and the task's result."""

    sent: list = field(default_factory=list)  # (membership, step, recipients)
    without_contact: list = field(default_factory=list)  # (membership, step)

    def as_dict(self):
        return {
            "sent": [
                {"membership": membership.pk, "days_before": step, "to": recipients}
                for membership, step, recipients in self.sent
            ],
            "without_contact": [
                {"membership": membership.pk, "days_before": step}
                for membership, step in self.without_contact
            ],
        }


def step_for(days_left):
    """The reminder step due with ``days_left`` days left, or None."""
    due = None
    for step in STEPS:
        if 0 <= days_left <= step:
            due = step
    return due


def due(today=None):
    """(membership, step, days left) for every reminder due ``today`` and not
    sent yet."""
    today = today or timezone.localdate()
    memberships = (
        Membership.objects.active(today)
        .filter(ends_on__lte=today + datetime.timedelta(days=max(STEPS)))
        .select_related("organisation")
        .prefetch_related("reminders", "organisation__memberships")
        .order_by("ends_on", "pk")
    )
    for membership in memberships:
        days_left = (membership.ends_on - today).days
        step = step_for(days_left)
        sent = {reminder.days_before for reminder in membership.reminders.all()}
        if step is None or step in sent or _renewed(membership):
            continue
        yield membership, step, days_left


def _renewed(membership):
    """Whether another membership of the organisation carries on after this one."""
    next_day = membership.ends_on + datetime.timedelta(days=1)
    return any(
        other.pk != membership.pk
        and other.starts_on <= next_day
        and (other.ends_on is None or other.ends_on > membership.ends_on)
        for other in membership.organisation.memberships.all()
    )


def recipients(organisation):
    """(address, name, language) of each contact of an organisation, once
    per address: the people marked as contacts first, in their language."""
    people = (
        Affiliation.objects.confirmed()
        .filter(organisation=organisation, is_contact=True, user__is_active=True)
        .exclude(user__email="")
        .select_related("user")
        .order_by("pk")
    )
    result, seen = [], set()
    for affiliation in people:
        user = affiliation.user
        if user.email.lower() not in seen:
            seen.add(user.email.lower())
            result.append((user.email, user.get_full_name(), user.preferred_language))
    if organisation.contact_email and organisation.contact_email.lower() not in seen:
        result.append(
            (organisation.contact_email, organisation.contact_name, settings.LANGUAGE_CODE)
        )
    return result


def send_due_reminders(today=None, dry_run=False, progress=None):
    """Send every reminder due ``today``. ``progress`` (a callable) is told
    about each one. Returns a ``Result``."""
    today = today or timezone.localdate()
    result = Result()
    say = progress or (lambda message: None)
    for membership, step, days_left in list(due(today)):
        organisation = membership.organisation
        contacts = recipients(organisation)
        if not contacts:
            result.without_contact.append((membership, step))
            say(f"{organisation}: no contact to send the {step}-day reminder to")
            continue
        addresses = [address for address, _name, _language in contacts]
        if not dry_run and not _send(membership, step, days_left, contacts):
            continue  # another run sent it a moment ago
        result.sent.append((membership, step, addresses))
        say(
            f"{organisation}: {step}-day reminder (ends {membership.ends_on}, "
            f"{days_left} days left) to {', '.join(addresses)}"
        )
    return result


def _send(membership, step, days_left, contacts):
    names = _organisation_names(membership.organisation)
    try:
        with transaction.atomic():
            MembershipReminder.objects.create(
                membership=membership, days_before=step, sent_to=contacts[0][0]
            )
            for address, name, language in contacts:
                send_email(
                    address,
                    "network/email/reminder",
                    {
                        "membership": membership,
                        "days_left": days_left,
                        "name": name,
                        "organisation_name": names.get(language, membership.organisation.name),
                    },
                    language,
                )
    except IntegrityError:
        return False
    return True


def _organisation_names(organisation):
    """The organisation's name in each language it is translated into."""
    return dict(
        Organisation.objects.filter(translation_key=organisation.translation_key).values_list(
            "locale__language_code", "name"
        )
    )
