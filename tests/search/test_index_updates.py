"""The index follows the content without a manual step."""

import datetime
import io

import pytest
from django.core.management import call_command
from django.db import connection
from wagtail.models import Locale

from network.models import Organisation
from search.engine import SearchQuery, search
from search.facet_index import read_rows
from search.models import SearchDocument
from tests.helpers import practice

pytestmark = pytest.mark.django_db


def text_index_rows():
    """The full-text table's rows, as the engine matches them."""
    statement = {
        "postgresql": (
            "SELECT document_id, locale, members_only, vector::text, title_vector::text "
            "FROM search_text ORDER BY document_id"
        ),
        "sqlite": "SELECT rowid, title, body FROM search_fts ORDER BY rowid",
    }[connection.vendor]
    with connection.cursor() as cursor:
        cursor.execute(statement)
        return cursor.fetchall()


def text_table_definition():
    """PostgreSQL: search_text's columns (with their statistics targets),
    indexes and constraints."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT attname, format_type(atttypid, atttypmod), attnotnull, attstattarget, "
            "attstorage FROM pg_attribute WHERE attrelid = 'search_text'::regclass "
            "AND attnum > 0 AND NOT attisdropped ORDER BY attnum"
        )
        columns = cursor.fetchall()
        cursor.execute(
            "SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'search_text' "
            "ORDER BY indexname"
        )
        indexes = cursor.fetchall()
        cursor.execute(
            "SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint "
            "WHERE conrelid = 'search_text'::regclass ORDER BY conname"
        )
        return columns, indexes, cursor.fetchall()


def found(text, locale="en", **kwargs):
    return [hit.title for hit in search(SearchQuery(text=text, locale=locale, **kwargs)).hits]


def test_publishing_indexes_and_unpublishing_removes(make_practice):
    page = make_practice("en", "Neighbourhood mediation with football supporters")
    assert page.title in found("mediation supporters")
    page.unpublish()
    assert page.title not in found("mediation supporters")


def test_deleting_a_page_removes_it(make_practice):
    page = make_practice("en", "Street theatre against hate speech")
    page.delete()
    assert found("street theatre") == []
    assert not SearchDocument.objects.filter(object_id=page.pk).exists()


def test_changing_members_only_changes_who_finds_it(make_practice):
    page = make_practice("en", "Helpline for worried grandparents")
    assert page.title in found("grandparents")
    page.members_only = True
    page.save_revision().publish()
    assert found("grandparents") == []
    assert page.title in found("grandparents", members=True)


def test_renaming_an_organisation_reindexes_its_pages():
    organisation = Organisation.objects.get(slug="malmo", locale__language_code="en")
    organisation.name = "Municipality of Øresundsby"
    organisation.save()
    hits = found("Øresundsby", filters={"kind": ["practice"]})
    assert hits
    assert set(hits) == {
        page.title
        for page in practice("gang-exit-support-teams")
        .__class__.objects.live()
        .filter(organisation=organisation, members_only=False, locale__language_code="en")
    }


def test_a_new_translation_updates_the_language_facet(django_capture_on_commit_callbacks):
    from wagtail_localize.models import Translation, TranslationSource

    source_page = practice("youth-debate-spaces")
    document = SearchDocument.objects.get(object_id=source_page.pk)
    assert document.facets["language"] == ["en", "fr"]
    source, _created = TranslationSource.get_or_create_from_instance(source_page)
    translation = Translation.objects.create(
        source=source, target_locale=Locale.objects.get(language_code="it")
    )
    with django_capture_on_commit_callbacks(execute=True):
        translation.save_target(publish=True)
    document.refresh_from_db()
    assert document.facets["language"] == ["en", "fr", "it"]
    assert SearchDocument.objects.filter(
        translation_key=source_page.translation_key, locale="it"
    ).exists()


def test_moving_a_page_updates_its_url(make_practice):
    from home.models import StandardPage

    page = make_practice("en", "Mentoring for young people leaving custody")
    about = StandardPage.objects.get(slug="liaise-project", locale__language_code="en")
    # practices may only live in the library, so move the library's sibling instead
    about.move(about.get_parent(), pos="last-child")
    assert SearchDocument.objects.get(object_id=page.pk).url == page.url


def test_rebuild_command_shows_progress_and_a_summary():
    before = SearchDocument.objects.count()
    out = io.StringIO()
    call_command("rebuild_search_index", stdout=out)
    text = out.getvalue()
    assert f"{before}/{before} pages" in text
    assert f"Indexed {before} documents" in text
    assert SearchDocument.objects.count() == before


def pages_by_value(index):
    """The pages of each facet value (bit positions differ between a caught-up
    index and a fresh load: new pages are appended)."""
    return {key: index.ids_of(bits) for key, bits in index.bits.items() if bits}


def test_processes_catch_up_change_by_change_instead_of_reloading(make_practice, monkeypatch):
    from search.engine import FacetIndex
    from search.models import IndexVersion

    before = FacetIndex.get(IndexVersion.current())
    full_loads = []
    load = FacetIndex.load.__func__
    monkeypatch.setattr(
        FacetIndex,
        "load",
        classmethod(lambda cls, *state: full_loads.append(state) or load(cls, *state)),
    )
    page = make_practice("en", "Youth workers' network against hate online")
    after = FacetIndex.get(IndexVersion.current())
    assert full_loads == []  # caught up from the change log
    assert after is not before
    assert after.seq == before.seq + 1
    # the delta gave the same bitsets as a full load would
    reloaded = FacetIndex.load(*IndexVersion.current())
    assert pages_by_value(after) == pages_by_value(reloaded)
    assert after.ids_of(after.public_bits) == reloaded.ids_of(reloaded.public_bits)
    assert after.by_title == reloaded.by_title
    assert after.by_newest == reloaded.by_newest
    assert after.groups == reloaded.groups
    assert page.title in found("youth workers network hate online")

    page.unpublish()
    later = FacetIndex.get(IndexVersion.current())
    assert page.pk not in later.facets_of
    assert pages_by_value(later) == pages_by_value(FacetIndex.load(*IndexVersion.current()))


def test_rebuild_makes_the_same_documents_as_publishing(make_practice):
    """A full rebuild (batched look-ups) and the signals (page by page) must
    agree to the letter, or a rebuild would silently change the results."""
    make_practice("fr", "Médiation de quartier", body="Les écoles et les familles")

    def snapshot():
        # everything but the bookkeeping (change number, time of writing)
        return list(
            SearchDocument.objects.order_by("content_type_id", "object_id").values(
                *[
                    field.name
                    for field in SearchDocument._meta.concrete_fields
                    if field.name not in ("seq", "updated_at")
                ]
            )
        )

    before, text_before = snapshot(), text_index_rows()
    assert any(row[0] == SearchDocument.objects.latest("seq").pk for row in text_before)
    call_command("rebuild_search_index", stdout=io.StringIO())
    assert snapshot() == before
    assert text_index_rows() == text_before


@pytest.mark.skipif(
    connection.vendor != "postgresql", reason="PostgreSQL only: the text table swapped in"
)
def test_rebuild_swaps_in_a_text_table_defined_as_migrated(make_practice):
    """The rebuild builds a new search_text and drops the migrated one: the
    new one must have the same columns, settings, indexes and key, and be
    what searches read (the old one's rows would be gone with it)."""
    make_practice("en", "Youth mentoring in schools")
    migrated = text_table_definition()
    assert ("vector", "tsvector", True, 0, "x") in migrated[0]
    assert len(migrated[1]) == 4
    call_command("rebuild_search_index", stdout=io.StringIO())
    assert text_table_definition() == migrated
    assert "Youth mentoring in schools" in found("mentoring")
    with connection.cursor() as cursor:
        cursor.execute("SELECT to_regclass('search_text_new')")
        assert cursor.fetchone() == (None,)


def document_rows():
    fields = [f.name for f in SearchDocument._meta.concrete_fields if f.name != "updated_at"]
    return list(
        SearchDocument.objects.order_by("content_type_id", "object_id").values_list(*fields)
    )


@pytest.mark.skipif(
    connection.vendor != "postgresql", reason="PostgreSQL only: SQLite rebuilds in-process"
)
def test_rebuild_in_worker_processes_makes_the_same_index():
    """Workers read the committed pages (the demo network, loaded once per
    session) on connections of their own, from fresh processes."""
    from search import indexer

    indexed, total = indexer.rebuild(workers=1)
    in_process, text_in_process = document_rows(), text_index_rows()
    assert indexed > 10
    seq_before = SearchDocument.objects.latest("seq").seq
    assert indexer.rebuild(workers=2) == (indexed, total)
    after = document_rows()
    assert [row[:-1] for row in after] == [row[:-1] for row in in_process]  # all but seq
    assert {row[-1] for row in after} == {seq_before + 1}
    assert text_index_rows() == text_in_process


def test_rebuild_queries_do_not_grow_with_the_pages(make_practice):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from search import indexer

    indexer.rebuild()  # warm: the exchange's page and the site are looked up once per process
    with CaptureQueriesContext(connection) as first:
        indexer.rebuild()
    for number in range(6):
        make_practice("en", f"Family support circle number {number}")
    indexer.rebuild()  # warm again: the new pages purged the shared cache (the site)
    with CaptureQueriesContext(connection) as second:
        indexer.rebuild()
    assert SearchDocument.objects.count() > 0
    assert len(second) == len(first)


def test_a_very_long_word_does_not_stop_indexing(make_practice):
    """PostgreSQL refuses lexemes over 2 kB: such 'words' are not indexed."""
    page = make_practice("en", "Pasted evidence", body=f"hash {'a1b2' * 800} mentoring scheme")
    assert page.title in found("mentoring scheme")
    assert "a1b2" not in SearchDocument.objects.get(object_id=page.pk).body_terms


@pytest.mark.parametrize(
    "times",
    [
        # SQLite's date functions round to the millisecond: a time within
        # half a millisecond of the next second must not sort after it
        ("2026-12-02T04:31:37.999519+00:00", "2026-12-02T04:31:38.612803+00:00"),
        ("2026-12-02T04:31:37.000000+00:00", "2026-12-02T04:31:37.000001+00:00"),
        ("2026-12-31T23:59:59.999999+00:00", "2027-01-01T00:00:00.000000+00:00"),
    ],
)
def test_newest_order_follows_publication_time_to_the_microsecond(make_practice, times):
    earlier, later = (make_practice("en", f"Boundary {n}") for n in range(2))
    for page, stamp in ((earlier, times[0]), (later, times[1])):
        SearchDocument.objects.filter(object_id=page.pk).update(
            published_at=datetime.datetime.fromisoformat(stamp)
        )
    published = {row[0]: row[-1] for row in read_rows()}
    document = dict(SearchDocument.objects.values_list("object_id", "pk"))
    assert published[document[later.pk]] - published[document[earlier.pk]] == round(
        (
            datetime.datetime.fromisoformat(times[1]) - datetime.datetime.fromisoformat(times[0])
        ).total_seconds()
        * 1_000_000
    )


def test_a_translation_is_found_by_its_terms_in_its_own_language():
    """A German practice's document holds the German names of its topics,
    forms of extremism and target groups, never the English ones (each
    vocabulary is looked up in the page's language)."""
    from practices.models import PracticePage
    from search.analysis import terms

    page = next(
        page
        for page in PracticePage.objects.live().filter(
            locale__language_code="de", alias_of__isnull=True
        )
        if page.forms_of_extremism.exists() and page.target_groups.exists()
    )
    body = set(SearchDocument.objects.get(object_id=page.pk).body_terms.split())
    for relation in ("topics", "forms_of_extremism", "target_groups"):
        for term in getattr(page, relation).all():
            german = term.get_translation(Locale.objects.get(language_code="de")).name
            assert set(terms(german, "de")) <= body, (relation, german)
            english_only = set(terms(term.name, "de")) - set(terms(german, "de"))
            assert not english_only & body - set(terms(page.title + " " + page.summary, "de")), (
                relation,
                term.name,
            )
