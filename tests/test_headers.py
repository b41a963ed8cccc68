"""Response headers: the Content-Security-Policy of the site and of the admin,
and Cache-Control on personal and members-only responses."""

import re
from pathlib import Path

import pytest
from django.conf import settings

from cms.models import CustomDocument
from tests.helpers import practice

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parent.parent
MEMBERS_ONLY_PRACTICE = "returnee-family-case-management"
PUBLIC_LISTING = "/en/practices/"


def policy(response):
    """The enforced Content-Security-Policy as {directive: [sources]}."""
    header = response.headers.get("Content-Security-Policy")
    assert header, f"no Content-Security-Policy on {response.request['PATH_INFO']}"
    directives = {}
    for part in header.split(";"):
        name, *sources = part.split()
        directives[name] = sources
    return directives


def cache_control(response):
    return {
        item.strip().split("=")[0].lower()
        for item in response.headers.get("Cache-Control", "").split(",")
        if item.strip()
    }


def vary(response):
    return {item.strip().lower() for item in response.headers.get("Vary", "").split(",")}


def assert_private(response):
    assert {"private", "no-store"} <= cache_control(response), response.headers.get("Cache-Control")
    assert "cookie" in vary(response)


# Content-Security-Policy ---------------------------------------------------


@pytest.mark.parametrize("url", ["/en/", "/fr/", PUBLIC_LISTING, "/en/search/?q=school"])
def test_site_pages_forbid_inline_script_and_style(client, url):
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/html")
    directives = policy(response)
    assert directives["script-src"] == ["'self'"]
    assert directives["style-src"] == ["'self'"]
    assert directives["object-src"] == ["'none'"]
    assert directives["default-src"] == ["'self'"]
    # The admin's live preview frames the site on the same origin.
    assert directives["frame-ancestors"] == ["'self'"]


def test_member_pages_get_the_site_policy(member_client):
    response = member_client.get(practice(MEMBERS_ONLY_PRACTICE).url)
    assert response.status_code == 200
    assert "'unsafe-inline'" not in policy(response)["script-src"]


def test_the_admin_has_a_policy_of_its_own(editor_client, client):
    response = editor_client.get("/admin/")
    assert response.status_code == 200
    admin = policy(response)
    site = policy(client.get("/en/"))
    assert admin != site
    # Wagtail's admin has inline scripts and style attributes.
    assert "'unsafe-inline'" in admin["script-src"]
    assert "'unsafe-inline'" in admin["style-src"]
    assert admin["default-src"] == ["'self'"]
    assert admin["object-src"] == ["'none'"]
    assert admin["frame-ancestors"] == ["'self'"]
    # Avatars never come from Gravatar (editors' e-mail hashes would leave).
    assert not any("gravatar" in source for source in admin["img-src"])
    assert "gravatar" not in response.content.decode().lower()


def test_admin_pages_get_the_admin_policy(editor_client, client):
    page = practice("municipal-prevention-network")
    for response in (
        client.get("/admin/login/"),
        editor_client.get(f"/admin/pages/{page.pk}/edit/"),
    ):
        assert response.status_code == 200, response.request["PATH_INFO"]
        assert "'unsafe-inline'" in policy(response)["script-src"]
        assert policy(response)["frame-ancestors"] == ["'self'"]


def test_a_preview_keeps_the_site_policy_and_may_be_framed_by_the_admin(editor_client):
    """Wagtail renders a preview through the middleware with the page's URL:
    the editor sees the page under the policy readers get."""
    page = practice("municipal-prevention-network")
    response = editor_client.get(f"/admin/pages/{page.pk}/view_draft/")
    assert response.status_code == 200
    assert policy(response)["script-src"] == ["'self'"]
    assert policy(response)["frame-ancestors"] == ["'self'"]


