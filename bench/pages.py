"""The pages, the APIs and the two references (part of ``make bench``).

``python -m bench.pages --output FILE --documents N`` with DATABASE_URL
pointing at a database that holds the demo and a generated network
(``bench.run`` runs it at each size after ``bench.measure``). In this
process, through Django's test client, DEBUG off, with the site's own
middleware (sessions, locale, CSP, private caching, the anonymous page
cache when there is one):

- the references: the bare Django view (``bench.urls``) and a minimal
  Wagtail page (``bench.models.MinimalPage``, added under the English home
  page for the run and removed after);
- the home page, a practice, an expert, a session and the three listings,
  as an anonymous reader and as a member (uncached: each anonymous request
  carries a query string of its own, so no page cache can answer it), and
  the same URLs for anonymous readers a second time (what a page cache
  answers): median / p95 in ms and the SQL queries of one warm request;
- the Wagtail API v2 list of practices with fields and the project API's
  search, at 10 and 50 items.

Anonymous requests start with no cookie, as a first visit does; the
member's client keeps its session.
"""

import argparse
import itertools
import json
import os
import sys
from pathlib import Path

import django

BARE = "/bench/bare/"
MEMBER = "member"
MINIMAL_SLUG = "bench-minimal-page"
#: The page kinds measured, in the table's order.
PAGES = (
    "home",
    "practice",
    "expert",
    "session",
    "practices listing",
    "experts listing",
    "sessions listing",
)
#: Fields of the API v2 list (every API field of a practice but its body).
API_FIELDS = "summary,country_code,approach,evidence_level,year_started,status"
API_SIZES = (10, 50)
SEARCH_TEXT = "school"


def log(message):
    print(f"  [pages] {message}", flush=True)


def page_urls():
    """The English pages measured: the demo's own when they are there (they
    carry the most links), else the first live one of their kind."""
    from home.models import HomePage
    from practices.models import ExpertIndexPage, ExpertPage, PracticeIndexPage, PracticePage
    from programme.models import SessionIndexPage, SessionPage

    def first(model, slug=None):
        pages = model.objects.live().public().filter(locale__language_code="en")
        page = (slug and pages.filter(slug=slug).first()) or pages.order_by("pk").first()
        if page is None:
            raise SystemExit(f"No live English {model.__name__}: run load_demo first.")
        return page.url

    return {
        "home": first(HomePage),
        "practice": first(PracticePage, "municipal-prevention-network"),
        "expert": first(ExpertPage),
        "session": first(SessionPage, "augsburg-2015"),
        "practices listing": first(PracticeIndexPage),
        "experts listing": first(ExpertIndexPage),
        "sessions listing": first(SessionIndexPage),
    }


def api_urls():
    """name → {items: URL}: the same request at each size."""
    practices = "/api/v2/pages/?type=practices.PracticePage&fields={fields}&limit={size}"
    search = "/api/search/?q={text}&locale=en&page_size={size}"
    return {
        "api v2: practices with fields": {
            size: practices.format(fields=API_FIELDS, size=size) for size in API_SIZES
        },
        "project api: search": {
            size: search.format(text=SEARCH_TEXT, size=size) for size in API_SIZES
        },
    }


def add_minimal_page():
    """A live MinimalPage under the English home page (the site root of the
    default language); its URL."""
    from bench.models import MinimalPage
    from home.models import HomePage

    remove_minimal_page()
    home = HomePage.objects.get(locale__language_code="en")
    page = home.add_child(instance=MinimalPage(title="Minimal page", slug=MINIMAL_SLUG))
    return page.url


def remove_minimal_page():
    from bench.models import MinimalPage

    # One at a time: deleting a page can take its aliases with it.
    while (page := MinimalPage.objects.first()) is not None:
        page.delete()


