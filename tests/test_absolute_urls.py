"""Absolute URLs point where the site is served (``WAGTAILADMIN_BASE_URL``).

The sitemap and API v2 (``html_url``, ``detail_url``, ``download_url``)
build their URLs from the Wagtail Site record, which ``configure_site``
(run by ``load_demo``) keeps at the configured base URL. Every URL they hand
out must start with it and open.
"""

import io
from urllib.parse import urlsplit
from xml.etree import ElementTree

import pytest
from django.conf import settings
from django.core.management import CommandError, call_command
from wagtail.models import Site

from cms.sites import configure_site

pytestmark = pytest.mark.django_db

SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
XHTML = "{http://www.w3.org/1999/xhtml}"
LISTINGS = ["/api/v2/pages/", "/api/v2/images/", "/api/v2/documents/"]


def base_url():
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/")


def absolute_urls_in(data):
    """Every string in a JSON document that is an absolute http(s) URL."""
    if isinstance(data, dict):
        for value in data.values():
            yield from absolute_urls_in(value)
    elif isinstance(data, list):
        for value in data:
            yield from absolute_urls_in(value)
    elif isinstance(data, str) and data.startswith(("http://", "https://")):
        yield data


def sitemap_urls(client):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    tree = ElementTree.fromstring(response.content)  # noqa: S314 (our own sitemap)
    urls = [element.text.strip() for element in tree.iter(f"{SITEMAP}loc")]
    urls += [element.get("href") for element in tree.iter(f"{XHTML}link")]
    assert urls, "the sitemap lists no page"
    return urls


def api_listing_urls(client, path):
    """The absolute URLs of every item of a listing, all pages of it."""
    urls, offset = [], 0
    while True:
        response = client.get(path, {"limit": "100", "offset": str(offset)})
        assert response.status_code == 200, response.content[:300]
        data = response.json()
        urls += absolute_urls_in(data)
        offset += len(data["items"])
        if not data["items"] or offset >= data["meta"]["total_count"]:
            return urls


def follow(client, url):
    parts = urlsplit(url)
    response = client.get(parts.path + (f"?{parts.query}" if parts.query else ""))
    if getattr(response, "streaming", False):
        # Read it to the end: the test client then closes the file the way a
        # server would, without the request_finished handler that closes the
        # database connection (response.close() would, on PostgreSQL).
        b"".join(response.streaming_content)
    return response


def check_all(client, urls):
    """Each URL starts with the base URL and opens (200); the problems found."""
    problems = []
    for url in sorted(set(urls)):
        if not url.startswith(base_url() + "/"):
            problems.append(f"not under {base_url()}: {url}")
            continue
        response = follow(client, url)
        if response.status_code == 200:
            continue
        if response.status_code == 302 and "/accounts/login/" in response.get("Location", ""):
            problems.append(f"members-only, yet handed out to anonymous readers: {url}")
        else:
            problems.append(f"{response.status_code}: {url}")
    if len(problems) > 20:
        problems[20:] = [f"... and {len(problems) - 20} more"]
    return problems


def test_the_site_record_is_at_the_configured_base_url():
    site = Site.objects.get(is_default_site=True)
    assert site.root_url == base_url()


def test_every_sitemap_url_is_under_the_base_url_and_opens(client):
    problems = check_all(client, sitemap_urls(client))
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("listing", LISTINGS)
def test_every_api_url_is_under_the_base_url_and_opens(client, listing):
    # The demo's public files: the book of practices (documents) and the
    # cities' pictures on practice pages (images).
    urls = api_listing_urls(client, listing)
    assert any(f"{listing}" in url for url in urls)  # detail_url
    assert any("/api/v2/" not in url for url in urls)  # html_url, download_url
    problems = check_all(client, urls)
    assert not problems, "\n".join(problems)


def test_the_api_detail_views_hand_out_urls_under_the_base_url(client):
    listing = client.get("/api/v2/pages/", {"limit": "20", "fields": "_,id"}).json()
    urls = []
    for item in listing["items"]:
        detail = client.get(f"/api/v2/pages/{item['id']}/")
        assert detail.status_code == 200
        urls += absolute_urls_in(detail.json())  # parent's html_url and detail_url too
    problems = check_all(client, urls)
    assert not problems, "\n".join(problems)


def test_configure_site_is_idempotent_and_follows_the_base_url():
    out = io.StringIO()
    call_command("configure_site", stdout=out)
    assert out.getvalue().strip() == f"Wagtail site already at {base_url()}"

    call_command("configure_site", base_url="http://Example.org:8080/", stdout=io.StringIO())
    site = Site.objects.get(is_default_site=True)
    assert (site.hostname, site.port, site.root_url) == (
        "example.org",
        8080,
        "http://example.org:8080",
    )
    site, changed = configure_site("https://example.org")
    assert (site.port, site.root_url, changed) == (443, "https://example.org", True)
    assert configure_site("https://example.org:443")[1] is False
    assert Site.objects.count() == 1


@pytest.mark.parametrize(
    "bad",
    [
        "localhost",  # no scheme
        "ftp://example.org",
        "http://example.org/network/",  # Wagtail's root URL has no path
        "https://example.org:8443",  # Wagtail would call it http://example.org:8443
        "http://example.org:443",  # ... and this https://example.org
        "http://[::1]:8000",
        "http://example.org:notaport",
    ],
)
def test_configure_site_refuses_a_base_url_wagtail_cannot_reproduce(bad):
    with pytest.raises(CommandError):
        call_command("configure_site", base_url=bad, stdout=io.StringIO())
    assert Site.objects.get(is_default_site=True).root_url == base_url()
