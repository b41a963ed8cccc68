"""The exchange's benchmark (part of ``make bench``).

``python -m bench.exchange --output FILE`` with DATABASE_URL pointing at a
database that holds the demo network (``bench.run`` runs it for each
database after the search measurements; ``BENCH_EXCHANGE=0`` skips it):

1. ``generate``: a members' network of its own, written in bulk (no
   signals, no search indexing): organisations with an active membership,
   member people (confirmed affiliations, daily digests, five preferred
   languages), threads in five languages with their posts spread over the
   last day, watching subscriptions for every participant, a few muted
   threads and watched topics, read markers. One thread has
   ``large`` posts and one ``small``, both visible to every member, so that
   the thread page can be compared at both sizes. Everything it writes is
   named ``bench-x-…`` (users, organisations) and removed first.
2. Measurements through Django's test client as a member, in this process
   with DEBUG off (as in production), each as a ratio to a bare view
   (``bench.urls``, same middleware, ``HttpResponse("ok")``): the list of
   threads, a thread of ``small`` and of ``large`` posts, with their SQL
   query counts (the thread page must cost the same queries at both sizes,
   the list the same at 10 and 100 threads per page: asserted); posting a
   reply (POST, threads in rotation, rate limit raised; its notifications
   are queued as the settings say, the database queue in ``make bench``,
   as in production); ``send_digests`` for every member over every post
   (seconds, e-mails, SQL queries; here tasks run at once and the mail goes
   to the locmem backend, so the figure is the digests' own work plus
   rendering and "sending" each message, with no queue row per e-mail).

Results: ``measurements`` (median / p95 in ms, named "exchange: …", as the
search entries of ``bench/results/latest.json``), ``ratio_to_bare``,
``query_counts`` and ``digests``; ``bench.run.table`` prints them.

The generator is ``bench.exchange_data``, the measurements and the check
``bench.exchange_measure``; this module runs them.
"""

import argparse
import datetime
import json
import os
import sys
from pathlib import Path

import django

from bench.exchange_data import (
    LARGE_THREAD,
    ORGANISATIONS,
    PEOPLE,
    POSTS,
    PREFIX,
    SMALL_THREAD,
    THREADS,
    clear,
    generate,
)
from bench.exchange_measure import (
    DIGEST_RUNS,
    LIST_PAGE_SIZES,
    bench_settings,
    check,
    immediate_tasks,
    log,
    measure_digests,
    measure_pages,
    profile_steps,
    queries_constant,
)

# The benchmark's interface (tests/test_bench_exchange.py uses it from here).
__all__ = ["PREFIX", "check", "clear", "generate", "main", "run"]


def run(
    runs=30,
    warmups=3,
    budget=120.0,
    digest_runs=DIGEST_RUNS,
    list_page_sizes=LIST_PAGE_SIZES,
    analyze=True,
    profile=None,
    **sizes,
):
    """Generate, measure, check the query counts; returns the result entry.
    ``profile``: a file to append cProfile reports of the heavy steps to."""
    from django.db import connection

    from bench.measure import settle

    with bench_settings():
        summary = generate(**sizes)
        summary.update(
            small_posts=sizes.get("small", SMALL_THREAD),
            large_posts=sizes.get("large", LARGE_THREAD),
            list_page_sizes=list(list_page_sizes),
        )
        log(
            f"generated {summary['people']} people, {summary['threads']} threads, "
            f"{summary['posts']} posts in {summary['seconds']}s"
        )
        if analyze:  # planner statistics after the bulk writes (not in a test's transaction)
            settle(connection)
        now = datetime.datetime.fromisoformat(summary["now"])
        with immediate_tasks():
            digest = measure_digests(now, digest_runs, budget)
        measurements, ratios, queries = measure_pages(summary, runs, warmups, budget)
        if profile:
            profile_steps(summary, now, profile)
    measurements[f"exchange: send_digests, {digest['people']} people"] = digest["timing"]
    summary.pop("reply_threads")
    entry = {
        "database": connection.vendor,
        "generated": summary,
        "measurements": measurements,
        "ratio_to_bare": ratios,
        "query_counts": queries,
        "thread_queries_constant": queries_constant(queries, "thread page"),
        "list_queries_constant": queries_constant(queries, "thread list"),
        "digests": digest,
    }
    return entry


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", required=True, type=Path)
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--warmups", type=int, default=3)
    parser.add_argument("--budget", type=float, default=120)
    parser.add_argument("--people", type=int, default=PEOPLE)
    parser.add_argument("--posts", type=int, default=POSTS)
    parser.add_argument("--threads", type=int, default=THREADS)
    parser.add_argument("--keep", action="store_true", help="Leave the generated data.")
    parser.add_argument("--profile", type=Path, help="Append cProfile reports to this file.")
    args = parser.parse_args()

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.dev")
    django.setup()

    entry = run(
        runs=args.runs,
        warmups=args.warmups,
        budget=args.budget,
        people=args.people,
        posts=args.posts,
        threads=args.threads,
        organisations=max(1, min(ORGANISATIONS, args.people // 20)),
        profile=args.profile,
    )
    if not args.keep:
        clear()
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(json.dumps(entry, indent=2, default=str))
    check(entry)
    return 0


if __name__ == "__main__":
    sys.exit(main())
