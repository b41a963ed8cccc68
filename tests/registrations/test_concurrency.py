"""Many people registering for the same seats at the same moment.

Real threads, each call on a database connection of its own, all released
together: the service locks the session's row (PostgreSQL) or takes
SQLite's write lock at the start of the transaction (IMMEDIATE), so the
attempts are served one after the other. The order in which they took the
lock is the order of the registrations' ids (an id is drawn inside the
lock, when the row is inserted): the first ``seats`` ids hold the seats and
the others wait in that order, and every cancellation promotes the next in
that line. The cancellations go through the personal links' cancel button
(an HTTP POST each, no sign-in), every button pressed twice at once, as a
double click would: the second press finds the place cancelled and changes
nothing.

PostgreSQL: a transactional test (the threads must see what the test
committed), 200 attempts on 50 threads (the server's ``max_connections`` is
100, shared with whatever else uses it). Transactional tests run after the
others (pytest-django orders them so) and empty the database when they end,
so that the test loads the demo again if an earlier one emptied it, as the
browser tests do.

SQLite: the test database is in memory (Django's ``mode=memory&cache=shared``
for SQLite test databases), where connections of one process share one
cache and lock tables, not the file, and SQLite's busy timeout does not
apply. What the site runs on is a file with the write-ahead log, IMMEDIATE
transactions and a 20 s timeout (``cms.settings.base``), so that test copies
the test database to a file and runs the threads in another process with
``DATABASE_URL`` pointing at it, then reads the file.
"""

import concurrent.futures
import io
import json
import os
import sqlite3
import subprocess
import sys
import threading
import time
from contextlib import closing
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from django.core import mail
from django.core.management import call_command
from django.db import connection
from django.test import Client
from django.urls import reverse
from django.utils import translation

from programme import registration as service
from programme.models import Booking, Registration, SessionIndexPage, SessionPage
from tests.conftest import is_postgres

ROOT = Path(__file__).resolve().parents[2]
Status = Registration.Status

#: Threads on PostgreSQL: each holds a connection while it waits for the lock.
WORKERS = 50


# --- the attempts ---------------------------------------------------------------


def accounts(count, prefix):
    """People who register themselves (written in bulk: this is about
    registering, not signing up)."""
    User = get_user_model()
    User.objects.bulk_create(
        User(
            username=f"{prefix}-{n:03d}",
            email=f"{prefix}-{n:03d}@example.org",
            password=make_password(None),
        )
        for n in range(count)
    )
    return list(User.objects.filter(username__startswith=f"{prefix}-").order_by("username"))


def at_once(calls, workers):
    """Run ``calls`` on ``workers`` threads released together, each call on
    its own connection (closed after it). Returns [(result, error)] in the
    order given and the wall time in seconds."""
    gate = threading.Event()

    def one(call):
        gate.wait()
        try:
            return call(), None
        except Exception as error:  # noqa: BLE001 (every error is counted by the test)
            return None, error
        finally:
            connection.close()

    with concurrent.futures.ThreadPoolExecutor(max_workers=workers) as pool:
        futures = [pool.submit(one, call) for call in calls]
        started = time.perf_counter()
        gate.set()
        outcomes = [future.result() for future in futures]
        return outcomes, time.perf_counter() - started


def register_everyone(session_pk, people, workers):
    def attempt(person):
        session = SessionPage.objects.get(pk=session_pk)
        participant = service.Participant(name=person.username, email=person.email)
        return service.register(person, [session], [participant], "en")[0]

    return at_once([lambda person=person: attempt(person) for person in people], workers)


def cancel_by_link(tokens, workers):
    """The cancel button of each personal link pressed at once (a POST of
    its form, no sign-in); [(status code, "already cancelled" page)]."""

    def press(token):
        with translation.override("en"):
            address = reverse("registration-cancel", args=[token])
        response = Client().post(address)
        return response.status_code, "Already cancelled" in response.content.decode()

    return at_once([lambda token=token: press(token) for token in tokens], workers)


def arrival_order(rows, seats):
    """``rows``: (pk, status, waiting_rank, confirmed_at, promoted_at) of a
    session. The seats went to the first ``seats`` ids, in the order the
    lock was taken; returns (the ids seated on arrival, the line of the
    others in id order)."""
    rows = sorted(rows)
    seated = [
        pk
        for pk, _status, _rank, confirmed_at, promoted_at in rows
        if confirmed_at and not promoted_at
    ]
    assert seated == [row[0] for row in rows[:seats]], "a seat went to a later arrival"
    return seated, [row[0] for row in rows if row[0] not in set(seated)]


def waiting_line(rows):
    """The ids waiting, first in line first (rank, then id: the service's order)."""
    waiting = [(rank, pk) for pk, status, rank, _c, _p in rows if status == Status.WAITING]
    return [pk for _rank, pk in sorted(waiting)]


