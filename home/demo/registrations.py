"""Registrations in the demo network (``data/registrations.json``, SCHEMA.md):
people booked for the upcoming seminars, a full seminar with its waiting
list, a nearly full one, one whose per-organisation cap holds someone back,
a non-member's participants who owe the contribution (one paid), a past
session that the demo member attended (their certificate can be
downloaded), and a service request with its history.

Every registration is made through ``programme.registration`` (the one
service that gives seats and places on a waiting list), as the people would
make it, then dated back to when the demo says it was made. The service
e-mails each participant and registrant; the people are fictional, so no
e-mail is rendered or queued while the demo registers them
(``cms.mail.suppressed``).

A second load finds each registration by its session and e-mail address
(whatever its status: a demo user who cancelled one keeps it cancelled), the
invoice by its number and the service request by its requester and topic,
and writes nothing.
"""

import datetime
from decimal import Decimal

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone

from cms import mail
from home.demo import records
from home.demo.exchange import moment
from home.demo.translation import SOURCE
from network.models import Affiliation, Organisation
from programme import registration as service
from programme.models import (
    PROGRAMME_TIME_ZONE,
    Booking,
    Invoice,
    Registration,
    ServiceRequest,
    ServiceRequestEvent,
    SessionPage,
)


def data():
    return records("registrations")


def users():
    return {user.username: user for user in get_user_model().objects.all()}


def organisation(key):
    return Organisation.objects.get(slug=key, locale__language_code=SOURCE)


def sessions_by_key():
    """{record key: the session's page in the default language}."""
    slugs = {entry["key"]: entry["slug"] for entry in records("sessions")}
    pages = {
        page.slug: page
        for page in SessionPage.objects.filter(
            locale__language_code=SOURCE, slug__in=slugs.values()
        )
    }
    return {key: pages[slug] for key, slug in slugs.items() if slug in pages}


def participant(spec, accounts):
    """A ``Participant`` from a record: a demo account (their name, role,
    organisation and language) or a person typed in by the registrant."""
    if "account" in spec:
        user = accounts[spec["account"]]
        affiliation = (
            Affiliation.objects.confirmed().filter(user=user).select_related("organisation").first()
        )
        return service.Participant(
            name=user.get_full_name() or user.username,
            email=user.email,
            role=user.job_title,
            organisation=affiliation.organisation if affiliation else None,
            organisation_name="" if affiliation else user.requested_organisation,
            language=user.preferred_language or SOURCE,
        )
    return service.Participant(
        name=spec["name"],
        email=spec["email"],
        role=spec.get("role", ""),
        organisation=organisation(spec["organisation"]) if spec.get("organisation") else None,
        organisation_name=spec.get("organisation_name", ""),
        language=spec.get("language", SOURCE),
    )


def registered(session, email):
    return Registration.objects.filter(session=session, email__iexact=email).exists()


def book(registrant, sessions, participants, at, on=None):
    """Register ``participants`` for those of ``sessions`` they are not
    registered for yet (one booking when none is), dated back to ``at``;
    the registrations made."""
    missing = {
        session: [person for person in participants if not registered(session, person.email)]
        for session in sessions
    }
    if not any(missing.values()):
        return []
    language = registrant.preferred_language or SOURCE
    if all(len(people) == len(participants) for people in missing.values()):
        groups = [(sessions, participants)]
    else:  # Completing an interrupted or edited demo: session by session.
        groups = [([session], people) for session, people in missing.items() if people]
    made = []
    with mail.suppressed():
        for group_sessions, people in groups:
            made += service.register(registrant, group_sessions, people, language=language, on=on)
    date_back(made, at)
    return made


def date_back(registrations, at):
    """The bookings and registrations made at ``at`` (seats confirmed then)."""
    pks = [registration.pk for registration in registrations]
    Booking.objects.filter(registrations__pk__in=pks).update(created_at=at)
    Registration.objects.filter(pk__in=pks).update(created_at=at)
    Registration.objects.filter(pk__in=pks, confirmed_at__isnull=False).update(confirmed_at=at)


