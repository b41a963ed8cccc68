"""``make bench``: build scratch databases, generate networks, measure.

Environment:

* ``BENCH_SIZES``: searchable documents, comma-separated (default
  ``1000,20000,100000``); ``generate_network`` gets a fifth of it as practices.
* ``BENCH_QUICK=1``: a short run: 1,000 documents, 10 timed runs after 2
  warm-ups, a 20-second load run (each still overridden by its own variable).
* ``BENCH_DATABASES``: ``sqlite`` and/or ``postgres`` (default both).
* ``BENCH_POSTGRES_URL``: the scratch PostgreSQL database (default
  ``postgres://postgres@127.0.0.1:5432/liaise_bench``). It is dropped and
  created again; the names of the CI and test databases are refused.
* ``BENCH_RUNS`` / ``BENCH_WARMUPS``: timed runs and warm-ups (30 / 3).
* ``BENCH_BUDGET``: seconds of timed runs per measurement (120); a slower
  measurement stops after 3 runs (the table shows the number of runs).
* ``BENCH_SQLITE_ANALYZE=0``: measure SQLite without planner statistics
  (see ``bench.measure.settle``); PostgreSQL is always VACUUM ANALYZEd.
* ``BENCH_STOCK=0``: leave out Wagtail's stock backend (its index takes
  minutes to build at 100,000 documents; the ratios are then not given).
* ``BENCH_KEEP_DATABASE=1``: reuse the scratch databases (migrate and
  load_demo are idempotent) instead of starting from empty ones.
* ``BENCH_PAGES=0``: leave out the pages, APIs and references
  (``bench.pages``) and the fresh processes (``bench.fresh``, run
  ``BENCH_FRESH_RUNS`` times, default 3), measured at every size.
* ``BENCH_LOAD=0``: leave out the load run (``bench.load``: gunicorn with
  the production settings and locust, at the largest size of each database);
  ``BENCH_LOAD_USERS`` (10), ``BENCH_LOAD_SECONDS`` (60) and
  ``BENCH_LOAD_REQUESTS`` (5,000) bound it.
* ``BENCH_EXCHANGE=0``: leave out the exchange's measurements
  (``bench.exchange``: 1,000 members, 10,000 posts; run once per database
  after the search sizes).
* ``BENCH_REGISTRATION=0``: leave out the registration's measurements
  (``bench.registration``: 200 people registering for 20 seats at once, then
  20 cancelling, 3 rounds; run once per database after the exchange).
  ``BENCH_SIZES= BENCH_EXCHANGE=0`` runs it alone.

SQLite uses ``var/bench.sqlite3`` (``BENCH_SQLITE_FILE``: another file).
Every Django command runs in a subprocess with its own DATABASE_URL (and
DEBUG off, as in production), so SQLite and PostgreSQL runs never share a
process, a connection or a cache. Sizes run from small to large on the same
database: ``generate_network --clear`` replaces the previous network.
Results go to ``bench/results.json`` (with the ``budgets``),
``bench/results.md`` (the table, printed at the end) and
``bench/results.png`` (``bench.report``); cProfile reports to
``bench/results/``.
"""

import datetime
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench"
RESULTS = BENCH / "results"
SQLITE_FILE = Path(os.environ.get("BENCH_SQLITE_FILE", ROOT / "var" / "bench.sqlite3"))
DEFAULT_POSTGRES_URL = "postgres://postgres@127.0.0.1:5432/liaise_bench"
DOCUMENTS_PER_PRACTICE = 5
PROTECTED_DATABASES = ("liaise_ci", "liaise")
#: What the load run's anonymous readers search for (the mix's search requests).
LOAD_SEARCHES = ("/en/search/?q=school", "/en/search/?q=prevention", "/en/search/")
LOGIN_URL = "/en/accounts/login/"
SIGNED_IN_URL = "/en/account/tokens/"


def env_list(name, default):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


def log(message):
    print(f"[bench {time.strftime('%H:%M:%S')}] {message}", flush=True)


def run(args, env, capture=False):
    """Run a command of the project, streaming its output; return seconds."""
    args = [str(arg) for arg in args]
    started = time.perf_counter()
    completed = subprocess.run(  # noqa: S603 (our own interpreter and scripts)
        args, cwd=ROOT, env=env, check=False, text=True, capture_output=capture
    )
    if completed.returncode:
        if capture:
            sys.stdout.write(completed.stdout + completed.stderr)
        raise SystemExit(f"{' '.join(args)} failed ({completed.returncode})")
    return time.perf_counter() - started