def promoted_in_order(rows):
    promoted = [(promoted_at, pk) for pk, _s, _r, _c, promoted_at in rows if promoted_at]
    return [pk for _at, pk in sorted(promoted)]


def report(capsys, line):
    """Shown in the CI log even without ``-s``."""
    with capsys.disabled():
        print(f"\n{line}")


# --- PostgreSQL: 200 attempts for 20 seats ------------------------------------------


@pytest.fixture
def programme_ready():
    """The English programme the session goes in: an earlier transactional
    test (browser tests in the same session) may have emptied the database."""
    if not SessionIndexPage.objects.filter(locale__language_code="en").exists():
        from tests.test_members_browser import what_the_migrations_made

        what_the_migrations_made()
        call_command("load_demo", quiet_accounts=True, stdout=io.StringIO())


@pytest.mark.postgres
@pytest.mark.skipif(
    not is_postgres(),
    reason="PostgreSQL's row lock; SQLite: test_sqlite_threads_wait_for_the_write_lock",
)
@pytest.mark.django_db(transaction=True)
def test_200_people_at_once_for_20_seats_then_20_cancel_at_once(programme_ready, capsys):
    from programme.factories import open_session

    session = open_session(seats=20)
    people = accounts(200, "crowd")
    mail.outbox = []
    connection.close()  # the threads open their own

    outcomes, seconds = register_everyone(session.pk, people, WORKERS)

    errors = [error for _result, error in outcomes if error]
    statuses = [result.status for result, _error in outcomes if result]
    report(
        capsys,
        f"200 attempts: {statuses.count(Status.CONFIRMED)} confirmed, "
        f"{statuses.count(Status.WAITING)} waiting, {len(errors)} errors, in {seconds:.2f} s "
        f"({WORKERS} threads, PostgreSQL)",
    )
    assert errors == []
    registrations = Registration.objects.filter(session=session)
    # Nothing lost: one row, one e-mail address and one booking per attempt.
    assert registrations.count() == 200
    assert registrations.values("email").distinct().count() == 200
    assert Booking.objects.filter(registrations__session=session).distinct().count() == 200
    assert sorted(registrations.values_list("booking__registrant__email", flat=True)) == sorted(
        person.email for person in people
    )
    assert statuses.count(Status.CONFIRMED) == 20
    assert statuses.count(Status.WAITING) == 180
    fields = ("pk", "status", "waiting_rank", "confirmed_at", "promoted_at")
    rows = list(registrations.values_list(*fields))
    _seated, line = arrival_order(rows, 20)
    # The waiting list is the order of arrival, and so are the positions people are told.
    assert waiting_line(rows) == line
    waiting = {r.pk: r for r in registrations.filter(status=Status.WAITING)}
    assert [service.waiting_position(waiting[pk]) for pk in line] == list(range(1, 181))
    assert sorted(r.waiting_rank for r in waiting.values()) == list(range(1, 181))
    # Every attempt had its e-mail (confirmation or waiting list), once.
    assert sorted(message.to[0] for message in mail.outbox) == sorted(p.email for p in people)

    # The 20 with a seat cancel at once through their links, each pressing
    # the button twice (a double click): 20 are promoted, the first 20 in
    # line, one after the other; the second presses change nothing.
    confirmed = dict(registrations.filter(status=Status.CONFIRMED).values_list("pk", "token"))
    mail.outbox = []
    connection.close()
    outcomes, seconds = cancel_by_link(list(confirmed.values()) * 2, WORKERS)

    assert [error for _result, error in outcomes if error] == []
    pages = sorted(result for result, _error in outcomes)
    assert pages == [(200, False)] * 20 + [(200, True)] * 20  # cancelled / already cancelled
    rows = list(registrations.values_list(*fields))
    assert promoted_in_order(rows) == line[:20]
    assert waiting_line(rows) == line[20:]
    assert registrations.filter(status=Status.CONFIRMED).count() == 20
    assert set(registrations.filter(status=Status.CANCELLED).values_list("pk", flat=True)) == set(
        confirmed
    )
    still_waiting = registrations.filter(status=Status.WAITING).in_bulk()
    assert [service.waiting_position(still_waiting[pk]) for pk in line[20:]] == list(range(1, 161))
    subjects = sorted(message.subject for message in mail.outbox)
    assert len(subjects) == 40  # 20 cancellations, 20 promotions; none twice
    report(
        capsys,
        f"20 cancels by link (each pressed twice) at once: 20 promoted, in {seconds:.2f} s",
    )


# --- SQLite: threads on a database file ------------------------------------------------


