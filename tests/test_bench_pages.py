"""The pages' benchmark (``bench.pages``), the results writer
(``bench.report``: budgets, JSON, Markdown, PNG), a fresh process
(``bench.fresh``) and the load run (``bench.load``: gunicorn with the
production settings, locust) at a tiny size on the demo network, so that
the bench code cannot rot and its verdicts are right."""

import contextlib
import copy
import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from django.contrib.auth.hashers import PBKDF2PasswordHasher

from bench import load, pages, report
from bench.models import MinimalPage
from bench.run import LOAD_SEARCHES, LOGIN_URL, SIGNED_IN_URL
from tests.test_admin_publish import DatabaseCopy

ROOT = Path(__file__).resolve().parent.parent

# Every test needs the test database set up (the module's fixtures use it).
pytestmark = pytest.mark.django_db


def search_figures(vendor, documents, five_facets_ms, rebuild_seconds, first_ms, rss_mb):
    """The part of a result entry that ``bench.measure`` and ``bench.fresh``
    write, with chosen figures (the budgets' verdicts are what is tested)."""
    stats = {"median_ms": five_facets_ms, "p95_ms": five_facets_ms, "runs": 3}
    return {
        "database": vendor,
        "search_documents": documents,
        "rebuild_search_index_seconds": rebuild_seconds,
        "measurements": {report.FIVE_FACETS: stats, "ours: text, no facet": stats},
        "ratio_ours_to_stock": {"text, 2 facets": None},
        "fresh": [
            {"startup_ms": 900.0, "first_search_ms": first_ms, "rss_mb": rss_mb, "results": 1}
        ]
        * 3,
    }


@pytest.fixture(scope="module")
def measured(django_db_setup, django_db_blocker):
    """One tiny run of the page measurements (rolled back after the module)."""
    with django_db_blocker.unblock():
        from django.db import connection, transaction

        with transaction.atomic():
            entry = pages.run(runs=2, warmups=1, budget=30, documents=10)
            entry["left_minimal_pages"] = MinimalPage.objects.count()
            transaction.set_rollback(True)
    return connection.vendor, entry


def test_the_pages_apis_and_references_are_measured_and_the_minimal_page_removed(
    measured,
):
    vendor, entry = measured
    assert entry["database"] == vendor
    assert set(entry["references"]) == {"bare Django view", "minimal Wagtail page"}
    assert entry["urls"]["minimal page"].endswith(f"/{pages.MINIMAL_SLUG}/")
    assert entry["left_minimal_pages"] == 0
    assert list(entry["pages"]) == list(pages.PAGES)
    for figures in entry["pages"].values():
        assert set(figures) == {"anonymous", "member", "cached"}
        for stats in figures.values():
            assert stats["runs"] == 2
            assert 0 < stats["min_ms"] <= stats["median_ms"] <= stats["max_ms"]
            assert stats["queries"] >= 0
            assert stats["ratio_to_bare"] > 0 and stats["ratio_to_minimal"] > 0
    # A member's page costs at least one query (the session), never 0.
    assert all(figures["member"]["queries"] > 0 for figures in entry["pages"].values())
    assert entry["references"]["minimal Wagtail page"]["queries"] > 0
    for sizes in entry["apis"].values():
        assert set(sizes) == {str(size) for size in pages.API_SIZES}
        assert all(stats["queries"] > 0 for stats in sizes.values())


def test_the_budgets_follow_the_measurements(measured):
    vendor, entry = measured
    result = search_figures(vendor, 1000, 20.0, 0.5, 300.0, 150.0) | {"pages": entry}
    budgets = report.budgets({"results": [result], "load": []})[vendor]
    home = entry["pages"]["home"]
    queries = budgets["home, anonymous: SQL queries"]
    assert queries["measured"] == home["anonymous"]["queries"]
    assert queries["pass"] is (home["anonymous"]["queries"] <= 10)
    cached = budgets["home, cached: SQL queries"]
    assert cached["target"] == 0
    assert cached["pass"] is (home["cached"]["queries"] == 0)
    ratio = budgets["practice, member: median ÷ minimal Wagtail page"]
    assert ratio["measured"] == entry["pages"]["practice"]["member"]["ratio_to_minimal"]
    for name in (
        "search, text + 5 facets: median",
        "index rebuild: documents per second",
        "fresh process: first search",
        "fresh process: resident memory after the first search",
    ):
        assert budgets[name]["pass"], name
        assert "note" in budgets[name]  # 1,000 documents, not 100,000
    assert budgets["index rebuild: documents per second"]["measured"] == 2000


