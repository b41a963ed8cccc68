"""Registrations in the demo network (home/demo/registrations.py,
data/registrations.json): every upcoming seminar takes registrations on the
day the demo is loaded; one is full with a waiting list, one nearly full,
one caps the seats of an organisation; the demo members are registered and
pay nothing, a non-member's people owe the contribution (one paid, one
waiting); the demo member attended a past session and may download the
certificate; a service request has its history. Nothing is e-mailed while
the demo registers people, and a second load changes nothing."""

import datetime
import io
from decimal import Decimal

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.core.management import call_command

from cms import mail as site_mail
from home.demo import records, registrations, schedule
from network.factories import UserFactory
from programme import registration as service
from programme.factories import open_session
from programme.models import (
    Booking,
    Invoice,
    Registration,
    ServiceRequest,
    ServiceRequestEvent,
    SessionPage,
    programme_today,
)

pytestmark = pytest.mark.django_db

Status = Registration.Status
LANGUAGES = ("en", "fr", "de", "it", "es")


def user(username):
    return get_user_model().objects.get(username=username)


def seminars(language="en"):
    """The upcoming seminars of the demo (dated relative to the load date)."""
    slugs = [entry["slug"] for entry in records("sessions") if schedule.is_relative(entry)]
    source = SessionPage.objects.filter(locale__language_code="en", slug__in=slugs)
    return list(
        SessionPage.objects.filter(
            translation_key__in=source.values("translation_key"),
            locale__language_code=language,
            alias_of__isnull=True,
        ).order_by("start_date")
    )


def snapshot():
    """What the demo's registrations step writes, and the session pages'
    latest revisions."""
    return {
        "registrations": sorted(
            Registration.objects.values_list(
                "pk",
                "session_id",
                "email",
                "status",
                "waiting_rank",
                "contribution_due",
                "invoice_id",
                "created_at",
                "confirmed_at",
                "attended_at",
            )
        ),
        "bookings": sorted(Booking.objects.values_list("pk", "created_at")),
        "invoices": sorted(Invoice.objects.values_list("pk", "number", "amount", "paid_on")),
        "requests": sorted(ServiceRequest.objects.values_list("pk", "status", "created_at")),
        "events": sorted(ServiceRequestEvent.objects.values_list("pk", "status", "at")),
        "sessions": sorted(SessionPage.objects.values_list("pk", "latest_revision_id")),
    }


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_upcoming_seminar_takes_registrations_today(language):
    today = programme_today()
    pages = seminars(language)
    assert len(pages) == 5
    for page in pages:
        assert page.registration_is_open(today), page.slug
        assert page.registration_opens < today < page.registration_closes < page.start_date
        assert page.contribution == Decimal("600")
        assert page.seats is not None
    # Small seat counts only where the demo shows a full or nearly full seminar.
    assert sorted(page.seats for page in pages)[2:] == [24, 25, 30]
    # Every translation shares the source's seats (synchronised fields).
    assert [page.seats for page in pages] == [page.seats for page in seminars("en")]


def test_one_seminar_is_full_with_people_waiting_and_one_is_nearly_full():
    counts = service.seats_of(seminars())
    full = [seats for seats in counts.values() if seats.full]
    assert len(full) == 1
    assert full[0].total == 6 and 2 <= full[0].waiting <= 3
    nearly = [seats for seats in counts.values() if not seats.full and seats.fill_rate >= 0.8]
    assert len(nearly) == 1
    assert nearly[0].free == 1 and nearly[0].waiting == 0


def test_the_waiting_list_of_the_full_seminar_is_in_order():
    page = next(page for page in seminars() if service.seats(page).full)
    waiting = list(Registration.objects.filter(session=page).waiting())
    assert [service.waiting_position(r) for r in waiting] == list(range(1, len(waiting) + 1))
    # They registered after everyone who has a seat.
    last_seat = Registration.objects.filter(session=page).confirmed().latest("created_at")
    assert all(r.created_at >= last_seat.created_at for r in waiting)


def test_one_seminar_caps_the_seats_of_an_organisation_until_a_date():
    today = programme_today()
    capped = [page for page in seminars() if page.organisation_seat_cap]
    assert len(capped) == 1
    page = capped[0]
    assert today < page.organisation_cap_until < page.start_date
    assert service.cap_applies(page)
    seats = service.seats(page)
    assert seats.free > 0
    # The organisation holds as many seats as the cap allows; its next
    # person waits although seats are free.
    held_back = Registration.objects.filter(session=page).waiting().get()
    same = Registration.objects.filter(session=page, organisation=held_back.organisation)
    assert same.confirmed().count() == page.organisation_seat_cap


def test_member_and_member2_are_registered_and_pay_nothing():
    for username, sessions in (("member", 2), ("member2", 2)):
        person = user(username)
        upcoming = Registration.objects.filter(
            user=person, session__in=seminars(), status=Status.CONFIRMED
        )
        assert upcoming.count() == sessions, username
        assert all(r.contribution_due == 0 and r.is_paid for r in upcoming)
        assert all(r.email == person.email and r.name == person.get_full_name() for r in upcoming)
        assert all(r.language == person.preferred_language for r in upcoming)


