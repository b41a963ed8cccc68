"""Session pages and the programme for people who want to take part: free
seats read from the registrations (true after every registration), the
register button while registration is open, the calendar link, schema.org
Event data, and the materials for members and the session's confirmed
participants (the page and the document itself)."""

import datetime
import json
import re
from html import unescape

import pytest
from allauth.account.models import EmailAddress
from django.conf import settings
from django.core.files.base import ContentFile
from django.db import connection
from django.test import Client, override_settings
from django.test.utils import CaptureQueriesContext

from cms.factories import DocumentFactory
from cms.models import CustomDocument
from network.factories import UserFactory
from programme import registration as service
from programme.factories import SessionPageFactory, open_session
from programme.models import SessionIndexPage, programme_today
from tests.helpers import translate

pytestmark = pytest.mark.django_db

#: Measured: the programme (English) lists its upcoming sessions with their
#: free seats in one query whatever their number (the counts per translation
#: group). Change it deliberately, never to make a test pass. Issue 13: the
#: page, its sessions, the seats (without the page cache).
INDEX_QUERIES_ANONYMOUS = 3

REGISTER_BUTTON = '<a class="button" href="/en/training/register/?session='


def days(number):
    return programme_today() + datetime.timedelta(days=number)


def people(count, start=0):
    return [
        service.Participant(name=f"Person {n}", email=f"person{n}@example.org")
        for n in range(start, start + count)
    ]


def html_of(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return response.content.decode()


def text_of(html):
    """The page's words, without tags or repeated spaces."""
    return " ".join(unescape(re.sub(r"<[^>]+>", " ", html)).split())


def seats_line(html):
    match = re.search(r'class="session-seats">(.*?)</', html, re.S)
    return match and " ".join(match.group(1).split())


# --- Registration section -------------------------------------------------------


def test_the_page_counts_free_seats_and_the_count_follows_registrations(client):
    session = open_session(seats=20)
    html = html_of(client, session.url)
    assert seats_line(html) == "20 of 20 seats free"
    service.register(UserFactory(), [session], people(8))
    assert seats_line(html_of(client, session.url)) == "12 of 20 seats free"
    made = service.register(UserFactory(), [session], people(1, start=8))
    service.cancel(made[0])
    assert seats_line(html_of(client, session.url)) == "12 of 20 seats free"


def test_a_full_session_sends_registrations_to_the_waiting_list(client):
    session = open_session(seats=2)
    service.register(UserFactory(), [session], people(2))
    assert seats_line(html_of(client, session.url)) == (
        "Full: registrations go to the waiting list."
    )
    service.register(UserFactory(), [session], people(3, start=2))
    html = html_of(client, session.url)
    assert seats_line(html) == "Full: registrations go to the waiting list (3 waiting)."
    # Registering stays possible: people join the waiting list.
    assert f'href="/en/training/register/?session={session.pk}"' in html


def test_the_translation_counts_the_seats_of_the_source(client, django_capture_on_commit_callbacks):
    session = open_session(seats=3)
    french = translate(session, "fr", django_capture_on_commit_callbacks)
    service.register(UserFactory(), [french], people(1))
    assert seats_line(html_of(client, french.url)) == "2 places libres sur 3"
    service.register(UserFactory(), [session], people(4, start=1))
    assert seats_line(html_of(client, french.url)) == (
        "Complet : les inscriptions vont sur la liste d’attente (2 en attente)."
    )


def test_open_registration_shows_window_contribution_register_and_calendar(client):
    session = open_session(seats=20, contribution="600.00")
    html = html_of(client, session.url)
    text = text_of(html)
    assert "Registration period From" in text
    assert "€600 per participant for organisations that are not partners" in text
    assert (
        f'<a class="button" href="/en/training/register/?session={session.pk}">Register</a>' in html
    )
    assert f'href="/en/training/sessions/{session.pk}/calendar.ics"' in html
    assert "Add to calendar (.ics)" in html


def test_no_register_button_before_registration_opens_or_after_it_closes(client):
    later = open_session(registration_opens=days(5), registration_closes=days(20))
    html = html_of(client, later.url)
    assert "Registration opens on" in html
    assert REGISTER_BUTTON not in html
    # The event's offer points to the page until registration opens.
    assert json_ld(html)["offers"]["url"] == later.full_url
    closed = open_session(registration_opens=days(-20), registration_closes=days(-1))
    html = html_of(client, closed.url)
    assert "Registration closed on" in html
    assert REGISTER_BUTTON not in html
    # The calendar link stays: the session is still to come.
    assert f"/training/sessions/{closed.pk}/calendar.ics" in html


def test_a_past_session_has_no_registration_section(client):
    past = SessionPageFactory.in_language(
        "en", start_date=days(-40), end_date=days(-39), seats=10, contribution="100.00"
    )
    html = html_of(client, past.url)
    assert 'id="registration-heading"' not in html
    assert "seats free" not in html and "/training/register/" not in html
    assert "offers" not in json_ld(html)


def test_a_session_without_a_seat_limit_gives_no_count(client):
    session = open_session(seats=None)
    html = html_of(client, session.url)
    assert seats_line(html) is None
    assert REGISTER_BUTTON in html


# --- The programme (index) --------------------------------------------------------


def test_cards_show_free_seats_of_upcoming_sessions_only(client):
    session = open_session(seats=10, title="Card seats session")
    SessionPageFactory.in_language(
        "en", start_date=days(-10), end_date=days(-9), seats=10, title="Card past session"
    )
    index = SessionIndexPage.objects.get(locale__language_code="en")
    service.register(UserFactory(), [session], people(4))
    html = html_of(client, index.url)
    card = re.search(r"Card seats session</a></h3>(.*?)</li>", html, re.S).group(1)
    assert "6 of 10 seats free" in card
    past_card = re.search(r"Card past session</a></h3>(.*?)</li>", html, re.S).group(1)
    assert "seats free" not in past_card
    assert 'href="/en/training/calendar.ics"' in html


def count_queries(client, url):
    # What the page costs to make, not a cached copy (cms.page_cache).
    middleware = [n for n in settings.MIDDLEWARE if n != "cms.page_cache.PageCacheMiddleware"]
    with override_settings(MIDDLEWARE=middleware):
        client.get(url)  # warm the per-process caches
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url)
    assert response.status_code == 200
    return len(queries)