def test_a_budget_fails_on_the_worst_size_and_past_its_target(measured):
    vendor, entry = measured
    small = search_figures(vendor, 1000, 10.0, 0.5, 100.0, 100.0) | {"pages": entry}
    large_pages = copy.deepcopy(entry)
    too_many = max(11, entry["pages"]["expert"]["member"]["queries"] + 1)
    large_pages["pages"]["expert"]["member"]["queries"] = too_many
    large_pages["pages"]["home"]["cached"]["queries"] = 1
    large_pages["apis"]["project api: search"]["50"]["queries"] += 1
    # 60 ms on either engine, 500 documents/s, 500 ms (the limit is "under"), 250 MB.
    large = search_figures(vendor, 100_000, 60.0, 200.0, 500.0, 250.0) | {"pages": large_pages}
    loaded = {"database": vendor, "errors": 2}
    budgets = report.budgets({"results": [large, small], "load": [loaded]})[vendor]
    for name in (
        "expert, member: SQL queries",
        "home, cached: SQL queries",
        "project api: search: SQL queries at 50 − at 10 items",
        "search, text + 5 facets: median",
        "index rebuild: documents per second",
        "fresh process: first search",
        "fresh process: resident memory after the first search",
        "load run: errors",
    ):
        assert not budgets[name]["pass"], name
    assert budgets["expert, member: SQL queries"] | {"pass": None} == {
        "target": 10,
        "comparison": "<=",
        "measured": too_many,
        "unit": "queries",
        "pass": None,
        "documents": 100_000,
    }
    assert "note" not in budgets["search, text + 5 facets: median"]


def test_the_results_are_written_as_json_markdown_and_a_plot(measured, tmp_path):
    vendor, entry = measured
    results = [
        search_figures(vendor, documents, 20.0, 0.5, 300.0, 150.0) | {"pages": entry}
        for documents in (1000, 2000)
    ]
    load_entry = {
        "database": vendor,
        "documents": 2000,
        "users": 2,
        "requests": 100,
        "requests_per_second": 12.5,
        "p50_ms": 30.0,
        "p95_ms": 80.0,
        "errors": 0,
    }
    run_report = {
        "started_at": "20261206T000000Z",
        "machine": {"python": "3.12", "platform": "test", "cpus": 2},
        "runs": 2,
        "warmups": 1,
        "budget_seconds": 30.0,
        "results": results,
        "load": [load_entry],
    }
    text = report.write(run_report, tmp_path)
    written = json.loads((tmp_path / "results.json").read_text())
    assert set(written["budgets"]) == {vendor}
    for item in written["budgets"][vendor].values():
        assert set(item) >= {"target", "measured", "pass", "comparison", "unit", "documents"}
    assert written["budgets"][vendor]["load run: errors"]["pass"] is True
    assert (tmp_path / "results.md").read_text() == text
    name = report.NAMES[vendor]
    assert f"| measurement | {name} 1,000 | {name} 2,000 |" in text
    assert "| home, cached |" in text and "## Budgets" in text and "## Load run" in text
    assert f"| {name} | 2,000 | 2 | 100 | 12.5 | 30 | 80 | 0 |" in text
    assert (tmp_path / "results.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


@pytest.fixture(scope="module")
def database(django_db_setup, django_db_blocker, tmp_path_factory):
    with django_db_blocker.unblock():
        copied = DatabaseCopy(tmp_path_factory.mktemp("bench-pages"))
    yield copied
    copied.drop()


def test_a_fresh_process_reports_its_first_search_and_memory(database):
    completed = subprocess.run(  # noqa: S603 (our interpreter, our module)
        [sys.executable, "-m", "bench.fresh"],
        cwd=ROOT,
        env={**os.environ, "DATABASE_URL": database.url, "DEBUG": "0", "LOG_LEVEL": "WARNING"},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert completed.returncode == 0, completed.stderr
    figures = json.loads(completed.stdout.strip().splitlines()[-1])
    assert figures["startup_ms"] > 0 and figures["first_search_ms"] > 0
    assert 20 < figures["rss_mb"] < 2000
    assert figures["results"] > 0  # "school" is in the demo's practices


def production_password(database, username):
    """The test settings hash passwords with MD5, which production does not
    accept: give the copy's member the demo password hashed as production
    hashes it."""
    encoded = PBKDF2PasswordHasher().encode(load.DEMO_PASSWORD, "benchpagessalt")
    sql = "UPDATE network_user SET password = %s WHERE username = %s"
    if database.vendor == "sqlite":
        with contextlib.closing(sqlite3.connect(database.path)) as connection:
            connection.execute(sql.replace("%s", "?"), (encoded, username))
            connection.commit()
    else:
        with database._connect(database.name) as connection:
            connection.execute(sql, (encoded, username))


def test_the_load_run_serves_pages_search_and_members_without_errors(database, measured):
    _vendor, entry = measured
    production_password(database, "member")
    urls = {
        "pages": [url for name, url in entry["urls"].items() if name != "minimal page"],
        "search": list(LOAD_SEARCHES),
        "login": LOGIN_URL,
        "signed_in": SIGNED_IN_URL,
    }
    result = load.run(database.url, urls, users=4, seconds=8, requests=150)
    assert result["errors"] == 0, result["failures"]
    assert result["requests"] >= 20
    assert result["requests_per_second"] > 0 and 0 < result["p50_ms"] <= result["p95_ms"]
    assert result["by_name"]["sign in"]["requests"] >= 1
    assert result["by_name"]["signed-in check"]["requests"] >= 1
    assert result["by_name"]["search"]["requests"] >= 1
