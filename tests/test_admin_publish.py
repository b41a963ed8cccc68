"""An editor publishes a new page right after typing, while Wagtail's autosave
saves it in the background.

Wagtail 8 autosaves the create form about a second after the last change:
the first autosave creates the page, and only when its answer arrives does
the form switch to the page's edit view. A Publish clicked while that
autosave is on its way is a second "create" of the same page. That answered
500 "database is locked" on SQLite, or "The slug is already in use"
(cms.admin_views, and the SQLite options in cms.settings.base).

The browser test drives Debian's Chromium (never a downloaded browser)
against a separate ``manage.py runserver`` (the embedded default, one
connection per request thread) on a copy of the test database: the
``live_server`` fixture shares one in-memory SQLite connection between all
its threads, on which concurrent requests can neither lock each other out
nor keep their transactions apart. The copy also leaves the demo network of
the test database as it was for the tests that follow.
"""

import contextlib
import os
import socket
import sqlite3
import subprocess
import sys
import threading
import time
import urllib.request
from pathlib import Path
from urllib.parse import urljoin

import pytest
from django.conf import settings
from django.core import signing
from django.db import OperationalError, connection, connections, transaction
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from cms import admin_views
from practices.models import ExpertPage, PracticeIndexPage, PracticePage
from tests.helpers import practice

PROJECT = Path(__file__).resolve().parent.parent


def practice_form(creation_key, summary, experts):
    """What the create form of a practice sends: a new page, its contacts new too."""
    source = practice("municipal-prevention-network")
    return nested_form_data(
        {
            "creation_key": creation_key,
            "title": "Street football league",
            "slug": "street-football-league",
            "summary": summary,
            "body": streamfield([]),
            "organisation": source.organisation_id,
            "country": source.country.code,
            "year_started": "2021",
            "status": PracticePage.Status.ACTIVE,
            "approach": PracticePage.Approach.PREVENTION,
            "evidence_level": PracticePage.Evidence.INSPIRING,
            "contacts": inline_formset([{"expert": expert.pk} for expert in experts]),
            "documents": inline_formset([]),
            "comments": inline_formset([]),
        }
    )


@pytest.mark.django_db
def test_a_create_form_posted_again_after_its_autosave_edits_the_page(editor_client):
    library = PracticeIndexPage.objects.get(locale__language_code="en")
    url = f"/admin/pages/add/practices/practicepage/{library.pk}/"
    key = editor_client.get(url).context["form"]["creation_key"].value()
    expert = ExpertPage.objects.filter(locale__language_code="en").first()
    autosave = {"headers": {"accept": "application/json"}}

    # The autosave creates the page (and its contact)…
    response = editor_client.post(url, practice_form(key, "Draft", [expert]), **autosave)
    assert response.status_code == 200 and response.json()["success"]
    # …then Publish arrives from the same form, which still has the create URL.
    response = editor_client.post(
        url, {**practice_form(key, "Published", [expert]), "action-publish": "publish"}
    )
    assert response.status_code == 302
    page = PracticePage.objects.get(title="Street football league", locale__language_code="en")
    assert str(page.translation_key) == signing.loads(key, salt=admin_views.SALT)[0]
    assert (page.live, page.has_unpublished_changes, page.summary) == (True, False, "Published")
    assert list(page.contacts.values_list("expert", flat=True)) == [expert.pk]

    # An autosave of that form arriving last carries nothing newer: refused.
    response = editor_client.post(url, practice_form(key, "Draft", [expert]), **autosave)
    assert response.status_code == 400
    assert response.json()["error_code"] == "invalid_revision"
    page.refresh_from_db()
    assert (page.has_unpublished_changes, page.summary) == (False, "Published")


@pytest.mark.django_db
def test_a_create_form_cannot_name_the_page_it_edits(editor_client):
    """Only the keys the server signed for this create form count: the key
    of an existing page (one of the library's practices) creates a new page."""
    library = PracticeIndexPage.objects.get(locale__language_code="en")
    url = f"/admin/pages/add/practices/practicepage/{library.pk}/"
    existing = practice("municipal-prevention-network")
    form = {**practice_form(str(existing.translation_key), "New", []), "action-publish": "publish"}
    assert editor_client.post(url, form).status_code == 302
    page = PracticePage.objects.get(title="Street football league", locale__language_code="en")
    assert page.live and page.pk != existing.pk
    assert page.translation_key != existing.translation_key
    assert practice("municipal-prevention-network").title == existing.title


