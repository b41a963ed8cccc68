"""Threads are found through the site's search service: by stemmed words
in their own language, with facets, by members only; restricted and
deleted threads are not indexed at all."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.utils import timezone

from exchange import posting
from exchange.models import Sensitivity, Thread
from search.models import SearchDocument
from tests.exchange.conftest import PDF, signed_in, start_thread, upload

pytestmark = pytest.mark.django_db


def search_url(page):
    return page.route_url("search")


def indexed(thread):
    return SearchDocument.objects.filter(
        content_type=ContentType.objects.get_for_model(Thread), object_id=thread.pk
    ).exists()


def test_a_member_finds_threads_by_stemmed_words_in_french_and_german(exchange_page, member):
    french = start_thread(
        member,
        title="Médiation dans les quartiers",
        body="Nous travaillons avec les éducateurs de rue depuis deux ans.",
        language="fr",
    )
    german = start_thread(
        member,
        title="Arbeit mit Familien",
        body="Die Beratungsstellen begleiten die Jugendlichen nach der Schule.",
        language="de",
        files=[upload("plan.pdf", PDF)],
    )
    client = signed_in(member)
    # "éducatrice" and "éducateurs", "Beratungsstelle" and "Beratungsstellen":
    # the same stems in each thread's language.
    content = client.get(search_url(exchange_page), {"q": "éducatrice"}).content.decode()
    assert "Médiation dans les quartiers" in content
    assert "Arbeit mit Familien" not in content
    content = client.get(search_url(exchange_page), {"q": "Beratungsstelle"}).content.decode()
    assert "Arbeit mit Familien" in content
    assert exchange_page.route_url("thread", german.pk) in content
    # Facets: language and "has attachment".
    response = client.get(search_url(exchange_page), {"has-attachment": "yes"})
    assert "Arbeit mit Familien" in response.content.decode()
    assert "Médiation dans les quartiers" not in response.content.decode()
    response = client.get(search_url(exchange_page), {"language": "fr"})
    assert "Médiation dans les quartiers" in response.content.decode()
    assert "Arbeit mit Familien" not in response.content.decode()
    assert french.pk != german.pk


def test_non_members_find_no_thread_anywhere(exchange_page, member):
    start_thread(member, title="Quokkamediation circle", body="Quokkamediation in schools.")
    nonmember = signed_in(get_user_model().objects.get(username="eastbridge"))
    response = nonmember.get(search_url(exchange_page), {"q": "Quokkamediation"})
    assert response.status_code == 403
    assert "Quokkamediation" not in response.content.decode().replace("q=Quokkamediation", "")
    for client in (nonmember, __import__("django.test", fromlist=["Client"]).Client()):
        site = client.get("/en/search/", {"q": "Quokkamediation"})
        assert "Quokkamediation circle" not in site.content.decode()
    # Members find threads in the site search too (members-only records).
    site = signed_in(member).get("/en/search/", {"q": "Quokkamediation"})
    assert "Quokkamediation circle" in site.content.decode()


def test_restricted_and_deleted_threads_are_not_indexed(exchange_page, member):
    restricted = start_thread(
        member,
        title="Case conference",
        sensitivity=Sensitivity.RESTRICTED,
        restricted_to=[member.affiliations.get().organisation],
    )
    assert not indexed(restricted)
    open_thread = start_thread(member, title="Open thread")
    assert indexed(open_thread)
    posting.delete(open_thread.posts.get(is_opening=True), member)
    assert not indexed(open_thread)


def test_the_index_follows_replies_edits_and_hidden_posts(exchange_page, member, other_member):
    thread = start_thread(member, title="Follow-up", body="Opening words.")
    reply = posting.reply(other_member, thread, body="A word: wombatcouncil.")
    document = SearchDocument.objects.get(object_id=thread.pk, kind="thread")
    assert "wombatcouncil" in document.text
    posting.edit(reply, other_member, body="Changed to koalaboard.")
    document.refresh_from_db()
    assert "koalaboard" in document.text and "wombatcouncil" not in document.text
    reply.hidden_at = timezone.now()
    reply.save()
    document.refresh_from_db()
    assert "koalaboard" not in document.text
