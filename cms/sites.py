"""The Wagtail Site record, kept at the address the site is served from.

Wagtail builds every absolute URL it hands out (``Page.full_url``: the
sitemap, the API's ``html_url``) from the default Site record's hostname and
port, so that record must say where the site really is: the base URL in
``WAGTAILADMIN_BASE_URL``. ``configure_site()`` sets it, idempotently; the
``configure_site`` command and ``load_demo`` call it.

The record stays the default site (``is_default_site``), so requests for any
host name (``localhost`` as well as ``127.0.0.1``) are still served.
"""

from dataclasses import dataclass
from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ImproperlyConfigured
from django.db import transaction
from django.db.models import F
from django.http import Http404
from django.http.request import split_domain_port
from django.utils import translation
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Locale, Page, Site
from wagtail.models.sites import get_site_for_hostname

from cms import cache

DEFAULT_PORTS = {"http": 80, "https": 443}


@dataclass(frozen=True)
class SiteAddress:
    hostname: str
    port: int


def site_address(base_url=None):
    """The Site record's hostname and port for a base URL (default:
    ``settings.WAGTAILADMIN_BASE_URL``).

    Wagtail derives the scheme from the port (443 is https, anything else
    http) and has no room for a path, so a base URL it could not reproduce
    is refused rather than silently turned into a different one.
    """
    base_url = base_url or settings.WAGTAILADMIN_BASE_URL
    problem = f"The base URL {base_url!r}"
    try:
        parts = urlsplit(base_url)
        port = parts.port
    except ValueError as error:
        raise ImproperlyConfigured(f"{problem} is not a URL: {error}") from error
    if parts.scheme not in DEFAULT_PORTS or not parts.hostname:
        raise ImproperlyConfigured(f"{problem} must look like http://host[:port] or https://host")
    if parts.path not in ("", "/") or parts.query or parts.fragment or parts.username:
        raise ImproperlyConfigured(
            f"{problem}: the site must be served at the root of its host (no path, query or user)"
        )
    if ":" in parts.hostname:
        raise ImproperlyConfigured(
            f"{problem}: Wagtail's URLs cannot hold an IPv6 address; use a name"
        )
    port = port or DEFAULT_PORTS[parts.scheme]
    if (parts.scheme == "https") != (port == 443):
        raise ImproperlyConfigured(
            f"{problem}: Wagtail serves https on port 443 only and http on any other port"
        )
    return SiteAddress(hostname=parts.hostname.lower(), port=port)


@transaction.atomic
def configure_site(base_url=None, *, root_page=None, site_name=None):
    """Point the default Site record at ``base_url``; create it (on
    ``root_page``) if there is none. Returns ``(site, changed)``.

    Running it again with the same base URL changes nothing.
    """
    address = site_address(base_url)
    site = Site.objects.select_for_update().filter(is_default_site=True).first()
    if site is None:
        if root_page is None:
            raise ImproperlyConfigured(
                "There is no default Wagtail site yet; load the demo (manage.py load_demo) "
                "or create one in the admin first."
            )
        site = Site(is_default_site=True, root_page=root_page)
    clash = (
        Site.objects.filter(hostname=address.hostname, port=address.port)
        .exclude(pk=site.pk)
        .first()
    )
    if clash is not None:
        raise ImproperlyConfigured(
            f"Another Wagtail site ({clash}) already has {address.hostname}:{address.port}."
        )
    wanted = {
        "hostname": address.hostname,
        "port": address.port,
        "site_name": site_name if site_name is not None else site.site_name,
        "root_page_id": root_page.pk if root_page is not None else site.root_page_id,
    }
    changed = site.pk is None or any(getattr(site, name) != value for name, value in wanted.items())
    if changed:
        for name, value in wanted.items():
            setattr(site, name, value)
        site.save()  # Wagtail's post_save handler clears its cached site root paths.
    return site, changed


# Finding the site and the page of a request ---------------------------------
#
# Wagtail answers "which site, which page?" with a query for the site, one for
# the reader's locale, one for the localized home page and two for each level
# of the URL (the child by slug, then its specific row): five to seven queries
# before a page says anything. ``serve`` (in place of Wagtail's view under the
# same URL name) works out the same answer from the shared cache
# (``cms.cache``: purged on every publish, move or settings change) and loads
# the page itself in one query, then hands over to Wagtail's own view, which
# takes the answer from the request (``_wagtail_site``,
# ``_wagtail_route_for_request``: the attributes Wagtail caches them in).
# Every cached answer is checked against the page row it names, so an entry a
# purge missed costs queries, never a wrong page.