def create_bookings(accounts, sessions, now):
    entries = data()["bookings"]
    times = [moment(now, entry["days_ago"], entry["time"]) for entry in entries]
    if times != sorted(times):
        raise ValueError("The demo bookings are not in order of time.")
    made = []
    for entry, at in zip(entries, times, strict=True):
        made += book(
            accounts[entry["registrant"]],
            [sessions[key] for key in entry["sessions"]],
            [participant(spec, accounts) for spec in entry["participants"]],
            at,
        )
    return made


def record_invoices(accounts, sessions, today):
    """The payments editors recorded (``service.record_payment``), once."""
    recorded = 0
    for entry in data()["invoices"]:
        if Invoice.objects.filter(number=entry["number"]).exists():
            continue
        paid = [
            Registration.objects.filter(
                session=sessions[item["session"]], email__iexact=item["email"]
            ).first()
            for item in entry["registrations"]
        ]
        if None in paid:
            continue
        invoice = service.record_payment(
            paid,
            number=entry["number"],
            amount=sum((r.contribution_due for r in paid), Decimal("0")),
            paid_on=today - datetime.timedelta(days=entry["paid_days_ago"]),
            by=accounts[entry["recorded_by"]],
            note=entry.get("note", ""),
        )
        Invoice.objects.filter(pk=invoice.pk).update(
            issued_on=today - datetime.timedelta(days=entry["issued_days_ago"])
        )
        recorded += 1
    return recorded


def session_moment(day, hour):
    """``hour`` o'clock on ``day`` on the network's calendar (Brussels)."""
    return datetime.datetime.combine(day, datetime.time(hour), tzinfo=PROGRAMME_TIME_ZONE)


def record_attendance(accounts, sessions):
    """Past sessions the demo accounts attended: registered on a day the
    window was open, checked in by an editor on the first day."""
    made = []
    for entry in data()["attended"]:
        session = sessions[entry["session"]]
        person = participant({"account": entry["account"]}, accounts)
        if registered(session, person.email):
            continue
        on = datetime.date.fromisoformat(entry["registered_on"])
        with transaction.atomic():
            registration = book(
                accounts[entry["account"]],
                [session],
                [person],
                session_moment(on, 10),
                on=on,
            )[0]
            service.mark_attended(registration, by=accounts[entry["checked_in_by"]])
            Registration.objects.filter(pk=registration.pk).update(
                attended_at=session_moment(session.start_date, 9)
            )
        made.append(registration)
    return made


def create_service_requests(accounts, now):
    """Service requests with their history (status changes and notes)."""
    created = 0
    for entry in data()["service_requests"]:
        requester = accounts[entry["requester"]]
        if ServiceRequest.objects.filter(requester=requester, topic=entry["topic"]).exists():
            continue
        events = entry["events"]
        with transaction.atomic():
            request = ServiceRequest.objects.create(
                requester=requester,
                service=entry["service"],
                organisation=organisation(entry["organisation"]) if entry["organisation"] else None,
                organisation_name=entry.get("organisation_name", ""),
                topic=entry["topic"],
                description=entry["description"],
                preferred_dates=entry.get("preferred_dates", ""),
                participants=entry.get("participants"),
                language=entry["language"],
                status=events[-1]["status"],
            )
            for event in events:
                made = ServiceRequestEvent.objects.create(
                    request=request,
                    status=event["status"],
                    note=event["note"],
                    by=accounts[event["by"]] if event["by"] else None,
                )
                ServiceRequestEvent.objects.filter(pk=made.pk).update(
                    at=moment(now, event["days_ago"], "10:00")
                )
            ServiceRequest.objects.filter(pk=request.pk).update(
                created_at=moment(now, entry["days_ago"], "09:30"),
                updated_at=moment(now, events[-1]["days_ago"], "10:00"),
            )
        created += 1
    return created


def load(log):
    """After the accounts, their affiliations and the sessions exist."""
    now = timezone.now()
    accounts = users()
    sessions = sessions_by_key()
    made = create_bookings(accounts, sessions, now)
    made += record_attendance(accounts, sessions)
    invoices = record_invoices(accounts, sessions, timezone.localdate(now))
    requests = create_service_requests(accounts, now)
    demo = Registration.objects.filter(session__in=sessions.values())
    log(
        f"Registrations: {demo.count()} ({len(made)} new; "
        f"{demo.filter(status=Registration.Status.WAITING).count()} waiting), "
        f"{invoices} new invoice(s), {requests} new service request(s)"
    )
