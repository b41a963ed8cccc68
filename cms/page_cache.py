"""The page cache: what anonymous readers get of the site's public pages.

A page of the site looks the same to every reader who is not signed in, so
its rendered answer is kept in the shared cache (``cms.cache``) and served
again without touching the database, the session or Wagtail's routing: a
hit costs no SQL query at all. Everything else is decided by two rules.

*What may be served from the cache* (``servable``, before the session is
read): a GET or HEAD without a query string, under a language prefix, not
under a prefix of personal or form pages (accounts, registration, the
exchange, search...), from a reader who carries no cookie that could make
the answer personal. Only the CSRF and language cookies are let through:
the first changes nothing on a stored page (a page that uses a CSRF token is
never stored, see below), the second nothing under a language prefix. A
session cookie, the messages cookie or any cookie we do not know sends the
request the normal way: the rule fails closed.

*What may be stored* (``storable``, after the whole answer is made): a 200
answer of Wagtail's page view, not streamed, for a page that is live, under
no view restriction and not members-only (``cms.visibility``), made for a
reader who is not signed in and whose session stayed empty, that sets no
cookie and that ``cms.middleware.PrivateResponseMiddleware`` did not mark
``private`` (nor ``no-store``/``no-cache``). A preview is never stored.

CSRF: Django renews the CSRF cookie whenever a template uses the token, so
a page with a form that posts sets a cookie and is never stored; the reader
gets a fresh token every time. ``Vary``: the stored answer keeps its own
headers (``Vary: Cookie`` from the session middleware included), which tell
proxies what we know; the cache itself does not need to vary, because it
answers only readers whose cookies change nothing. The key is the scheme,
host, path and language, under the cache's generation, so one
``cms.cache.purge`` reaches every page at once.

Answers from the cache carry ``Cache-Control: public, max-age=PAGE_CACHE_MAX_AGE``
(0 by default): a purge cannot reach a browser or a proxy, so by default
they ask again every time, and it is this cache that makes asking cheap.
Entries live ``PAGE_CACHE_TIMEOUT`` seconds at most (10 minutes by default)
even without a purge, for what changes with the clock alone (a session's
registration closing, an "upcoming" list). ``X-Page-Cache`` says ``hit`` or
``miss`` (stored now), for the benchmark and for whoever debugs a page.
"""

import hashlib

from django.conf import settings
from django.http import HttpResponse
from django.utils.cache import patch_cache_control
from django.utils.translation import get_language_from_path
from wagtail import hooks

from cms import cache, visibility

#: Routes under a language prefix that are not pages, or are personal: no
#: lookup for them (Wagtail's page view is the only one ever stored anyway).
EXCLUDED = (
    "accounts/",
    "account/",
    "members/",
    "network/apply/",
    "exchange/",
    "training/",
    "search/",
    "jsi18n/",
    "_util/",
)
#: Status header of the page cache.
HEADER = "X-Page-Cache"


def timeout():
    return getattr(settings, "PAGE_CACHE_TIMEOUT", 10 * 60)


def _harmless_cookies():
    return {settings.CSRF_COOKIE_NAME, settings.LANGUAGE_COOKIE_NAME}


def servable(request):
    """The language of a request the cache may answer, or None."""
    if request.method not in ("GET", "HEAD") or request.META.get("QUERY_STRING"):
        return None
    if not set(request.COOKIES) <= _harmless_cookies():
        return None
    language = get_language_from_path(request.path_info)
    if not language:
        return None
    rest = request.path_info[1:].partition("/")[2]
    if rest.startswith(EXCLUDED):
        return None
    return language


def _key(request, language):
    try:
        host = request.get_host()
    except Exception:  # DisallowedHost: let CommonMiddleware answer it.
        return None
    # The address as a digest: any length, any character (a reader can type
    # anything), one short key.
    address = hashlib.blake2b(
        f"{request.scheme}://{host}{request.path_info}".encode(), digest_size=16
    ).hexdigest()
    return cache.key("page", language, address)


def lookup(request):
    """The cached answer to ``request``, or None."""
    language = servable(request)
    if language is None:
        return None
    entry_key = _key(request, language)
    entry = entry_key and cache.backend().get(entry_key)
    if not entry:
        return None
    status, content, headers = entry
    response = HttpResponse(b"" if request.method == "HEAD" else content, status=status)
    for name, value in headers:
        response.headers[name] = value
    response[HEADER] = "hit"
    return response


@hooks.register("before_serve_page")
def remember_page(page, request, serve_args, serve_kwargs):
    """Tells ``storable`` which page Wagtail served (its route is not in the URL)."""
    request.page_cache_page = page


def storable(request, response):
    if request.method != "GET" or servable(request) is None:
        return False
    if response.status_code != 200 or response.streaming or response.cookies:
        return False
    if request.META.get("CSRF_COOKIE_NEEDS_UPDATE") or getattr(request, "is_preview", False):
        return False
    cache_control = response.get("Cache-Control", "").lower()
    if any(word in cache_control for word in ("private", "no-store", "no-cache")):
        return False
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        return False
    session = getattr(request, "session", None)
    if session is not None and not session.is_empty():
        return False
    page = getattr(request, "page_cache_page", None)
    if page is None or not page.live:
        return False
    # The serving rules already answer such pages with a form or a redirect
    # to sign in, never a 200; asked again here so that no new way of
    # serving them can put one in the shared cache.
    if page.get_view_restrictions().exists():
        return False
    return not visibility.page_is_members_only(page)


def store(request, response):
    if not storable(request, response):
        return
    entry_key = _key(request, servable(request))
    if entry_key is None:
        return
    patch_cache_control(response, public=True, max_age=getattr(settings, "PAGE_CACHE_MAX_AGE", 0))
    headers = [(name, value) for name, value in response.headers.items() if name != HEADER]
    cache.backend().set(entry_key, (response.status_code, response.content, headers), timeout())
    response[HEADER] = "miss"


class PageCacheMiddleware:
    """Serves anonymous readers the cached answer of a public page, and stores
    the answers that may be shared (see the module's rules).

    It sits after the CSP middleware, which gives every answer from the cache
    the policy of the day, and before ``PrivateResponseMiddleware`` and the
    session: a hit is answered before anything reads the session or the
    database, and a miss is stored only after the private marking is on it.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = lookup(request)
        if response is not None:
            return response
        response = self.get_response(request)
        store(request, response)
        return response
