"""The search contract: every engine answers these the same way."""

from collections import Counter

import pytest

from practices.similar import similar_practices
from search.engine import SearchQuery, search

pytestmark = pytest.mark.django_db

PRACTICES = {"kind": ["practice"]}


def titles(results):
    return [hit.title for hit in results.hits]


@pytest.mark.parametrize(
    ("language", "indexed", "query"),
    [
        ("fr", "Un programme pour les écoles de quartier", "école"),
        ("de", "Ein Projekt an Berliner Schulen", "Schule"),
        ("it", "Un progetto nelle scuole di quartiere", "scuola"),
        ("es", "Un programa en las escuelas del barrio", "escuela"),
        ("en", "A programme in neighbourhood schools", "school"),
        ("fr", "Prévenir la violence dans les quartiers", "prevenir"),
        ("de", "Prävention in Vereinen", "praevention prävention"),
    ],
)
def test_each_language_is_stemmed_and_folded(engine, make_practice, language, indexed, query):
    make_practice(language, indexed)
    for text in query.split():  # every spelling: "praevention" as well as "prävention"
        results = search(SearchQuery(text=text, locale=language), engine=engine)
        assert indexed in titles(results), (language, text)


def test_plural_query_finds_singular(engine, make_practice):
    make_practice("fr", "Une école ouverte aux familles")
    assert "Une école ouverte aux familles" in titles(
        search(SearchQuery(text="écoles", locale="fr"), engine=engine)
    )


def test_a_word_that_is_nowhere_finds_nothing(engine):
    results = search(SearchQuery(text="zzzqqxy", locale="en"), engine=engine)
    assert results.count == 0


def test_members_only_practice_never_reaches_a_public_search(engine, make_practice):
    make_practice("en", "Confidential casework with families of returnees", members_only=True)
    public = search(SearchQuery(text="confidential casework", locale="en"), engine=engine)
    assert public.count == 0
    # nor any facet: no value is offered, not even with a count of 0
    assert {name: values for name, values in public.facets.items() if values} == {}
    members = search(
        SearchQuery(text="confidential casework", locale="en", members=True), engine=engine
    )
    assert titles(members) == ["Confidential casework with families of returnees"]
    # (the facets would show it: members see it counted)
    assert {"value": "practice", "count": 1, "selected": False} in members.facets["kind"]


def test_drafts_never_reach_any_search(engine, make_practice):
    make_practice("en", "Unpublished draft about hooligan mentoring", publish=False)
    for members in (False, True):
        results = search(
            SearchQuery(text="hooligan mentoring draft", locale="en", members=members),
            engine=engine,
        )
        assert results.count == 0


def test_search_is_in_the_readers_language_by_default(engine):
    french = search(SearchQuery(text="", locale="fr", filters=PRACTICES), engine=engine)
    assert french.count == 24
    assert {hit.locale for hit in french.hits} == {"fr"}


def test_all_languages_shows_each_practice_once_preferring_the_readers_language(engine):
    results = search(
        SearchQuery(text="", locale="de", all_languages=True, filters=PRACTICES, page_size=50),
        engine=engine,
    )
    assert results.count == 24  # 26 demo practices, 2 for members only
    keys = [hit.translation_key for hit in results.hits]
    assert len(keys) == len(set(keys))
    german = [hit for hit in results.hits if hit.locale == "de"]
    assert len(german) == 14  # the practices that exist in German
    others = [hit for hit in results.hits if hit.locale != "de"]
    assert len(others) == 24 - 14  # every result is on the page
    assert all("de" not in hit.facets["language"] for hit in others)


