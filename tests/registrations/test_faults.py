"""Registration when things go wrong: the mail server is away, a booking
fails halfway, a cancellation comes twice or through an old link.

The mail server is a real SMTP backend pointed at a port where nothing
listens (connection refused), sending through the task queue as the site
does (``cms.tasks.deliver_email``): with the database queue the worker tries
again later; with the immediate backend the failure is logged. Nothing
here replaces our own code.
"""

import datetime
import logging
import socket

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone, translation
from django_tasks_db.models import DBTaskResult

from cms.tasks import RETRY_MINUTES
from network.factories import UserFactory
from programme import registration as service
from programme.factories import open_session
from programme.models import Booking, Registration
from tests.notifications.test_queue import DATABASE_QUEUE, run_worker

pytestmark = pytest.mark.django_db

Status = Registration.Status
LOCMEM = {"default": {"BACKEND": "django.core.mail.backends.locmem.EmailBackend"}}


def closed_port():
    """A local port nobody listens on (bound, then released)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def mail_server_away(settings):
    settings.MAILERS = {
        "default": {
            "BACKEND": "django.core.mail.backends.smtp.EmailBackend",
            "OPTIONS": {"host": "127.0.0.1", "port": closed_port(), "timeout": 5},
        }
    }
    mail.outbox = []


@pytest.fixture
def database_queue(settings):
    settings.TASKS = DATABASE_QUEUE


def link(name, token, language="en"):
    with translation.override(language):
        return reverse(name, args=[token])


def person(number, **kwargs):
    return service.Participant(
        name=f"Person {number}", email=f"person{number}@example.org", **kwargs
    )


# --- the mail server is away --------------------------------------------------------


def test_a_registration_stands_when_the_mail_server_refuses_connections(
    mail_server_away, django_capture_on_commit_callbacks, caplog
):
    """Immediate tasks (the send happens on commit, in the request): the
    failure is logged, never raised into the registration."""
    session = open_session(seats=5)
    with (
        caplog.at_level(logging.ERROR, logger="cms.tasks"),
        django_capture_on_commit_callbacks(execute=True) as callbacks,
    ):
        (registration,) = service.register(UserFactory(), [session], [person(1)], "fr")
    assert callbacks  # the e-mail was handed over on commit ...
    assert mail.outbox == []  # ... and could not go out
    assert any("failed" in record.getMessage() for record in caplog.records)
    registration.refresh_from_db()
    assert registration.status == Status.CONFIRMED
    assert service.seats(session).confirmed == 1


def test_the_confirmation_is_retried_by_the_queue_until_the_server_is_back(
    mail_server_away, database_queue, django_capture_on_commit_callbacks, settings
):
    session = open_session(seats=5)
    # Registering oneself: one e-mail (no summary for the registrant).
    participant = UserFactory(email="person1@example.org", preferred_language="de")
    with django_capture_on_commit_callbacks(execute=True):
        (registration,) = service.register(participant, [session], [person(1, language="de")], "de")
    registration.refresh_from_db()
    assert registration.status == Status.CONFIRMED
    (queued,) = DBTaskResult.objects.ready()
    assert queued.args_kwargs["kwargs"]["to"] == ["person1@example.org"]

    before = timezone.now()
    assert run_worker() == 1  # the SMTP connection is refused
    assert mail.outbox == []
    assert DBTaskResult.objects.get(pk=queued.pk).return_value == {
        "sent": False,
        "attempt": 1,
        "retry": True,
    }
    (retry,) = DBTaskResult.objects.filter(status="READY")
    assert retry.args_kwargs["kwargs"]["attempt"] == 2
    wait = retry.run_after - before
    assert datetime.timedelta(minutes=RETRY_MINUTES[0] - 0.1) < wait
    assert wait < datetime.timedelta(minutes=RETRY_MINUTES[0] + 0.1)
    assert run_worker() == 0  # not before its time

    # The server is back and the time has come: the same message goes out,
    # in the participant's language, with the session's calendar file.
    settings.MAILERS = LOCMEM
    DBTaskResult.objects.filter(pk=retry.pk).update(run_after=timezone.now())
    assert run_worker() == 1
    (message,) = mail.outbox
    assert message.to == ["person1@example.org"]
    assert message.subject == queued.args_kwargs["kwargs"]["subject"]
    assert message.attachments[0][0].endswith(".ics")
    assert "BEGIN:VEVENT" in message.attachments[0][1]
    registration.refresh_from_db()
    assert registration.status == Status.CONFIRMED


def test_a_promotion_is_kept_when_its_e_mail_fails(
    mail_server_away, database_queue, django_capture_on_commit_callbacks
):
    session = open_session(seats=1)
    first, second = service.register(UserFactory(), [session], [person(1), person(2)])
    with django_capture_on_commit_callbacks(execute=True):
        assert service.cancel(first) is True
    run_worker()
    second.refresh_from_db()
    assert second.status == Status.CONFIRMED and second.promoted_at is not None
    # Both e-mails (cancellation, promotion) wait for another attempt.
    retries = DBTaskResult.objects.filter(status="READY")
    assert sorted(r.args_kwargs["kwargs"]["to"][0] for r in retries) == [
        "person1@example.org",
        "person2@example.org",
    ]
    assert mail.outbox == []


# --- a booking is all or nothing --------------------------------------------------------


def everything_about(sessions):
    return (
        Booking.objects.count(),
        sorted(
            Registration.objects.filter(session__in=sessions).values_list(
                "session", "email", "status"
            )
        ),
        DBTaskResult.objects.count(),
    )


def test_a_booking_refused_in_its_second_session_saves_nothing(
    database_queue, django_capture_on_commit_callbacks
):
    """Three people for two sessions; the second already has the second
    person: the first session's places are not kept either."""
    first, second = open_session(seats=10), open_session(seats=10)
    service.register(UserFactory(), [second], [person(2)])
    before = everything_about([first, second])

    with (
        django_capture_on_commit_callbacks(execute=True) as callbacks,
        pytest.raises(service.RegistrationError) as refused,
    ):
        service.register(UserFactory(), [first, second], [person(1), person(2), person(3)])

    assert list(refused.value.errors) == [1]  # the second participant, named
    assert everything_about([first, second]) == before
    assert not Registration.objects.filter(session=first).exists()
    assert callbacks == []  # no e-mail either
    assert service.seats(first).confirmed == 0