@pytest.fixture(scope="module")
def sqlite_file(django_db_setup, django_db_blocker, tmp_path_factory):
    """The test database (demo loaded, nothing of a test's transaction)
    copied to a file, before any test of this module opens a transaction."""
    if connection.vendor != "sqlite":
        pytest.skip("SQLite only")
    path = tmp_path_factory.mktemp("registrations") / "concurrency.sqlite3"
    with django_db_blocker.unblock():
        connection.ensure_connection()
        with closing(sqlite3.connect(path)) as target:
            connection.connection.backup(target)
    return path


def in_sqlite_file(path, *args):
    """Run ``main`` below in a process of its own on the database file."""
    code = (
        "import django; django.setup(); "
        "from tests.registrations.test_concurrency import main; main()"
    )
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "cms.settings.test",
        "DATABASE_URL": f"sqlite:///{path}",
    }
    completed = subprocess.run(  # noqa: S603 (our interpreter, our code)
        [sys.executable, "-c", code, *map(str, args)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert completed.returncode == 0, completed.stdout + completed.stderr
    return json.loads(completed.stdout.strip().splitlines()[-1])


@pytest.mark.skipif(is_postgres(), reason="SQLite's write lock; PostgreSQL: the 200-people test")
@pytest.mark.django_db
def test_sqlite_threads_wait_for_the_write_lock(sqlite_file, capsys):
    """20 attempts for 5 seats at once, then 5 people cancelling by link
    (each pressing twice) at once, on a file as the site uses it: nobody
    meets "database is locked", and nothing is lost."""
    result = in_sqlite_file(sqlite_file, 20, 5, 5)
    report(
        capsys,
        f"20 attempts: {result['confirmed']} confirmed, {result['waiting']} waiting, "
        f"{len(result['errors'])} errors, in {result['seconds']:.2f} s (20 threads, SQLite file); "
        f"5 cancels by link, each pressed twice: {len(result['cancel_errors'])} errors, "
        f"in {result['cancel_seconds']:.2f} s",
    )
    assert result["errors"] == [] and result["cancel_errors"] == []
    assert result["journal_mode"] == "wal"  # the site's settings, not the test database's
    assert sorted(result["cancelled"]) == [[200, False]] * 5 + [[200, True]] * 5
    assert (result["confirmed"], result["waiting"]) == (5, 15)
    with closing(sqlite3.connect(sqlite_file)) as database:
        rows = database.execute(
            "SELECT id, status, waiting_rank, confirmed_at, promoted_at "
            "FROM programme_registration WHERE session_id = ?",
            [result["session"]],
        ).fetchall()
        bookings = database.execute(
            "SELECT count(DISTINCT booking_id), count(DISTINCT email) "
            "FROM programme_registration WHERE session_id = ?",
            [result["session"]],
        ).fetchone()
    assert len(rows) == 20 and bookings == (20, 20)
    _seated, line = arrival_order(rows, 5)
    assert promoted_in_order(rows) == line[:5]
    assert waiting_line(rows) == line[5:]
    assert [row[1] for row in rows].count(Status.CONFIRMED) == 5
    assert [row[1] for row in rows].count(Status.CANCELLED) == 5
    assert result["positions"] == list(range(1, 11))
    # One e-mail per attempt; then one per cancellation and per promotion.
    assert result["emails"] == [20, 10]


def main():
    """In the SQLite test's process of its own: ``attempts`` people register
    at once for ``seats`` seats (one thread each), then the first ``cancels``
    with a seat press their link's cancel button, twice each, at once;
    prints what happened as JSON."""
    from django.db import transaction

    from programme.factories import open_session

    attempts, seats, cancels = (int(value) for value in sys.argv[1:4])
    with transaction.atomic():
        session = open_session(seats=seats)
        people = accounts(attempts, "sqlite-crowd")
    journal_mode = connection.cursor().execute("PRAGMA journal_mode").fetchone()[0]
    connection.close()
    mail.outbox = []
    outcomes, seconds = register_everyone(session.pk, people, attempts)
    registered_emails = len(mail.outbox)
    statuses = [result.status for result, _error in outcomes if result]
    seated = sorted((r.pk, r.token) for r, _e in outcomes if r and r.status == Status.CONFIRMED)
    tokens = [token for _pk, token in seated[:cancels]]
    mail.outbox = []
    undone, cancel_seconds = cancel_by_link(tokens * 2, 2 * cancels)
    waiting = Registration.objects.filter(session=session).waiting()
    print(
        json.dumps(
            {
                "session": session.pk,
                "journal_mode": journal_mode,
                "confirmed": statuses.count(Status.CONFIRMED),
                "waiting": statuses.count(Status.WAITING),
                "errors": [repr(error) for _result, error in outcomes if error],
                "seconds": seconds,
                "cancel_errors": [repr(error) for _result, error in undone if error],
                "cancelled": [result for result, _error in undone],
                "cancel_seconds": cancel_seconds,
                "emails": [registered_emails, len(mail.outbox)],
                "positions": [service.waiting_position(r) for r in waiting],
            }
        )
    )
