"""Settings shared by every environment.

Everything that differs between a laptop and production is read from the
environment, with a default that lets ``make run`` work on a fresh machine
(SQLite, the database search backend, e-mail to the console). The variables
are listed in README.md.
"""

import os
from datetime import timedelta
from pathlib import Path

import dj_database_url
from django.utils.csp import CSP

from cms.logs import formatter_name

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


SECRET_KEY = os.environ.get("SECRET_KEY", "")
DEBUG = env_bool("DEBUG", False)
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "cms",
    "home",
    "exchange",
    "practices",
    "network",
    "programme",
    "search",
    # Before wagtail_localize: it extends the translation editor's template.
    "translations",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.settings",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail.api.v2",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "django_countries",
    "rest_framework",
    # The project API's docs page: ninja's template and Swagger UI's static files
    # (without the app, ninja renders a page that loads them from a CDN).
    "ninja",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.sitemaps",
    "django.contrib.staticfiles",
    "axes",
    # Accounts: sign-up with e-mail verification, log-in by e-mail or
    # username, password reset and change, e-mail change (network.adapter;
    # its templates are overridden in network/templates/account/).
    "allauth",
    "allauth.account",
    # The task queue in the database (TASKS below; `manage.py db_worker` runs it).
    "django_tasks_db",
]

MIDDLEWARE = [
    # First, so that every answer has them: the request's id and its log
    # line (cms.logs). Then the health checks (cms.health), answered before
    # the https redirect and the ALLOWED_HOSTS check: load balancers probe
    # a process over http by its address.
    "cms.middleware.RequestIdMiddleware",
    "cms.middleware.HealthCheckMiddleware",
    # The shared cache's generation read once per request (cms.cache).
    "cms.cache.GenerationMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # SECURE_CSP on the site, ADMIN_CSP under /admin/ (see the CSP section).
    "cms.middleware.ContentSecurityPolicyMiddleware",
    # Anonymous readers' pages from the shared cache (cms.page_cache): after
    # the CSP (answers from the cache get the policy), before the private
    # marking and sessions (a hit reads neither the session nor the database).
    "cms.page_cache.PageCacheMiddleware",
    # Before sessions, so that it sees their cookies: private, no-store on
    # personal and members-only responses.
    "cms.middleware.PrivateResponseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "cms.middleware.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last, as django-axes asks: turns a lock-out into cms.accounts.lockout_response.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "cms.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [PROJECT_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "network.context_processors.membership",
            ],
        },
    },
]

WSGI_APPLICATION = "cms.wsgi.application"

# One variable describes the database. The default is a SQLite file in the
# checkout so that a fresh clone runs with nothing installed.
DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
        conn_max_age=int(os.environ.get("CONN_MAX_AGE", "0")),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"].endswith("postgresql"):
    # Wagtail's database search backend uses PostgreSQL's full-text fields.
    INSTALLED_APPS.append("django.contrib.postgres")
