"""Measure one database at one size, in-process (run by ``bench.run``).

``python -m bench.measure --output FILE --documents N`` with DATABASE_URL
pointing at a database that already holds the generated network:

1. rebuilds the site search index (``rebuild_search_index``), timed;
2. builds Wagtail's stock database-backend index for the practices, experts
   and sessions (``backend.add_bulk``, what ``update_index`` does per chunk),
   timed;
3. times searches after a warm-up: ours through ``search.engine.search`` and
   the stock backend through ``PracticePage.objects...search()`` with
   ``.facet()``, and counts the SQL queries of ours with 0, 1 and 5 facets;
4. profiles one search of each heavy kind with cProfile, so that a slow
   number comes with where its time goes.

Everything runs in one process on purpose: a search in production runs in a
long-lived worker whose in-memory facet bitsets are already built, so the
cost that matters is the warm one; the cold one (first search after an index
change) is measured separately.
"""

import argparse
import cProfile
import hashlib
import io
import json
import math
import os
import pstats
import statistics
import sys
import time
from pathlib import Path

import django

#: One query per language, found through stemming in each language.
TEXT = {"en": "school", "fr": "école", "de": "Schule", "it": "scuola", "es": "escuela"}
#: A word nearly every practice contains: the worst case for ranking and bitsets.
BROAD_TEXT = {"en": "prevention", "fr": "prévention", "de": "Prävention"}
LOCALE = "en"
FIVE_FACETS = ["topic", "form", "target", "approach", "evidence"]
COLD_RUNS = 5
MIN_RUNS = 3


def search_code_hash(folder):
    """One hash over the search app's modules (the service, the index, the engines)."""
    digest = hashlib.sha256()
    for path in sorted(folder.glob("*.py")):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def summarise(samples):
    """median / p95 (nearest rank) / min / max in milliseconds."""
    ordered = sorted(samples)
    rank = max(0, math.ceil(0.95 * len(ordered)) - 1)
    return {
        "median_ms": round(statistics.median(ordered) * 1000, 2),
        "p95_ms": round(ordered[rank] * 1000, 2),
        "min_ms": round(ordered[0] * 1000, 2),
        "max_ms": round(ordered[-1] * 1000, 2),
        "runs": len(ordered),
    }


def timed(function, runs, warmups, budget):
    """Warm up, then time ``runs`` calls, or fewer once ``budget`` seconds
    are spent: Wagtail's stock backend on SQLite takes seconds to minutes
    per search at these sizes, and 30 runs of it would take hours.

    The first warm-up also answers what the search returned and how many
    SQL queries it made. Returns (stats, first result, query count).
    """
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    started = time.perf_counter()
    with CaptureQueriesContext(connection) as captured:
        result = function()
    spent = time.perf_counter() - started
    for _warmup in range(warmups - 1):
        if spent > budget / 4:
            break
        started = time.perf_counter()
        function()
        spent += time.perf_counter() - started
    # At least MIN_RUNS timed runs, or one when a single call eats half the budget.
    minimum = MIN_RUNS if spent < budget / 2 else 1
    samples = []
    for _run in range(runs):
        started = time.perf_counter()
        function()
        samples.append(time.perf_counter() - started)
        if len(samples) >= minimum and sum(samples) > budget:
            break
    return summarise(samples), result, len(captured)


def build_stock_index():
    """Wagtail's own index (database backend) for the three searchable
    page models, in chunks as ``update_index`` does."""
    from django.db import transaction
    from wagtail.search.backends import get_search_backend

    from practices.models import ExpertPage, PracticePage
    from programme.models import SessionPage

    backend = get_search_backend()
    indexed = 0
    with transaction.atomic():
        for model in (PracticePage, ExpertPage, SessionPage):
            queryset = model.get_indexed_objects().order_by("pk")
            last = 0
            while True:
                chunk = list(queryset.filter(pk__gt=last)[:1000])
                if not chunk:
                    break
                backend.add_bulk(model, chunk)
                indexed += len(chunk)
                last = chunk[-1].pk
        index = backend.get_index_for_model(PracticePage)
        refresh = getattr(index, "_refresh_title_norms", None)
        if refresh is not None:  # what the SQLite rebuilder does when it finishes
            refresh(full=True)
    return indexed


def settle(connection):
    """Give the planner statistics before measuring, for both engines alike.

    PostgreSQL: VACUUM ANALYZE, as autovacuum does within minutes of a bulk
    write. SQLite: ANALYZE, which Django never runs; without it SQLite plans
    Wagtail's stock query as one FTS5 MATCH per index entry (2.4 s instead
    of 17 ms for a count at 20,000 documents, minutes at 100,000), which
    says more about the missing statistics than about either engine.
    ``BENCH_SQLITE_ANALYZE=0`` measures SQLite as Django leaves it.
    """
    if connection.vendor == "sqlite" and os.environ.get("BENCH_SQLITE_ANALYZE", "1") == "0":
        return
    statement = "VACUUM ANALYZE" if connection.vendor == "postgresql" else "ANALYZE"
    with connection.cursor() as cursor:
        cursor.execute(statement)


