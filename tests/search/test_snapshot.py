"""The facet index a process saves for the next ones (``search.snapshot``).

A fresh process reads the snapshot instead of every document's row; it
must answer exactly as a full load would, catch up when the index moved on,
and fall back to the database whenever the file cannot be trusted.
"""

import marshal
import zlib

import pytest

from search import snapshot
from search.engine import SearchQuery, search
from search.facet_index import FacetIndex
from search.models import IndexVersion


@pytest.fixture
def snapshots(settings, tmp_path):
    settings.SEARCH_SNAPSHOT_DIR = str(tmp_path)
    FacetIndex._cache.clear()
    yield tmp_path
    FacetIndex._cache.clear()


@pytest.fixture
def practices(make_practice):
    made = [
        make_practice("en", "School mediation in Leeds", body="Schools and families"),
        make_practice("en", "Online school outreach", body="Schools online"),
        make_practice("fr", "Médiation scolaire", body="Les écoles"),
        make_practice("en", "Members' school network", body="Schools", members_only=True),
    ]
    return made


def fresh_process_index():
    """What a new process gets: nothing in memory, then ``FacetIndex.get``."""
    FacetIndex._cache.clear()
    return FacetIndex.get(IndexVersion.current())


def answers(index):
    """Everything a reader sees, for a few searches, on ``index``."""
    queries = [
        SearchQuery(text="school", locale="en"),
        SearchQuery(text="school", locale="en", members=True, sort="title"),
        SearchQuery(locale="en", sort="newest", filters={"kind": ["practice"]}),
        SearchQuery(text="school", locale="en", all_languages=True),
        SearchQuery(locale="fr"),
    ]
    seen = []
    for query in queries:
        results = search(query, index=index)
        seen.append(
            (
                results.count,
                [hit.pk for hit in results.hits],
                results.facets,
                results.elsewhere,
            )
        )
    return seen


def pages_by_value(index):
    return {key: index.ids_of(bits) for key, bits in index.bits.items() if bits}


def test_a_fresh_process_reads_the_snapshot_and_answers_the_same(snapshots, practices):
    built = fresh_process_index()
    assert built.loaded_from == "database"
    assert snapshot.path().exists()
    read = fresh_process_index()
    assert read.loaded_from == "snapshot"
    assert (read.seq, read.token) == (built.seq, built.token)
    assert answers(read) == answers(FacetIndex.load(*IndexVersion.current()))

    def titles(**kwargs):
        return {hit.title for hit in search(SearchQuery(text="school", **kwargs), index=read).hits}

    members_only = practices[3].title
    assert members_only in titles(members=True) and members_only not in titles()
    assert read.groups == built.groups
    assert read.by_title == built.by_title and read.by_newest == built.by_newest
    assert dict(read.facets_of) == dict(built.facets_of)


def test_a_snapshot_behind_the_index_is_caught_up(snapshots, practices, make_practice):
    fresh_process_index()
    saved_at = snapshot.load(FacetIndex).seq
    page = make_practice("en", "Youth school network against hate")
    practices[0].unpublish()
    index = fresh_process_index()
    assert index.loaded_from == "snapshot"
    assert index.seq == IndexVersion.current()[0] > saved_at
    reloaded = FacetIndex.load(*IndexVersion.current())
    assert answers(index) == answers(reloaded)
    assert pages_by_value(index) == pages_by_value(reloaded)
    titles = {hit.title for hit in search(SearchQuery(text="school"), index=index).hits}
    assert page.title in titles and practices[0].title not in titles


def test_a_snapshot_the_change_log_cannot_lead_from_is_ignored(snapshots, practices):
    fresh_process_index()
    IndexVersion.bump(full=True)  # a rebuild: every process loads again
    index = fresh_process_index()
    assert index.loaded_from == "database"
    # ... and the snapshot now holds the new state
    assert snapshot.load(FacetIndex).seq == IndexVersion.current()[0]


