"""Checks after generating: the page tree's consistency, the rendering of
generated pages, and the closing summary."""

import logging
import time
from collections import Counter, defaultdict

from django.conf import settings
from django.core.management.base import CommandError
from django.test import Client
from wagtail.models import Page

from bench.generator.constants import PREFIX, SOURCE
from practices.models import ExpertPage, PracticePage
from programme.models import SessionPage


def verify_tree(log):
    """treebeard's find_problems() and fixtree's checks, set-based.

    find_problems() runs two queries per node (minutes at this size);
    the same five checks over one read of the table take a second:
    characters outside the alphabet, path length, orphans, depth and
    numchild. Generated pages also get their url_path and sibling slugs
    checked.
    """
    rows = list(Page.objects.values_list("pk", "path", "depth", "numchild", "url_path", "slug"))
    by_path = {row[1]: row for row in rows}
    children = Counter(
        path[: -Page.steplen] for _pk, path, *_rest in rows if len(path) > Page.steplen
    )
    alphabet = set(Page.alphabet)
    problems = defaultdict(list)
    siblings = set()
    for pk, path, depth, numchild, url_path, slug in rows:
        if set(path) - alphabet:
            problems["characters outside the alphabet"].append(pk)
            continue
        if len(path) % Page.steplen:
            problems["bad path length"].append(pk)
            continue
        parent = by_path.get(path[: -Page.steplen]) if depth > 1 else None
        if depth > 1 and parent is None:
            problems["orphans"].append(pk)
            continue
        if depth != len(path) // Page.steplen:
            problems["wrong depth"].append(pk)
        if numchild != children[path]:
            problems["wrong numchild"].append(pk)
        if slug.startswith(PREFIX) and parent is not None:
            if url_path != f"{parent[4]}{slug}/":
                problems["wrong url_path"].append(pk)
            if (parent[0], slug) in siblings:
                problems["duplicate slug among siblings"].append(pk)
            siblings.add((parent[0], slug))
    if problems:
        details = "; ".join(f"{name}: {ids[:10]}" for name, ids in problems.items())
        raise CommandError(f"The page tree is inconsistent (rolled back): {details}")
    log(f"Tree verified: {len(rows)} pages, paths, depth, numchild and url_path consistent")


def render_check(locales, log):
    """Render generated pages the way a reader gets them (through the
    Django test client, within this transaction)."""
    host = next((name for name in settings.ALLOWED_HOSTS if "*" not in name), "localhost")
    client = Client(HTTP_HOST=host.lstrip("."))
    generated = Page.objects.filter(slug__startswith=PREFIX, live=True)
    public = {"members_only": False}
    checks = [
        (PracticePage.objects.filter(body_members_only=False, **public), SOURCE),
        (PracticePage.objects.filter(**public), "fr"),
        (PracticePage.objects.filter(**public), "de"),
        (ExpertPage.objects.filter(**public), SOURCE),
        (SessionPage.objects.filter(**public), "it"),
    ]
    checked = []
    for queryset, code in checks:
        page = (
            queryset.filter(
                pk__in=generated.values("pk"),
                locale_id=locales.get(code),
                alias_of__isnull=True,
            )
            .order_by("pk")
            .first()
        )
        if page is None:
            continue
        url = page.get_url()
        response = client.get(url)
        if response.status_code != 200:
            raise CommandError(f"{url} answered {response.status_code} (rolled back)")
        checked.append(url)
    alias = (
        PracticePage.objects.filter(pk__in=generated.values("pk"), alias_of__isnull=False, **public)
        .order_by("pk")
        .first()
    )
    if alias is not None:
        url = alias.get_url()
        request_log = logging.getLogger("django.request")
        level = request_log.level
        request_log.setLevel(logging.ERROR)  # the 404 is expected, not worth a warning
        try:
            response = client.get(url)
        finally:
            request_log.setLevel(level)
        if response.status_code != 404:
            raise CommandError(
                f"The placeholder {url} answered {response.status_code}, not 404 (rolled back)"
            )
        checked.append(f"{url} (placeholder, 404)")
    log("Rendered: " + ", ".join(checked))


def summary(counts, started, log):
    searchable = 0
    parts = []
    for model in (PracticePage, ExpertPage, SessionPage):
        rows = model.objects.filter(live=True, alias_of__isnull=True)
        total = rows.count()
        generated = rows.filter(slug__startswith=PREFIX).count()
        searchable += total
        parts.append(f"{model.__name__} {total} ({generated} generated)")
    placeholders = Page.objects.filter(slug__startswith=PREFIX, alias_of__isnull=False).count()
    elapsed = time.monotonic() - started
    added = sum(
        value for name, value in counts.items() if name.endswith(("sources", "translations"))
    )
    log(
        f"Done in {elapsed:.1f}s: {searchable} searchable pages "
        f"({', '.join(parts)}), {placeholders} generated placeholders; "
        f"{added} searchable pages added"
        + (f" ({added / elapsed:.0f}/s)" if added and elapsed else "")
        + ". Rebuild the site search index with `manage.py rebuild_search_index`."
    )
