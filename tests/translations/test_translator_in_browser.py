"""A translator of German translates a placeholder, slug included, and
publishes it; the editor's dashboard shows it. Debian's Chromium (never a
downloaded browser) against ``manage.py runserver`` on a copy of the test
database (see tests/test_admin_publish.py for why not the live server)."""

import os
import subprocess
import sys
import urllib.error
import urllib.request

import pytest
from django.conf import settings

from practices.models import PracticeIndexPage
from tests.helpers import practice
from tests.test_admin_publish import PROJECT, DatabaseCopy, free_port, wait_until_serving

GERMAN_SLUG = "jugend-debattierclubs"


@pytest.fixture(scope="module")
def server(django_db_setup, django_db_blocker, tmp_path_factory):
    tmp_path = tmp_path_factory.mktemp("translate")
    with django_db_blocker.unblock():
        database = DatabaseCopy(tmp_path)
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
            "--insecure",
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
        yield url, database, log
    finally:
        process.terminate()
        process.wait(timeout=30)
        log.close()
        database.drop()


def log_in(page, url, username):
    page.goto(f"{url}/admin/login/")
    page.locator("#id_username").fill(username)
    page.locator("#id_password").fill("liaise-demo")
    page.locator("button[type=submit]").click()
    page.wait_for_url(f"{url}/admin/")


def status(url):
    try:
        with urllib.request.urlopen(url, timeout=30) as response:  # noqa: S310
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


def translate_every_segment(page, english_slug):
    """Each untranslated segment: Translate, type, Save (the slug gets a German one)."""
    pending = page.locator("li.incomplete").filter(
        has=page.get_by_role("button", name="Translate", exact=True)
    )
    page.locator("li.incomplete").first.wait_for()
    translated = []
    while pending.count():
        source = pending.first.locator("p").first.inner_text().strip()
        pending.first.get_by_role("button", name="Translate", exact=True).click()
        # One segment at a time is open for editing: the one with a text box.
        editing = page.locator("li").filter(has=page.locator("textarea")).last
        text = GERMAN_SLUG if source == english_slug else f"[de] {source}"
        editing.locator("textarea").fill(text)
        editing.get_by_role("button", name="Save", exact=True).click()
        page.locator("li textarea").wait_for(state="detached")
        translated.append(source)
    return translated


@pytest.mark.browser
@pytest.mark.django_db  # the test database, copied for the server
def test_german_translator_translates_a_placeholder_slug_included_publishes_and_the_editor_sees_it(
    server, chromium
):
    url, database, log = server
    source = practice("youth-debate-spaces")
    placeholder = practice("youth-debate-spaces", "de")
    assert placeholder.alias_of_id == source.pk
    german_library = PracticeIndexPage.objects.get(locale__language_code="de")
    german_url = f"{url}{german_library.url}{GERMAN_SLUG}/"
    assert status(german_url) == 404

    page = chromium.new_page()
    log_in(page, url, "translator")
    page.goto(f"{url}/admin/pages/{placeholder.pk}/edit/")
    page.get_by_role("link", name="Translate this page").click()
    page.get_by_role("button", name="Submit").click()
    page.wait_for_url(f"{url}/admin/pages/{placeholder.pk}/edit/")

    translated = translate_every_segment(page, source.slug)
    assert source.slug in translated and source.title in translated
    assert page.locator("li.incomplete").count() == 0
    page.get_by_role("button", name="Publish in Deutsch").click()
    page.locator(".messages").filter(has_text="Published").wait_for()

    assert status(german_url) == 200
    page.goto(german_url)
    assert page.locator("html").get_attribute("lang") == "de"
    assert page.get_by_role("heading", level=1).inner_text() == f"[de] {source.title}"
    ((live, alias_of),) = database.rows(
        "SELECT live, alias_of_id FROM wagtailcore_page WHERE id = %s", (placeholder.pk,)
    )
    assert bool(live) and alias_of is None

    editor = chromium.new_page()  # a context of its own: the translator's session stays there
    log_in(editor, url, "editor")
    summary = editor.locator("[id^=translations-summary]").first
    summary.get_by_role("link", name=f"[de] {source.title}").wait_for()
    assert (
        summary.get_by_role("link", name=f"[de] {source.title}").get_attribute("href")
        == f"/admin/pages/{placeholder.pk}/edit/"
    )
    german_row = summary.locator('tr[data-language="de"] td')
    placeholders_left = database.rows(
        "SELECT count(*) FROM wagtailcore_page p JOIN wagtailcore_locale l ON l.id = p.locale_id"
        " JOIN wagtailcore_page a ON a.id = p.alias_of_id"
        " WHERE l.language_code = 'de' AND a.locale_id != p.locale_id"
    )[0][0]
    assert german_row.nth(1).inner_text() == str(placeholders_left)