def test_sqlite_transactions_wait_for_the_write_lock_instead_of_failing(
    tmp_path, django_db_blocker
):
    """Two requests read, then write, each in a thread with its own connection
    to a database file (as a server's): the second used to fail at once with
    "database is locked"; with IMMEDIATE transactions it waits for the first.
    Not a django_db test: a test case refuses connections from other threads."""
    if connection.vendor != "sqlite":
        pytest.skip("SQLite's locking")
    alias = "concurrent_requests"
    connections.settings[alias] = {
        **connection.settings_dict,
        "NAME": str(tmp_path / "requests.sqlite3"),
    }
    writing, errors = threading.Event(), []

    def request(first):
        try:
            if not first:
                writing.wait(5)
            with transaction.atomic(using=alias):
                cursor = connections[alias].cursor()
                (count,) = cursor.execute("SELECT n FROM counter").fetchone()
                cursor.execute("UPDATE counter SET n = %s", [count + 1])
                if first:
                    writing.set()
                    time.sleep(0.3)
        except OperationalError as error:
            errors.append(error)
        finally:
            connections[alias].close()

    try:
        with django_db_blocker.unblock():
            with connections[alias].cursor() as cursor:
                cursor.execute("CREATE TABLE counter (n integer)")
                cursor.execute("INSERT INTO counter VALUES (0)")
                assert cursor.execute("PRAGMA journal_mode").fetchone() == ("wal",)
            threads = [threading.Thread(target=request, args=(first,)) for first in (True, False)]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join()
            with connections[alias].cursor() as cursor:
                assert cursor.execute("SELECT n FROM counter").fetchone() == (2,)
        assert not errors
    finally:
        connections[alias].close()
        del connections[alias]
        del connections.settings[alias]


class DatabaseCopy:
    """A copy of the test database (demo network loaded) for a server process."""

    def __init__(self, tmp_path):
        self.settings = connection.settings_dict
        self.vendor = connection.vendor
        if self.vendor == "sqlite":
            self.path = tmp_path / "publish.sqlite3"
            connection.ensure_connection()
            target = sqlite3.connect(self.path)
            try:
                connection.connection.backup(target)
            finally:
                target.close()
            self.url = f"sqlite:///{self.path}"
        else:
            # CREATE DATABASE … TEMPLATE needs the template to be unused.
            connections.close_all()
            self.name = f"{self.settings['NAME']}_publish"
            self._admin(f'DROP DATABASE IF EXISTS "{self.name}"')
            self._admin(f'CREATE DATABASE "{self.name}" TEMPLATE "{self.settings["NAME"]}"')
            credentials = self.settings["USER"] or ""
            if self.settings["PASSWORD"]:
                credentials += f":{self.settings['PASSWORD']}"
            host = f"{self.settings['HOST'] or 'localhost'}:{self.settings['PORT'] or 5432}"
            self.url = f"postgres://{credentials}@{host}/{self.name}"

    def _connect(self, dbname):
        import psycopg

        return psycopg.connect(
            dbname=dbname,
            user=self.settings["USER"] or None,
            password=self.settings["PASSWORD"] or None,
            host=self.settings["HOST"] or None,
            port=self.settings["PORT"] or None,
            autocommit=True,
        )

    def _admin(self, sql):
        with self._connect("postgres") as admin:
            admin.execute(sql)

    def rows(self, sql, params=()):
        if self.vendor == "sqlite":
            with contextlib.closing(sqlite3.connect(self.path)) as database:
                return database.execute(sql.replace("%s", "?"), params).fetchall()
        with self._connect(self.name) as database:
            return database.execute(sql, params).fetchall()

    def drop(self):
        if self.vendor != "sqlite":
            self._admin(f'DROP DATABASE IF EXISTS "{self.name}" WITH (FORCE)')


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_until_serving(url, server, log, timeout=90):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.poll() is not None:
            log.seek(0)
            raise RuntimeError(f"The server stopped: {log.read()}")
        with (
            contextlib.suppress(OSError),
            urllib.request.urlopen(f"{url}/admin/login/", timeout=5) as response,  # noqa: S310
        ):
            if response.status == 200:
                return
        time.sleep(0.5)
    raise RuntimeError("The server did not start")


@pytest.fixture(scope="module")
def server(django_db_setup, django_db_blocker, tmp_path_factory):
    """Module scope: the copy is made before the test's transaction starts."""
    tmp_path = tmp_path_factory.mktemp("publish")
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
            "--insecure",  # static files without DEBUG, as the live server serves them
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


@pytest.fixture
def browser_page(chromium):
    page = chromium.new_page()
    # The admin's avatars come from gravatar.com: not from a test.
    page.route("https://*.gravatar.com/**", lambda route: route.abort())
    # Wagtail's w-unsaved controller dispatches "watch-edits" once it has
    # taken the form's initial data (two seconds after the form opens):
    # only changes made after that are autosaved. It dispatches "add"
    # when it sees changes, which starts an autosave.
    page.add_init_script(
        "window.unsavedChanges = 0;"
        "document.addEventListener('w-unsaved:watch-edits',"
        " () => { window.watchingEdits = true }, true);"
        "document.addEventListener('w-unsaved:add',"
        " () => { window.unsavedChanges += 1 }, true);"
    )
    yield page


