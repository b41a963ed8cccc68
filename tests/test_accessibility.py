"""Every main page type passes axe-core with no serious or critical violation,
in the five languages, at desktop (1280 px) and phone (390 px) widths; the
menu is a disclosure on a phone and a plain bar on a desktop, both usable
with a keyboard; no page scrolls sideways on a phone.

axe-core comes from the ``axe-playwright-python`` package (its bundled
``axe.min.js``), run in Debian's Chromium (never a downloaded browser)
against a ``manage.py runserver`` on a copy of the test database, as in
``tests/test_admin_publish.py``: the live server's transactional database
would be emptied after the test, and the browser tests that follow need the
demo network.
"""

import os
import subprocess
import sys

import pytest
from django.conf import settings
from django.db import connections
from wagtail.models import Page

from home.models import StandardPage
from practices.models import ExpertPage, PracticePage
from programme.models import SessionPage
from tests.test_admin_publish import PROJECT, DatabaseCopy, free_port, wait_until_serving

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

LANGUAGES = ["en", "fr", "de", "it", "es"]
WIDTHS = {"desktop": (1280, 900), "phone": (390, 844)}
BLOCKING = ("serious", "critical")
SEARCH_WORDS = {"en": "school", "fr": "école", "de": "Schule", "it": "scuola", "es": "escuela"}