def test_a_database_error_in_the_middle_of_a_booking_saves_nothing(
    database_queue, django_capture_on_commit_callbacks
):
    """The database itself refuses the second session's row: its unique
    constraint (one place per e-mail, whatever the case) meets a place
    stored as "Person2@Example.org" (as an import or a hand correction
    would store it), which the service's own check, comparing the e-mail as
    typed, does not see. The booking is rolled back whole."""
    first, second = open_session(seats=10), open_session(seats=10)
    (held,) = service.register(UserFactory(), [second], [person(2)])
    Registration.objects.filter(pk=held.pk).update(email="Person2@Example.org")
    before = everything_about([first, second])

    with (
        django_capture_on_commit_callbacks(execute=True) as callbacks,
        pytest.raises(service.RegistrationError),
    ):
        service.register(UserFactory(), [first, second], [person(1), person(2), person(3)])

    assert everything_about([first, second]) == before
    assert not Registration.objects.filter(session=first).exists()
    assert callbacks == []
    # The database is usable after the rollback: the next booking goes through.
    made = service.register(UserFactory(), [first], [person(1)])
    assert [r.status for r in made] == [Status.CONFIRMED]


# --- cancelling twice, old links (twice by link: test_views) --------------------------


def test_cancelling_twice_changes_nothing_the_second_time(django_capture_on_commit_callbacks):
    session = open_session(seats=1)
    first, second, third = service.register(
        UserFactory(), [session], [person(1), person(2), person(3)]
    )
    with django_capture_on_commit_callbacks(execute=True):
        assert service.cancel(first) is True
    mail.outbox = []
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        assert service.cancel(first) is False
    assert callbacks == [] and mail.outbox == []
    statuses = dict(Registration.objects.filter(session=session).values_list("email", "status"))
    assert statuses == {
        "person1@example.org": Status.CANCELLED,
        "person2@example.org": Status.CONFIRMED,
        "person3@example.org": Status.WAITING,
    }
    third.refresh_from_db()
    assert service.waiting_position(third) == 1


def test_an_old_link_cannot_cancel_the_new_registration(client, django_capture_on_commit_callbacks):
    """Someone cancels through their link, registers again (a new place, a
    new personal link), then uses the first e-mail's link again: it answers
    calmly that the place was already cancelled, and the new place stays."""
    session = open_session(seats=2)
    (old,) = service.register(UserFactory(), [session], [person(1)])
    old_cancel = link("registration-cancel", old.token)
    assert client.post(old_cancel).status_code == 200
    old.refresh_from_db()
    assert old.status == Status.CANCELLED
    (new,) = service.register(UserFactory(), [session], [person(1)])
    assert new.token != old.token

    mail.outbox = []
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        again = client.post(old_cancel)
    assert again.status_code == 200
    assert "Already cancelled" in again.content.decode()
    assert "private" in again["Cache-Control"] and "no-store" in again["Cache-Control"]
    assert callbacks == [] and mail.outbox == []
    new.refresh_from_db()
    assert new.status == Status.CONFIRMED
    assert service.seats(session).confirmed == 1
    # The old page offers nothing to change; the new link is the live one.
    assert 'name="name"' not in client.get(link("registration-manage", old.token)).content.decode()
    assert 'name="name"' in client.get(link("registration-manage", new.token)).content.decode()
    assert client.post(link("registration-cancel", "no-such-token")).status_code == 404