def find_site(request):
    """``Site.find_for_request``, from the shared cache (by host and port)."""
    if not hasattr(request, "_wagtail_site"):
        hostname, port = split_domain_port(request.get_host())[0], request.get_port()
        request._wagtail_site = cache.fragment(
            ("site", hostname, port), lambda: _site(hostname, port)
        )
    return request._wagtail_site


def _site(hostname, port):
    try:
        return get_site_for_hostname(hostname, port)
    except Site.DoesNotExist:
        return None


def _locale_ids():
    return cache.fragment(
        ("locales",), lambda: dict(Locale.objects.values_list("language_code", "pk"))
    )


def _active_locale_id():
    """``Locale.get_active()``'s id, without its query."""
    ids = _locale_ids()
    try:
        code = get_supported_content_language_variant(translation.get_language())
    except LookupError:
        code = None
    return ids.get(code) or ids.get(settings.LANGUAGE_CODE)


@dataclass(frozen=True)
class RouteStart:
    """The page routing starts from: the site's home page in the reader's
    language where it is live (Wagtail's ``root_page.localized``)."""

    pk: int
    path: str
    depth: int
    url_path: str
    content_type_id: int


def _route_start(site, locale_id):
    def build():
        root = site.root_page
        if locale_id != root.locale_id:
            translated = Page.objects.filter(
                translation_key=root.translation_key, locale_id=locale_id, live=True
            ).first()
            root = translated or root
        return RouteStart(root.pk, root.path, root.depth, root.url_path, root.content_type_id)

    return cache.fragment(("route-start", site.pk, locale_id), build)


def _routes_itself(content_type_id):
    """Whether pages of this type answer some URLs below them themselves
    (``RoutablePageMixin``): routing must then ask the page."""
    model = ContentType.objects.get_for_id(content_type_id).model_class()
    return model is None or model.route is not Page.route


def _walk(start, components):
    """(page id, content type id, url_path, number of components its URL
    takes) of the page that answers ``components`` below ``start``, in one
    query for the whole chain; None where Wagtail's routing answers 404."""
    url_paths = [
        start.url_path + "/".join(components[: depth + 1]) + "/" for depth in range(len(components))
    ]
    chain = {
        url_path: (pk, path, content_type_id)
        for pk, path, url_path, content_type_id in Page.objects.filter(
            url_path__in=url_paths, path__startswith=start.path, depth__gt=start.depth
        ).values_list("pk", "path", "url_path", "content_type_id")
    }
    current = (start.pk, start.path, start.content_type_id)
    current_url_path, taken = start.url_path, 0
    while taken < len(components):
        if _routes_itself(current[2]):
            break
        child = chain.get(url_paths[taken])
        if child is None or child[1][: -Page.steplen] != current[1]:
            return None
        current, current_url_path, taken = child, url_paths[taken], taken + 1
    return current[0], current[2], current_url_path, taken


def _load(pk, content_type_id):
    """The specific page, with its locale and its effective members-only state
    (read by ``cms.visibility.page_is_members_only``) in the same query."""
    model = ContentType.objects.get_for_id(content_type_id).model_class()
    # A page type names what its page always shows with it (``serve_related``:
    # the lead image of a practice, an expert's portrait), loaded here too.
    return (
        model.objects.select_related("locale", *getattr(model, "serve_related", ()))
        .annotate(effective_members_only=F("access__members_only"))
        .filter(pk=pk)
        .first()
    )


def route(request, path):
    """Wagtail's ``Page.route_for_request`` (a ``RouteResult``, or None for
    404), from the shared cache and one query for the page."""
    site = find_site(request)
    if site is None:
        return None
    components = [component for component in path.split("/") if component]
    start = _route_start(site, _active_locale_id())
    # Only URLs that lead to a page are kept: a 404 costs its queries each
    # time rather than filling the cache with every address tried.
    entry_key = cache.key("route", start.pk, *components)
    target = cache.backend().get(entry_key)
    page = _load(*target[:2]) if target else None
    if page is None or page.url_path != target[2]:
        # Not known yet, or moved, renamed or deleted since: ask the database.
        target = _walk(start, components)
        page = _load(*target[:2]) if target else None
        if page is None:
            return None
        cache.backend().set(entry_key, target, cache.DEFAULT_TIMEOUT)
    # The page (or a routable page's own sub-routes) answers the rest, by
    # Wagtail's rules: a draft is a 404, a routable page tries its routes
    # before its children.
    try:
        return page.route(request, components[target[3] :])
    except Http404:
        return None


def serve(request, path):
    """Wagtail's page view, with the site and the page found by ``route``."""
    # Imported here: Wagtail's views module loads the page model, and this
    # module is imported while models load (cms.i18n).
    from wagtail import views as wagtail_views

    if not hasattr(request, "_wagtail_route_for_request"):
        request._wagtail_route_for_request = route(request, path)
    return wagtail_views.serve(request, path)
