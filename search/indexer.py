"""Keeping the database engine's index in step with the content.

Every write goes through ``index_objects`` / ``remove_objects`` (or their
page forms) so that the documents table, the full-text table and the
version counter change together, in the caller's transaction: a content
change and its index update commit or roll back as one, so neither is ever
lost. What is indexed is what the content apps registered
(``search.registry``).
"""

import multiprocessing
import os
import threading
from collections import deque
from concurrent.futures import ProcessPoolExecutor
from operator import attrgetter

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import connection, transaction
from django.db.models import Max, Q
from wagtail.models import Page

from search import elastic, registry
from search import workers as workers_module
from search.documents import BuildContext, build
from search.models import IndexVersion, RemovedDocument, SearchDocument

#: The full-text table beside the documents: FTS5 on SQLite, tsvectors on
#: PostgreSQL (search/migrations/0002 and 0005), filled from the documents'
#: ready-made terms (search.analysis) by the database itself.
TEXT_TABLE = {"sqlite": ("search_fts", "rowid"), "postgresql": ("search_text", "document_id")}
FILL_TEXT = {
    "sqlite": (
        "INSERT INTO {table} (rowid, title, body) "
        "SELECT id, title_terms, body_terms FROM search_searchdocument"
    ),
    "postgresql": (
        "INSERT INTO {table} (document_id, locale, members_only, vector, title_vector) "
        "SELECT id, locale, members_only, "
        "setweight(to_tsvector('simple'::regconfig, title_terms), 'A') || "
        "setweight(to_tsvector('simple'::regconfig, body_terms), 'C'), "
        "to_tsvector('simple'::regconfig, title_terms) FROM search_searchdocument"
    ),
}

#: A PostgreSQL rebuild fills a fresh text table and swaps it in at the end
#: (``TextFill``). Filling the live table after deleting its rows left it
#: and its GIN indexes twice their size (dead rows and their TOAST), and the
#: five-facet search 8 % slower, until a VACUUM FULL. The fresh table gets
#: the indexes of migration 0005, built in one pass once it is full, and
#: ``tests/search/test_index_updates.py`` checks that the swapped-in table
#: is defined exactly as the migrated one.
NEW_TEXT_TABLE = "search_text_new"
TEXT_TABLE_INDEXES = {
    "pkey": "ALTER TABLE {table} ADD CONSTRAINT {name} PRIMARY KEY (document_id)",
    "vector": "CREATE INDEX {name} ON {table} USING GIN (vector)",
    "title_vector": "CREATE INDEX {name} ON {table} USING GIN (title_vector)",
    "locale": "CREATE INDEX {name} ON {table} (locale)",
}


def _in_chunks(ids, column="id"):
    """(``column IN (...)``, ids) for the ids, 500 at a time."""
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        yield f"{column} IN ({','.join('%s' for _ in chunk)})", chunk


def _fts_delete(ids=None):
    """Forget the text of the documents ``ids`` (of every one if None)."""
    if connection.vendor not in TEXT_TABLE:
        return
    table, key = TEXT_TABLE[connection.vendor]
    with connection.cursor() as cursor:
        if ids is None:
            cursor.execute(f"DELETE FROM {table}")  # noqa: S608
            return
        for where, chunk in _in_chunks(ids, key):
            cursor.execute(f"DELETE FROM {table} WHERE {where}", chunk)  # noqa: S608


def _fts_fill(ids=None, raw_connection=None, table=None):
    """Index the text of the documents ``ids`` (of every one if None).

    ``raw_connection``: the database driver's connection to run on, from
    another thread (see ``TextFill``); ``table``: another table to fill
    than the live one (a rebuild's new table).
    """
    if connection.vendor not in FILL_TEXT:
        return
    statement = FILL_TEXT[connection.vendor].format(table=table or TEXT_TABLE[connection.vendor][0])
    cursor = raw_connection.cursor() if raw_connection is not None else connection.cursor()
    with cursor:
        if ids is None:
            cursor.execute(statement)
            return
        for where, chunk in _in_chunks(ids):
            cursor.execute(f"{statement} WHERE {where}", chunk)