def test_the_programme_queries_do_not_grow_with_sessions_or_registrations(client):
    index = SessionIndexPage.objects.get(locale__language_code="en")
    first = open_session(seats=5)
    before = count_queries(client, index.url)
    others = [open_session(seats=5) for _number in range(4)]
    service.register(UserFactory(), [first, *others], people(7))
    html = html_of(client, index.url)
    assert html.count("Full: registrations go to the waiting list (2 waiting).") == 5
    assert count_queries(client, index.url) == before == INDEX_QUERIES_ANONYMOUS


def test_the_session_page_queries_do_not_grow_with_registrations(client):
    session = open_session(seats=5)
    before = count_queries(client, session.url)
    service.register(UserFactory(), [session], people(8))
    assert count_queries(client, session.url) == before


# --- schema.org Event -----------------------------------------------------------------


def json_ld(html):
    blocks = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    assert len(blocks) == 1
    return json.loads(blocks[0])


def test_the_page_describes_the_session_as_a_schema_org_event(client):
    session = open_session(
        seats=2,
        contribution="450.00",
        venue="City hall",
        city="Ghent",
        summary="Two days on prevention",
    )
    data = json_ld(html_of(client, session.url))
    assert data["@context"] == "https://schema.org" and data["@type"] == "Event"
    assert data["name"] == session.title
    assert data["startDate"] == session.start_date.isoformat()
    assert data["endDate"] == session.end_date.isoformat()
    assert data["url"] == session.full_url and session.full_url.endswith(session.url)
    assert data["description"] == "Two days on prevention"
    assert data["eventStatus"] == "https://schema.org/EventScheduled"
    assert data["eventAttendanceMode"] == "https://schema.org/OfflineEventAttendanceMode"
    assert data["location"]["@type"] == "Place" and data["location"]["name"] == "City hall"
    assert data["location"]["address"]["addressLocality"] == "Ghent"
    assert data["organizer"]["@type"] == "Organization" and data["organizer"]["name"]
    assert data["inLanguage"] == "en"
    offer = data["offers"]
    assert (offer["price"], offer["priceCurrency"]) == ("450.00", "EUR")
    assert offer["availability"] == "https://schema.org/InStock"
    assert offer["url"].endswith(f"/en/training/register/?session={session.pk}")
    service.register(UserFactory(), [session], people(2))
    data = json_ld(html_of(client, session.url))
    assert data["offers"]["availability"] == "https://schema.org/SoldOut"


