"""The site's shared caches and the one purge.

Everything the site caches for more than one reader (anonymous pages, menus,
language switchers, the footer, routing) is stored under a key that carries
the current *generation*. A purge moves the generation on: every entry made
before it is unreachable at once, on every process and every server sharing
the cache (Redis when ``REDIS_URL`` is set, local memory otherwise), and
expires on its own. There is no list of keys to find and delete, so a purge
cannot miss one.

Purges are coarse on purpose: an editor's change (publish, unpublish, move,
a translation, a privacy change, a snippet that shows on pages) purges the
whole site's shared cache. Editors change the site a few times an hour at
most; readers read it thousands of times. Being right every time is worth
more than keeping the unrelated pages warm.

``purge`` moves the generation at once and again when the transaction
commits: a request that read the old content before the commit and cached
it under the new generation is made unreachable by the second move.
"""

import logging
import secrets
from contextvars import ContextVar

from django.core.cache import caches
from django.db import transaction

logger = logging.getLogger(__name__)

#: The cache alias (``settings.CACHES``) of the shared caches.
ALIAS = "default"
GENERATION_KEY = "cms:generation"
#: Entries live at most this long (seconds) even without a purge.
DEFAULT_TIMEOUT = 60 * 60 * 24


#: The generation as a request first read it (``GenerationMiddleware``):
#: a page asks for a dozen fragments, and with Redis each read of the
#: generation is a round trip.
_request_memo = ContextVar("cms_cache_generation", default=None)


def backend():
    return caches[ALIAS]


def generation():
    """The current generation (a short random token), made on first use;
    read once per request."""
    memo = _request_memo.get()
    if memo:
        return memo[0]
    cache = backend()
    current = cache.get(GENERATION_KEY)
    if current is None:
        cache.add(GENERATION_KEY, secrets.token_hex(4), timeout=None)
        current = cache.get(GENERATION_KEY)
    if memo is not None:
        memo.append(current)
    return current


def _move(reason):
    current = secrets.token_hex(4)
    backend().set(GENERATION_KEY, current, timeout=None)
    memo = _request_memo.get()
    if memo is not None:  # this request's own purge holds for the rest of it
        memo[:] = [current]
    logger.debug("shared cache purged: %s", reason)


class GenerationMiddleware:
    """Each request reads the generation once: what it builds and reads is
    of one generation, and a purge made during the request (an editor
    publishing) is seen by the rest of it at once. A purge made elsewhere
    during the request is seen by the next one."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        token = _request_memo.set([])
        try:
            return self.get_response(request)
        finally:
            _request_memo.reset(token)


def purge(reason=""):
    """Make every shared cache entry unreachable, now and when the current
    transaction commits."""
    _move(reason)
    transaction.on_commit(lambda: _move(reason))


def key(*parts):
    """A shared-cache key of the current generation."""
    return ":".join(["cms", generation(), *(str(part) for part in parts)])


def fragment(parts, build, timeout=DEFAULT_TIMEOUT):
    """``build()``, cached under ``parts`` (a tuple: what the value depends
    on, such as the locale) until the next purge. ``build`` must return
    something picklable that is the same for every reader who gets it:
    never anything that depends on who is signed in."""
    cache = backend()
    entry_key = key(*parts)
    value = cache.get(entry_key)
    if value is None:
        value = build()
        cache.set(entry_key, value, timeout)
    return value