class Reader:
    """GETs through the test client. Anonymous: no cookie, and with
    ``unique`` a query string of its own on every request."""

    def __init__(self, user=None):
        from django.test import Client

        self.client = Client()
        self.anonymous = user is None
        if user is not None:
            self.client.force_login(user)
        self.counter = itertools.count()

    def get(self, url, unique=False):
        if self.anonymous:
            self.client.cookies.clear()
        if unique:
            url = f"{url}{'&' if '?' in url else '?'}bench={next(self.counter)}"
        response = self.client.get(url)
        if response.status_code != 200:
            raise AssertionError(f"GET {url}: {response.status_code}, expected 200")
        return response


def queries_of(function):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    function()  # warm: per-process caches, the page cache's entry
    with CaptureQueriesContext(connection) as captured:
        function()
    return len(captured)


def measure_one(function, runs, warmups, budget):
    """Timings and the SQL queries of one warm call."""
    from bench.measure import timed

    queries = queries_of(function)
    stats, _result, _first = timed(function, runs, warmups, budget)
    return {**stats, "queries": queries}


def ratio(numerator, denominator):
    return round(numerator / denominator, 2) if denominator else None


def bench_settings():
    """The bench's URLconf (the site's plus the bare view) and the test
    client's host."""
    from django.conf import settings
    from django.test.utils import override_settings

    return override_settings(
        ROOT_URLCONF="bench.urls", ALLOWED_HOSTS=[*settings.ALLOWED_HOSTS, "testserver"]
    )


def run(runs=30, warmups=3, budget=120.0, documents=None):
    """Every measurement of the module; the result entry (JSON-ready)."""
    from django.contrib.auth import get_user_model
    from django.db import connection

    entry = {"database": connection.vendor, "documents": documents}
    with bench_settings():
        minimal_url = add_minimal_page()
        try:
            anonymous = Reader()
            member = Reader(get_user_model().objects.get(username=MEMBER))
            urls = page_urls()
            entry["urls"] = {**urls, "minimal page": minimal_url}
            references = {
                "bare Django view": lambda: anonymous.get(BARE),
                "minimal Wagtail page": lambda: anonymous.get(minimal_url, unique=True),
            }
            entry["references"] = {}
            for name, function in references.items():
                entry["references"][name] = measure_one(function, runs, warmups, budget)
                log(f"{name}: {entry['references'][name]['median_ms']} ms median")
            bare = entry["references"]["bare Django view"]["median_ms"]
            minimal = entry["references"]["minimal Wagtail page"]["median_ms"]

            entry["pages"] = {}
            for name, url in urls.items():
                roles = {
                    "anonymous": lambda url=url: anonymous.get(url, unique=True),
                    "member": lambda url=url: member.get(url, unique=True),
                    "cached": lambda url=url: anonymous.get(url),
                }
                figures = {}
                for role, function in roles.items():
                    figures[role] = measure_one(function, runs, warmups, budget)
                    stats = figures[role]
                    stats["ratio_to_minimal"] = ratio(stats["median_ms"], minimal)
                    stats["ratio_to_bare"] = ratio(stats["median_ms"], bare)
                entry["pages"][name] = figures
                log(
                    f"{name}: "
                    + ", ".join(
                        f"{role} {stats['median_ms']} ms / {stats['queries']} q"
                        for role, stats in figures.items()
                    )
                )

            entry["apis"] = {}
            for name, sizes in api_urls().items():
                figures = {}
                for size, url in sizes.items():
                    stats = measure_one(lambda url=url: anonymous.get(url), runs, warmups, budget)
                    stats["ratio_to_bare"] = ratio(stats["median_ms"], bare)
                    figures[str(size)] = stats
                entry["apis"][name] = figures
                log(
                    f"{name}: "
                    + ", ".join(
                        f"{size} items {stats['median_ms']} ms / {stats['queries']} q"
                        for size, stats in figures.items()
                    )
                )
        finally:
            remove_minimal_page()
    return entry


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", required=True, type=Path)
    parser.add_argument("--documents", type=int)
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--warmups", type=int, default=3)
    parser.add_argument("--budget", type=float, default=120)
    args = parser.parse_args()

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.dev")
    django.setup()

    entry = run(args.runs, args.warmups, args.budget, args.documents)
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(json.dumps(entry, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