def manage(*args):
    return [sys.executable, "manage.py", *args]


def postgres_url():
    url = os.environ.get("BENCH_POSTGRES_URL", DEFAULT_POSTGRES_URL)
    name = urlsplit(url).path.lstrip("/")
    if not name or name in PROTECTED_DATABASES or name.startswith("test_"):
        raise SystemExit(f"Refusing to use database “{name}” for the benchmark.")
    return url, name


def reset_postgres(url, name, keep):
    """(Re)create the scratch database through the server's maintenance
    database; True if an existing one is kept."""
    import psycopg

    parts = urlsplit(url)
    maintenance = urlunsplit(parts._replace(path="/postgres"))
    with psycopg.connect(maintenance, autocommit=True) as connection:
        exists = connection.execute(
            "SELECT 1 FROM pg_database WHERE datname = %s", [name]
        ).fetchone()
        if exists and keep:
            return True
        connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        connection.execute(f'CREATE DATABASE "{name}"')
        return False


def prepare(database, keep):
    """A DATABASE_URL for ``database`` with the demo network loaded."""
    if database == "sqlite":
        url = f"sqlite:///{SQLITE_FILE}"
        if not keep:
            for suffix in ("", "-wal", "-shm", "-journal"):
                Path(f"{SQLITE_FILE}{suffix}").unlink(missing_ok=True)
        kept = keep and SQLITE_FILE.exists()
        SQLITE_FILE.parent.mkdir(parents=True, exist_ok=True)
    elif database == "postgres":
        url, name = postgres_url()
        kept = reset_postgres(url, name, keep)
    else:
        raise SystemExit(f"Unknown database “{database}”: use sqlite or postgres.")
    env = {
        **os.environ,
        "DATABASE_URL": url,
        "DJANGO_SETTINGS_MODULE": "cms.settings.dev",
        "DEBUG": "0",
        "LOG_LEVEL": "WARNING",
        # WhiteNoise warns when static files were never collected; irrelevant here.
        "PYTHONWARNINGS": "ignore:No directory at:UserWarning",
    }
    log(f"{database}: migrate and load_demo")
    run(manage("migrate", "--no-input"), env, capture=True)
    if kept:
        # load_demo synchronises the locale trees page by page: do it before
        # the previous network comes back, not over 100,000 generated pages.
        run(manage("generate_network", "--practices", 0, "--clear"), env, capture=True)
    run(manage("load_demo", "--quiet-accounts"), env, capture=True)
    return env


def exchange_table(entries):
    """The exchange's figures (``bench.exchange``), one block per database."""
    lines = []
    header = (
        f"{'database':<10} {'measurement':<46} {'median ms':>10} {'p95 ms':>9} "
        f"{'runs':>5} {'× bare':>7}"
    )
    for entry in entries:
        database = entry["database"]
        lines += ["", header, "-" * len(header)]
        for name, stats in entry["measurements"].items():
            ratio = entry["ratio_to_bare"].get(name)
            lines.append(
                f"{database:<10} {name:<46} {stats['median_ms']:>10.2f} {stats['p95_ms']:>9.2f} "
                f"{stats['runs']:>5} {'' if ratio is None else ratio:>7}"
            )
        generated, digests = entry["generated"], entry["digests"]
        queries = ", ".join(f"{k}: {v}" for k, v in entry["query_counts"].items())
        lines += [
            f"  SQL queries per request: {queries}",
            f"  send_digests: {digests['people']} people, {digests['posts']} posts, "
            f"{digests['emails']} e-mails, {digests['queries']} SQL queries, "
            f"{digests['timing']['median_ms'] / 1000:.2f}s median",
            f"  generated {generated['people']} people in {generated['organisations']} "
            f"organisations, {generated['threads']} threads, {generated['posts']} posts "
            f"in {generated['seconds']}s",
        ]
    return "\n".join(lines)