def _insert(documents):
    """Write the documents: COPY on PostgreSQL, one prepared INSERT on SQLite.

    ``bulk_create`` compiles a multi-row statement per batch of 60 on
    SQLite (its limit on parameters): a third of a full rebuild's time at
    100,000 documents, against a tenth with ``executemany``.
    """
    if not documents:
        return
    fields = [field for field in SearchDocument._meta.concrete_fields if not field.generated]
    quote = connection.ops.quote_name
    table = quote(SearchDocument._meta.db_table)
    columns = ", ".join(quote(field.column) for field in fields)
    rows = [
        [field.get_db_prep_save(field.pre_save(document, True), connection) for field in fields]
        for document in documents
    ]
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            with cursor.cursor.copy(f"COPY {table} ({columns}) FROM STDIN") as copy:
                for row in rows:
                    copy.write_row(row)
        else:
            placeholders = ", ".join(["%s"] * len(fields))
            statement = f"INSERT INTO {table} ({columns}) VALUES ({placeholders})"  # noqa: S608
            cursor.executemany(statement, rows)


def _keys_q(keys):
    """A filter for the documents of ``keys`` ((content type id, object id))."""
    by_type = {}
    for content_type_id, object_id in keys:
        by_type.setdefault(content_type_id, []).append(object_id)
    query = Q(pk__in=[])
    for content_type_id, object_ids in by_type.items():
        query |= Q(content_type_id=content_type_id, object_id__in=object_ids)
    return query


class DocumentIds:
    """The documents' own numbers (``SearchDocument.id``): an object keeps
    its number while it is in the index, a new one takes the next free
    number. Numbers stay dense (the bitsets' position table is as long as
    the highest one) and the same across a rebuild (Elasticsearch's
    documents and the processes' bitsets keep meaning the same object).
    Only used under the index's write lock (``IndexVersion.bump``)."""

    def __init__(self, keys=None):
        documents = SearchDocument.objects.all()
        if keys is not None:
            documents = documents.filter(_keys_q(keys)) if keys else documents.none()
        self.known = {
            (content_type_id, object_id): pk
            for pk, content_type_id, object_id in documents.values_list(
                "pk", "content_type_id", "object_id"
            )
        }
        self.next = (SearchDocument.objects.aggregate(top=Max("pk"))["top"] or 0) + 1

    def assign(self, documents):
        for document in documents:
            key = (document.content_type_id, document.object_id)
            document.pk = self.known.get(key)
            if document.pk is None:
                document.pk = self.known[key] = self.next
                self.next += 1


def write(documents, removed_keys=()):
    """Replace the documents of the given objects (and drop those of
    ``removed_keys``: (content type id, object id) pairs)."""
    keys = [(doc.content_type_id, doc.object_id) for doc in documents] + list(removed_keys)
    if not keys:
        return
    with transaction.atomic():
        seq = IndexVersion.bump()
        ids = DocumentIds(keys)
        existing = set(ids.known.values())
        SearchDocument.objects.filter(pk__in=existing).delete()
        _fts_delete(list(existing))
        ids.assign(documents)
        for document in documents:
            document.seq = seq
        _insert(documents)
        _fts_fill([document.pk for document in documents])
        kept = {document.pk for document in documents}
        RemovedDocument.objects.bulk_create(
            [RemovedDocument(document_id=pk, seq=seq) for pk in existing - kept]
        )
        if settings.SEARCH_ENGINE == "elasticsearch":
            elastic.record(existing | kept)


def index_objects(objects):
    """Index (again) registered objects, pages or not, and what changes with
    them (a page's translations); the ones that must not be found leave the
    index. Returns the number of documents written."""
    by_index = {}
    for obj in objects:
        obj = getattr(obj, "specific", obj)
        index = registry.index_for(type(obj)) if obj is not None else None
        if index is not None:
            by_index.setdefault(index, []).append(obj)
    documents, removed = [], []
    context = BuildContext()
    for index, batch in by_index.items():
        group = [obj for obj in index.group(batch) if registry.index_for(type(obj)) is not None]
        context.prefetch(group)
        for obj in group:
            document = build(obj, context)
            if document is None:
                removed.append((ContentType.objects.get_for_model(type(obj)).pk, obj.pk))
            else:
                documents.append(document)
    write(documents, removed)
    return len(documents)