def test_a_non_members_people_owe_the_contribution_one_paid_one_waiting():
    eastbridge = user("eastbridge")
    booked = Registration.objects.filter(booking__registrant=eastbridge)
    people = {r.email for r in booked}
    assert len(people) == 2
    assert booked.count() == 4  # two people, two seminars, one booking
    assert booked.values("booking").distinct().count() == 1
    assert all(r.contribution_due == Decimal("600") for r in booked)
    assert all(not service.pays_nothing(r.organisation) for r in booked)

    paid = [r for r in booked if r.is_paid]
    invoice = Invoice.objects.get()
    assert {r.pk for r in paid} == set(invoice.registrations.values_list("pk", flat=True))
    assert len({r.email for r in paid}) == 1 and len(paid) == 2
    assert invoice.amount == Decimal("1200") and invoice.paid_on <= programme_today()
    assert invoice.recorded_by == user("editor")

    waiting = booked.get(status=Status.WAITING)
    assert not waiting.is_paid and waiting.email not in {r.email for r in paid}
    assert service.waiting_position(waiting) == 1
    # A person whose organisation is not in the directory owes it too.
    typed = Registration.objects.filter(organisation__isnull=True).exclude(organisation_name="")
    assert typed.exists() and all(r.contribution_due == Decimal("600") for r in typed)


def test_member_attended_a_past_session_and_may_download_the_certificate():
    member = user("member")
    attended = Registration.objects.get(user=member, attended_at__isnull=False)
    session = attended.session
    assert session.is_past and session.locale.language_code == "en"
    assert attended.status == Status.CONFIRMED
    assert attended.contribution_due == 0
    # Registered while its window was open, checked in on its first day.
    assert session.registration_opens <= attended.created_at.date() <= session.registration_closes
    assert attended.attended_at.date() == session.start_date
    assert attended.checked_in_by == user("editor")
    assert service.can_download_certificate(attended)


def test_member_has_a_service_request_with_two_history_events():
    request = ServiceRequest.objects.get(requester=user("member"))
    events = list(request.events.all())
    assert [event.status for event in events] == ["new", "in_discussion"]
    assert request.status == events[-1].status
    assert events[0].at < events[1].at
    assert events[1].by == user("editor") and events[1].note
    assert request.created_at <= events[0].at


def test_a_second_load_changes_nothing_and_sends_nothing(django_capture_on_commit_callbacks):
    before = snapshot()
    with django_capture_on_commit_callbacks(execute=True):
        call_command("load_demo", quiet_accounts=True, stdout=io.StringIO())
    assert snapshot() == before
    assert mail.outbox == []


def test_the_demo_registers_through_the_service_without_e_mail(
    django_capture_on_commit_callbacks,
):
    def shape():
        return sorted(
            Registration.objects.values_list(
                "session_id", "email", "status", "waiting_rank", "contribution_due", "user_id"
            )
        )

    before = shape()
    assert len(before) >= 20
    Booking.objects.all().delete()
    Invoice.objects.all().delete()
    ServiceRequest.objects.all().delete()
    lines = []
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        registrations.load(lines.append)
    assert shape() == before
    assert Invoice.objects.count() == ServiceRequest.objects.count() == 1
    # Nothing queued after the commit but the shared cache's purges (cms.cache).
    assert mail.outbox == [] and all(callback.__module__ == "cms.cache" for callback in callbacks)
    assert lines and f"({len(before)} new;" in lines[0]


def test_a_registration_a_demo_user_cancelled_stays_cancelled(
    django_capture_on_commit_callbacks,
):
    mine = Registration.objects.filter(user=user("member2"), status=Status.CONFIRMED).first()
    with django_capture_on_commit_callbacks(execute=True):
        service.cancel(mine)
        registrations.load(lambda line: None)
    assert Registration.objects.filter(session=mine.session, email=mine.email).count() == 1
    mine.refresh_from_db()
    assert mine.status == Status.CANCELLED


def test_suppressed_mail_is_neither_rendered_nor_queued(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        with site_mail.suppressed():
            site_mail.send_email("someone@example.org", "no/such/template", {})
        # The same call outside: rendered and queued.
        site_mail.send_email(
            "someone@example.org", "exchange/email/post_published", {"thread": {"title": "Ada"}}
        )
    assert [message.to for message in mail.outbox] == [["someone@example.org"]]


def test_a_booking_may_be_taken_as_made_on_an_earlier_day():
    """``register(on=...)``, which the demo uses for its past session: the
    window, the contribution and whether the session is past are judged on
    that day."""
    today = programme_today()
    session = open_session(
        start_date=today - datetime.timedelta(days=60),
        end_date=today - datetime.timedelta(days=59),
        registration_opens=today - datetime.timedelta(days=120),
        registration_closes=today - datetime.timedelta(days=70),
    )
    person = service.Participant(name="Ada Early", email="ada.early@example.org")
    with pytest.raises(service.RegistrationError) as refused:
        service.register(UserFactory(), [session], [person])
    assert "already taken place" in str(refused.value.errors[None])
    late = today - datetime.timedelta(days=65)
    with pytest.raises(service.RegistrationError) as closed:
        service.register(UserFactory(), [session], [person], on=late)
    assert "closed on" in str(closed.value.errors[None])
    made = service.register(
        UserFactory(), [session], [person], on=today - datetime.timedelta(days=100)
    )
    assert [r.status for r in made] == [Status.CONFIRMED]
    assert made[0].contribution_due == Decimal("600")
