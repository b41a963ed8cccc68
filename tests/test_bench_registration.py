"""The registration benchmark (``bench.registration``) at a tiny size, so
that the bench code cannot rot: it runs as ``make bench`` runs it, in a
process of its own (development settings, DEBUG off, the database queue)
on a copy of the test database, since its threads need committed data and
connections of their own. It must measure, check the outcome and leave
nothing behind."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from bench import registration as bench
from bench.run import registration_table
from tests.test_admin_publish import DatabaseCopy

ROOT = Path(__file__).resolve().parent.parent
TINY = {"attempts": 8, "seats": 3, "cancels": 2, "workers": 4, "rounds": 2}


@pytest.fixture(scope="module")
def database(django_db_setup, django_db_blocker, tmp_path_factory):
    with django_db_blocker.unblock():
        copy = DatabaseCopy(tmp_path_factory.mktemp("bench-registration"))
    yield copy
    copy.drop()


@pytest.mark.django_db
def test_the_benchmark_measures_a_tiny_crowd_and_leaves_nothing(database, tmp_path):
    output = tmp_path / "registration.json"
    arguments = [f"--{name}={value}" for name, value in TINY.items()]
    completed = subprocess.run(  # noqa: S603 (our interpreter, our module)
        [sys.executable, "-m", "bench.registration", "--output", str(output), *arguments],
        cwd=ROOT,
        env={
            **os.environ,
            "DATABASE_URL": database.url,
            "DJANGO_SETTINGS_MODULE": "cms.settings.dev",
            "DEBUG": "0",
            "LOG_LEVEL": "WARNING",
        },
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert completed.returncode == 0, completed.stdout + completed.stderr
    entry = json.loads(output.read_text())

    assert entry["database"] == database.vendor
    assert entry["error_count"] == 0
    register = entry["measurements"]["registration: register, 8 at once"]
    cancel = entry["measurements"]["registration: cancel + promote, 2 at once"]
    assert register["runs"] == 16 and cancel["runs"] == 4
    for stats in (register, cancel):
        assert 0 < stats["min_ms"] <= stats["median_ms"] <= stats["p95_ms"] <= stats["max_ms"]
    assert len(entry["wall_seconds"]) == 2
    assert entry["registrations_per_second"]["median"] > 0
    for outcome in entry["outcomes"]:
        assert outcome == {
            "registrations": 8,
            "emails": 8,
            "confirmed": 3,
            "waiting": 3,
            "cancelled": 2,
            "promoted": 2,
            "seats_in_arrival_order": True,
            "promoted_in_line_order": True,
            "waiting_in_arrival_order": True,
            "cancelled_the_ones_asked": True,
        }
    counts = entry["query_counts"]
    assert set(counts) == {"register", "register, waiting list", "cancel + promote"}
    assert all(count > 0 for count in counts.values())

    # Nothing of it is left: people, sessions (in every locale), places, e-mails queued.
    like = f"{bench.PREFIX}%"
    assert database.rows("SELECT count(*) FROM network_user WHERE username LIKE %s", [like]) == [
        (0,)
    ]
    assert database.rows("SELECT count(*) FROM wagtailcore_page WHERE title LIKE %s", [like]) == [
        (0,)
    ]
    assert database.rows(
        "SELECT count(*) FROM programme_registration WHERE email LIKE %s", [like]
    ) == [(0,)]
    assert database.rows("SELECT count(*) FROM django_tasks_database_dbtaskresult") == [(0,)]

    table = registration_table([entry])
    assert f"| measurement | {database.vendor} |" in table
    assert "| register, 8 at once | " in table
    assert "| errors | 0 |" in table


def test_the_check_fails_when_a_round_came_out_wrong():
    good = {
        "registrations": 8,
        "emails": 8,
        "confirmed": 3,
        "waiting": 3,
        "cancelled": 2,
        "promoted": 2,
        "seats_in_arrival_order": True,
        "promoted_in_line_order": True,
        "waiting_in_arrival_order": True,
        "cancelled_the_ones_asked": True,
    }
    entry = {
        "attempts": 8,
        "seats": 3,
        "cancels": 2,
        "error_count": 0,
        "errors": [],
        "outcomes": [good, {**good, "confirmed": 4, "waiting_in_arrival_order": False}],
    }
    with pytest.raises(AssertionError, match="round 2") as failed:
        bench.check(entry)
    assert "confirmed" in str(failed.value) and "waiting_in_arrival_order" in str(failed.value)
    bench.check({**entry, "outcomes": [good]})
    with pytest.raises(AssertionError, match="1 calls failed"):
        bench.check({**entry, "outcomes": [good], "error_count": 1, "errors": ["OperationalError"]})