def registration_table(entries):
    """The registration's figures (``bench.registration``) as a Markdown
    table, one column per database (docs/benchmarks.md keeps such tables)."""
    if not entries:
        return ""
    first = entries[0]
    names = list(first["measurements"])
    lines = [
        "",
        f"Registration: {first['attempts']} people at once for {first['seats']} seats, "
        f"{first['workers']} threads, then {first['cancels']} cancel at once; "
        f"{first['rounds']} rounds (ms: median / p95 / max).",
        "",
        "| measurement | " + " | ".join(entry["database"] for entry in entries) + " |",
        "|---" * (len(entries) + 1) + "|",
    ]
    for name in names:
        cells = []
        for entry in entries:
            stats = entry["measurements"][name]
            cells.append(
                f"{stats['median_ms']:.1f} / {stats['p95_ms']:.1f} / {stats['max_ms']:.1f}"
            )
        lines.append(f"| {name.removeprefix('registration: ')} | " + " | ".join(cells) + " |")
    rates = [entry["registrations_per_second"] for entry in entries]
    lines.append(
        "| registrations per second (median of rounds) | "
        + " | ".join(
            f"{rate['median']:.0f} ({rate['min']:.0f}–{rate['max']:.0f})" for rate in rates
        )
        + " |"
    )
    for name in first["query_counts"]:
        lines.append(
            f"| SQL queries, one {name} alone | "
            + " | ".join(str(entry["query_counts"][name]) for entry in entries)
            + " |"
        )
    lines.append("| errors | " + " | ".join(str(entry["error_count"]) for entry in entries) + " |")
    return "\n".join(lines)


def table(results):
    lines = []
    header = (
        f"{'database':<9} {'docs':>7}  {'measurement':<46} "
        f"{'median ms':>10} {'p95 ms':>9} {'runs':>5} {'results':>8}"
    )
    for entry in results:
        lines += ["", header, "-" * len(header)]
        database, documents = entry["database"], entry["search_documents"]
        for name, stats in entry["measurements"].items():
            count = entry["result_counts"].get(name, "")
            lines.append(
                f"{database:<9} {documents:>7}  {name:<46} {stats['median_ms']:>10.2f} "
                f"{stats['p95_ms']:>9.2f} {stats['runs']:>5} {count!s:>8}"
            )
        ratios = ", ".join(
            f"{name}: {value:.3g} (stock {1 / value:.3g}× slower)" if value else f"{name}: –"
            for name, value in entry["ratio_ours_to_stock"].items()
        )
        queries = ", ".join(f"{k}: {v}" for k, v in entry["query_counts"].items())
        lines += [
            f"  ours ÷ stock (median): {ratios}",
            f"  SQL queries per search: {queries}",
            f"  generate_network {entry['generate_network_seconds']}s "
            f"(--practices {entry['practices']}), rebuild_search_index "
            f"{entry['rebuild_search_index_seconds']}s, stock index "
            f"{entry['stock_index_seconds']}s",
        ]
    return "\n".join(lines)


def measure_pages(env, documents, runs, warmups, budget, five_facets):
    """``bench.pages`` and ``bench.fresh`` in processes of their own."""
    output = RESULTS / ".pages.json"
    log(f"pages, APIs and references at {documents} documents")
    run(
        [sys.executable, "-m", "bench.pages", "--output", output, "--documents", documents]
        + ["--runs", runs, "--warmups", warmups, "--budget", budget],
        env,
    )
    pages = json.loads(output.read_text())
    output.unlink()
    fresh = []
    fresh_env = {**env, "BENCH_FRESH_FACETS": json.dumps(five_facets)}
    for _run in range(int(os.environ.get("BENCH_FRESH_RUNS", "3"))):
        completed = subprocess.run(  # noqa: S603 (our interpreter, our module)
            [sys.executable, "-m", "bench.fresh"],
            cwd=ROOT,
            env=fresh_env,
            capture_output=True,
            text=True,
            check=True,
        )
        fresh.append(json.loads(completed.stdout.strip().splitlines()[-1]))
    log(
        "fresh process: first search "
        f"{statistics.median(item['first_search_ms'] for item in fresh)} ms, "
        f"{statistics.median(item['rss_mb'] for item in fresh)} MB"
    )
    return pages, fresh


def load_run(env, entry, static_root):
    """The load run on the database as it is (the largest size)."""
    from bench import load

    pages = entry["pages"]["urls"]
    urls = {
        "pages": [url for name, url in pages.items() if name != "minimal page"],
        "search": list(LOAD_SEARCHES),
        "login": LOGIN_URL,
        "signed_in": SIGNED_IN_URL,
    }
    result = load.run(
        env["DATABASE_URL"],
        urls,
        users=int(os.environ.get("BENCH_LOAD_USERS", "10")),
        seconds=int(os.environ.get("BENCH_LOAD_SECONDS", "20" if quick() else "60")),
        requests=int(os.environ.get("BENCH_LOAD_REQUESTS", "5000")),
        static_root=static_root,
    )
    result.update(database=entry["database"], documents=entry["search_documents"])
    return result


