"""The exchange benchmark's measurements (``bench.exchange`` runs them on
the data of ``bench.exchange_data``), through Django's test client as a
member, each as a ratio to a bare view (``bench.urls``): the list of
threads, a thread of ``small`` and of ``large`` posts with their SQL query
counts, posting a reply, and ``send_digests`` for every member; ``check``
fails when the query counts grow with posts or threads per page.
"""

import contextlib
import logging
import time

#: Page sizes at which the list's queries are compared.
LIST_PAGE_SIZES = (10, 100)
#: Runs of ``send_digests`` at most (each one renders a thousand e-mails).
DIGEST_RUNS = 5
REPLY_TEXT = "Thank you, this helps. We tried something similar in our city last year."
BARE = "exchange: bare Django view"


def log(message):
    print(f"  [exchange] {message}", flush=True)


def bench_settings():
    """What the measuring process changes: the bench's URLconf (the site's
    plus the bare view), the test client's host, posting's rate limit out of
    the way, mail kept in memory. Tasks stay as configured (the database
    queue in ``make bench``): a reply's request queues its notifications, as
    in production."""
    from django.conf import settings
    from django.test.utils import override_settings

    return override_settings(
        ROOT_URLCONF="bench.urls",
        ALLOWED_HOSTS=[*settings.ALLOWED_HOSTS, "testserver"],
        EXCHANGE_POST_LIMIT=(1_000_000, 600),
        MAILERS={"default": {"BACKEND": "django.core.mail.backends.locmem.EmailBackend"}},
    )


def immediate_tasks():
    """Tasks run at once (the digests' e-mails reach the locmem outbox);
    one log line per task is noise here."""
    from django.conf import settings
    from django.test.utils import override_settings

    logging.getLogger("django.tasks").setLevel(logging.WARNING)
    immediate = {"BACKEND": "django.tasks.backends.immediate.ImmediateBackend"}
    return override_settings(TASKS=dict.fromkeys(settings.TASKS, immediate))


@contextlib.contextmanager
def threads_per_page(size):
    """The list's page size is a constant of ``exchange.views`` (no
    parameter): set it for the comparison, then put it back."""
    from exchange import views

    saved = views.THREADS_PER_PAGE
    views.THREADS_PER_PAGE = size
    try:
        yield
    finally:
        views.THREADS_PER_PAGE = saved


def _exchange_page():
    from exchange.models import ExchangePage

    page = ExchangePage.objects.live().filter(locale__language_code="en").first()
    if page is None:
        raise SystemExit("No English exchange page: run load_demo first.")
    return page


def _reader(summary):
    from django.contrib.auth import get_user_model

    return get_user_model().objects.get(pk=summary["reader"])


def _client(user):
    from django.test import Client

    client = Client()
    client.force_login(user)
    return client


def _get(client, url, expected=200):
    response = client.get(url)
    if response.status_code != expected:
        raise AssertionError(f"GET {url}: {response.status_code}, expected {expected}")
    return response


