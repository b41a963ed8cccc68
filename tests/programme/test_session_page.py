"""The session page, on sessions built by the factories: who speaks and
what is presented, in the reader's language; materials for members; a query
count that does not grow with the number of speakers."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils.text import slugify

from cms.factories import DocumentFactory
from home.demo import keyed
from network.factories import OrganisationFactory
from practices.factories import ExpertPageFactory, PracticePageFactory
from programme.factories import SessionPageFactory
from programme.models import SessionPage
from tests.helpers import translate

pytestmark = pytest.mark.django_db

#: Measured: change them deliberately (and say why), never to make a test
#: pass. Speakers cost one query for the links with their experts and, when
#: there is any, two for their translations the reader may see (the pages,
#: Wagtail's view restrictions), whatever their number. A member's page also
#: asks for the signed-in session, the membership and the materials.
# + 3 since issue 10 for the footer (settings, restrictions, legal pages).
# + 3 since issue 12 for the free seats of an upcoming session
# (registration.seats_of: the default locale, the source page, the counts).
# Issue 13: counted without the page cache; speakers and practices in one
# query each (practices.links), the seats in one (programme.seats.seats_of),
# the routing, menu, switcher and footer from the shared cache; no
# permission queries for a member (the user bar is for editors).
QUERIES_ANONYMOUS = {0: 5, 1: 5, 5: 5}
QUERIES_MEMBER = {0: 9, 1: 9, 5: 9}


def pks(pages):
    return [page.pk for page in pages]


def new_practice(language="en", **kwargs):
    return PracticePageFactory.in_language(
        language, organisation=OrganisationFactory(), topics=(), **kwargs
    )


@pytest.fixture
def linked(django_capture_on_commit_callbacks):
    """A session with two speakers (the second never translated) and a
    practice, translated into French with the first speaker and the practice."""
    capture = django_capture_on_commit_callbacks
    speaker, untranslated = ExpertPageFactory.in_language("en"), ExpertPageFactory.in_language("en")
    practice = new_practice()
    session = SessionPageFactory.in_language(
        "en", speakers=[speaker, untranslated], practices=[practice]
    )
    return {
        "session": session,
        "speaker": speaker,
        "untranslated": untranslated,
        "practice": practice,
        "session_fr": translate(session, "fr", capture),
        "speaker_fr": translate(speaker, "fr", capture),
        "practice_fr": translate(practice, "fr", capture),
    }


def test_speakers_and_practices_are_shown_in_the_readers_language(client, linked):
    response = client.get(linked["session_fr"].url)
    assert response.status_code == 200
    speakers, practices = response.context["speakers"], response.context["practices"]
    # in the editor's order; the speaker with no French page in English, marked so
    assert pks(speakers) == pks([linked["speaker_fr"], linked["untranslated"]])
    assert [speaker.untranslated for speaker in speakers] == [False, True]
    assert pks(practices) == pks([linked["practice_fr"]])
    body = response.content.decode()
    assert f'<a href="{linked["speaker_fr"].url}">{linked["speaker_fr"].title}</a>' in body
    assert f'<a href="{linked["untranslated"].url}" hreflang="en" lang="en">' in body
    assert f'<a href="{linked["practice_fr"].url}">{linked["practice_fr"].title}</a>' in body
    assert linked["speaker"].url not in body and linked["practice"].url not in body


def test_the_english_session_shows_the_english_pages(client, linked):
    response = client.get(linked["session"].url)
    assert pks(response.context["speakers"]) == pks([linked["speaker"], linked["untranslated"]])
    assert pks(response.context["practices"]) == pks([linked["practice"]])
    body = response.content.decode()
    assert linked["speaker"].url in body and linked["speaker_fr"].url not in body


def test_a_members_only_speaker_is_shown_to_members_only(client, member_client):
    public, private = (
        ExpertPageFactory.in_language("en"),
        ExpertPageFactory.in_language("en", members_only=True),
    )
    session = SessionPageFactory.in_language("en", speakers=[private, public])
    assert pks(client.get(session.url).context["speakers"]) == pks([public])
    assert pks(member_client.get(session.url).context["speakers"]) == pks([private, public])


def test_materials_are_for_members_only(client, nonmember_client, member_client):
    material = DocumentFactory(title="Slides of the morning workshop")
    session = SessionPageFactory.in_language("en", materials=[material])
    for reader in (client, nonmember_client):
        response = reader.get(session.url)
        assert response.status_code == 200
        assert "materials" not in response.context
        body = response.content.decode()
        assert material.title not in body and material.url not in body
        assert 'class="members-only-notice"' in body
    response = member_client.get(session.url)
    assert response.context["materials"] == [session.materials.get()]
    body = response.content.decode()
    assert f'<a href="{material.url}">{material.title}</a>' in body
    assert 'class="members-only-notice"' not in body


def count_queries(client, url):
    client.get(url)  # warm caches that are per process (site root paths, content types)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


@pytest.mark.parametrize(
    ("reader", "expected"), [("client", QUERIES_ANONYMOUS), ("member_client", QUERIES_MEMBER)]
)
def test_session_page_queries_do_not_grow_with_the_speakers(request, settings, reader, expected):
    # What the page costs to make, not a cached copy (cms.page_cache).
    settings.MIDDLEWARE = [
        name for name in settings.MIDDLEWARE if name != "cms.page_cache.PageCacheMiddleware"
    ]
    reader = request.getfixturevalue(reader)
    experts = [ExpertPageFactory.in_language("en") for _number in range(5)]
    material = DocumentFactory()
    counts = {}
    for number in expected:
        session = SessionPageFactory.in_language(
            "en", speakers=experts[:number], practices=[new_practice()], materials=[material]
        )
        response = reader.get(session.url)
        assert len(response.context["speakers"]) == number
        counts[number] = count_queries(reader, session.url)
    assert counts == expected


def test_the_demo_keeps_the_order_of_speakers():
    """load_demo writes links in the records' order (sort_order); set
    without it, PostgreSQL returned them in any order."""
    experts = {key: slugify(entry["name"]) for key, entry in keyed("experts")}
    several = 0
    for _key, entry in keyed("sessions"):
        session = SessionPage.objects.get(slug=entry["slug"], locale__language_code="en")
        speakers = [link.expert.slug for link in session.speakers.select_related("expert")]
        assert speakers == [experts[key] for key in entry["speakers"]]
        several += len(speakers) > 1
    assert several  # sessions with several speakers exist, so the order matters
