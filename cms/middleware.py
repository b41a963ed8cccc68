from contextlib import suppress
from urllib.parse import urlsplit

from django.conf import settings
from django.middleware.csp import ContentSecurityPolicyMiddleware as DjangoCSPMiddleware
from django.middleware.locale import LocaleMiddleware as DjangoLocaleMiddleware
from django.shortcuts import resolve_url
from django.urls import NoReverseMatch, reverse
from django.utils.cache import patch_cache_control, patch_vary_headers
from django.utils.csp import CSP
from django.utils.deprecation import MiddlewareMixin

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