def test_facets_or_within_and_across_with_exact_counts(engine):
    def run(**filters):
        return search(
            SearchQuery(text="", locale="en", filters=filters, page_size=50), engine=engine
        )

    def ids(results):
        assert len(results.hits) == results.count  # every result is on the page
        return {hit.object_id for hit in results.hits}

    def counts(results, name):
        return {item["value"]: item["count"] for item in results.facets[name]}

    def tally(results, name):
        """Counts from the results' own facet values, independent of the engine's."""
        assert len(results.hits) == results.count
        return dict(Counter(value for hit in results.hits for value in hit.facets.get(name, [])))

    selection = ["family-support", "school-resilience"]
    family = run(topic=["family-support"])
    school = run(topic=["school-resilience"])
    both = run(topic=selection)
    assert ids(both) == ids(family) | ids(school)  # OR within a facet ...
    assert ids(family) < ids(both) and ids(school) < ids(both)  # ... more than either alone

    narrowed = run(topic=selection, evidence=["evaluated"])
    assert 0 < narrowed.count < both.count
    evaluated = {
        hit.object_id for hit in both.hits if "evaluated" in hit.facets.get("evidence", [])
    }
    assert ids(narrowed) == evaluated  # AND across

    # each facet is counted with the other facets' selections applied, and a
    # facet's own selection does not narrow its own counts: the evidence
    # counts are those of the topic search, for every evidence level in it ...
    evidence_counts = counts(narrowed, "evidence")
    assert evidence_counts == tally(both, "evidence")
    assert len(evidence_counts) > 1  # levels not selected are counted too
    assert evidence_counts != counts(run(), "evidence")  # the topics narrow them
    for value, count in evidence_counts.items():
        assert count == run(topic=selection, evidence=[value]).count
    # ... and the topic counts those of the evidence search
    topic_counts = counts(narrowed, "topic")
    assert topic_counts == tally(run(evidence=["evaluated"]), "topic")
    assert set(topic_counts) - set(selection)  # topics not selected are counted too
    assert topic_counts != counts(run(), "topic")  # the evidence level narrows them
    for value, count in topic_counts.items():
        assert count == run(topic=[value], evidence=["evaluated"]).count
    # no value offered leads to zero results
    for name, values in narrowed.facets.items():
        for item in values:
            assert item["count"] > 0 or item["selected"], (name, item)


def test_unknown_facet_values_are_ignored_by_the_engine(engine):
    def page_ids(topics):
        results = search(
            SearchQuery(text="", locale="en", filters={"topic": topics}, page_size=50),
            engine=engine,
        )
        return results.count, [hit.object_id for hit in results.hits]

    assert page_ids(["no-such-topic"]) == page_ids([])
    assert page_ids(["no-such-topic", "family-support"]) == page_ids(["family-support"])


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # a "word" too long to be one is no word: as if nothing was typed
        ("x" * 10_000, ""),
        ("école\x00école", "école école"),
        ('unbalanced "quote', "unbalanced quote"),
        (
            "NEAR(school family) OR title:* AND -x ^2 {col}:y",
            "NEAR school family OR title AND x 2 col y",
        ),
        ("'; DROP TABLE search_searchdocument; --", "DROP TABLE search_searchdocument"),
        ("* ( ) \" ' : ^ - + ~", ""),
    ],
)
def test_hostile_text_is_just_text(engine, text, words):
    """Engine syntax is punctuation: the same results as the words alone,
    from the engine itself (no failure answered by the fallback)."""

    def run(text):
        results = search(SearchQuery(text=text, locale="fr", page_size=50), engine=engine)
        assert not results.incomplete, text
        return results.count, [hit.object_id for hit in results.hits]

    assert run(text) == run(words)
    if "école" in words:
        assert run(text)[0] > 0


def test_sort_by_title_and_newest(engine):
    by_title = search(
        SearchQuery(text="", locale="en", filters=PRACTICES, sort="title", page_size=50),
        engine=engine,
    )
    names = [hit.title.casefold() for hit in by_title.hits]
    assert len(names) == 24
    assert names == sorted(names)
    newest = search(
        SearchQuery(text="", locale="en", filters=PRACTICES, sort="newest", page_size=50),
        engine=engine,
    )
    dates = [hit.published_at for hit in newest.hits]
    assert len(dates) == 24 and len(set(dates)) > 1  # an order to get wrong
    assert dates == sorted(dates, reverse=True)


def test_pagination_covers_every_result_once(engine):
    seen = []
    for page in (1, 2, 3):
        results = search(
            SearchQuery(text="", locale="en", page=page, page_size=10, filters=PRACTICES),
            engine=engine,
        )
        seen += [hit.object_id for hit in results.hits]
    assert len(seen) == len(set(seen)) == 24


def test_autocomplete_completes_titles_as_you_type(engine, make_practice):
    from search.engine import autocomplete

    make_practice("it", "Laboratori nelle scuole superiori")
    hits = autocomplete("scuo", "it", members=False, engine=engine)
    assert "Laboratori nelle scuole superiori" in [hit.title for hit in hits]


def test_similar_practices_share_topics_and_prefer_other_cities():
    from tests.helpers import practice

    page = practice("municipal-prevention-network")
    results = similar_practices(page, "en", members=False)
    assert 0 < len(results) <= 4
    own_topics = set(page.specific.topics.values_list("slug", flat=True))
    for hit in results:
        assert hit.object_id != page.pk
        assert hit.locale == "en" and not hit.members_only
        assert own_topics & set(hit.facets.get("topic", [])) or set(
            page.specific.forms_of_extremism.values_list("slug", flat=True)
        ) & set(hit.facets.get("form", []))
    assert results[0].facets["organisation"] != ["augsburg"]