def is_autosave(request):
    return (
        request.method == "POST"
        and "/admin/pages/add/" in request.url
        and "application/json" in (request.headers.get("accept") or "")
    )


def is_form_submission(response):
    return response.request.method == "POST" and response.request.resource_type == "document"


def shown(page):
    """What the editor sees after Publish: the URL and the admin's messages."""
    with contextlib.suppress(Exception):
        page.wait_for_load_state("networkidle")
    try:
        return f"{page.url}: {page.locator('.messages').all_inner_texts() or page.title()}"
    except Exception as error:  # a report, not a check
        return f"{page.url}: {error}"


def log_in(page, url):
    page.goto(f"{url}/admin/login/")
    page.locator("#id_username").fill("editor")
    page.locator("#id_password").fill("liaise-demo")
    page.locator("button[type=submit]").click()
    page.wait_for_url(f"{url}/admin/")


def type_page(page, title, summary):
    page.locator("#id_title").press_sequentially(title, delay=10)
    page.locator("#id_summary").press_sequentially(summary, delay=10)
    page.locator("#panel-child-content-intro-section [contenteditable=true]").press_sequentially(
        "Local partners meet every month.", delay=10
    )


def publish(page):
    """Publish, from the footer's menu; returns the answer to the form."""
    page.get_by_role("button", name="More actions").click()
    with page.expect_response(is_form_submission, timeout=30_000) as answer:
        page.get_by_role("button", name="Publish", exact=True).click()
    if answer.value.status == 302:
        page.wait_for_url(urljoin(answer.value.url, answer.value.headers["location"]))
    return answer.value


def publish_while_autosave_is_on_its_way(page, title, typing_delay):
    # The editor types, then pauses; Wagtail autosaves (which creates the page)…
    with page.expect_request(is_autosave, timeout=15_000):
        type_page(page, title, "Teachers and youth workers")
    # …and while that request is on its way, types again and publishes.
    page.locator("#id_summary").press_sequentially(" meet.", delay=typing_delay)
    publish(page)


def publish_just_before_the_autosave(page, title):
    type_page(page, title, "Teachers and youth workers meet.")
    # Wagtail saw the changes: the autosave leaves half a second later
    # (WAGTAIL_AUTOSAVE_INTERVAL), while the Publish clicked now is handled.
    page.wait_for_function("() => window.unsavedChanges > 0")
    page.wait_for_timeout(250)
    publish(page)


@pytest.mark.browser
@pytest.mark.django_db  # the test database, copied for the server
def test_editor_publishes_a_new_page_while_it_is_being_autosaved(server, browser_page):
    url, database, log = server
    page = browser_page
    ((english_home, english),) = database.rows(
        "SELECT p.id, p.locale_id FROM wagtailcore_page p"
        " JOIN wagtailcore_locale l ON l.id = p.locale_id"
        " WHERE p.depth = 2 AND l.language_code = %s",
        ("en",),
    )
    log_in(page, url)

    failures = []
    tries = [
        # Publish at different moments of the autosave (ms per key typed).
        lambda title: publish_while_autosave_is_on_its_way(page, title, typing_delay=0),
        lambda title: publish_while_autosave_is_on_its_way(page, title, typing_delay=40),
        lambda title: publish_just_before_the_autosave(page, title),
        lambda title: publish_while_autosave_is_on_its_way(page, title, typing_delay=100),
    ]
    for attempt, publish_page in enumerate(tries, start=1):
        title = f"Evening round table {attempt}"
        page.goto(f"{url}/admin/pages/add/home/standardpage/{english_home}/")
        page.wait_for_function("() => window.watchingEdits === true")
        publish_page(title)

        pages = [
            (bool(live), bool(draft), summary)
            for live, draft, summary in database.rows(
                "SELECT p.live, p.has_unpublished_changes, s.summary FROM wagtailcore_page p"
                " JOIN home_standardpage s ON s.page_ptr_id = p.id"
                " WHERE p.title = %s AND p.locale_id = %s",
                (title, english),
            )
        ]
        # One page (the other languages have their aliases of it), live, with
        # what was typed last, and no draft left over.
        if pages != [(True, False, "Teachers and youth workers meet.")]:
            failures.append(f"try {attempt}: {pages}, {shown(page)}")

    # An autosave's answer may come after the page has gone: the server's log
    # has every answer.
    page.wait_for_timeout(1000)
    log.seek(0)
    server_errors = [line.strip() for line in log if '" 50' in line or "Error:" in line]
    assert not failures and not server_errors, (failures, server_errors)