def index_pages(pages):
    return index_objects(pages)


def remove_objects(model, ids):
    content_type_id = ContentType.objects.get_for_model(model).pk
    write([], [(content_type_id, pk) for pk in ids])


def page_content_type_ids():
    """The content types of the registered page types."""
    return [
        ContentType.objects.get_for_model(index.model).pk
        for index in registry.indexes()
        if issubclass(index.model, Page)
    ]


def remove_pages(page_ids):
    """Drop the documents of pages (of whatever registered type)."""
    keys = SearchDocument.objects.filter(
        content_type_id__in=page_content_type_ids(), object_id__in=list(page_ids)
    ).values_list("content_type_id", "object_id")
    write([], list(keys))


def searchable_id_batches(batch_size=500):
    """(model, primary keys) of every candidate object, ``batch_size`` at a time.

    Batches by primary keys fetched up front: "pk > last ORDER BY pk LIMIT n"
    makes SQLite sort every remaining row of the joined tables for each
    batch (0.2 s a batch at 100,000 pages).
    """
    for index in registry.indexes():
        ids = sorted(index.queryset().values_list("pk", flat=True))
        for start in range(0, len(ids), batch_size):
            yield index.model, ids[start : start + batch_size]


def objects_of(model, ids, context):
    """The objects ``ids`` of ``model``, with what their documents need
    fetched in a few queries."""
    index = registry.index_for(model)
    candidates = index.queryset()
    if index.select_related:
        candidates = candidates.select_related(*index.select_related)
    objects = sorted(candidates.filter(pk__in=ids), key=attrgetter("pk"))
    context.prefetch(objects)
    return objects


def build_batch(model, ids, context):
    """(objects read, their documents) for the objects ``ids`` of ``model``."""
    objects = objects_of(model, ids, context)
    documents = (build(obj, context) for obj in objects)
    return len(objects), [document for document in documents if document is not None]


def built_batches(batch_size=500):
    """``build_batch`` for every candidate object, batch by batch."""
    context = BuildContext()
    for model, ids in searchable_id_batches(batch_size):
        yield build_batch(model, ids, context)


def rebuild_workers():
    """Processes that build a PostgreSQL rebuild's documents (setting
    ``SEARCH_REBUILD_WORKERS``; default: one per processor, at most 4). On
    SQLite the rebuild builds them itself: readers in other processes would
    wait for its write lock."""
    if connection.vendor != "postgresql":
        return 1
    return max(1, settings.SEARCH_REBUILD_WORKERS or min(os.cpu_count() or 1, 4))


def built_batches_in_workers(workers, batch_size=500):
    """``built_batches`` from ``workers`` processes, in the same order.

    Reading and building pages is Python work (two thirds of a rebuild), so
    threads would take turns; processes use every processor. Each worker
    reads committed pages on a connection of its own while the rebuild's
    transaction writes; at most two batches per worker wait to be written.
    """
    pool = ProcessPoolExecutor(
        max_workers=workers,
        mp_context=multiprocessing.get_context("spawn"),
        initializer=workers_module.start,
        initargs=(connection.settings_dict["NAME"],),
    )
    try:
        waiting = deque()
        for model, ids in searchable_id_batches(batch_size):
            waiting.append(pool.submit(workers_module.build_batch, model._meta.label_lower, ids))
            if len(waiting) > 2 * workers:
                yield waiting.popleft().result()
        while waiting:
            yield waiting.popleft().result()
    finally:
        pool.shutdown(wait=True, cancel_futures=True)  # on an error too: nothing left running


