import logging
import re
import time
from contextlib import suppress
from urllib.parse import urlsplit

from django.conf import settings
from django.core.signals import request_finished
from django.middleware.csp import ContentSecurityPolicyMiddleware as DjangoCSPMiddleware
from django.middleware.locale import LocaleMiddleware as DjangoLocaleMiddleware
from django.shortcuts import resolve_url
from django.urls import NoReverseMatch, reverse
from django.utils.cache import patch_cache_control, patch_vary_headers
from django.utils.csp import CSP
from django.utils.deprecation import MiddlewareMixin

from cms import health, logs

#: URLs outside the language prefixes. Django's middleware would redirect
#: their 404s to /<language>/..., where Wagtail's catch-all route accepts
#: any path, so an API client asking for a missing record got a redirect.
NON_LOCALIZED_PREFIXES = (
    "/api/",
    "/documents/",
    "/admin/",
    "/sitemap.xml",
    "/static/",
    "/files/",
    "/exchange/attachments/",
    "/healthz",
    "/readyz",
)


class LocaleMiddleware(DjangoLocaleMiddleware):
    def process_response(self, request, response):
        if request.path_info.startswith(NON_LOCALIZED_PREFIXES):
            return response
        return super().process_response(request, response)


#: Wagtail's admin: every URL under it gets ``settings.ADMIN_CSP``.
ADMIN_PREFIX = "/admin/"


def _allow_inline(policy):
    """``policy`` with inline script and style allowed (Django's debug pages)."""
    policy = dict(policy)
    for directive in ("script-src", "style-src"):
        sources = list(policy.get(directive) or policy.get("default-src") or [CSP.SELF])
        policy[directive] = [*sources, CSP.UNSAFE_INLINE]
    return policy


class ContentSecurityPolicyMiddleware(DjangoCSPMiddleware):
    """Django's CSP middleware (``SECURE_CSP``), with a policy of its own for
    Wagtail's admin.

    The site's policy allows no inline script or style at all. Wagtail 8's
    admin cannot live with that: its templates contain inline scripts (inline
    panels, date pickers, choosers opened in modals whose HTML carries its
    script), its React parts write style attributes, and it has no CSP nonce
    support. So every URL under ``/admin/`` gets ``settings.ADMIN_CSP``,
    which allows inline script and style there only and keeps everything else
    as strict as the site's (same origin, no plugins, frame-ancestors 'self').
    A preview of a page keeps the site's policy: Wagtail renders it through
    this middleware with the page's own URL, so an editor sees the page as
    the policy lets readers see it, and frame-ancestors 'self' lets the
    admin's preview panel frame it.

    A path prefix rather than ``csp_override`` on the admin's views: those are
    hundreds of Wagtail views included whole from ``wagtail.admin.urls``, plus
    the ones apps and hooks register; decorating them would mean re-wrapping
    Wagtail's URL patterns, and a view that escaped the wrapping would quietly
    get the site's policy and break. A view's own ``csp_override`` still wins.

    With DEBUG on, error responses are Django's debug pages, which carry
    inline style and script: they get the site's policy plus 'unsafe-inline'.
    """

    def process_response(self, request, response):
        if not hasattr(response, "_csp_config"):  # set by csp_override
            if request.path_info.startswith(ADMIN_PREFIX):
                response._csp_config = settings.ADMIN_CSP
            elif settings.DEBUG and response.status_code >= 400 and settings.SECURE_CSP:
                response._csp_config = _allow_inline(settings.SECURE_CSP)
        return super().process_response(request, response)


class PrivateResponseMiddleware(MiddlewareMixin):
    """``Cache-Control: private, no-store`` on every response that is personal
    or members-only, so that no shared cache (a proxy, a CDN) ever keeps one.

    A response is private when

    - the request carries a session of a signed-in person, or a session with
      anything in it (an anonymous reader who passed a page password): what
      it shows depends on who asks;
    - it sets a cookie (signing in or out, a CSRF token in a form);
    - it sends the reader to a sign-in page: the answer of a members-only
      page, document or file (``cms.views.members_only_response``) and of
      Wagtail's login restrictions to a reader who is not signed in.

    Together these cover every response of members-only content: the rule
    (``cms.visibility``) serves it only to members, who are signed in; a
    signed-in non-member gets a 403 (signed in too), anybody else is sent to
    sign in. So no page or document is looked up again here (the file view
    marks members-only files itself), and the access matrix proves the rule.

    Anonymous responses of public content keep whatever caching they had.
    ``Vary: Cookie`` is added to private responses (it is there on pages
    already) and never removed.

    It sits before SessionMiddleware so that it sees the cookies that
    middleware sets, and any answer of the middleware after it.
    """

    def process_response(self, request, response):
        if _is_personal(request, response) or _is_members_only(request, response):
            patch_cache_control(response, private=True, no_store=True)
            patch_vary_headers(response, ["Cookie"])
        return response


