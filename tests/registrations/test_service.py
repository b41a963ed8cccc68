"""The registration service (programme.registration): seats, the waiting
list, promotion, fair allocation, contributions, the window, duplicates."""

import datetime
from decimal import Decimal

import pytest
from django.core import mail
from django.utils import timezone

from network.factories import MembershipFactory, OrganisationFactory, UserFactory
from programme import registration as service
from programme.factories import open_session
from programme.models import Registration

pytestmark = pytest.mark.django_db

Status = Registration.Status


def person(number, organisation=None, **kwargs):
    return service.Participant(
        name=f"Person {number}",
        email=f"Person{number}@Example.org",
        organisation=organisation,
        **kwargs,
    )


def test_seats_then_waiting_list_in_order(django_capture_on_commit_callbacks):
    session = open_session(seats=2)
    registrant = UserFactory()
    with django_capture_on_commit_callbacks(execute=True):
        made = service.register(registrant, [session], [person(n) for n in range(4)])
    assert [r.status for r in made] == [Status.CONFIRMED] * 2 + [Status.WAITING] * 2
    assert [service.waiting_position(r) for r in made] == [None, None, 1, 2]
    assert made[0].email == "person0@example.org"
    seats = service.seats(session)
    assert (seats.total, seats.confirmed, seats.waiting, seats.free) == (2, 2, 2, 0)
    # 4 participants' e-mails + the registrant's summary.
    assert len(mail.outbox) == 5
    confirmed = next(m for m in mail.outbox if m.to == ["person0@example.org"])
    assert confirmed.attachments[0][0].endswith(".ics")
    assert "BEGIN:VEVENT" in confirmed.attachments[0][1]


def test_cancel_promotes_first_waiting_once(django_capture_on_commit_callbacks):
    session = open_session(seats=1)
    first, second, third = service.register(UserFactory(), [session], [person(n) for n in range(3)])
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        assert service.cancel(first) is True
    second.refresh_from_db()
    third.refresh_from_db()
    assert second.status == Status.CONFIRMED and second.promoted_at is not None
    assert service.waiting_position(third) == 1
    assert sorted(m.to[0] for m in mail.outbox) == ["person0@example.org", "person1@example.org"]
    promoted = next(m for m in mail.outbox if m.to == ["person1@example.org"])
    assert promoted.attachments and "text/calendar" in promoted.attachments[0][2]
    # Cancelling twice is harmless: nothing changes, nobody else promoted.
    assert service.cancel(first) is False
    third.refresh_from_db()
    assert third.status == Status.WAITING


def test_partners_pay_nothing_others_pay_the_contribution():
    session = open_session(contribution="600.00")
    member_org = MembershipFactory().organisation
    outsider = OrganisationFactory(role="none")
    paying, free = service.register(
        UserFactory(), [session], [person(1, outsider), person(2, member_org)]
    )
    assert paying.contribution_due == Decimal("600.00")
    assert free.contribution_due == Decimal("0")
    assert free.is_paid and not paying.is_paid


def test_one_place_per_email_per_session():
    session = open_session()
    service.register(UserFactory(), [session], [person(1)])
    with pytest.raises(service.RegistrationError) as error:
        service.register(UserFactory(), [session], [person(2), person(1)])
    assert 1 in error.value.errors
    # All or nothing: person 2 was not saved either.
    assert Registration.objects.filter(session=session).count() == 1


def test_window_is_enforced():
    today = timezone.localdate()
    closed = open_session(registration_closes=today - datetime.timedelta(days=1))
    with pytest.raises(service.RegistrationError) as error:
        service.register(UserFactory(), [closed], [person(1)])
    assert None in error.value.errors
    assert not Registration.objects.filter(session=closed).exists()


def test_organisation_cap_until_a_date():
    today = timezone.localdate()
    session = open_session(
        seats=3, organisation_seat_cap=1, organisation_cap_until=today + datetime.timedelta(days=5)
    )
    city = OrganisationFactory()
    made = service.register(UserFactory(), [session], [person(1, city), person(2, city)])
    assert [r.status for r in made] == [Status.CONFIRMED, Status.WAITING]
    other = service.register(UserFactory(), [session], [person(3)])
    assert other[0].status == Status.CONFIRMED
    # Past the date, the free seat goes to whoever waits first.
    promoted = service.fill_free_seats(session, on=today + datetime.timedelta(days=6))
    assert [r.pk for r in promoted] == [made[1].pk]


def test_translations_share_seats():
    session = open_session(seats=1)
    service.register(UserFactory(), [session], [person(1)])
    assert service.seats_of([session])[session.pk].free == 0


def test_move_waiting():
    session = open_session(seats=1)
    made = service.register(UserFactory(), [session], [person(n) for n in range(4)])
    assert service.move_waiting(made[3], -2)
    order = list(Registration.objects.filter(session=session).waiting())
    assert [r.pk for r in order] == [made[3].pk, made[1].pk, made[2].pk]


def test_a_place_stored_in_another_case_is_named_not_a_conflict():
    session = open_session()
    [held] = service.register(UserFactory(), [session], [person(1)])
    Registration.objects.filter(pk=held.pk).update(email="Person1@Example.org")
    with pytest.raises(service.RegistrationError) as error:
        service.register(UserFactory(), [session], [person(1)])
    assert 0 in error.value.errors
    assert "already has a place" in error.value.errors[0][0]
