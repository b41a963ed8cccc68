"""Shared fixtures: the demo network is loaded once per test session.

Every test then runs in a transaction that is rolled back, so tests may
change the demo content freely.
"""

import io
import os
import shutil

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.test import Client

# Playwright's sync API runs an event loop in the test thread; the Django
# ORM calls made next to it (fixtures, assertions) are still synchronous.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


def is_postgres():
    return settings.DATABASES["default"]["ENGINE"].endswith("postgresql")


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        call_command("load_demo", quiet_accounts=True, stdout=io.StringIO())


@pytest.fixture(autouse=True)
def _empty_cache():
    """The cache outlives a test's rolled-back transaction: allauth counts
    its rate limits there (sign-ups, log-ins, password resets per address),
    so each test starts with none spent."""
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()


@pytest.fixture(autouse=True)
def _default_language():
    """Each test starts in the default language: a request or an e-mail
    rendered in another language must not leave it active for the next
    test's ``reverse()`` (URLs under the language prefix)."""
    from django.utils import translation

    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.activate(settings.LANGUAGE_CODE)


def login(username):
    """A client of its own, so that a test can compare it with ``client``."""
    client = Client()
    client.force_login(get_user_model().objects.get(username=username))
    return client


@pytest.fixture
def member_client(db):
    return login("member")


@pytest.fixture
def nonmember_client(db):
    return login("eastbridge")


@pytest.fixture
def editor_client(db):
    return login("editor")


@pytest.fixture
def member2_client(db):
    """A member of a partner city (Liège), e-mails in French."""
    return login("member2")


@pytest.fixture
def member3_client(db):
    """A member of a third organisation (Augsburg), not named on the demo's
    restricted thread; e-mails in German."""
    return login("member3")


@pytest.fixture
def editor2_client(db):
    """The second editor (four eyes on applications)."""
    return login("editor2")


CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"


@pytest.fixture
def chromium():
    """Debian's Chromium through Playwright (never a downloaded browser),
    started the way this machine's closed network needs."""
    sync_api = pytest.importorskip("playwright.sync_api")
    if not shutil.which(CHROMIUM):
        pytest.skip("Debian's chromium is not installed (apt-get install chromium)")
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
            ],
        )
        yield browser
        browser.close()