if DATABASES["default"]["ENGINE"].endswith("sqlite3"):
    # SQLite behind a web server, where requests write at the same time (an
    # editor's Publish next to Wagtail's autosave of the same form):
    # - IMMEDIATE transactions take the write lock when they begin. A deferred
    #   one that has read and then wants to write while another writes fails
    #   at once with "database is locked": SQLite cannot wait there.
    # - timeout: how long a transaction waits for that lock (seconds; under
    #   gunicorn's 30 s worker timeout).
    # - The write-ahead log lets readers go on while a transaction writes;
    #   with it, synchronous=NORMAL is safe (the database cannot be corrupted;
    #   a power cut may lose the last commits) and saves a sync per commit.
    #   An in-memory database (the tests') keeps its own journal.
    # Options in DATABASE_URL (sqlite:///db.sqlite3?timeout=5) take precedence.
    DATABASES["default"]["OPTIONS"] = {
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL",
        **DATABASES["default"].get("OPTIONS", {}),
    }
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_USER_MODEL = "network.User"
# Who may see members-only content (cms.visibility asks it; the network owns it).
MEMBERS_ACCESS_RULE = "network.access.can_view_members_content"
LOGIN_URL = "login"
# Pages behind a Wagtail log-in restriction send readers to the same log-in
# form as the rest of the site (one form, one lock-out), not to Wagtail's own.
WAGTAIL_FRONTEND_LOGIN_URL = LOGIN_URL
LOGIN_REDIRECT_URL = "/"
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Brute-force protection (django-axes) for every authenticate() call: the
# site's and Wagtail's log-in forms, the admin's, and (through cms.accounts)
# Wagtail's page-password form. Axes' backend comes first and refuses a
# locked-out client before ModelBackend hashes the password, so guesses made
# during a lock-out cost no PBKDF2 time.
# allauth's backend is Django's ModelBackend that also finds an account by
# its e-mail address (the site's log-in form takes either).
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = timedelta(minutes=15)
# Lock the pair (username, client address), not either alone. Members sign
# in from city offices that share one public address: an address lock would
# shut a whole office out after one colleague's typos (or one attacker's
# guesses), and a username lock would let anyone on the internet lock any
# member out by typing their name. The price: one address can still try five
# passwords against each of several usernames per cool-off period.
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
# The wait runs from the lock-out: attempts during it are refused without
# being counted, so retrying does not prolong it and the message stays true.
AXES_RESET_COOL_OFF_ON_FAILURE_DURING_LOCKOUT = False
# A successful sign-in forgets that pair's earlier failures.
AXES_RESET_ON_SUCCESS = True
# Keep failures only (in the database, shared by all worker processes), not
# a row with the address of every successful sign-in kept forever.
AXES_DISABLE_ACCESS_LOG = True
# No start-up banner on every manage.py command (failures are still logged).
AXES_VERBOSE = False
# The lock-out answer: the same form with a translated message, status 429.
AXES_LOCKOUT_CALLABLE = "cms.accounts.lockout_response"
AXES_HTTP_RESPONSE_CODE = 429
AXES_CLIENT_IP_CALLABLE = "cms.accounts.client_ip_address"
# One count per account however it is named: the site's form takes a
# username or an e-mail address (allauth's "login" field), the admin's a
# username, re-authentication and the password change both.
AXES_USERNAME_CALLABLE = "cms.accounts.axes_username"
# Reverse proxies in front of the application that each append the address
# they received to X-Forwarded-For. 0: REMOTE_ADDR is the client's address.
# Behind a proxy, leaving it at 0 makes every client share the proxy's address
# (the lock then works per username only).
TRUSTED_PROXY_COUNT = int(os.environ.get("TRUSTED_PROXY_COUNT") or 0)

# Sessions last 14 days from signing in (not renewed by activity), or until
# the browser closes when "Keep me signed in" is not ticked. Signing in
# always starts a new session (a new key: no session fixation).
SESSION_COOKIE_AGE = 14 * 24 * 60 * 60

# Accounts (django-allauth; network.adapter, network.forms). People sign up
# with their e-mail address, which they must confirm before they can sign
# in; they sign in with it or with their username. allauth's views live
# under /<language>/accounts/ (cms.urls), its e-mails go through cms.mail in
# the person's preferred language.
ACCOUNT_ADAPTER = "network.adapter.AccountAdapter"
ACCOUNT_FORMS = {
    "login": "network.forms.LoginForm",
    "signup": "network.forms.SignupForm",
    "change_password": "network.forms.ChangePasswordForm",
}
ACCOUNT_LOGIN_METHODS = {"email", "username"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_UNIQUE_EMAIL = True
# One address per account; a new one replaces it once confirmed.
ACCOUNT_CHANGE_EMAIL = True
# Changing the address asks for the password again (re-authentication).
ACCOUNT_REAUTHENTICATION_REQUIRED = True
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = True
# "Keep me signed in" on the log-in form (see SESSION_COOKIE_AGE).
ACCOUNT_SESSION_REMEMBER = None
# A password changed, reset or an address changed: the person is told by e-mail.
ACCOUNT_EMAIL_NOTIFICATIONS = True
# No mail to addresses that have no account (a reset asked for a stranger's
# address would otherwise make the site write to anyone).
ACCOUNT_EMAIL_UNKNOWN_ACCOUNTS = False
ACCOUNT_EMAIL_SUBJECT_PREFIX = ""
# The shared cache (cms.cache: anonymous pages, menus, language switchers,
# routing; allauth's rate limits; the search's index state). Redis when
# REDIS_URL is set (every process and server then shares one cache and one
# purge), each process's own memory otherwise.
REDIS_URL = os.environ.get("REDIS_URL", "")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": os.environ.get("CACHE_KEY_PREFIX", "liaise"),
            "TIMEOUT": 60 * 60 * 24,
        }
    }
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": "liaise",
            "TIMEOUT": 60 * 60 * 24,
            "OPTIONS": {"MAX_ENTRIES": 5000},
        }
    }

# allauth's rate limits (counted in the cache): sign-ups per address, reset
# requests per client and per e-mail address, e-mail management and
# confirmation mails. Failed log-ins are django-axes' (AXES_*): allauth's
# own count of them is switched off so that one rule answers (429, the
# form with the lock-out message).
ACCOUNT_RATE_LIMITS = {
    "login": "30/m/ip",
    "login_failed": None,
    "signup": "10/m/ip,30/h/ip",
    "reset_password": "20/m/ip,5/m/key",
    "reset_password_from_key": "20/m/ip",
    "change_password": "5/m/user",
    "manage_email": "10/m/user",
    "confirm_email": "1/3m/key",
    "reauthenticate": "10/m/user",
}

