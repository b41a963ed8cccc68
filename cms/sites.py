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
from django.core.exceptions import ImproperlyConfigured
from django.db import transaction
from wagtail.models import Site

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
