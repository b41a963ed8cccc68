"""/robots.txt and the site icon: public surfaces every site has."""

import pytest
from django.conf import settings
from django.contrib.staticfiles import finders

pytestmark = pytest.mark.django_db


def test_robots_txt_points_to_the_sitemap_and_keeps_crawlers_out_of_the_search(client):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    lines = response.content.decode().splitlines()
    assert lines[0] == "User-agent: *"
    for path in ("/admin/", "/api/", "/*/search/"):
        assert f"Disallow: {path}" in lines
    sitemap = f"{settings.WAGTAILADMIN_BASE_URL}/sitemap.xml"
    assert f"Sitemap: {sitemap}" in lines
    assert client.get(sitemap.removeprefix(settings.WAGTAILADMIN_BASE_URL)).status_code == 200


def test_pages_link_the_site_icon_and_favicon_ico_leads_to_it(client):
    page = client.get("/en/").content.decode()
    assert '<link rel="icon" href="/static/img/favicon.svg" type="image/svg+xml">' in page
    assert finders.find("img/favicon.svg")
    response = client.get("/favicon.ico")
    assert response.status_code == 301
    assert response["Location"] == "/static/img/favicon.svg"
