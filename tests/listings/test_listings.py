"""The practice library and the expert directory list through the site
search: counts on every filter value, no value that leads to nothing, a
keyword box, sorting, pagination, the records that exist only in other
languages offered, and the reader's access applied before anything is
counted. Driven over HTTP on the demo network."""

import re
from html import unescape

import pytest
from django.utils import translation

from practices.factories import PracticePageFactory
from practices.models import ExpertIndexPage, ExpertPage, PracticeIndexPage, PracticePage, Topic

pytestmark = pytest.mark.django_db

CHOICE = re.compile(
    r'<input type="checkbox" id="f-[^"]+" name="(?P<name>[a-z]+)" value="(?P<value>[^"]+)"'
    r'(?P<checked> checked)?><label[^>]*>[^<]*<span class="count">\((?P<count>\d+)\)</span>'
)
CARD_TITLE = re.compile(
    r'<li class="card">\s*<h3(?: lang="(?P<lang>[a-z]+)")?><a href="(?P<url>[^"]+)"'
)


def library(language):
    return PracticeIndexPage.objects.get(locale__language_code=language).url


def directory(language):
    return ExpertIndexPage.objects.get(locale__language_code=language).url


def offered(response):
    """{(facet, value): (count, checked)} of the filters the page offers."""
    return {
        (match["name"], unescape(match["value"])): (int(match["count"]), bool(match["checked"]))
        for match in CHOICE.finditer(response.content.decode())
    }


def cards(response):
    """[(url, lang attribute or None)] of the result cards, in order."""
    return [(match["url"], match["lang"]) for match in CARD_TITLE.finditer(text(response))]


def text(response):
    assert response.status_code == 200
    return response.content.decode()


def public_practices(language, **lookup):
    """What the public may find: published translations, not placeholders,
    not members-only (the effective state)."""
    return PracticePage.objects.live().filter(
        locale__language_code=language,
        alias_of__isnull=True,
        access__members_only=False,
        **lookup,
    )


def topic_counts(language):
    counts = {}
    for topic in Topic.objects.filter(locale__language_code="en"):
        found = public_practices(language, topics=topic).count()
        if found:
            counts[("topic", topic.slug)] = found
    return counts


@pytest.mark.parametrize("language", ["en", "es"])
def test_every_topic_offered_shows_how_many_practices_it_leads_to(client, language):
    filters = offered(client.get(library(language)))
    topics = {key: count for key, (count, _checked) in filters.items() if key[0] == "topic"}
    assert topics == topic_counts(language)
    assert topics  # a control: the library has topics to offer


@pytest.mark.parametrize("language", ["en", "es"])
def test_each_count_is_what_choosing_the_value_lists(client, language):
    url = library(language)
    filters = offered(client.get(url))
    assert len({name for name, _value in filters}) >= 5  # topic, form, evidence, country...
    for (name, value), (count, _checked) in filters.items():
        chosen = client.get(url, {name: value})
        assert chosen.context["listing"].count == count, (name, value)


@pytest.mark.parametrize("language", ["en", "fr", "de", "it", "es"])
def test_no_filter_value_that_leads_to_nothing_is_offered(client, language):
    for url in (library(language), directory(language)):
        for (name, value), (count, checked) in offered(client.get(url)).items():
            assert count > 0 or checked, (url, name, value)


def test_a_chosen_value_with_nothing_in_this_language_stays_offered_checked(client):
    url = library("es")
    empty = next(
        topic.slug
        for topic in Topic.objects.filter(locale__language_code="en")
        if not public_practices("es", topics=topic).exists()
        and public_practices("en", topics=topic).exists()
    )
    filters = offered(client.get(url, {"topic": empty}))
    assert filters[("topic", empty)] == (0, True)


def test_the_spanish_library_filtered_by_family_support_finds_or_offers_other_languages(client):
    url = library("es")
    response = client.get(url, {"topic": "family-support"})
    listing = response.context["listing"]
    in_spanish = public_practices("es", topics__slug="family-support").count()
    anywhere = (
        PracticePage.objects.live()
        .filter(alias_of__isnull=True, access__members_only=False)
        .filter(topics__slug="family-support")
        .values("translation_key")
        .distinct()
        .count()
    )
    assert anywhere > in_spanish  # the demo's case: some exist only in other languages
    assert listing.count == in_spanish == len(cards(response))
    assert listing.elsewhere == anywhere - in_spanish
    body = text(response)
    with translation.override("es"):
        offer = f"{anywhere - in_spanish} prácticas más existen solo en otros idiomas."
    assert offer in body
    link = re.search(r'<a href="(\?[^"]*languages=all[^"]*)">Mostrar todos los idiomas</a>', body)
    assert link

    everything = client.get(url + unescape(link[1]))
    shown = cards(everything)
    assert everything.context["listing"].count == anywhere == len(shown)
    others = [(card_url, lang) for card_url, lang in shown if not card_url.startswith("/es/")]
    assert len(others) == anywhere - in_spanish
    # each card in another language says so: a lang attribute on its title,
    # and the language named in Spanish, in lower case, inside a phrase
    assert all(lang in ("en", "fr", "de", "it") for _url, lang in others)
    page = text(everything)
    for _card_url, lang in others:
        name = {"en": "inglés", "fr": "francés", "de": "alemán", "it": "italiano"}[lang]
        assert f"en {name}" in page
    assert all(lang is None for card_url, lang in shown if card_url.startswith("/es/"))