def quick():
    return os.environ.get("BENCH_QUICK") == "1"


def main():
    from bench import report as reporting

    sizes = [
        int(size) for size in env_list("BENCH_SIZES", "1000" if quick() else "1000,20000,100000")
    ]
    databases = env_list("BENCH_DATABASES", "sqlite,postgres")
    runs = os.environ.get("BENCH_RUNS", "10" if quick() else "30")
    warmups = os.environ.get("BENCH_WARMUPS", "2" if quick() else "3")
    budget = os.environ.get("BENCH_BUDGET", "120")
    keep = os.environ.get("BENCH_KEEP_DATABASE") == "1"
    with_pages = os.environ.get("BENCH_PAGES", "1") != "0"
    with_load = os.environ.get("BENCH_LOAD", "1") != "0"
    RESULTS.mkdir(parents=True, exist_ok=True)
    stamp = datetime.datetime.now(datetime.UTC).strftime("%Y%m%dT%H%M%SZ")
    report = {
        "started_at": stamp,
        "machine": {
            "python": platform.python_version(),
            "platform": platform.platform(),
            "cpus": os.cpu_count(),
        },
        "sizes_documents": sizes,
        "databases": databases,
        "runs": int(runs),
        "warmups": int(warmups),
        "budget_seconds": float(budget),
        "results": [],
    }
    latest = BENCH / "results.json"
    profile = RESULTS / f"profile-{stamp}.txt"
    static = tempfile.TemporaryDirectory(prefix="liaise-bench-static-")
    for database in databases:
        env = prepare(database, keep)
        entry = None
        for documents in sorted(sizes):
            practices = max(1, documents // DOCUMENTS_PER_PRACTICE)
            # search/ is developed alongside: pick up any migration it gained meanwhile.
            run(manage("migrate", "--no-input"), env, capture=True)
            log(f"{database}: generate_network --practices {practices} --clear")
            seconds = run(
                manage("generate_network", "--practices", practices, "--clear", "--seed", "1"),
                env,
            )
            output = RESULTS / f".measure-{database}-{documents}.json"
            log(f"{database}: measuring {documents} documents")
            run(
                [
                    sys.executable,
                    "-m",
                    "bench.measure",
                    "--output",
                    output,
                    "--documents",
                    documents,
                    "--runs",
                    runs,
                    "--warmups",
                    warmups,
                    "--budget",
                    budget,
                    "--profile",
                    profile,
                ],
                env,
            )
            entry = json.loads(output.read_text())
            output.unlink()
            entry.update(practices=practices, generate_network_seconds=round(seconds, 1))
            if with_pages:
                entry["pages"], entry["fresh"] = measure_pages(
                    env, documents, runs, warmups, budget, entry["query"]["five_facets"]
                )
            report["results"].append(entry)
            # Written after every step so that an interrupted run keeps what it measured.
            latest.write_text(json.dumps(report, indent=2))
        if with_load and with_pages and entry is not None:
            log(f"{database}: load run")
            report.setdefault("load", []).append(load_run(env, entry, static.name))
            latest.write_text(json.dumps(report, indent=2))
        if os.environ.get("BENCH_EXCHANGE", "1") != "0":
            output = RESULTS / f".exchange-{database}.json"
            log(f"{database}: measuring the exchange")
            run(
                [sys.executable, "-m", "bench.exchange", "--output", output, "--runs", runs]
                + ["--warmups", warmups, "--budget", budget, "--profile", profile],
                env,
            )
            report.setdefault("exchange", []).append(json.loads(output.read_text()))
            output.unlink()
            latest.write_text(json.dumps(report, indent=2))
        if os.environ.get("BENCH_REGISTRATION", "1") != "0":
            output = RESULTS / f".registration-{database}.json"
            log(f"{database}: measuring registration")
            run([sys.executable, "-m", "bench.registration", "--output", output], env)
            report.setdefault("registration", []).append(json.loads(output.read_text()))
            output.unlink()
            latest.write_text(json.dumps(report, indent=2))
    static.cleanup()
    print(table(report["results"]))
    if report.get("exchange"):
        print(exchange_table(report["exchange"]))
    if report.get("registration"):
        print(registration_table(report["registration"]))
    if with_pages and report["results"]:
        print(reporting.write(report, BENCH))
    else:
        latest.write_text(json.dumps(report, indent=2))
    log(f"Results: bench/results.json, .md, .png; profiles: {profile.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