def choose_facets(search, SearchQuery, text):
    """The most frequent value of each of the five facets, chosen one after
    the other among results that match the previous choices, so the
    five-facet query has results (as a reader narrowing down would)."""
    filters = {}
    for name in FIVE_FACETS:
        results = search(SearchQuery(text=text, locale=LOCALE, filters=filters))
        counts = [item for item in results.facets.get(name, []) if item["count"]]
        if counts:
            best = max(counts, key=lambda item: (item["count"], item["value"]))
            filters[name] = [best["value"]]
    return filters


def forget_facet_index():
    """What a new worker process starts with: no facet bitsets in memory.
    (The engine keeps them in a class-level cache; there is no public reset.)"""
    from search.engine import FacetIndex

    FacetIndex._cache.clear()


def profile(function, path, title):
    profiler = cProfile.Profile()
    profiler.enable()
    function()
    profiler.disable()
    buffer = io.StringIO()
    stats = pstats.Stats(profiler, stream=buffer).strip_dirs().sort_stats("cumulative")
    stats.print_stats(25)
    with path.open("a") as handle:
        handle.write(f"===== {title} =====\n{buffer.getvalue()}\n")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", required=True, type=Path)
    parser.add_argument("--documents", type=int, required=True)
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--warmups", type=int, default=3)
    parser.add_argument(
        "--budget", type=float, default=120, help="Seconds of timed runs per measurement at most."
    )
    parser.add_argument("--profile", type=Path, help="Append cProfile reports to this file.")
    args = parser.parse_args()

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.dev")
    django.setup()

    from django.core.management import call_command
    from django.db import connection
    from django.test.utils import CaptureQueriesContext
    from wagtail.models import Locale

    from practices.models import ExpertPage, PracticePage
    from programme.models import SessionPage
    from search import engine
    from search.engine import SearchQuery, search
    from search.models import IndexVersion, SearchDocument

    result = {
        "documents_target": args.documents,
        "database": connection.vendor,
        "database_version": (
            connection.Database.sqlite_version
            if connection.vendor == "sqlite"
            else str(getattr(connection, "pg_version", ""))
        ),
        "runs": args.runs,
        "warmups": args.warmups,
        "budget_seconds": args.budget,
        # search/ changes while it is being written: tie the numbers to a version.
        "search_engine_sha256": search_code_hash(Path(engine.__file__).parent),
    }
    pages = {
        model.__name__: model.objects.live().filter(alias_of__isnull=True).count()
        for model in (PracticePage, ExpertPage, SessionPage)
    }
    result["searchable_pages"] = pages

    def step(message):
        print(f"  [{connection.vendor} {args.documents}] {message}", flush=True)

    output = io.StringIO()
    started = time.perf_counter()
    call_command("rebuild_search_index", stdout=output)
    result["rebuild_search_index_seconds"] = round(time.perf_counter() - started, 2)
    result["rebuild_search_index_output"] = output.getvalue().strip().splitlines()[-1:]
    result["search_documents"] = SearchDocument.objects.count()
    step(
        f"rebuild_search_index: {result['search_documents']} documents in "
        f"{result['rebuild_search_index_seconds']}s"
    )

    stock = os.environ.get("BENCH_STOCK", "1") != "0"
    started = time.perf_counter()
    result["stock_index_objects"] = build_stock_index() if stock else 0
    result["stock_index_seconds"] = round(time.perf_counter() - started, 2)
    step(
        f"stock index: {result['stock_index_objects']} objects in {result['stock_index_seconds']}s"
    )

    started = time.perf_counter()
    settle(connection)
    result["settle_seconds"] = round(time.perf_counter() - started, 2)
    result["sqlite_analyze"] = os.environ.get("BENCH_SQLITE_ANALYZE", "1") != "0"
    text = TEXT[LOCALE]
    five = choose_facets(search, SearchQuery, text)
    two = {name: five[name] for name in ("approach", "evidence") if name in five}
    one = {name: five[name] for name in ("topic",) if name in five}
    result["query"] = {"text": text, "locale": LOCALE, "five_facets": five, "two_facets": two}

    queries = {
        "ours: text, no facet": SearchQuery(text=text, locale=LOCALE),
        "ours: text, 2 facets (approach, evidence)": SearchQuery(
            text=text, locale=LOCALE, filters=two
        ),
        "ours: text, 5 facets": SearchQuery(text=text, locale=LOCALE, filters=five),
        "ours: facets only (5), no text": SearchQuery(locale=LOCALE, filters=five),
        "ours: browse (no text, no facet)": SearchQuery(locale=LOCALE),
        "ours: text, all languages": SearchQuery(text=text, locale=LOCALE, all_languages=True),
        "ours: broad text (prevention)": SearchQuery(text=BROAD_TEXT[LOCALE], locale=LOCALE),
        "ours: broad text, all languages": SearchQuery(
            text=BROAD_TEXT[LOCALE], locale=LOCALE, all_languages=True
        ),
    }
    measurements = {}
    counts = {}
    for name, query in queries.items():
        measurements[name], answer, _queries = timed(
            lambda query=query: search(query), args.runs, args.warmups, args.budget
        )
        counts[name] = answer.count
        step(f"{name}: {measurements[name]['median_ms']} ms median, {counts[name]} results")

    # The first search after an index change brings the process's facet
    # bitsets up to date; the first one of a fresh worker loads them all.
    for name, invalidate in (
        ("ours: first search after an index change", IndexVersion.bump),
        ("ours: first search of a fresh process", forget_facet_index),
    ):
        cold = []
        for _run in range(COLD_RUNS):
            invalidate()
            started = time.perf_counter()
            search(queries["ours: text, no facet"])
            cold.append(time.perf_counter() - started)
        measurements[name] = summarise(cold)
        step(f"{name}: {measurements[name]['median_ms']} ms median")

    query_counts = {}
    for label, filters in (("0 facets", {}), ("1 facet", one), ("5 facets", five)):
        search(SearchQuery(text=text, locale=LOCALE, filters=filters))  # warm
        with CaptureQueriesContext(connection) as captured:
            search(SearchQuery(text=text, locale=LOCALE, filters=filters))
        query_counts[f"ours: text, {label}"] = len(captured)

    # Wagtail's database backend. Facets need FilterFields: PracticePage has
    # approach and evidence_level. A faceted page needs the hits, the count
    # and each facet counted with the other facet's selection applied.
    locale = Locale.objects.get(language_code=LOCALE)
    base = PracticePage.objects.live().filter(locale=locale)
    approach = (two.get("approach") or ["prevention"])[0]
    evidence = (two.get("evidence") or ["inspiring"])[0]

    def stock_no_facet():
        results = base.search(text)
        hits = list(results[:20])
        return hits, results.count(), results.facet("approach"), results.facet("evidence_level")

    def stock_two_facets():
        results = base.filter(approach=approach, evidence_level=evidence).search(text)
        hits = list(results[:20])
        approaches = base.filter(evidence_level=evidence).search(text).facet("approach")
        levels = base.filter(approach=approach).search(text).facet("evidence_level")
        return hits, results.count(), approaches, levels

    stock_measurements = (
        ("stock: text, no facet", stock_no_facet),
        ("stock: text, 2 facets (approach, evidence)", stock_two_facets),
    )
    for name, function in stock_measurements if stock else ():
        measurements[name], answer, query_counts[name] = timed(
            function, args.runs, args.warmups, args.budget
        )
        counts[name] = answer[1]
        step(f"{name}: {measurements[name]['median_ms']} ms median, {counts[name]} results")

    def ratio(ours, stock):
        if stock not in measurements:
            return None
        return round(measurements[ours]["median_ms"] / measurements[stock]["median_ms"], 5)

    result["measurements"] = measurements
    result["result_counts"] = counts
    result["query_counts"] = query_counts
    result["ratio_ours_to_stock"] = {
        "text, no facet": ratio("ours: text, no facet", "stock: text, no facet"),
        "text, 2 facets": ratio(
            "ours: text, 2 facets (approach, evidence)",
            "stock: text, 2 facets (approach, evidence)",
        ),
    }

    if args.profile:
        title = f"{connection.vendor}, {args.documents} documents"
        for name in (
            "ours: text, 5 facets",
            "ours: browse (no text, no facet)",
            "ours: broad text (prevention)",
            "ours: broad text, all languages",
        ):
            profile(lambda name=name: search(queries[name]), args.profile, f"{title}: {name}")
        for label, invalidate in (
            ("first search after an index change", IndexVersion.bump),
            ("first search of a fresh process", forget_facet_index),
        ):
            invalidate()
            profile(
                lambda: search(queries["ours: text, no facet"]), args.profile, f"{title}: {label}"
            )
        result["profile"] = str(args.profile)

    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(json.dumps(result, indent=2, default=str))
    return 0


if __name__ == "__main__":
    sys.exit(main())