def test_the_event_data_cannot_end_its_script_element(client):
    title = 'Prevention </script><script>alert("x")</script> & <b>more</b>'
    session = open_session(title=title, summary="</SCRIPT> & <!-- summary")
    html = html_of(client, session.url)
    block = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1)
    assert "<" not in block and ">" not in block and "&" not in block
    data = json_ld(html)
    assert data["name"] == title
    assert data["description"] == "</SCRIPT> & <!-- summary"


def test_the_french_page_gives_its_event_in_french(client, django_capture_on_commit_callbacks):
    session = open_session()
    french = translate(session, "fr", django_capture_on_commit_callbacks)
    data = json_ld(html_of(client, french.url))
    assert data["name"] == french.title and data["inLanguage"] == "fr"
    assert data["url"].endswith(french.url)


# --- Materials: members and the session's confirmed participants ------------------------


def material_file(title):
    document = CustomDocument(title=title, members_only=False)
    document.file.save(f"{title.lower().replace(' ', '-')}.txt", ContentFile(title.encode()))
    document.save()
    return document


@pytest.fixture
def materials():
    """Session S with its slides, session T with its own, and a members-only
    document attached to nothing; a participant of S (account linked), one
    of S by a verified second address, one of T, and one waiting for S."""
    s_slides, t_slides = material_file("Slides of S"), material_file("Slides of T")
    other = material_file("Members handbook")
    other.members_only = True
    other.save()
    s = open_session(seats=3, materials=[s_slides], title="Session S")
    t = open_session(seats=3, materials=[t_slides], title="Session T")
    of_s, by_address, of_t, waiting = (UserFactory() for _number in range(4))
    EmailAddress.objects.create(
        user=by_address, email="Colleague.Second@Example.org", verified=True
    )
    service.register(
        UserFactory(),
        [s],
        [
            service.Participant(name="S one", email=of_s.email),
            service.Participant(name="S two", email="colleague.second@example.org"),
            service.Participant(name="S three", email="third@example.org"),
        ],
    )
    service.register(UserFactory(), [s], [service.Participant(name="W", email=waiting.email)])
    service.register(UserFactory(), [t], [service.Participant(name="T one", email=of_t.email)])
    return {
        "S": s,
        "T": t,
        "s_slides": s_slides,
        "t_slides": t_slides,
        "other": other,
        "of_s": of_s,
        "by_address": by_address,
        "of_t": of_t,
        "waiting": waiting,
    }


def as_user(user):
    client = Client()
    client.force_login(user)
    return client


def can_download(client, document):
    """Both addresses of a document: Wagtail's document view and the file
    itself. Returns the two status codes."""
    statuses = []
    for url in (document.url, document.file.url):
        response = client.get(url)
        if response.status_code == 200:
            assert b"".join(response.streaming_content) == document.title.encode()
            assert "no-store" in response["Cache-Control"]
        statuses.append(response.status_code)
    return statuses


def sees_materials_on_page(client, session, document):
    html = html_of(client, session.url)
    return document.url in html and document.title in html


