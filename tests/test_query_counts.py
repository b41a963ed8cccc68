"""Query counts of the main page types are pinned: they must not grow with
the number of linked items (topics, contacts, sessions, speakers) nor with
the size of a page of results (listings, the APIs).

Counted without the page cache (``cms.page_cache``: an anonymous reader's
hit costs no query at all), with the shared fragments warm (the first
request of ``count_queries`` fills them: vocabularies' names per language,
similar practices per index version, the home page's navigation and map).
"""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from practices.models import ExpertPage, PracticeContact, PracticePage, Topic
from programme.models import SessionPage, SessionPractice, SessionSpeaker
from tests.helpers import practice

pytestmark = pytest.mark.django_db

#: Measured on the demo network. Change them deliberately (and say why in the
#: commit), never to make a test pass.
#: Every page: 1 for the page itself (routing). Members: + 3 for the session,
#: the user and their membership (network.access); Wagtail's user bar asks
#: the permission tables only for people who may edit (noted in their
#: session at sign-in: cms.templatetags.site_tags.editors_userbar).
#: Practice page: organisation, terms (one union of the three link tables;
#: names from the shared cache), sessions presenting it, the index version
#: (similar practices, cached per version), the lead image (its renditions
#: come with it); members: + contacts, documents.
PRACTICE_ANONYMOUS = 5  # the lead image comes with the page (serve_related)
PRACTICE_MEMBER = 10  # 5 + 3 + contacts + documents
#: Expert page: organisation, areas of expertise, sessions spoken at, the
#: portrait; members: + the practices they are a contact for.
EXPERT_ANONYMOUS = 4  # the portrait comes with the page (serve_related)
EXPERT_MEMBER = 8  # 4 + 3 + practices
#: Session page: speakers, practices presented, topics, host; members: +
#: materials. A past session (no seats).
SESSION_ANONYMOUS = 5
SESSION_MEMBER = 9  # 5 + 3 + materials
#: Home page: the latest practices (+ their images' renditions), the next
#: sessions; the sections, the programme's address and the map are shared
#: fragments.
HOME_ANONYMOUS = 4
HOME_MEMBER = 7  # 4 + 3
#: Listings through the search service (search.listing): the index state,
#: the page of documents, the cards (+ their images' renditions).
PRACTICE_LISTING_ANONYMOUS = 5
PRACTICE_LISTING_MEMBER = 8
EXPERT_LISTING_ANONYMOUS = 5
EXPERT_LISTING_MEMBER = 8
#: The programme: its sessions, then the seats of the upcoming ones (the
#: registrations counted per translation group, in one query).
SESSION_LISTING_ANONYMOUS = 3
SESSION_LISTING_MEMBER = 6
#: Wagtail's content API (anonymous): its restrictions, site, the pages
#: (with their locale), the count.
CONTENT_API = 9
#: The project API's search: the index state and the page of documents.
SEARCH_API = 2


@pytest.fixture(autouse=True)
def _without_page_cache(settings):
    """Count what a page costs to make, not what a cached copy costs."""
    settings.MIDDLEWARE = [
        name for name in settings.MIDDLEWARE if name != "cms.page_cache.PageCacheMiddleware"
    ]


def count_queries(client, url):
    client.get(url)  # warm caches (site root paths, content types, shared fragments)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


@pytest.mark.parametrize(
    ("url", "anonymous", "member"),
    [
        ("/en/", HOME_ANONYMOUS, HOME_MEMBER),
        ("/en/practices/", PRACTICE_LISTING_ANONYMOUS, PRACTICE_LISTING_MEMBER),
        ("/en/experts/", EXPERT_LISTING_ANONYMOUS, EXPERT_LISTING_MEMBER),
        ("/en/sessions/", SESSION_LISTING_ANONYMOUS, SESSION_LISTING_MEMBER),
    ],
)
def test_home_page_and_listings_queries_are_pinned(client, member_client, url, anonymous, member):
    assert count_queries(client, url) == anonymous
    assert count_queries(member_client, url) == member


def test_practice_page_queries_do_not_grow_with_links(client, member_client):
    page = practice("municipal-prevention-network")
    anonymous_before = count_queries(client, page.url)
    member_before = count_queries(member_client, page.url)

    for topic in Topic.objects.filter(locale__language_code="en"):
        page.topics.add(topic)
    for expert in ExpertPage.objects.filter(locale__language_code="en")[:8]:
        PracticeContact.objects.create(page=page, expert=expert)
    for session in SessionPage.objects.filter(locale__language_code="en"):
        SessionPractice.objects.create(page=session, practice=page)

    assert count_queries(client, page.url) == anonymous_before
    assert count_queries(member_client, page.url) == member_before
    assert anonymous_before == PRACTICE_ANONYMOUS
    assert member_before == PRACTICE_MEMBER


def test_expert_page_queries_do_not_grow_with_links(client, member_client):
    expert = ExpertPage.objects.filter(locale__language_code="en").first()
    anonymous_before = count_queries(client, expert.url)
    member_before = count_queries(member_client, expert.url)
    for session in SessionPage.objects.filter(locale__language_code="en"):
        SessionSpeaker.objects.create(page=session, expert=expert)
    for page in PracticePage.objects.filter(locale__language_code="en")[:10]:
        PracticeContact.objects.create(page=page, expert=expert)
    for topic in Topic.objects.filter(locale__language_code="en"):
        expert.expertise.add(topic)
    assert count_queries(client, expert.url) == anonymous_before
    assert count_queries(member_client, expert.url) == member_before
    assert anonymous_before == EXPERT_ANONYMOUS
    assert member_before == EXPERT_MEMBER


def test_session_page_queries_do_not_grow_with_links(client, member_client):
    session = SessionPage.objects.get(slug="augsburg-2015")
    anonymous_before = count_queries(client, session.url)
    member_before = count_queries(member_client, session.url)
    for expert in ExpertPage.objects.filter(locale__language_code="en"):
        SessionSpeaker.objects.create(page=session, expert=expert)
    for page in PracticePage.objects.filter(locale__language_code="en")[:12]:
        SessionPractice.objects.create(page=session, practice=page)
    assert count_queries(client, session.url) == anonymous_before
    assert count_queries(member_client, session.url) == member_before
    assert anonymous_before == SESSION_ANONYMOUS
    assert member_before == SESSION_MEMBER


def test_listing_queries_do_not_grow_with_the_page_size(client):
    first = count_queries(client, "/en/practices/")
    filtered = count_queries(client, "/en/practices/?topic=family-support&evidence=evaluated")
    second = count_queries(client, "/en/practices/?page=2&sort=newest")
    assert filtered == first
    assert second == first


def test_content_api_queries_do_not_grow_with_the_page_size(client):
    url = "/api/v2/pages/?type=practices.PracticePage&fields=summary,country_code,evidence_level"
    ten = count_queries(client, f"{url}&limit=10")
    fifty = count_queries(client, f"{url}&limit=50")
    assert fifty == ten == CONTENT_API


def test_search_api_queries_do_not_grow_with_the_page_size(client, member_client):
    # a member: + the session, the user and their membership
    for reader, expected in ((client, SEARCH_API), (member_client, SEARCH_API + 3)):
        ten = count_queries(reader, "/api/search/?kind=practice&page_size=10")
        fifty = count_queries(reader, "/api/search/?kind=practice&page_size=50")
        assert fifty == ten == expected