def test_the_german_expert_directory_is_never_empty_without_an_offer(client):
    response = client.get(directory("de"))
    listing = response.context["listing"]
    german = ExpertPage.objects.live().filter(
        locale__language_code="de", alias_of__isnull=True, access__members_only=False
    )
    assert listing.count == german.count()
    body = text(response)
    if listing.count == 0:
        assert listing.elsewhere > 0
        assert "languages=all" in body
        assert "Alle Sprachen anzeigen" in body
        everything = client.get(directory("de"), {"languages": "all"})
        assert cards(everything)
        assert all(lang for _url, lang in cards(everything))
    else:
        assert cards(response)
    assert "Versuchen Sie, einen Filter zu entfernen" not in body


def test_no_page_is_empty_without_an_offer(client):
    """With no result, the page offers the other languages or to clear the filters."""
    response = client.get(library("en"), {"q": "zzzqqxy"})
    body = text(response)
    assert response.context["listing"].count == 0
    assert cards(response) == []
    assert 'href="/en/practices/">Clear all filters</a>' in body


def test_titles_sort_alphabetically_and_newest_by_first_publication(client):
    url = library("en")
    by_title = client.get(url, {"sort": "title"}).context["practices"]
    expected = sorted(public_practices("en"), key=lambda page: (page.title.casefold(), page.pk))
    assert [page.pk for page in by_title] == [page.pk for page in expected[:12]]

    newest = client.get(url, {"sort": "newest"}).context["practices"]
    dates = [page.first_published_at for page in newest]
    assert dates == sorted(dates, reverse=True)
    assert [page.pk for page in newest] != [page.pk for page in by_title]


def test_relevance_is_offered_only_with_keywords(client):
    url = library("en")
    assert 'value="relevance"' not in text(client.get(url))
    with_words = client.get(url, {"q": "school"})
    assert 'value="relevance" selected' in text(with_words)


def test_the_keyword_box_narrows_the_library_in_the_readers_language(client):
    url = library("es")
    everything = client.get(url).context["listing"].count
    response = client.get(url, {"q": "escuelas"})
    listing = response.context["listing"]
    assert 0 < listing.count < everything
    assert 'value="escuelas"' in text(response)
    for page in response.context["practices"]:
        assert page.locale.language_code == "es"


def test_pages_of_results_follow_each_other(client):
    url = library("en")
    first = client.get(url)
    second = client.get(url, {"page": 2})
    assert 'rel="next"' in text(first)
    assert not {u for u, _lang in cards(first)} & {u for u, _lang in cards(second)}
    total = first.context["listing"].count
    assert len(cards(first)) + len(cards(second)) == min(total, 24)


def test_the_filters_keep_their_parameters_and_slugs(client):
    response = client.get(
        library("en"), {"topic": ["family-support", "school-resilience"], "evidence": "evaluated"}
    )
    practices = list(response.context["practices"])
    assert practices
    for page in practices:
        assert page.evidence_level == "evaluated"
        assert {t.slug for t in page.topics.all()} & {"family-support", "school-resilience"}
    filters = offered(response)
    assert filters[("evidence", "evaluated")][1] is True
    assert 'name="status"' in text(client.get(library("en")))


def test_the_disclosure_says_how_many_filters_are_active(client):
    response = client.get(library("en"), {"topic": "family-support", "evidence": "evaluated"})
    summary = r"<summary[^>]*>Filter and sort <span[^>]*>\(2 active\)</span></summary>"
    assert re.search(summary, text(response))
    assert "active)" not in text(client.get(library("en")))


def test_members_only_practices_are_never_counted_nor_listed_for_the_public(client, member_client):
    hidden = PracticePage.objects.live().filter(
        locale__language_code="en", alias_of__isnull=True, access__members_only=True
    )
    assert hidden.exists()
    url = library("en")
    public, members = client.get(url), member_client.get(url)
    assert public.context["listing"].count == public_practices("en").count()
    assert members.context["listing"].count == public_practices("en").count() + hidden.count()
    public_filters, member_filters = offered(public), offered(members)
    for page in hidden:
        for topic in page.topics.all():
            key = ("topic", topic.slug)
            assert public_filters.get(key, (0,))[0] + 1 <= member_filters[key][0]
            assert public_filters.get(key, (0,))[0] == public_practices("en", topics=topic).count()
        narrowed = client.get(url, {"topic": [t.slug for t in page.topics.all()], "q": page.title})
        assert page.url not in text(narrowed)
        assert page.url in text(member_client.get(url, {"q": page.title}))  # a control


def test_a_members_only_practice_in_another_language_is_not_offered_to_the_public(
    client, member_client
):
    url = library("es")
    before = client.get(url).context["listing"].elsewhere
    before_members = member_client.get(url).context["listing"].elsewhere
    created = PracticePageFactory.in_language(
        "en", title="Quietly shared mentoring", members_only=True
    )
    assert client.get(url).context["listing"].elsewhere == before
    assert member_client.get(url).context["listing"].elsewhere == before_members + 1
    search = {"languages": "all", "q": "Quietly shared mentoring"}
    assert created.url not in text(client.get(url, search))
    assert created.url in text(member_client.get(url, search))  # a control


def test_the_site_search_offers_what_exists_only_in_other_languages(client):
    response = client.get("/es/search/", {"kind": "practice", "topic": "family-support"})
    body = text(response)
    more = re.search(r"(\d+) resultados más existen solo en otros idiomas\.", body)
    assert more and int(more[1]) > 0
    link = re.search(r'<a href="(\?[^"]*languages=all[^"]*)">Mostrar todos los idiomas</a>', body)
    everything = client.get("/es/search/" + unescape(link[1]))
    assert everything.context["results"].count == response.context["results"].count + int(more[1])