def rebuild(progress=None, batch_size=500, workers=None):
    """Rebuild the whole index; ``progress(done, total)`` is called per batch."""
    total = sum(index.queryset().count() for index in registry.indexes())
    workers = rebuild_workers() if workers is None else workers
    if workers > 1:
        batches = built_batches_in_workers(workers, batch_size)
    else:
        batches = built_batches(batch_size)
    with transaction.atomic():
        seq = IndexVersion.bump(full=True)
        ids = DocumentIds()
        SearchDocument.objects.all().delete()
        text = TextFill()
        text.begin()
        done, indexed = 0, 0
        try:
            # The text of a batch is filled (TextFill) while the next one
            # is built.
            for objects_read, documents in batches:
                ids.assign(documents)
                for document in documents:
                    document.seq = seq
                text.wait()
                _insert(documents)
                text.add([document.pk for document in documents])
                text.start()
                indexed += len(documents)
                done += objects_read
                if progress and done < total:
                    progress(done, total)
        finally:
            text.wait()
            batches.close()
        text.finish()
    if progress:
        progress(done, total)
    return indexed, total


class TextFill:
    """Fills the text index of a rebuild.

    PostgreSQL: into a new table, swapped in for the live one at the end of
    the rebuild's transaction (searches meanwhile read the old one; a
    concurrent index update waits on ``IndexVersion.bump`` until the
    rebuild commits, then writes to the new one). Each batch's vectors are
    computed in a second thread on the same connection (so in the rebuild's
    transaction) while Python builds the next batch; they were a third of
    the rebuild. psycopg 3 connections may be shared between threads: each
    statement holds the connection's lock, so a query of the main thread
    meanwhile simply waits its turn.
    SQLite: the FTS5 table is emptied, then filled in one statement at the
    end, which is faster than batch by batch.
    """

    def __init__(self):
        self.threaded = connection.vendor == "postgresql"
        self._queued = []
        self._thread = None
        self._error = None

    def begin(self):
        if not self.threaded:
            _fts_delete()
            return
        live = TEXT_TABLE["postgresql"][0]
        with connection.cursor() as cursor:
            cursor.execute(f"DROP TABLE IF EXISTS {NEW_TEXT_TABLE}")
            # The columns only (with their storage and statistics settings):
            # the indexes are built when the table is full, in ``finish``.
            cursor.execute(
                f"CREATE TABLE {NEW_TEXT_TABLE} (LIKE {live} INCLUDING DEFAULTS "
                "INCLUDING STORAGE INCLUDING COMPRESSION)"
            )
            cursor.execute(f"ALTER TABLE {NEW_TEXT_TABLE} ALTER COLUMN vector SET STATISTICS 0")

    def add(self, ids):
        if self.threaded:
            self._queued = ids

    def start(self):
        if not self._queued:
            return
        ids, raw, self._queued = self._queued, connection.connection, []

        def run():
            try:
                _fts_fill(ids, raw, NEW_TEXT_TABLE)
            except BaseException as error:  # re-raised in the main thread
                self._error = error

        self._thread = threading.Thread(target=run, name="search-rebuild-text", daemon=True)
        self._thread.start()

    def wait(self):
        if self._thread is not None:
            self._thread.join()
            self._thread = None
        if self._error is not None:
            error, self._error = self._error, None
            raise error

    def finish(self):
        if not self.threaded:
            _fts_fill()
            return
        _fts_fill(self._queued, table=NEW_TEXT_TABLE)
        live = TEXT_TABLE["postgresql"][0]
        with connection.cursor() as cursor:
            cursor.execute("SET LOCAL maintenance_work_mem = '256MB'")
            for suffix, definition in TEXT_TABLE_INDEXES.items():
                name = f"{NEW_TEXT_TABLE}_{suffix}"
                cursor.execute(definition.format(table=NEW_TEXT_TABLE, name=name))
            # The swap: searches wait for it (the lock is held until the
            # commit), not for the fill.
            cursor.execute(f"DROP TABLE {live}")
            cursor.execute(f"ALTER TABLE {NEW_TEXT_TABLE} RENAME TO {live}")
            for suffix in TEXT_TABLE_INDEXES:
                cursor.execute(f"ALTER INDEX {NEW_TEXT_TABLE}_{suffix} RENAME TO {live}_{suffix}")
