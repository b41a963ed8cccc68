"""Local development: debug on, a throwaway secret, everything embedded."""

from .base import *  # noqa: F403
from .base import env_bool

DEBUG = env_bool("DEBUG", True)
SECRET_KEY = SECRET_KEY or "dev-only-insecure-key-never-use-in-production"  # noqa: F405
ALLOWED_HOSTS = ALLOWED_HOSTS or ["localhost", "127.0.0.1"]  # noqa: F405

# The benchmark's synthetic network generator (development only).
INSTALLED_APPS = [*INSTALLED_APPS, "bench"]  # noqa: F405
