"""The registration benchmark (part of ``make bench``).

``python -m bench.registration --output FILE`` with DATABASE_URL pointing at
a database that holds the demo network (``bench.run`` runs it for each
database after the exchange; ``BENCH_REGISTRATION=0`` skips it).

Each round opens a session of ``seats`` seats in the English programme and
has ``attempts`` people register themselves for it at once, through
``programme.registration.register`` (the service every surface calls):
``workers`` threads, each call on a database connection of its own (opened
before the clock starts and closed after the call, as a request's under
``CONN_MAX_AGE=0``), all released together. Then ``cancels`` confirmed
people cancel at once, and each cancellation promotes the first in line.
PostgreSQL's default ``max_connections`` is 100, shared with whatever else
uses the server: 50 threads by default, so 200 attempts queue for them.

Figures, over every round:

- one ``register`` call: median, p95, max (ms), the wait for the session's
  lock included, since that is what a person waits for;
- registrations per second: attempts ÷ the round's wall time;
- one ``cancel`` (with its promotion): median, p95, max;
- the SQL queries of one ``register`` and one ``cancel`` made alone.

``check`` fails unless every round came out right: exactly ``seats``
confirmed, the others waiting in the order they took the lock (registration
ids), no error, and the first ``cancels`` people in line promoted.

E-mail: tasks run as the settings say (the database queue in ``make
bench``, as in production), so each call renders its e-mail and ``.ics``
and queues it on commit; nothing is sent. Everything the benchmark writes
is named ``bench-r-…`` (accounts, sessions) and removed first and after
(with the e-mail tasks it queued).
"""

import argparse
import concurrent.futures
import datetime
import json
import os
import sys
import threading
import time
from pathlib import Path

import django

PREFIX = "bench-r-"
ATTEMPTS = 200
SEATS = 20
WORKERS = 50
CANCELS = 20
ROUNDS = 3
LANGUAGES = ("en", "fr", "de", "it", "es")


def log(message):
    print(f"  [registration] {message}", flush=True)


def clear():
    """Remove what an earlier run wrote: bookings (and their registrations),
    sessions in every locale, accounts, queued e-mail tasks to them."""
    from django.contrib.auth import get_user_model
    from django_tasks_db.models import DBTaskResult
    from wagtail.models import Page

    from programme.models import Booking, Registration

    Registration.objects.filter(email__startswith=PREFIX).delete()
    Booking.objects.filter(registrant__username__startswith=PREFIX).delete()
    # Aliases in the other locales first, then the sessions themselves.
    for aliases in (True, False):
        for page in Page.objects.filter(title__startswith=PREFIX, alias_of__isnull=not aliases):
            page.delete()
    get_user_model().objects.filter(username__startswith=PREFIX).delete()
    DBTaskResult.objects.filter(
        task_path="cms.tasks.deliver_email", args_kwargs__kwargs__to__0__startswith=PREFIX
    ).delete()


def people(count, round_number):
    """``count`` accounts (written in bulk: the benchmark is about
    registering, not signing up), each one registers themselves."""
    from django.contrib.auth import get_user_model
    from django.contrib.auth.hashers import make_password

    User = get_user_model()
    accounts = [
        User(
            username=f"{PREFIX}{round_number}-{number:04d}",
            email=f"{PREFIX}{round_number}-{number:04d}@example.org",
            password=make_password(None),  # unusable: nobody signs in as them
            preferred_language=LANGUAGES[number % len(LANGUAGES)],
        )
        for number in range(count)
    ]
    User.objects.bulk_create(accounts)
    return list(User.objects.filter(username__startswith=f"{PREFIX}{round_number}-").order_by("pk"))


def new_session(seats, round_number):
    from programme.factories import open_session

    return open_session(seats=seats, title=f"{PREFIX}session {round_number}")


