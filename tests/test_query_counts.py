"""Query counts of the main page types are pinned: they must not grow with
the number of linked items (topics, contacts, sessions, speakers)."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from practices.models import ExpertPage, PracticeContact, PracticePage, Topic
from programme.models import SessionPage, SessionPractice, SessionSpeaker
from tests.helpers import practice

pytestmark = pytest.mark.django_db

#: Measured on the demo network. Change them deliberately (and say why in the
#: commit), never to make a test pass.
#: Anonymous readers: + 1 for the page's effective visibility (cms.PageAccess,
#: asked only of readers who are not members).
#: Every page: + 3 for the footer (cms.SiteSettings, Wagtail's restrictions,
#: the legal pages in the reader's language). Practice and expert pages: + 1
#: for the lead image or portrait (its renditions come with it).
PRACTICE_ANONYMOUS = 32  # 25 + similar practices (index version, documents) + access + 4
PRACTICE_MEMBER = 40  # 34 + similar practices + 4
EXPERT_MEMBER = 33  # 29 + 4
SESSION_MEMBER = 33  # 30 + 3
#: Through the search service (search.listing: the index state, the page of
#: documents, the cards and their images' renditions); 26 with the ORM filter sets.
PRACTICE_LISTING = 20  # anonymous: + 1 for the index page's effective visibility


def count_queries(client, url):
    client.get(url)  # warm caches that are per process (site root paths, content types)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


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


def test_expert_page_queries_do_not_grow_with_links(member_client):
    expert = ExpertPage.objects.filter(locale__language_code="en").first()
    before = count_queries(member_client, expert.url)
    for session in SessionPage.objects.filter(locale__language_code="en"):
        SessionSpeaker.objects.create(page=session, expert=expert)
    for page in PracticePage.objects.filter(locale__language_code="en")[:10]:
        PracticeContact.objects.create(page=page, expert=expert)
    for topic in Topic.objects.filter(locale__language_code="en"):
        expert.expertise.add(topic)
    assert count_queries(member_client, expert.url) == before
    assert before == EXPERT_MEMBER


def test_session_page_queries_do_not_grow_with_links(member_client):
    session = SessionPage.objects.get(slug="augsburg-2015")
    before = count_queries(member_client, session.url)
    for expert in ExpertPage.objects.filter(locale__language_code="en"):
        SessionSpeaker.objects.create(page=session, expert=expert)
    for page in PracticePage.objects.filter(locale__language_code="en")[:12]:
        SessionPractice.objects.create(page=session, practice=page)
    assert count_queries(member_client, session.url) == before
    assert before == SESSION_MEMBER


def test_listing_queries_do_not_grow_with_the_page_size(client):
    first = count_queries(client, "/en/practices/")
    filtered = count_queries(client, "/en/practices/?topic=family-support&evidence=evaluated")
    second = count_queries(client, "/en/practices/?page=2&sort=newest")
    assert first == PRACTICE_LISTING
    assert filtered == first
    assert second == first