@pytest.fixture(scope="module")
def site(django_db_setup, django_db_blocker, tmp_path_factory):
    """The demo network served by runserver from a copy of the test database."""
    tmp_path = tmp_path_factory.mktemp("accessibility")
    with django_db_blocker.unblock():
        database = DatabaseCopy(tmp_path)
        # The pages to check are read here, not in the tests: a connection
        # opened while Playwright runs is out of reach of close_all(), and on
        # PostgreSQL the next module's copy (CREATE DATABASE … TEMPLATE)
        # would find the test database in use.
        pages = {language: page_types(language) for language in LANGUAGES}
        connections.close_all()
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    log = (tmp_path / "server.log").open("w+")
    process = subprocess.Popen(  # noqa: S603
        [
            sys.executable,
            "manage.py",
            "runserver",
            f"127.0.0.1:{port}",
            "--noreload",
            "--insecure",  # static files without DEBUG
            "--skip-checks",
        ],
        cwd=PROJECT,
        env={
            **os.environ,
            "DATABASE_URL": database.url,
            "DJANGO_SETTINGS_MODULE": settings.SETTINGS_MODULE,
        },
        stdout=log,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        wait_until_serving(url, process, log)
        yield url, pages
    finally:
        process.terminate()
        process.wait(timeout=30)
        log.close()
        database.drop()


def real(model, language, **filters):
    """A page of ``model`` really translated into ``language`` (no placeholder)."""
    return (
        model.objects.live()
        .filter(locale__language_code=language, alias_of__isnull=True, **filters)
        .exclude(access__members_only=True)
        .order_by("path")
        .first()
    )


def page_types(language):
    """(name, path) of every main page type in one language."""
    standard = real(StandardPage, language)
    practice_page = real(PracticePage, language)
    expert = real(ExpertPage, language)
    session = real(SessionPage, language)
    placeholder = (
        Page.objects.filter(locale__language_code=language, alias_of__isnull=False)
        .exclude(access__members_only=True)
        .order_by("path")
        .first()
    )
    paths = [
        ("home", f"/{language}/"),
        ("standard page", standard and standard.url),
        ("practice library", practice_page and practice_page.get_parent().url),
        ("practice", practice_page and practice_page.url),
        ("expert directory", expert and expert.get_parent().url),
        ("expert", expert and expert.url),
        ("session index", session and session.get_parent().url),
        ("session", session and session.url),
        ("search results", f"/{language}/search/?q={SEARCH_WORDS[language]}"),
        ("sign-in", f"/{language}/accounts/login/"),
        # English is the source: every page exists in it.
        ("not yet available", placeholder and placeholder.url),
    ]
    return [(name, path) for name, path in paths if path]


def blocking_violations(axe, page):
    results = axe.run(page)
    found = []
    for violation in results.response["violations"]:
        if violation["impact"] in BLOCKING:
            targets = [" ".join(map(str, node["target"])) for node in violation["nodes"]]
            found.append(
                f"{violation['impact']} {violation['id']}: {violation['help']} "
                f"({len(targets)}: {', '.join(targets[:5])})"
            )
    return found


def test_every_main_page_type_passes_axe_in_every_language_at_desktop_and_phone_widths(
    site, chromium
):
    from axe_playwright_python.sync_playwright import Axe

    site, pages = site
    axe = Axe()
    for language, types in pages.items():
        # Every type in every language; "not yet available" wherever a page
        # waits for its translation (English is the source: never).
        assert len([name for name, _path in types if name != "not yet available"]) == 10, language
    assert any(name == "not yet available" for types in pages.values() for name, _path in types)
    failures, sideways, checked = [], [], 0
    for label, (width, height) in WIDTHS.items():
        context = chromium.new_context(viewport={"width": width, "height": height})
        browser_page = context.new_page()
        for language, types in pages.items():
            for name, path in types:
                response = browser_page.goto(f"{site}{path}")
                assert response.status in (200, 404), f"{path}: {response.status}"
                checked += 1
                for line in blocking_violations(axe, browser_page):
                    failures.append(f"{label} {language} {name} {path}: {line}")
                scroll_width = browser_page.evaluate("document.documentElement.scrollWidth")
                if scroll_width > width:
                    sideways.append(f"{label} {language} {name} {path}: {scroll_width}px")
        context.close()
    print(f"\naxe-core: {checked} pages checked")
    print("\n".join(failures))
    assert checked == 2 * sum(len(types) for types in pages.values())
    assert failures == [], "\n".join(failures)
    assert sideways == [], "\n".join(sideways)


def test_the_menu_is_a_disclosure_on_a_phone_and_a_bar_on_a_desktop(site, chromium):
    site, _pages = site
    phone = chromium.new_context(viewport={"width": 390, "height": 844})
    page = phone.new_page()
    page.goto(f"{site}/fr/")
    menu = page.get_by_role("navigation", name="Navigation principale")
    practices = menu.get_by_role("link", name="Pratiques")
    assert not practices.is_visible()
    page.locator(".main-menu__toggle").focus()
    page.keyboard.press("Enter")
    assert practices.is_visible()
    practices.focus()
    page.keyboard.press("Enter")
    page.wait_for_url("**/fr/pratiques/")
    phone.close()

    desktop = chromium.new_context(viewport={"width": 1280, "height": 900})
    page = desktop.new_page()
    page.goto(f"{site}/fr/")
    menu = page.get_by_role("navigation", name="Navigation principale")
    assert not page.locator(".main-menu__toggle").is_visible()
    assert menu.get_by_role("link", name="Pratiques").is_visible()
    # A keyboard reaches the menu's links without opening anything.
    page.locator("#header-q").focus()
    names = []
    for _step in range(12):
        page.keyboard.press("Tab")
        names.append(page.evaluate("document.activeElement.textContent.trim()"))
    assert "Pratiques" in names
    desktop.close()


SMALL_TARGETS = """(selector) => [...document.querySelectorAll(selector)]
    .filter(el => el.getClientRects().length)
    .map(el => [el.textContent.trim() || el.name || el.id, el.getBoundingClientRect()])
    .filter(([_name, box]) => box.height < 44 || box.width < 24)
    .map(([name, box]) => `${name}: ${Math.round(box.width)}x${Math.round(box.height)}`)"""
FRAME = (
    ".site-header a, .site-header button, .site-header input, .site-header summary,"
    " .main-menu a, .site-footer a"
)
CONTROLS = (
    "main input:not([type=checkbox]):not([type=radio]):not([type=hidden]),"
    " main select, main button, .pagination a"
)


def test_links_and_controls_of_the_frame_forms_and_pagination_are_44_pixels_high_on_a_phone(
    site, chromium
):
    site, _pages = site
    phone = chromium.new_context(viewport={"width": 390, "height": 844})
    page = phone.new_page()
    small = []
    page.goto(f"{site}/de/")
    page.locator(".main-menu__toggle").click()
    small += page.evaluate(SMALL_TARGETS, FRAME)
    page.goto(f"{site}/de/accounts/login/")
    small += page.evaluate(SMALL_TARGETS, CONTROLS)
    page.goto(f"{site}/en/search/?q=youth")
    assert page.locator(".pagination a").count() > 0
    small += page.evaluate(SMALL_TARGETS, CONTROLS)
    phone.close()
    assert small == []