def _one_call(gate, function):
    """Wait for the start, then time ``function`` on this thread's own
    connection; returns (seconds, result, error)."""
    from django.db import connection

    gate.wait()
    try:
        connection.ensure_connection()
        started = time.perf_counter()
        try:
            result = function()
        except Exception as error:  # noqa: BLE001 (reported and counted)
            return time.perf_counter() - started, None, repr(error)
        return time.perf_counter() - started, result, None
    finally:
        connection.close()


def at_once(functions, workers):
    """Run ``functions`` on ``workers`` threads, released together; returns
    ([(seconds, result, error)] in the order given, wall seconds)."""
    gate = threading.Event()
    with concurrent.futures.ThreadPoolExecutor(max_workers=workers) as pool:
        futures = [pool.submit(_one_call, gate, function) for function in functions]
        started = time.perf_counter()
        gate.set()
        outcomes = [future.result() for future in futures]
        wall = time.perf_counter() - started
    return outcomes, wall


def register_all(session, accounts, workers):
    from programme import registration as service

    def attempt(account):
        participant = service.Participant(
            name=f"Participant {account.username}",
            email=account.email,
            language=account.preferred_language,
        )
        return service.register(account, [session], [participant], account.preferred_language)[0]

    return at_once([lambda account=account: attempt(account) for account in accounts], workers)


def cancel_all(registrations, workers):
    from programme import registration as service
    from programme.models import Registration

    def cancel(pk):
        return service.cancel(Registration.objects.get(pk=pk))

    return at_once([lambda pk=r.pk: cancel(pk) for r in registrations], workers)


def outcome(session, cancelled_pks):
    """What the database holds for ``session`` after a round: counts, and
    whether seats, promotions and the waiting list followed the order in
    which the calls took the session's lock (the registrations' ids: each
    is given inside the lock)."""
    from programme import registration as service
    from programme.models import Registration

    Status = Registration.Status
    rows = list(Registration.objects.filter(session=session).order_by("pk"))
    seated = [r.pk for r in rows if r.confirmed_at and not r.promoted_at]
    line = [r.pk for r in rows if r.pk not in set(seated)]
    promoted = [
        r.pk for r in sorted((r for r in rows if r.promoted_at), key=lambda r: r.promoted_at)
    ]
    waiting = sorted(
        (r for r in rows if r.status == Status.WAITING), key=lambda r: (r.waiting_rank, r.pk)
    )
    cancelled = {r.pk for r in rows if r.status == Status.CANCELLED}
    return {
        "registrations": len(rows),
        "emails": len({r.email for r in rows}),
        "confirmed": sum(r.status == Status.CONFIRMED for r in rows),
        "waiting": len(waiting),
        "cancelled": len(cancelled),
        "promoted": len(promoted),
        "seats_in_arrival_order": seated == [r.pk for r in rows[: session.seats]],
        "promoted_in_line_order": promoted == line[: len(promoted)],
        "waiting_in_arrival_order": [r.pk for r in waiting] == line[len(promoted) :]
        and [service.waiting_position(r) for r in waiting] == list(range(1, len(waiting) + 1)),
        "cancelled_the_ones_asked": cancelled == set(cancelled_pks),
    }