def _queries(function):
    """(SQL queries of one call, what it returned)."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as captured:
        value = function()
    return len(captured), value


def _forget_digests(now):
    """Remove the day's ``Digest`` rows (a second run for the same period
    would rightly send nothing)."""
    from exchange import digests
    from exchange.models import Digest

    Digest.objects.filter(frequency="daily", period=digests.period_key("daily", now)).delete()


def measure_pages(summary, runs, warmups, budget):
    """The bare view, the list and the two threads (timings, ratios, query
    counts), and posting replies. Returns (measurements, ratios, query counts)."""
    from bench.measure import summarise, timed
    from exchange import access
    from exchange.models import Thread

    page = _exchange_page()
    reader = _reader(summary)
    client = _client(reader)
    list_url = page.route_url("index")
    thread_urls = {
        f"thread page, {summary[f'{size}_posts']} posts": page.route_url(
            "thread", summary[f"{size}_thread"]
        )
        for size in ("small", "large")
    }
    urls = {BARE: "/bench/bare/", "exchange: thread list": list_url} | {
        f"exchange: {name}": url for name, url in thread_urls.items()
    }
    measurements = {}
    for name, url in urls.items():
        measurements[name], _response, _count = timed(
            lambda url=url: _get(client, url), runs, warmups, budget
        )
        log(f"{name}: {measurements[name]['median_ms']} ms median")

    # Warm (caches filled, read markers there): the queries of one more request each.
    queries = {
        name: _queries(lambda url=url: _get(client, url))[0] for name, url in thread_urls.items()
    }
    listed = access.visible_threads(reader, Thread.objects.not_deleted()).count()
    for size in summary["list_page_sizes"]:
        with threads_per_page(size):
            _get(client, list_url)
            count, response = _queries(lambda: _get(client, list_url))
            queries[f"thread list, {size} per page"] = count
            shown = response.content.count(b'<li class="thread-card')
            if shown != min(size, listed):
                raise AssertionError(f"The list showed {shown} threads, not {size}.")
    log(f"queries: {queries}")

    # Replies, through the form, to threads in rotation (the rate limit is raised).
    targets = [page.route_url("thread", pk) for pk in summary["reply_threads"] if pk is not None]
    before = Thread.objects.get(pk=summary["reply_threads"][0]).post_count
    samples = []
    for number in range(warmups + runs):
        url = targets[number % len(targets)]
        started = time.perf_counter()
        response = client.post(url, {"body": f"{REPLY_TEXT} ({number})"})
        elapsed = time.perf_counter() - started
        if response.status_code != 302:
            raise AssertionError(f"POST {url}: {response.status_code}, expected 302")
        if number >= warmups:
            samples.append(elapsed)
        if len(samples) >= 3 and sum(samples) > budget:
            break
    if Thread.objects.get(pk=summary["reply_threads"][0]).post_count <= before:
        raise AssertionError("The replies were not stored.")
    name = "exchange: post a reply"
    measurements[name] = summarise(samples)
    log(f"{name}: {measurements[name]['median_ms']} ms median, p95 {measurements[name]['p95_ms']}")
    bare = measurements[BARE]["median_ms"]
    ratios = {
        name: round(stats["median_ms"] / bare, 1)
        for name, stats in measurements.items()
        if name != BARE
    }
    return measurements, ratios, queries


def profile_steps(summary, now, path):
    """Where the time of the large thread page and of one digest run goes."""
    from bench.measure import profile
    from exchange import digests

    client = _client(_reader(summary))
    url = _exchange_page().route_url("thread", summary["large_thread"])
    title = f"exchange ({summary['people']} people, {summary['posts']} posts)"
    profile(lambda: _get(client, url), path, f"{title}: thread page, large")
    _forget_digests(now)
    with immediate_tasks():
        profile(lambda: digests.send_digests("daily", now=now), path, f"{title}: send_digests")


def measure_digests(now, runs, budget):
    """``send_digests("daily")`` over the generated day: seconds per run,
    digests sent, e-mails delivered (locmem) and SQL queries of one run.
    The ``Digest`` rows of the period are removed between runs."""
    from django.core import mail

    from bench.measure import summarise
    from exchange import digests

    samples = []
    result = {}
    # The first run (not timed) counts the queries and warms the templates.
    for number in range(1 + max(1, runs)):
        _forget_digests(now)
        mail.outbox = []
        started = time.perf_counter()
        if number == 0:
            result["queries"], report = _queries(lambda: digests.send_digests("daily", now=now))
        else:
            report = digests.send_digests("daily", now=now)
            samples.append(time.perf_counter() - started)
            if sum(samples) > budget:
                break
        result.update(
            people=report.people,
            posts=report.posts,
            digests=report.sent,
            emails=len(mail.outbox),
        )
    result["timing"] = summarise(samples)
    log(
        f"send_digests: {result['timing']['median_ms'] / 1000:.2f} s median, "
        f"{result['digests']} digests, {result['emails']} e-mails, {result['queries']} queries"
    )
    return result


def queries_constant(queries, kind):
    """Whether the query counts named ``kind`` ("thread page", "thread list")
    are all the same."""
    return len({count for name, count in queries.items() if name.startswith(kind)}) == 1


def check(entry):
    """The query counts must not grow with posts or threads per page."""
    problems = [
        f"{what} queries differ: {entry['query_counts']}"
        for what, constant in (
            ("Thread page", entry["thread_queries_constant"]),
            ("Thread list", entry["list_queries_constant"]),
        )
        if not constant
    ]
    if problems:
        raise AssertionError("; ".join(problems))