def _is_personal(request, response):
    if response.cookies:
        return True
    if settings.SESSION_COOKIE_NAME not in request.COOKIES:
        return False
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        return True
    session = getattr(request, "session", None)
    return session is not None and bool(list(session.keys()))


def _sign_in_paths():
    paths = {urlsplit(resolve_url(settings.LOGIN_URL)).path}
    with suppress(NoReverseMatch):
        paths.add(reverse("wagtailadmin_login"))
    return paths


def _is_members_only(request, response):
    """A redirect to sign in: what a members-only answer is to a reader who
    is not signed in."""
    if response.status_code in (301, 302, 303, 307, 308):
        return urlsplit(response.get("Location", "")).path in _sign_in_paths()
    return False


# Request ids, the request log and the health checks ------------------------

#: URL keyword arguments that hold a secret (an unsubscribe or a registration
#: token, a password-reset key): the request log shows them as "…".
SECRET_URL_KWARGS = frozenset({"token", "key", "uidb36", "uidb64", "code"})
#: Requests the request log leaves out: static files, and health probes that
#: succeed (a load balancer asks every few seconds; a failure is logged).
UNLOGGED_PREFIXES = ("/static/",)
request_logger = logging.getLogger("cms.request")


def _forget_request_id(**kwargs):
    logs.request_id.set(None)


class RequestIdMiddleware:
    """Gives each request an id and writes one log line per request.

    The id is the proxy's ``X-Request-ID`` when it is a sane token
    (``cms.logs.new_request_id``), a new one otherwise; it is sent back in
    ``X-Request-ID`` and is on every log record made while the request is
    served (``cms.logs``), up to Django's own "Not Found" line, written after
    the middleware: the id is forgotten when the response is closed.

    First in ``MIDDLEWARE`` so that it sees every answer, the health checks'
    and the page cache's included; it makes no query (the user's id is logged
    only if something else already looked the user up).
    """

    def __init__(self, get_response):
        self.get_response = get_response
        request_finished.connect(_forget_request_id, dispatch_uid="cms.request_id")

    def __call__(self, request):
        request.id = logs.new_request_id(request.headers.get("X-Request-ID"))
        logs.request_id.set(request.id)
        started = time.perf_counter()
        response = self.get_response(request)
        response["X-Request-ID"] = request.id
        if _is_logged(request, response):
            duration_ms = round((time.perf_counter() - started) * 1000, 1)
            path = _loggable_path(request)
            request_logger.info(
                "%s %s %s %.1fms",
                request.method,
                path,
                response.status_code,
                duration_ms,
                extra={
                    "method": request.method,
                    "path": path,
                    "status": response.status_code,
                    "duration_ms": duration_ms,
                    "user_id": _known_user_id(request),
                },
            )
        return response


def _is_logged(request, response):
    path = request.path_info
    if path.startswith(UNLOGGED_PREFIXES):
        return False
    return not (path in health.VIEWS and response.status_code < 400)


def _loggable_path(request):
    """The path, with the secrets in it (resolved URL arguments named in
    ``SECRET_URL_KWARGS``) replaced by "…" where they stand as a segment or a
    dash-separated part of one (allauth's ``<uidb36>-<key>``)."""
    path = request.path
    match = getattr(request, "resolver_match", None)
    if match is not None:
        for name, value in match.kwargs.items():
            if name in SECRET_URL_KWARGS and str(value):
                path = re.sub(rf"(?<=[/-]){re.escape(str(value))}(?=[/-]|$)", "…", path)
    return path


def _known_user_id(request):
    """The signed-in person's id if the request already looked them up
    (``AuthenticationMiddleware`` keeps them in ``_cached_user``); never a
    query of its own, never a name or an address."""
    user = getattr(request, "_cached_user", None)
    if user is not None and user.is_authenticated:
        return user.pk
    return None


class HealthCheckMiddleware:
    """Answers ``/healthz`` and ``/readyz`` (``cms.health``) before anything
    else looks at the request: before ``SecurityMiddleware``'s https redirect
    and before ``CommonMiddleware`` checks the Host header against
    ``ALLOWED_HOSTS``. Probes come over plain http by the process's own
    address (a container's IP), which no ``ALLOWED_HOSTS`` lists; the answers
    hold no URL or anything else built from the Host header, so there is
    nothing for a forged one to poison. Before the session, CSRF and locale
    middleware too: no cookie, no redirect to a language.
    Every other path goes on as usual (``cms.urls`` names the same views)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        view = health.VIEWS.get(request.path_info)
        if view is not None:
            return view(request)
        return self.get_response(request)
