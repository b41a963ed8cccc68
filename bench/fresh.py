"""A fresh serving process: start-up, its first search, its memory (part
of ``make bench``).

``bench.run`` starts ``python -m bench.fresh`` as a new process, several
times per database and size. Each one starts as a server's worker does
(importing the WSGI application, so whatever the site warms at start-up is
counted in the start-up), then runs one search (text and the five facets
of ``bench.measure``, which loads the facet index if start-up did not), and
prints one JSON line: start-up and first-search milliseconds, and the
resident memory (``psutil``) after the search, that is with the index
loaded. No search ran before in that process, whatever the search app
keeps in memory or on disk.
"""

import json
import os
import sys
import time


def main():
    started = time.perf_counter()
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.dev")
    from cms.wsgi import application  # noqa: F401 (start-up, as a worker's)

    startup = time.perf_counter() - started

    import psutil

    from bench.measure import FIVE_FACETS, LOCALE, TEXT
    from search.engine import SearchQuery, search

    facets = json.loads(os.environ.get("BENCH_FRESH_FACETS", "{}"))
    query = SearchQuery(
        text=TEXT[LOCALE],
        locale=LOCALE,
        filters={name: facets[name] for name in FIVE_FACETS if name in facets},
    )
    started = time.perf_counter()
    results = search(query)
    first = time.perf_counter() - started
    rss = psutil.Process().memory_info().rss
    print(
        json.dumps(
            {
                "startup_ms": round(startup * 1000, 1),
                "first_search_ms": round(first * 1000, 1),
                "rss_mb": round(rss / 2**20, 1),
                "results": results.count,
            }
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