def test_a_snapshot_of_another_state_with_the_same_number_is_ignored(snapshots, practices):
    """A rolled-back change may have been saved: same seq, another token."""
    fresh_process_index()
    seq, _token = IndexVersion.current()
    IndexVersion.objects.filter(pk=1).update(token="00000000-0000-0000-0000-000000000001")
    index = fresh_process_index()
    assert index.loaded_from == "database"
    assert index.seq == seq


@pytest.mark.parametrize(
    "damage",
    [
        lambda data: data[: len(data) // 2],  # truncated
        lambda data: data[:-10] + bytes(10),  # bytes changed
        lambda data: b"not a snapshot\n" + data,
        lambda data: data.replace(
            f"liaise-facet-index {snapshot.FORMAT}".encode(), b"liaise-facet-index 1", 1
        ),
        lambda data: b"",
    ],
)
def test_a_damaged_snapshot_falls_back_to_the_database(snapshots, practices, damage):
    fresh_process_index()
    path = snapshot.path()
    path.write_bytes(damage(path.read_bytes()))
    index = fresh_process_index()
    assert index.loaded_from == "database"
    assert answers(index) == answers(FacetIndex.load(*IndexVersion.current()))
    assert fresh_process_index().loaded_from == "snapshot"  # written again


def test_a_missing_snapshot_is_written_and_none_when_switched_off(snapshots, practices, settings):
    assert not list(snapshots.iterdir())
    assert fresh_process_index().loaded_from == "database"
    assert [path.name for path in snapshots.iterdir()] == [snapshot.path().name]
    snapshot.path().unlink()
    assert fresh_process_index().loaded_from == "database"
    settings.SEARCH_SNAPSHOT_DIR = ""
    assert snapshot.path() is None
    assert fresh_process_index().loaded_from == "database"
    assert fresh_process_index().loaded_from == "database"


def test_a_snapshot_of_another_database_is_ignored(snapshots, practices):
    """A file copied from another site's directory, well formed otherwise."""
    fresh_process_index()
    path = snapshot.path()
    head, payload = path.read_bytes().split(b"\n", 1)
    data = marshal.loads(payload)  # noqa: S302 (the test's own file)
    data["database"] = "sqlite|||another"
    payload = marshal.dumps(data)
    parts = head.split()
    parts[4:6] = [str(len(payload)).encode(), str(zlib.crc32(payload)).encode()]
    path.write_bytes(b" ".join(parts) + b"\n" + payload)
    assert fresh_process_index().loaded_from == "database"


def gunicorn_hook(name):
    """A hook of the production gunicorn configuration, as gunicorn runs it."""
    import runpy
    from pathlib import Path

    from django.conf import settings

    config = Path(settings.BASE_DIR) / "deploy" / "gunicorn.conf.py"
    return runpy.run_path(str(config))[name]


class Server:
    """What a gunicorn hook is given: the arbiter, of which it uses the log."""

    def __init__(self):
        import logging

        self.log = logging.getLogger("tests.gunicorn")


def when_ready():
    import gc

    gunicorn_hook("when_ready")(Server())
    gc.unfreeze()  # the hook froze this test process's objects


def test_the_gunicorn_master_loads_the_index_before_forking(snapshots, practices):
    FacetIndex._cache.clear()
    when_ready()
    loaded = list(FacetIndex._cache.values())
    assert len(loaded) == 1 and loaded[0].loaded_from == "database"
    # a worker forked from the master has it: its first search loads nothing
    assert FacetIndex.get(IndexVersion.current()) is loaded[0]
    assert snapshot.path().exists()


def test_the_search_warms_from_the_snapshot(snapshots, practices):
    built = fresh_process_index()
    FacetIndex._cache.clear()
    import search as search_package

    warmed = search_package.warm()
    assert warmed.loaded_from == "snapshot"
    assert answers(warmed) == answers(built)


def test_a_master_that_cannot_load_the_index_still_starts(caplog):
    """No database access here (no django_db): the hook logs the failure."""
    FacetIndex._cache.clear()
    when_ready()
    assert FacetIndex._cache == {}
    assert "The search index was not loaded before forking the workers" in caplog.text
