"""Production: every secret from the environment, and secure by default.

The process refuses to start without SECRET_KEY and ALLOWED_HOSTS so that a
misconfigured deployment fails loudly instead of running with a default.
"""

import logging
import os

from django.core.exceptions import ImproperlyConfigured

from cms.logs import formatter_name

from .base import *  # noqa: F403
from .base import env_bool, env_list

DEBUG = False

SECRET_KEY = os.environ.get("SECRET_KEY", "")
if not SECRET_KEY:
    raise ImproperlyConfigured("SECRET_KEY must be set in production.")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS")
if not ALLOWED_HOSTS:
    raise ImproperlyConfigured("ALLOWED_HOSTS must be set in production.")

# Keep database connections open between requests (with a health check).
DATABASES["default"]["CONN_MAX_AGE"] = int(os.environ.get("CONN_MAX_AGE", "600"))  # noqa: F405
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True  # noqa: F405

STORAGES["staticfiles"] = {  # noqa: F405
    "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
}

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
# Load balancers probe the health checks over plain http, often by the
# container's address (cms.health; cms.middleware.HealthCheckMiddleware
# answers them before this redirect and the host check run: this keeps them
# exempt should the middleware order ever change).
SECURE_REDIRECT_EXEMPT = [r"^healthz$", r"^readyz$"]
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", "31536000"))
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
# SAMEORIGIN, not DENY: Wagtail's live preview shows the site in a frame of
# the admin, on the same origin. Everything else keeps clickjacking protection.
X_FRAME_OPTIONS = "SAMEORIGIN"
SILENCED_SYSTEM_CHECKS = ["security.W019"]

# Logs as one JSON object per line, with the request's id (cms.logs), for
# the log collector; LOG_FORMAT=plain for a person reading a terminal.
LOG_FORMAT = formatter_name(os.environ.get("LOG_FORMAT", "json"))
LOGGING["handlers"]["console"]["formatter"] = LOG_FORMAT  # noqa: F405

# E-mail without SMTP. Decision: production still starts when EMAIL_HOST is
# unset, and says so, rather than refusing. The site's own views send no e-mail;
# only Wagtail's admin does (moderation notifications, password resets), and
# a deployment without an SMTP server yet (a first install, a staging copy)
# is a normal state, not a misconfiguration to stop on. So:
# - e-mail goes to the console backend: each message is written to the
#   process's standard output (the server's log), never delivered;
# - every process says so once at start-up, on standard error (the line
#   below, documented in README.md, "Production");
# - the admin's "forgot password" is switched off, because a reset link can
#   be neither delivered nor left in a log that others may read;
# - Django's deploy check for a development e-mail backend (mail.E001) is
#   silenced in this case only, since the start-up line replaces it; with
#   EMAIL_HOST set, MAILERS is SMTP (cms.settings.base) and the check runs.
if not os.environ.get("EMAIL_HOST"):
    WAGTAIL_PASSWORD_RESET_ENABLED = False
    SILENCED_SYSTEM_CHECKS += ["mail.E001"]
    logging.getLogger("cms.settings").warning(
        "EMAIL_HOST is not set: e-mail is not sent but written to standard output "
        "(console backend), and the admin's password reset is off. "
        "Set EMAIL_HOST (and EMAIL_PORT, EMAIL_HOST_USER, EMAIL_HOST_PASSWORD) to send it by SMTP."
    )