def test_anonymous_readers_neither_see_nor_download_materials(client, materials):
    assert not sees_materials_on_page(client, materials["S"], materials["s_slides"])
    for url in (materials["s_slides"].url, materials["s_slides"].file.url):
        response = client.get(url)
        assert response.status_code == 302 and "/accounts/login/" in response["Location"]


def test_a_non_member_who_takes_no_part_gets_nothing(nonmember_client, materials):
    assert not sees_materials_on_page(nonmember_client, materials["S"], materials["s_slides"])
    assert can_download(nonmember_client, materials["s_slides"]) == [403, 403]


def test_a_confirmed_participant_sees_and_downloads_the_sessions_materials(materials):
    participant = as_user(materials["of_s"])
    html = html_of(participant, materials["S"].url)
    assert sees_materials_on_page(participant, materials["S"], materials["s_slides"])
    assert "because you take part in this session" in html
    assert 'class="members-only-notice"' not in html.split('id="materials-heading"')[1]
    assert can_download(participant, materials["s_slides"]) == [200, 200]


def test_a_participant_registered_under_a_verified_address_is_recognised(materials):
    participant = as_user(materials["by_address"])
    assert sees_materials_on_page(participant, materials["S"], materials["s_slides"])
    assert can_download(participant, materials["s_slides"]) == [200, 200]


def test_an_unverified_address_grants_nothing(materials):
    stranger = UserFactory()
    EmailAddress.objects.create(user=stranger, email="third@example.org", verified=False)
    client = as_user(stranger)
    assert not sees_materials_on_page(client, materials["S"], materials["s_slides"])
    assert can_download(client, materials["s_slides"]) == [403, 403]


def test_a_participant_gets_no_other_sessions_materials_nor_other_documents(materials):
    participant = as_user(materials["of_s"])
    assert not sees_materials_on_page(participant, materials["T"], materials["t_slides"])
    assert can_download(participant, materials["t_slides"]) == [403, 403]
    assert can_download(participant, materials["other"]) == [403, 403]
    # ... and the participant of T none of S's.
    other = as_user(materials["of_t"])
    assert can_download(other, materials["s_slides"]) == [403, 403]
    assert can_download(other, materials["t_slides"]) == [200, 200]


def test_waiting_or_cancelled_participants_get_nothing(materials):
    waiting = as_user(materials["waiting"])
    assert not sees_materials_on_page(waiting, materials["S"], materials["s_slides"])
    assert can_download(waiting, materials["s_slides"]) == [403, 403]
    participant = as_user(materials["of_s"])
    registration = materials["S"].registrations.get(email=materials["of_s"].email)
    service.cancel(registration)
    assert not sees_materials_on_page(participant, materials["S"], materials["s_slides"])
    assert can_download(participant, materials["s_slides"]) == [403, 403]
    # The person promoted from the waiting list gets them now.
    assert can_download(waiting, materials["s_slides"]) == [200, 200]


def test_the_participant_sees_the_materials_on_every_translation(
    materials, django_capture_on_commit_callbacks
):
    french = translate(materials["S"], "fr", django_capture_on_commit_callbacks)
    participant = as_user(materials["of_s"])
    assert sees_materials_on_page(participant, french, materials["s_slides"])


@pytest.mark.parametrize("reader", ["member_client", "editor_client"])
def test_members_and_editors_see_and_download_every_sessions_materials(request, reader, materials):
    client = request.getfixturevalue(reader)
    for session, slides in (("S", "s_slides"), ("T", "t_slides")):
        assert sees_materials_on_page(client, materials[session], materials[slides])
        assert "because you take part" not in html_of(client, materials[session].url)
        assert can_download(client, materials[slides]) == [200, 200]
    assert can_download(client, materials["other"]) == [200, 200]


def test_unattached_public_documents_are_untouched_by_the_grant(client, materials):
    """A document no public page uses is private (fails closed): the grant
    does not open it to a participant either."""
    loose = DocumentFactory(title="Loose file")
    participant = as_user(materials["of_s"])
    assert participant.get(loose.url).status_code == 403