#: What the site policy forbids in a template: a <script> or <style> element
#: with content, a style attribute, an inline event handler, a javascript: URL.
INLINE = re.compile(
    # A JSON-LD data block is not run (CSP's script-src does not govern it).
    r"<script(?![^>]*\b(?:src=|type=\"application/ld\+json\"))[^>]*>\s*\S"
    r"|<style\b"
    r"|\sstyle\s*="
    r"|\son[a-z]+\s*="
    r"|javascript:",
    re.IGNORECASE,
)


def site_templates():
    folders = [Path(folder) for engine in settings.TEMPLATES for folder in engine["DIRS"]]
    for app in ("cms", "home", "practices", "network", "programme", "search"):
        folders.append(ROOT / app / "templates")
    return sorted(path for folder in folders if folder.is_dir() for path in folder.rglob("*.html"))


def test_site_templates_have_no_inline_script_or_style():
    templates = site_templates()
    assert len(templates) > 10
    offending = [
        f"{path.relative_to(ROOT)}: {match.group(0).strip()}"
        for path in templates
        for match in INLINE.finditer(path.read_text())
    ]
    assert offending == []


def test_the_inline_pattern_finds_what_the_policy_forbids():
    for snippet in (
        "<script>init()</script>",
        '<script type="module">\n  go()</script>',
        "<style>p{}</style>",
        '<p style="color:red">',
        '<button onclick="go()">',
        '<a href="javascript:go()">',
    ):
        assert INLINE.search(snippet), snippet
    for snippet in ('<script src="/static/js/a.js" defer></script>', '<p class="x">'):
        assert not INLINE.search(snippet), snippet


# Cache-Control ---------------------------------------------------------------


def test_anonymous_public_pages_stay_cacheable(client):
    response = client.get(PUBLIC_LISTING)
    assert response.status_code == 200
    assert not {"private", "no-store"} & cache_control(response)
    assert not response.cookies
    assert "cookie" in vary(response)


def test_every_page_of_a_signed_in_person_is_private(member_client, nonmember_client):
    for client in (member_client, nonmember_client):
        for url in (PUBLIC_LISTING, "/en/", "/en/search/?q=school"):
            response = client.get(url)
            assert response.status_code == 200
            assert_private(response)


def test_the_admin_is_private(editor_client):
    assert_private(editor_client.get("/admin/"))


def test_a_members_only_practice_is_private_for_everybody(client, member_client, nonmember_client):
    page = practice(MEMBERS_ONLY_PRACTICE)
    assert page.members_only
    url = page.url

    member = member_client.get(url)
    assert member.status_code == 200
    assert_private(member)

    nonmember = nonmember_client.get(url)
    assert nonmember.status_code == 403
    assert_private(nonmember)

    # Not signed in: sent to sign in, and that answer is not kept either.
    anonymous = client.get(url)
    assert anonymous.status_code == 302
    assert "/accounts/login/" in anonymous["Location"]
    assert_private(anonymous)


def test_a_page_members_only_through_its_parent_is_private(client):
    page = practice("municipal-prevention-network")
    assert not page.members_only
    assert not {"private", "no-store"} & cache_control(client.get(page.url))

    parent = page.get_parent().specific
    parent.members_only = True
    parent.save()

    response = client.get(page.url)
    assert response.status_code == 302
    assert_private(response)


def test_a_members_only_document_is_private(client, member_client):
    document = CustomDocument.objects.get(members_only=True, title__contains="participant pack")
    anonymous = client.get(document.url)
    assert anonymous.status_code == 302
    assert_private(anonymous)

    member = member_client.get(document.url)
    assert member.status_code == 200
    assert_private(member)


def test_signing_in_is_private(client):
    login = client.get("/en/accounts/login/")
    assert login.status_code == 200
    assert_private(login)  # its form carries this browser's CSRF token
    response = client.post("/en/accounts/login/", {"login": "member", "password": "liaise-demo"})
    assert response.status_code == 302
    assert settings.SESSION_COOKIE_NAME in response.cookies
    assert_private(response)
