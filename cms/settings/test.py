"""Test runs: fast hashing, plain static storage, outgoing mail kept in memory."""

import atexit
import os
import shutil
import tempfile

from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = "test-only-key"  # noqa: S105
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
MAILERS = {"default": {"BACKEND": "django.core.mail.backends.locmem.EmailBackend"}}
# Tasks run as they are queued, in the test's transaction; the queue's own
# tests (tests/notifications/test_queue.py) switch to the database backend
# and run the worker.
TASKS = {
    "default": {"BACKEND": "django.tasks.backends.immediate.ImmediateBackend"},
    "queue": {"BACKEND": "django.tasks.backends.immediate.ImmediateBackend"},
}
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
WAGTAILADMIN_BASE_URL = "http://testserver"
LOGGING["root"]["level"] = "WARNING"  # noqa: F405
# A test's pages are uncommitted, so other processes would not see them:
# rebuilds build in-process unless a test asks for workers.
SEARCH_REBUILD_WORKERS = 1

# The benchmark's synthetic network generator (development only).
INSTALLED_APPS = [*INSTALLED_APPS, "bench"]  # noqa: F405
# A plain model registered with the search (tests/search/test_registry.py).
INSTALLED_APPS = [*INSTALLED_APPS, "tests.searchable"]

# Each test process has its own uploaded files (the demo's images and
# books, the exchange's attachments), so that test runs side by side do not
# share or remove each other's; servers a test starts inherit them through
# the environment.
for _name in ("MEDIA_ROOT", "PRIVATE_MEDIA_ROOT"):
    if not os.environ.get(f"LIAISE_TEST_{_name}"):
        os.environ[f"LIAISE_TEST_{_name}"] = _made = tempfile.mkdtemp(
            prefix=f"liaise-{_name.lower()}-"
        )
        atexit.register(shutil.rmtree, _made, ignore_errors=True)
MEDIA_ROOT = Path(os.environ["LIAISE_TEST_MEDIA_ROOT"])  # noqa: F405
# The search's facet index snapshots (search.snapshot): one directory per
# test process, as the uploads.
SEARCH_SNAPSHOT_DIR = tempfile.mkdtemp(prefix="liaise-search-snapshots-")
atexit.register(shutil.rmtree, SEARCH_SNAPSHOT_DIR, ignore_errors=True)
PRIVATE_MEDIA_ROOT = Path(os.environ["LIAISE_TEST_PRIVATE_MEDIA_ROOT"])  # noqa: F405
