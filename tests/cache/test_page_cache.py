"""Anonymous readers' pages come from the cache (cms.page_cache), and nothing
personal, members-only or unpublished ever gets into it."""

import pytest
from django.db import connection
from django.http import HttpResponse
from django.middleware.csrf import get_token
from django.test import Client, RequestFactory
from django.test.utils import CaptureQueriesContext

from cms.page_cache import PageCacheMiddleware
from tests.cache.reading import hit, stored
from tests.conftest import login

pytestmark = pytest.mark.django_db

SIGNED_IN = "Signed in as"


def test_the_second_anonymous_visit_is_served_from_the_cache_without_a_query(page, anonymous):
    first = anonymous(page.url)
    assert first.status_code == 200 and stored(first)
    with CaptureQueriesContext(connection) as queries:
        second = anonymous(page.url)
    assert len(queries) == 0
    assert second.status_code == 200 and hit(second)
    assert second.content == first.content
    assert "Harbour walks" in second.content.decode()


def test_a_cached_answer_keeps_the_pages_headers_and_is_public(page, anonymous):
    first = anonymous(page.url)
    second = anonymous(page.url)
    assert hit(second)
    for header in (
        "Content-Security-Policy",
        "Content-Type",
        "Content-Language",
        "X-Frame-Options",
        "X-Content-Type-Options",
        "Referrer-Policy",
    ):
        assert second[header] == first[header], header
    assert "script-src 'self'" in second["Content-Security-Policy"]
    assert set(second["Cache-Control"].split(", ")) == {"public", "max-age=0"}
    assert first["Cache-Control"] == second["Cache-Control"]


def test_a_head_request_is_answered_from_the_cache_with_no_body(page, anonymous):
    anonymous(page.url)
    response = anonymous(page.url, method="head")
    assert response.status_code == 200 and hit(response)
    assert response.content == b""


def test_a_url_with_a_query_string_is_never_cached(page):
    client = Client()
    for _ in range(2):
        response = client.get(page.url, {"utm_source": "mail"})
        assert response.status_code == 200
        assert not hit(response) and not stored(response)


def test_a_members_view_is_never_served_to_an_anonymous_reader(page, anonymous):
    member = login("member")
    for _ in range(2):
        response = member.get(page.url)
        assert SIGNED_IN in response.content.decode()
        assert not hit(response) and not stored(response)
        assert "private" in response["Cache-Control"]
    response = anonymous(page.url)
    assert stored(response)
    assert SIGNED_IN not in response.content.decode()
    response = anonymous(page.url)
    assert hit(response) and SIGNED_IN not in response.content.decode()


def test_a_member_never_gets_the_anonymous_readers_copy(page, anonymous):
    anonymous(page.url)
    assert hit(anonymous(page.url))
    response = login("member").get(page.url)
    assert not hit(response)
    assert SIGNED_IN in response.content.decode()


def test_a_members_only_page_is_never_cached(page, anonymous):
    page.members_only = True
    page.save_revision().publish()
    member = login("member")
    for reader in (anonymous, anonymous, member.get, anonymous, anonymous):
        response = reader(page.url)
        if reader is anonymous:
            assert response.status_code == 302 and "/accounts/login/" in response["Location"]
            assert "Harbour walks" not in response.content.decode()
        else:
            assert response.status_code == 200
        assert not hit(response) and not stored(response)


def test_a_draft_is_never_served_to_anyone(page, anonymous):
    anonymous(page.url)
    page.title = "Harbour walks (draft)"
    page.save_revision()
    for response in (anonymous(page.url), anonymous(page.url), login("member").get(page.url)):
        assert "Harbour walks" in response.content.decode()
        assert "(draft)" not in response.content.decode()
    page.get_latest_revision().publish()
    response = anonymous(page.url)
    assert not hit(response) and "Harbour walks (draft)" in response.content.decode()


def test_an_editors_preview_does_not_reach_the_cache(page, anonymous, editor_client):
    anonymous(page.url)
    page.title = "Harbour walks (preview)"
    page.save_revision()
    preview = editor_client.get(f"/admin/pages/{page.pk}/view_draft/")
    assert "(preview)" in preview.content.decode()
    response = anonymous(page.url)
    assert hit(response) and "(preview)" not in response.content.decode()


def test_a_reader_with_a_session_or_messages_cookie_is_not_served_from_the_cache(page, anonymous):
    anonymous(page.url)
    for name in ("sessionid", "messages", "someone-elses"):
        client = Client()
        client.cookies[name] = "x"
        response = client.get(page.url)
        assert response.status_code == 200 and not hit(response), name
    # The CSRF cookie changes nothing on a stored page (it has no form).
    client = Client()
    client.cookies["csrftoken"] = "x" * 32
    assert hit(client.get(page.url))


def test_a_password_protected_page_with_its_form_is_never_cached(page, anonymous):
    from wagtail.models import PageViewRestriction

    PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password="harbour"
    )
    for _ in range(2):
        response = anonymous(page.url)
        assert response.status_code == 200 and 'name="password"' in response.content.decode()
        assert response.cookies and not hit(response) and not stored(response)


def test_the_personal_pages_under_the_language_prefix_are_never_cached(anonymous):
    for url in ("/en/accounts/login/", "/en/accounts/signup/", "/en/search/"):
        for _ in range(2):
            response = anonymous(url)
            assert not hit(response) and not stored(response), url


@pytest.mark.parametrize(
    "answer",
    [
        "sets a cookie",
        "uses the csrf token",
        "is private",
        "writes the session",
        "is a redirect",
    ],
)
def test_an_answer_that_may_not_be_shared_is_not_stored(page, answer):
    """The middleware alone, around answers of each kind that the site's
    views can give for a page's URL."""

    def view(request):
        request.page_cache_page = page  # what Wagtail's page view tells it
        response = HttpResponse("Harbour walks")
        if answer == "sets a cookie":
            response.set_cookie("anything", "1")
        elif answer == "uses the csrf token":
            get_token(request)
        elif answer == "is private":
            response["Cache-Control"] = "private, no-store"
        elif answer == "writes the session":
            request.session["passed"] = True
        elif answer == "is a redirect":
            response.status_code = 302
        return response

    from django.contrib.auth.models import AnonymousUser
    from django.contrib.sessions.backends.db import SessionStore

    middleware = PageCacheMiddleware(view)
    for _ in range(2):
        request = RequestFactory().get(page.url)
        request.user = AnonymousUser()
        request.session = SessionStore()
        response = middleware(request)
        assert not hit(response) and not stored(response)


def test_the_middleware_stores_a_plain_anonymous_answer(page):
    """The counterpart of the test above: the same answer, nothing personal
    in it, is stored and served."""
    from django.contrib.auth.models import AnonymousUser
    from django.contrib.sessions.backends.db import SessionStore

    def view(request):
        request.page_cache_page = page
        return HttpResponse("Harbour walks")

    middleware = PageCacheMiddleware(view)
    responses = []
    for _ in range(2):
        request = RequestFactory().get(page.url)
        request.user = AnonymousUser()
        request.session = SessionStore()
        responses.append(middleware(request))
    assert stored(responses[0]) and hit(responses[1])
