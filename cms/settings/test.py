"""Test runs: fast hashing, plain static storage, outgoing mail kept in memory."""

from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = "test-only-key"  # noqa: S105
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
MAILERS = {"default": {"BACKEND": "django.core.mail.backends.locmem.EmailBackend"}}
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