# Languages. English is the default and the source of every translation.
LANGUAGE_CODE = "en"
LANGUAGES = [
    ("en", "English"),
    ("fr", "Français"),
    ("de", "Deutsch"),
    ("it", "Italiano"),
    ("es", "Español"),
]
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Europe/Brussels"
USE_I18N = True
USE_TZ = True

STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
]
STATICFILES_DIRS = [PROJECT_DIR / "static"]
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "var" / "static"))
STATIC_URL = "/static/"
# Uploaded files (documents, images, renditions). Nothing serves MEDIA_ROOT
# directly: MEDIA_URL is cms.views.serve_file, which asks the visibility rule
# before sending a file, so a members-only file has no public address.
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "var" / "media"))
MEDIA_URL = "/files/"
# Files only the exchange's rule may hand out (attachments): outside
# MEDIA_ROOT, with no URL of their own.
PRIVATE_MEDIA_ROOT = Path(os.environ.get("PRIVATE_MEDIA_ROOT", BASE_DIR / "var" / "private"))

# The members' exchange: how long an author may change a post, the size of
# one attachment, and posting's rate limit (posts, seconds) per person.
EXCHANGE_EDIT_MINUTES = 30
EXCHANGE_MAX_UPLOAD_MB = 10
EXCHANGE_POST_LIMIT = (10, 600)
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# Background tasks (Django's tasks framework). Our own tasks go to "queue",
# a queue in the database run by `manage.py db_worker --backend queue`
# (README, "Background tasks"): e-mail (cms.mail: a failed send is retried,
# a request never waits for the mail server), notifications and digests
# (exchange.tasks), membership reminders (network.tasks). Wagtail's own
# tasks (reference index, file clean-up) stay on "default", run at once in
# the request as before: the visibility of documents and images reads the
# reference index, which must not lag behind a publish.
TASKS = {
    "default": {"BACKEND": "django.tasks.backends.immediate.ImmediateBackend"},
    "queue": {"BACKEND": "django_tasks_db.DatabaseBackend"},
}

# E-mail: the console by default; SMTP when EMAIL_HOST is set.
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "LIAISE network <noreply@localhost>")
SERVER_EMAIL = os.environ.get("SERVER_EMAIL", DEFAULT_FROM_EMAIL)
if os.environ.get("EMAIL_HOST"):
    MAILERS = {
        "default": {
            "BACKEND": "django.core.mail.backends.smtp.EmailBackend",
            "OPTIONS": {
                "host": os.environ["EMAIL_HOST"],
                "port": int(os.environ.get("EMAIL_PORT", "587")),
                "username": os.environ.get("EMAIL_HOST_USER", ""),
                "password": os.environ.get("EMAIL_HOST_PASSWORD", ""),
                "use_tls": env_bool("EMAIL_USE_TLS", True),
            },
        }
    }
else:
    MAILERS = {"default": {"BACKEND": "django.core.mail.backends.console.EmailBackend"}}

# Content-Security-Policy (cms.middleware.ContentSecurityPolicyMiddleware).
# The site: everything from its own origin, no inline script or style (the
# templates have none; scripts and styles are files under cms/static/), no
# plugins. frame-ancestors 'self' because the admin's live preview frames the
# site on the same origin (X-Frame-Options is SAMEORIGIN for the same reason).
SECURE_CSP = {
    "default-src": [CSP.SELF],
    "script-src": [CSP.SELF],
    "style-src": [CSP.SELF],
    "img-src": [CSP.SELF, "data:"],
    "object-src": [CSP.NONE],
    "base-uri": [CSP.SELF],
    "form-action": [CSP.SELF],
    "frame-ancestors": [CSP.SELF],
}
# Wagtail's admin (every URL under /admin/; previews keep the site's): Wagtail 8 has
# inline scripts and style attributes and no nonce support, so it needs
# 'unsafe-inline' for both; only signed-in editors reach it. Also: image
# previews of uploads (blob:) and the admin's check for a new Wagtail release
# (WAGTAIL_ENABLE_UPDATE_CHECK). No Gravatar: see WAGTAIL_GRAVATAR_PROVIDER_URL.
ADMIN_CSP = {
    **SECURE_CSP,
    "script-src": [CSP.SELF, CSP.UNSAFE_INLINE],
    "style-src": [CSP.SELF, CSP.UNSAFE_INLINE],
    "img-src": [CSP.SELF, "data:", "blob:"],
    "font-src": [CSP.SELF, "data:"],
    "connect-src": [CSP.SELF, "https://releases.wagtail.org"],
}

