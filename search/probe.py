"""What a fresh serving process pays for the search: its first search and
its memory once the search index is loaded.

Run in a new process (the bench does), so that nothing is loaded yet::

    python -m search.probe [--text school] [--locale en] [--runs 5]

prints one JSON object: ``first_search_ms`` (the first search, facet
index included), ``next_search_ms`` (median of the next ``--runs``),
``rss_mb_start`` and ``rss_mb`` (resident memory before the first search
and after the runs, psutil), ``documents``, ``database`` and ``loaded_from``
("snapshot" or "database": where the facet index came from).
"""

import argparse
import json
import os
import statistics
import time


def measure(text="school", locale="en", runs=5):
    """The figures, in this process (call it before any search ran here)."""
    import psutil

    from search.engine import SearchQuery, search
    from search.facet_index import FacetIndex
    from search.models import IndexVersion, SearchDocument

    process = psutil.Process()
    query = SearchQuery(text=text, locale=locale)
    rss_start = process.memory_info().rss
    started = time.perf_counter()
    results = search(query)
    first = time.perf_counter() - started
    timings = []
    for _run in range(runs):
        started = time.perf_counter()
        search(query)
        timings.append(time.perf_counter() - started)
    index = FacetIndex.get(IndexVersion.current())
    return {
        "first_search_ms": round(first * 1000, 1),
        "next_search_ms": round(statistics.median(timings) * 1000, 1) if timings else None,
        "rss_mb_start": round(rss_start / 2**20, 1),
        "rss_mb": round(process.memory_info().rss / 2**20, 1),
        "results": results.count,
        "documents": SearchDocument.objects.count(),
        "indexed": len(index.doc_at),
        "database": _vendor(),
        "loaded_from": getattr(index, "loaded_from", "database"),
    }


def _vendor():
    from django.db import connection

    return connection.vendor


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--text", default="school")
    parser.add_argument("--locale", default="en")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.dev")
    import django

    django.setup()
    print(json.dumps(measure(args.text, args.locale, args.runs)))


if __name__ == "__main__":
    main()