def measure_queries(round_number):
    """SQL queries of one ``register`` (a seat free) and one ``cancel``
    (promoting the one waiting), each made alone."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from programme import registration as service

    session = new_session(1, round_number)
    first, second = people(2, round_number)
    counts = {}
    for name, account in (("register", first), ("register, waiting list", second)):
        participant = service.Participant(name=account.username, email=account.email)
        with CaptureQueriesContext(connection) as captured:
            made = service.register(account, [session], [participant], "en")
        counts[name] = len(captured)
        if name == "register":
            taken = made[0]
    with CaptureQueriesContext(connection) as captured:
        service.cancel(taken)
    counts["cancel + promote"] = len(captured)
    return counts


def run(
    attempts=ATTEMPTS, seats=SEATS, workers=WORKERS, cancels=CANCELS, rounds=ROUNDS, keep=False
):
    """Every round, then the figures; returns the result entry."""
    from django.db import connection

    from bench.measure import summarise

    if not 0 < cancels <= seats < attempts:
        raise ValueError("Need 0 < cancels <= seats < attempts.")
    clear()
    register_times, cancel_times, rates, walls, outcomes, errors = [], [], [], [], [], []
    for round_number in range(1, rounds + 1):
        session = new_session(seats, round_number)
        accounts = people(attempts, round_number)
        connection.close()  # the threads open their own
        done, wall = register_all(session, accounts, workers)
        register_times += [seconds for seconds, _result, _error in done]
        errors += [error for _seconds, _result, error in done if error]
        made = sorted((result for _seconds, result, _error in done if result), key=lambda r: r.pk)
        confirmed = [r for r in made if r.status == "confirmed"][:cancels]
        undone, cancel_wall = cancel_all(confirmed, workers)
        cancel_times += [seconds for seconds, _result, _error in undone]
        errors += [error for _seconds, _result, error in undone if error]
        walls.append(round(wall, 3))
        rates.append(round(attempts / wall, 1))
        outcomes.append(outcome(session, [r.pk for r in confirmed]))
        log(
            f"round {round_number}: {attempts} attempts in {wall:.2f} s "
            f"({attempts / wall:.0f}/s), {cancels} cancels in {cancel_wall:.2f} s: "
            f"{outcomes[-1]}"
        )
    queries = measure_queries(rounds + 1)
    entry = {
        "database": connection.vendor,
        "attempts": attempts,
        "seats": seats,
        "workers": workers,
        "cancels": cancels,
        "rounds": rounds,
        "measurements": {
            f"registration: register, {attempts} at once": summarise(register_times),
            f"registration: cancel + promote, {cancels} at once": summarise(cancel_times),
        },
        "registrations_per_second": {
            "median": sorted(rates)[len(rates) // 2],
            "min": min(rates),
            "max": max(rates),
        },
        "wall_seconds": walls,
        "query_counts": queries,
        "outcomes": outcomes,
        "errors": errors[:20],
        "error_count": len(errors),
    }
    if not keep:
        clear()
    return entry


def check(entry):
    """Every round: the seats, the line and the promotions as they must be."""
    problems = []
    if entry["error_count"]:
        problems.append(f"{entry['error_count']} calls failed: {entry['errors'][:3]}")
    attempts, seats, cancels = entry["attempts"], entry["seats"], entry["cancels"]
    expected = {
        "registrations": attempts,
        "emails": attempts,
        "confirmed": seats,
        "waiting": attempts - seats - cancels,
        "cancelled": cancels,
        "promoted": cancels,
    }
    for number, found in enumerate(entry["outcomes"], start=1):
        wrong = {key: found[key] for key, value in expected.items() if found[key] != value}
        flags = [key for key, value in found.items() if value is False]
        if wrong or flags:
            problems.append(f"round {number}: {wrong or ''} {flags or ''}".strip())
    if problems:
        raise AssertionError("; ".join(problems))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", required=True, type=Path)
    parser.add_argument("--attempts", type=int, default=ATTEMPTS)
    parser.add_argument("--seats", type=int, default=SEATS)
    parser.add_argument("--workers", type=int, default=WORKERS)
    parser.add_argument("--cancels", type=int, default=CANCELS)
    parser.add_argument("--rounds", type=int, default=ROUNDS)
    parser.add_argument("--keep", action="store_true", help="Leave the sessions and people.")
    args = parser.parse_args()

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.dev")
    django.setup()

    entry = run(
        attempts=args.attempts,
        seats=args.seats,
        workers=args.workers,
        cancels=args.cancels,
        rounds=args.rounds,
        keep=args.keep,
    )
    entry["measured_at"] = datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds")
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(json.dumps(entry, indent=2, default=str))
    check(entry)
    return 0


if __name__ == "__main__":
    sys.exit(main())