# Wagtail
# Editors' avatars are the ones they upload or Wagtail's default, never
# Gravatar's: asking Gravatar sends a hash of each editor's e-mail address to
# a third party on every admin page.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_SITE_NAME = "LIAISE – Local institutions against extremism"
# The admin sends slugs as typed (ü, é): the server makes them ASCII the way
# the page's language does (cms.slugs: ü → ue in German); Wagtail's
# client-side downcoding, used when this is False, would turn ü into u.
WAGTAIL_ALLOW_UNICODE_SLUGS = True
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "rtf", "txt", "xlsx", "zip"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
# Documents always go through Django so that the members-only rule
# (cms.wagtail_hooks, asking cms.visibility) runs before a file is sent.
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILDOCS_DOCUMENT_MODEL = "cms.CustomDocument"
WAGTAILIMAGES_IMAGE_MODEL = "cms.CustomImage"
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp"]
# The image's description is its alternative text, required in the admin.
WAGTAILIMAGES_IMAGE_FORM_BASE = "cms.image_forms.AltTextImageForm"

# Wagtail's own search (admin search, API ``?search=``) stays on the database
# backend. The site search (the ``search`` app) chooses its engine separately.
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}

# The site search engine: "database" (SQLite FTS5 / PostgreSQL full text) or
# "elasticsearch" (8 or 9), which is the default when ELASTICSEARCH_URL is set.
ELASTICSEARCH_URL = os.environ.get("ELASTICSEARCH_URL", "")
SEARCH_ENGINE = os.environ.get("SEARCH_ENGINE") or (
    "elasticsearch" if ELASTICSEARCH_URL else "database"
)
ELASTICSEARCH_INDEX_PREFIX = os.environ.get("ELASTICSEARCH_INDEX_PREFIX", "liaise")
ELASTICSEARCH_TIMEOUT = float(os.environ.get("ELASTICSEARCH_TIMEOUT", "2"))
# Shards and replicas of each new index (docs/deployment.md). One node cannot
# hold a replica of its own shard (the index would stay yellow), hence 0 by
# default; a three-node cluster sets ELASTICSEARCH_REPLICAS=1 so that any one
# node may go down. One shard: an index per language stays small.
ELASTICSEARCH_SHARDS = int(os.environ.get("ELASTICSEARCH_SHARDS") or 1)
ELASTICSEARCH_REPLICAS = int(os.environ.get("ELASTICSEARCH_REPLICAS") or 0)
# Dotted path of an elastic_transport node class; only tests set it (osmem).
ELASTICSEARCH_NODE_CLASS = os.environ.get("ELASTICSEARCH_NODE_CLASS", "")
# Push index updates to Elasticsearch before commit (tests) instead of after.
SEARCH_PUSH_IMMEDIATELY = False
# Processes that build the documents of a PostgreSQL rebuild_search_index
# (unset: one per processor, at most 4). SQLite always builds them in the
# rebuilding process.
SEARCH_REBUILD_WORKERS = int(os.environ.get("SEARCH_REBUILD_WORKERS") or 0) or None

# The public API exposes public content only (see cms.api). Its absolute URLs
# come from the Site record, which configure_site points at
# WAGTAILADMIN_BASE_URL: one source of truth.
WAGTAILAPI_LIMIT_MAX = 100
REST_FRAMEWORK = {
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
}

WAGTAILLOCALIZE_JQUERY_LIBRARY = None

# Logs (cms.logs): "plain" for a terminal, or "json" (the production default):
# one object per line with the request's id, which every record of a request
# carries (RequestIdFilter) and the X-Request-ID response header repeats.
LOG_FORMAT = formatter_name(os.environ.get("LOG_FORMAT", "plain"))
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "plain": {"format": "%(levelname)s %(name)s %(message)s"},
        "json": {"()": "cms.logs.JsonFormatter"},
    },
    "filters": {"request_id": {"()": "cms.logs.RequestIdFilter"}},
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "formatter": LOG_FORMAT,
            "filters": ["request_id"],
        }
    },
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    "loggers": {
        "django.db.backends": {"level": "WARNING"},
        # Wagtail runs its index and reference updates as tasks; one line each is noise.
        "django_tasks": {"level": "WARNING"},
        "django.tasks": {"level": "WARNING"},
        "wagtail.contrib.redirects": {"level": "WARNING"},
        # WeasyPrint (certificates) logs each font and step at INFO.
        "weasyprint": {"level": "WARNING"},
        "fontTools": {"level": "WARNING"},
    },
}
