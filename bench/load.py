"""The load run (part of ``make bench``): gunicorn with the production
settings on 127.0.0.1, driven by locust (``bench/locustfile.py``).

``run(database_url, ...)`` collects the static files into a temporary
STATIC_ROOT (production serves them hashed and compressed through
WhiteNoise), starts ``gunicorn cms.wsgi`` with 2 workers on a free port of
127.0.0.1, waits for it to answer, runs locust headless for at most
``seconds`` or ``requests`` requests, whichever comes first, stops the
server and returns requests per second, p50, p95 and the errors (all from
locust's CSV statistics, every request type together).

Production settings over plain http: SECURE_SSL_REDIRECT=0, and the load
mix sends ``X-Forwarded-Proto: https`` (see the locustfile), so the
requests count as secure, as behind the TLS proxy of a deployment.
"""

import contextlib
import csv
import json
import os
import secrets
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
DEMO_PASSWORD = "liaise-demo"  # noqa: S105 (load_demo's printed demo password)
WORKERS = 2
STARTUP_SECONDS = 120


def log(message):
    print(f"  [load] {message}", flush=True)


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def production_env(database_url, static_root):
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in ("DEBUG", "DJANGO_SETTINGS_MODULE", "PYTHONWARNINGS")
    }
    env.update(
        DJANGO_SETTINGS_MODULE="cms.settings.production",
        SECRET_KEY=secrets.token_urlsafe(40),
        ALLOWED_HOSTS="127.0.0.1",
        SECURE_SSL_REDIRECT="0",
        DATABASE_URL=database_url,
        STATIC_ROOT=str(static_root),
        LOG_LEVEL="ERROR",
    )
    return env


def collectstatic(env):
    completed = subprocess.run(  # noqa: S603 (our interpreter, our manage.py)
        [sys.executable, "manage.py", "collectstatic", "--no-input", "-v", "0"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    if completed.returncode:
        raise RuntimeError(f"collectstatic failed: {completed.stdout}{completed.stderr}")


def wait_for(url, server, timeout=STARTUP_SECONDS):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise RuntimeError(f"gunicorn exited ({server.returncode}) before answering")
        request = urllib.request.Request(url, headers={"X-Forwarded-Proto": "https"})  # noqa: S310
        try:
            with urllib.request.urlopen(request, timeout=10) as response:  # noqa: S310 (127.0.0.1)
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.5)
    raise RuntimeError(f"{url} did not answer within {timeout}s")


@contextlib.contextmanager
def server(env, port, errors):
    """gunicorn on 127.0.0.1:port, stopped (SIGTERM, then SIGKILL) on exit;
    its standard error goes to the open file ``errors``."""
    process = subprocess.Popen(  # noqa: S603 (the venv's gunicorn)
        [
            str(BIN / "gunicorn"),
            "cms.wsgi:application",
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            str(WORKERS),
            "--timeout",
            "120",
        ],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=errors,
    )
    try:
        yield process
    finally:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def read_stats(prefix):
    """The "Aggregated" row of locust's CSV statistics."""
    with open(f"{prefix}_stats.csv", newline="") as handle:
        rows = {row["Name"]: row for row in csv.DictReader(handle)}
    total = rows["Aggregated"]
    failures = []
    with contextlib.suppress(FileNotFoundError), open(f"{prefix}_failures.csv") as handle:
        failures = [
            f"{row['Method']} {row['Name']}: {row['Error']} ×{row['Occurrences']}"
            for row in csv.DictReader(handle)
        ]
    return {
        "requests": int(total["Request Count"]),
        "errors": int(total["Failure Count"]),
        "requests_per_second": round(float(total["Requests/s"]), 1),
        "p50_ms": float(total["50%"]),
        "p95_ms": float(total["95%"]),
        "failures": failures,
        "by_name": {
            name: {
                "requests": int(row["Request Count"]),
                "p50_ms": float(row["50%"]),
                "p95_ms": float(row["95%"]),
            }
            for name, row in rows.items()
            if name != "Aggregated"
        },
    }


def run(database_url, urls, users=10, seconds=60, requests=5000, static_root=None):
    """One bounded load run; the result entry. ``urls``: the locustfile's
    ``pages`` and ``search`` lists and the ``login`` and ``signed_in`` URLs."""
    with tempfile.TemporaryDirectory(prefix="liaise-load-") as scratch:
        scratch = Path(scratch)
        static_root = Path(static_root or scratch / "static")
        env = production_env(database_url, static_root)
        if not (static_root / "staticfiles.json").exists():
            log(f"collectstatic into {static_root}")
            collectstatic(env)
        port = free_port()
        host = f"http://127.0.0.1:{port}"
        log(f"gunicorn ({WORKERS} workers) on {host}")
        server_log = scratch / "gunicorn.log"
        with server_log.open("w") as errors, server(env, port, errors) as process:
            wait_for(f"{host}{urls['pages'][0]}", process)
            prefix = scratch / "locust"
            load_env = {
                **env,
                "BENCH_LOAD_URLS": json.dumps(
                    {**urls, "username": "member", "password": DEMO_PASSWORD}
                ),
                "BENCH_LOAD_REQUESTS": str(requests),
            }
            log(f"locust: {users} users, at most {seconds}s or {requests} requests")
            started = time.perf_counter()
            completed = subprocess.run(  # noqa: S603 (the venv's locust)
                [
                    str(BIN / "locust"),
                    "-f",
                    str(ROOT / "bench" / "locustfile.py"),
                    "--headless",
                    "--host",
                    host,
                    "-u",
                    str(users),
                    "-r",
                    str(users),
                    "--run-time",
                    f"{seconds}s",
                    "--stop-timeout",
                    "10",
                    "--csv",
                    str(prefix),
                    "--only-summary",
                    "--loglevel",
                    "WARNING",
                ],
                cwd=ROOT,
                env=load_env,
                capture_output=True,
                text=True,
                timeout=seconds + 120,
                check=False,
            )
            elapsed = time.perf_counter() - started
            if not Path(f"{prefix}_stats.csv").exists():
                raise RuntimeError(f"locust wrote no statistics:\n{completed.stderr[-3000:]}")
        result = read_stats(prefix)
        if result["errors"]:
            # Where the server says why (a traceback of a 500, a worker's timeout).
            result["server_log_tail"] = server_log.read_text()[-4000:].splitlines()
    result.update(
        users=users,
        workers=WORKERS,
        time_limit_seconds=seconds,
        request_limit=requests,
        wall_seconds=round(elapsed, 1),
        settings="cms.settings.production",
    )
    log(
        f"{result['requests']} requests, {result['requests_per_second']}/s, "
        f"p50 {result['p50_ms']} ms, p95 {result['p95_ms']} ms, {result['errors']} errors"
    )
    return result
