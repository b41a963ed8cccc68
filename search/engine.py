"""The search service: one query model, engines behind it.

``search(query)`` answers a ``SearchQuery`` with ``SearchResults``. The text
match is the engine's job (``DatabaseEngine``: SQLite FTS5 or PostgreSQL
full text); filters, facet counts, de-duplication across languages and
ordering happen on in-memory bitsets (``FacetIndex``), one Python integer per
facet value with one bit per document. That keeps a search at a fixed,
small number of SQL queries whatever the number of facets selected, and
gives exact counts for every value, each facet counted with the other
facets' selections applied.
"""

import bisect
import heapq
import json
import logging
import threading
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from itertools import compress
from operator import itemgetter

import numpy as np
from django.conf import settings
from django.db import connection

from search.analysis import prefix_terms, query_terms
from search.models import IndexVersion, SearchDocument

#: Facet names, in display order. Values are locale-neutral (slugs, codes).
FACETS = [
    "kind",
    "language",
    "country",
    "organisation",
    "topic",
    "form",
    "target",
    "approach",
    "evidence",
    "year",
]
SORTS = ("relevance", "newest", "title")
logger = logging.getLogger(__name__)
MAX_PAGE_SIZE = 50


@dataclass
class SearchQuery:
    text: str = ""
    filters: dict = field(default_factory=dict)
    sort: str = "relevance"
    page: int = 1
    page_size: int = 20
    locale: str = "en"
    all_languages: bool = False
    members: bool = False


@dataclass
class SearchResults:
    count: int
    page: int
    page_size: int
    hits: list
    facets: dict
    terms: list
    incomplete: bool = False

    @property
    def num_pages(self):
        return max(1, -(-self.count // self.page_size))


def bits_from_ids(ids, size):
    """The bitset with the bits ``ids`` set (``size`` bits at least)."""
    ids = np.asarray(ids, dtype=np.int64)
    if ids.size:
        size = max(size, int(ids.max()) + 1)
    flags = np.zeros(size, dtype=bool)
    flags[ids] = True
    return int.from_bytes(np.packbits(flags, bitorder="little").tobytes(), "little")


#: Below this many set bits, finding them one by one (``ids_from_bits``)
#: beats a pass over every position (``FacetIndex.ids_of``).
SPARSE_BITS = 2000
#: '0'/'1' to the bytes 0/1, for ``itertools.compress``.
_BIT_FLAGS = bytes.maketrans(b"01", b"\x00\x01")


def ids_at(page_at, mask):
    """The page ids at the set bits of ``mask`` (``page_at``: position to
    page id)."""
    if mask.bit_count() < SPARSE_BITS:
        return {page_at[position] for position in ids_from_bits(mask)}
    # One byte per position, 0 or 1, and compress: every step in C.
    # 13,562 set bits of 100,028: 2.4 ms instead of 8.8 one by one.
    flags = bin(mask)[:1:-1].encode("ascii").translate(_BIT_FLAGS)
    return set(compress(page_at, flags))


def ids_from_bits(mask):
    """The set bits of ``mask`` as a set of ints (fast: str.find in C)."""
    digits = bin(mask)[:1:-1]
    found = set()
    position = digits.find("1")
    while position != -1:
        found.add(position)
        position = digits.find("1", position + 1)
    return found


ROW_FIELDS = (
    "page_id",
    "locale",
    "translation_key",
    "members_only",
    "facets",
    "title",
    "published_at",
)


#: Publication time in microseconds since the epoch, computed by the
#: database (SQLite stores "YYYY-MM-DD HH:MM:SS[.ffffff]" in UTC).
EPOCH = {
    "sqlite": "COALESCE(CAST(strftime('%%s', published_at) AS INTEGER) * 1000000"
    " + CAST(substr(published_at, 21, 6) AS INTEGER), 0)",
    "postgresql": "COALESCE((EXTRACT(EPOCH FROM published_at) * 1000000)::bigint, 0)",
}


def read_rows(where="", params=()):
    """The documents' rows for the bitsets, as the database sends them.

    Read with a plain cursor, the facets parsed as one JSON array and the
    publication time as a number computed by the database: through the ORM
    (converters and a ``json.loads`` per row) loading 100,000 documents took
    5.5 s of a fresh process's first search. Translation keys stay as the
    database gives them (they are only compared with each other).
    """
    columns = ", ".join([*ROW_FIELDS[:-1], EPOCH[connection.vendor]])
    table = SearchDocument._meta.db_table
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT {columns} FROM {table} {where}", list(params))  # noqa: S608
        rows = cursor.fetchall()
    facets = json.loads("[" + ",".join(row[4] for row in rows) + "]")
    return [
        (page_id, locale, key, bool(members_only), facets[number], title, published)
        for number, (page_id, locale, key, members_only, _facets, title, published) in enumerate(
            rows
        )
    ]


#: Beyond this many changed pages, sorting again beats moving them one by one.
MAX_REORDERED = 2000


class FacetIndex:
    """Bitsets of one index state (seq, token), shared by a process's threads.

    A process builds them once, then catches up change by change from the
    index's change log (``IndexChange``, ``RemovedDocument``, the ``seq`` of
    each row): an edit costs the next search a few milliseconds, not a full
    reload. A gap or a rebuild in the log means a full reload.
    """

    _lock = threading.Lock()
    _cache = {}

    def __init__(self, rows, seq=0, token=None):
        self.seq, self.token = seq, token
        # Bits are dense positions, not page ids: page ids only grow (every
        # page type, every deletion), and bitsets as long as the highest id
        # made each operation 6 times slower after a few regenerations.
        self.position, self.page_at = {}, []
        self.bits, self.locale_bits, self.public_bits = {}, {}, 0
        self.group_of, self.groups, self.facets_of, self.locale_of = {}, {}, {}, {}
        self.title_key, self.date_key = {}, {}
        by_value, by_locale, public = {}, {}, []
        # Positions locale by locale: one language's documents hold one
        # range of positions (``span``), which ``LocaleView`` works on.
        for row in sorted(rows, key=itemgetter(1)):
            _page_id, locale, _key, members_only, facets, _title, _published = row
            position = self._remember(row)
            by_locale.setdefault(locale, []).append(position)
            if not members_only:
                public.append(position)
            for name, values in facets.items():
                for value in values:
                    by_value.setdefault((name, value), []).append(position)
        size = len(self.page_at)
        self.bits = {key: bits_from_ids(ids, size) for key, ids in by_value.items()}
        self.locale_bits = {key: bits_from_ids(ids, size) for key, ids in by_locale.items()}
        self.public_bits = bits_from_ids(public, size)
        self.span = {key: (ids[0], ids[-1] + 1) for key, ids in by_locale.items()}
        self._order()

    def _remember(self, row):
        page_id, locale, key, _members_only, facets, title, published = row
        position = self.position.get(page_id)
        if position is None:
            position = self.position[page_id] = len(self.page_at)
            self.page_at.append(page_id)
        self.group_of[page_id] = key
        self.groups.setdefault(key, {})[locale] = page_id
        self.facets_of[page_id] = facets
        self.locale_of[page_id] = locale
        self.title_key[page_id] = (title.casefold(), page_id)
        self.date_key[page_id] = (-published, page_id)
        return position

    def bits_of(self, page_ids):
        return self.bits_in(page_ids, 0, len(self.page_at))

    def bits_in(self, page_ids, start, stop):
        """The bitset of ``page_ids`` over positions [start, stop), shifted to
        start at 0 (ids not in the index or outside the range are left out).

        Vectorised: the 13,562 matches of a search became a bitset in 1.6 ms
        instead of 11 ms one by one.
        """
        table = self._position_table()
        ids = np.fromiter(page_ids, dtype=np.int64, count=len(page_ids))
        positions = table[ids[(ids >= 0) & (ids < len(table))]]
        return bits_from_ids(
            positions[(positions >= start) & (positions < stop)] - start, stop - start
        )

    def _position_table(self):
        """page id -> position (-1: none), an array made once per index state."""
        table = self.__dict__.get("_positions")
        if table is None:
            size = max(self.position, default=0) + 1
            table = np.full(size, -1, dtype=np.int32)
            count = len(self.position)
            table[np.fromiter(self.position.keys(), np.int64, count)] = np.fromiter(
                self.position.values(), np.int32, count
            )
            self.__dict__["_positions"] = table
        return table

    def ids_of(self, mask):
        return ids_at(self.page_at, mask)

    def view(self, locale):
        """This index as one language's search sees it (``LocaleView``),
        made once per index state."""
        views = self.__dict__.setdefault("_views", {})
        view = views.get(locale)
        if view is None:
            view = views[locale] = LocaleView(self, locale)
        return view

    def _order(self):
        self.title_order = sorted(self.title_key.values())
        self.date_order = sorted(self.date_key.values())
        self._list_values()

    def _reorder(self, previous, page_ids):
        """Move the changed pages within the previous orderings, by bisection:
        sorting 100,000 keys again cost the first search after an edit
        a quarter of a second."""
        self.title_order = list(previous.title_order)
        self.date_order = list(previous.date_order)
        for order, old_keys, new_keys in (
            (self.title_order, previous.title_key, self.title_key),
            (self.date_order, previous.date_key, self.date_key),
        ):
            for page_id in page_ids:
                old_key, new_key = old_keys.get(page_id), new_keys.get(page_id)
                if old_key == new_key:
                    continue
                if old_key is not None:
                    del order[bisect.bisect_left(order, old_key)]
                if new_key is not None:
                    bisect.insort(order, new_key)
        self._list_values()

    @property
    def by_title(self):
        return [page_id for _key, page_id in self.title_order]

    @property
    def by_newest(self):
        return [page_id for _key, page_id in self.date_order]

    def _list_values(self):
        self.values = {}
        for name, value in self.bits:
            self.values.setdefault(name, []).append(value)

    def _forget(self, page_id):
        facets = self.facets_of.pop(page_id, None)
        if facets is None:
            return
        clear = ~(1 << self.position[page_id])
        for name, values in facets.items():
            for value in values:
                self.bits[(name, value)] &= clear
        locale = self.locale_of.pop(page_id)
        self.locale_bits[locale] &= clear
        self.public_bits &= clear
        key = self.group_of.pop(page_id)
        group = self.groups.get(key, {})
        if group.get(locale) == page_id:
            del group[locale]
        if not group:
            self.groups.pop(key, None)
        self.title_key.pop(page_id, None)
        self.date_key.pop(page_id, None)

    def _add(self, row):
        _page_id, locale, _key, members_only, facets, _title, _published = row
        position = self._remember(row)
        bit = 1 << position
        start, stop = self.span.get(locale, (position, position + 1))
        self.span[locale] = (min(start, position), max(stop, position + 1))
        for name, values in facets.items():
            for value in values:
                self.bits[(name, value)] = self.bits.get((name, value), 0) | bit
        self.locale_bits[locale] = self.locale_bits.get(locale, 0) | bit
        if not members_only:
            self.public_bits |= bit

    def advanced(self, seq, token, changed_rows, removed_ids):
        """A copy of this index with a delta applied (readers keep the old one)."""
        new = object.__new__(FacetIndex)
        new.__dict__.update(
            {
                name: (dict(value) if isinstance(value, dict) else value)
                for name, value in self.__dict__.items()
                if name not in ("_labels", "_views", "_positions")
            }
        )
        new.page_at = list(self.page_at)
        changed = set(removed_ids) | {row[0] for row in changed_rows}
        # copy only the translation groups the delta touches
        new.groups = dict(self.groups)
        touched = {self.group_of.get(page_id) for page_id in changed}
        for key in touched | {row[2] for row in changed_rows}:
            if key in new.groups:
                new.groups[key] = dict(new.groups[key])
        for page_id in removed_ids:
            new._forget(page_id)
        for row in changed_rows:
            new._forget(row[0])
            new._add(row)
        new.seq, new.token = seq, token
        if len(changed) > MAX_REORDERED:
            new._order()
        else:
            new._reorder(self, changed)
        return new

    @classmethod
    def load(cls, seq, token):
        return cls(read_rows(), seq, token)

    @classmethod
    def catch_up(cls, index, seq, token):
        """Apply the changes after ``index``, or None if the log cannot tell."""
        from search.models import IndexChange, RemovedDocument

        changes = list(
            IndexChange.objects.filter(seq__gte=index.seq, seq__lte=seq)
            .order_by("seq")
            .values_list("seq", "token", "full")
        )
        expected = list(range(index.seq, seq + 1))
        if (
            [change[0] for change in changes] != expected
            or changes[0][1] != index.token
            or changes[-1][1] != token
            or any(full for _seq, _token, full in changes[1:])
        ):
            return None
        rows = read_rows("WHERE seq > %s AND seq <= %s", [index.seq, seq])
        removed = set(
            RemovedDocument.objects.filter(seq__gt=index.seq, seq__lte=seq).values_list(
                "page_id", flat=True
            )
        )
        return index.advanced(seq, token, rows, removed - {row[0] for row in rows})

    @classmethod
    def get(cls, state):
        seq, token = state
        key = (connection.alias, connection.settings_dict["NAME"])
        index = cls._cache.get(key)
        if index is not None and index.seq == seq and index.token == token:
            return index
        with cls._lock:
            index = cls._cache.get(key)
            if index is not None and index.seq == seq and index.token == token:
                return index
            fresh = None
            if index is not None and index.token is not None and index.seq < seq:
                fresh = cls.catch_up(index, seq, token)
            if fresh is None:
                fresh = cls.load(seq, token)
            cls._cache[key] = fresh
            return fresh

    def known_values(self, name):
        return set(self.values.get(name, ()))

    def labels(self, language):
        """Facet value labels in one language, computed once per index state
        (renaming or translating a term re-indexes its pages, which moves the
        state on)."""
        cache = self.__dict__.setdefault("_labels", {})
        if language not in cache:
            from django.utils import translation

            from search.labels import value_labels

            with translation.override(language):
                cache[language] = value_labels()
        return cache[language]


class LocaleView:
    """A ``FacetIndex`` as a search in one language sees it: that language's
    range of positions only, on bitsets of their own.

    With five languages a range is a fifth of the positions, so every AND,
    count and unpacking of a search in the reader's language (the default)
    works on a fifth of the bits. The bitsets are cut from the index's as
    they are first asked for, then kept with the index state. Documents
    added since the last full load (catch-up) have positions at the end,
    which widens their language's range until the next full load.
    """

    def __init__(self, index, locale):
        self.start, self.stop = index.span.get(locale, (0, 0))
        self.page_at = index.page_at[self.start : self.stop]
        self.bits = CutBits(index.bits, self.start, self.stop)
        self.locale_bits = {locale: self.bits.cut(index.locale_bits.get(locale, 0))}
        self.public_bits = self.bits.cut(index.public_bits)
        self.index = index
        self.values, self.facets_of = index.values, index.facets_of
        self.date_key, self.title_order, self.date_order = (
            index.date_key,
            index.title_order,
            index.date_order,
        )

    def bits_of(self, page_ids):
        return self.index.bits_in(page_ids, self.start, self.stop)

    def ids_of(self, mask):
        return ids_at(self.page_at, mask)


class CutBits(Mapping):
    """The bitsets of an index cut to positions [start, stop), shifted to
    start at 0, each cut when first asked for."""

    def __init__(self, bits, start, stop):
        self.full, self.start, self.mask = bits, start, (1 << (stop - start)) - 1
        self.made = {}

    def cut(self, bits):
        return (bits >> self.start) & self.mask

    def __getitem__(self, key):
        bits = self.made.get(key)
        if bits is None:
            bits = self.made[key] = self.cut(self.full[key])
        return bits

    def __contains__(self, key):
        return key in self.full

    def __iter__(self):
        return iter(self.full)

    def __len__(self):
        return len(self.full)


#: The PostgreSQL types packed by ``int4send`` / ``float4send``: 4 bytes, network order.
PACKED = {"i": ">i4", "f": ">f4"}


def unpack(packed, typecode):
    """Numbers that PostgreSQL packed with ``int4send`` / ``float4send``
    and ``string_agg``, as a list.

    13,500 matches came as as many rows, which psycopg turned into tuples
    in 7 ms; packed, they are two values of one row, unpacked in C in
    0.1 ms (``bench``: the five-facet search at 100,000 documents).
    """
    return np.frombuffer(packed or b"", dtype=PACKED[typecode]).tolist()


# The SQL below is assembled from constant fragments only; every value the
# reader typed is passed as a parameter (terms are \w+ words, see analysis).
class DatabaseEngine:
    """Full-text match in the database: FTS5 on SQLite, tsvector on PostgreSQL."""

    def match(self, text, locales, members):
        """Page ids matching every term, as {page_id: score}. On SQLite with
        one locale, pages of other locales and members-only pages are among
        them: ``search`` restricts the matches with its bitsets anyway."""
        return self.match_terms({locale: query_terms(text, locale) for locale in locales}, members)

    def match_terms(self, terms_by_locale, members):
        parts, params = [], []
        postgresql = connection.vendor == "postgresql"
        for locale, terms in terms_by_locale.items():
            if not terms:
                continue
            if postgresql:
                tsquery = " & ".join(terms)
                # Ranked by the title: ranking by the whole vector would fetch
                # it from TOAST for every match (see migration 0005). The
                # matches come packed, one row per locale (see unpack).
                parts.append(
                    "SELECT string_agg(int4send(page_id), ''::bytea), string_agg(float4send("
                    "ts_rank(title_vector, to_tsquery('simple', %s))), ''::bytea) "
                    "FROM search_text WHERE locale = %s "
                    "AND vector @@ to_tsquery('simple', %s)"
                    + ("" if members else " AND NOT members_only")
                )
                params += [tsquery, locale, tsquery]
                continue
            expression = " AND ".join(f'"{term}"' for term in terms)
            if len(terms_by_locale) == 1:
                # One language (the default search): the service keeps that
                # language's pages the reader may see with its bitsets, so
                # the match does not join the documents to check them (that
                # read each match's row: a third of the match at 100,000).
                parts.append(
                    "SELECT rowid, -bm25(search_fts, 5.0, 1.0) FROM search_fts "
                    "WHERE search_fts MATCH %s"
                )
                params.append(expression)
            else:
                parts.append(
                    "SELECT d.page_id, -bm25(search_fts, 5.0, 1.0) AS score "
                    "FROM search_fts JOIN search_searchdocument d ON d.page_id = search_fts.rowid "
                    "WHERE search_fts MATCH %s AND d.locale = %s"
                    + ("" if members else " AND d.members_only = 0")
                )
                params += [expression, locale]
        if not parts:
            return {}
        sql = " UNION ALL ".join(parts)
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            rows = cursor.fetchall()
        if not postgresql:
            return dict(rows)
        scores = {}
        for page_ids, ranks in rows:
            scores.update(zip(unpack(page_ids, "i"), unpack(ranks, "f"), strict=True))
        return scores

    def complete(self, text, locale, members, limit):
        complete_terms, prefix = prefix_terms(text, locale)
        if not prefix:
            return []
        if connection.vendor == "postgresql":
            anywhere = " & ".join(complete_terms) or f"{prefix}:*"
            in_title = f"{prefix}:*"
            sql = (
                "SELECT t.page_id FROM search_text t JOIN search_searchdocument d "
                "ON d.page_id = t.page_id WHERE t.locale = %s "
                "AND t.title_vector @@ to_tsquery('simple', %s) "
                "AND t.vector @@ to_tsquery('simple', %s)"
                + ("" if members else " AND NOT t.members_only")
                + " ORDER BY ts_rank(t.title_vector, to_tsquery('simple', %s)) DESC, d.title"
                " LIMIT %s"
            )
            params = [locale, in_title, anywhere, in_title, limit]
        else:
            expression = " AND ".join(
                [*(f'"{t}"' for t in complete_terms), f'title : "{prefix}" *']
            )
            sql = (
                "SELECT d.page_id FROM search_fts JOIN search_searchdocument d "
                "ON d.page_id = search_fts.rowid WHERE search_fts MATCH %s AND d.locale = %s"
                + ("" if members else " AND d.members_only = 0")
                + " ORDER BY bm25(search_fts, 5.0, 1.0), d.title LIMIT %s"
            )
            params = [expression, locale, limit]
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            return [row[0] for row in cursor.fetchall()]


def get_engine():
    if settings.SEARCH_ENGINE == "elasticsearch":
        from search.elastic import ElasticsearchEngine

        return ElasticsearchEngine()
    return DatabaseEngine()


def run_engine(engine, method, *args):
    """Ask the engine; if Elasticsearch fails, answer from the database
    engine (always up to date) and say the results may be incomplete."""
    try:
        return getattr(engine, method)(*args), False
    except Exception:
        if isinstance(engine, DatabaseEngine):
            raise
        logger.exception("Search engine %s failed; answering from the database", engine)
        return getattr(DatabaseEngine(), method)(*args), True


def search(query, engine=None, index=None):
    engine = engine or get_engine()
    index = index or FacetIndex.get(IndexVersion.current())
    # The positions the search works on: one language's (the default), or all.
    if query.all_languages:
        locales, space = list(index.locale_bits), index
    else:
        locales, space = [query.locale], index.view(query.locale)
    base = 0
    for locale in locales:
        base |= space.locale_bits.get(locale, 0)
    if not query.members:
        base &= space.public_bits
    visible = base

    terms = query_terms(query.text, query.locale)
    scores = None
    incomplete = False
    if terms:
        scores, incomplete = run_engine(engine, "match", query.text, locales, query.members)
        base &= space.bits_of(scores)

    if query.all_languages:
        base, scores = collapse_translations(space, base, scores, query.locale, visible)

    selected = {
        name: [value for value in query.filters.get(name, []) if (name, value) in space.bits]
        for name in FACETS
    }
    masks = {}
    for name, values in selected.items():
        if values:
            mask = 0
            for value in values:
                mask |= space.bits[(name, value)]
            masks[name] = mask

    final = base
    for mask in masks.values():
        final &= mask

    facets = {}
    for name in FACETS:
        context = base
        for other, mask in masks.items():
            if other != name:
                context &= mask
        counts = []
        for value, count in count_values(space, context, name).items():
            if count or value in selected[name]:
                counts.append({"value": value, "count": count, "selected": value in selected[name]})
        facets[name] = counts

    count = final.bit_count()
    page_size = max(1, min(query.page_size, MAX_PAGE_SIZE))
    last_page = max(1, -(-count // page_size))
    page = min(max(1, query.page), last_page)
    start = (page - 1) * page_size
    members_of_final = space.ids_of(final) if count else set()
    if query.sort == "relevance" and scores is not None:
        # Only the pages up to this one need ordering; equal scores
        # (PostgreSQL ranks by title): newest first.
        date_key = space.date_key
        ordered = heapq.nsmallest(
            start + page_size,
            members_of_final,
            key=lambda page_id: (-scores.get(page_id, 0), date_key[page_id]),
        )
    else:
        order = space.title_order if query.sort == "title" else space.date_order
        wanted = start + page_size
        ordered = []
        for _key, page_id in order:  # stops at the last page shown, not at 100,000
            if page_id in members_of_final:
                ordered.append(page_id)
                if len(ordered) == wanted:
                    break
    page_ids = ordered[start : start + page_size]
    hits = documents_of(page_ids)
    return SearchResults(
        count=count,
        page=page,
        page_size=page_size,
        hits=hits,
        facets=facets,
        terms=terms,
        incomplete=incomplete,
    )


#: Counting a facet value by value costs about this many set bits of the
#: context per value and 100,000 positions, counting document by document
#: (measured at 100,000 documents: the 366 organisations within 872
#: results, 3.5 ms value by value, 1.5 ms document by document).
BITS_PER_VALUE_COUNT = 6


def count_values(index, context, name):
    """{value: documents of ``context`` with it} for every value of facet
    ``name``, in the index's order: with one AND per value, or, when the
    context holds few documents and the facet many values (organisations),
    from the documents' own facet values."""
    values = index.values.get(name, ())
    if context.bit_count() * 100_000 < len(values) * BITS_PER_VALUE_COUNT * len(index.page_at):
        return count_by_documents(index, context, name)
    return count_by_bits(index, context, name)


def count_by_bits(index, context, name):
    bits = index.bits
    return {
        value: (context & bits[(name, value)]).bit_count() for value in index.values.get(name, ())
    }


def count_by_documents(index, context, name):
    facets_of = index.facets_of
    found = Counter()
    for page_id in index.ids_of(context):
        found.update(facets_of[page_id].get(name, ()))
    return {value: found[value] for value in index.values.get(name, ())}


def documents_of(page_ids):
    """The documents of ``page_ids``, in that order, in one query. The terms
    are left out: they are for the index only, and the largest columns."""
    documents = SearchDocument.objects.defer("title_terms", "body_terms").in_bulk(page_ids)
    return [documents[page_id] for page_id in page_ids if page_id in documents]


def collapse_translations(index, mask, scores, reader_locale, visible):
    """Each record once: the reader's translation when it exists and the
    reader may see it (``visible``: the positions the visibility rule lets
    this reader find), otherwise the best-matching one. A record matches if
    any translation the reader may see matches; ``mask`` holds only those.
    Translations may differ in visibility (a translation's own flag), so the
    reader's translation is never taken on trust."""
    matched = index.ids_of(mask)
    groups = index.groups
    preferred_ids = [groups[index.group_of[page_id]].get(reader_locale) for page_id in matched]
    readable = set(
        index.ids_of(index.bits_of([pid for pid in preferred_ids if pid is not None]) & visible)
    )
    chosen, chosen_scores, seen = [], {}, set()
    for page_id in matched:
        key = index.group_of[page_id]
        if key in seen:
            continue
        seen.add(key)
        group = index.groups[key]
        hits = [pid for pid in group.values() if pid in matched]
        preferred = group.get(reader_locale)
        if preferred in readable:
            representative = preferred
        else:
            representative = max(hits, key=lambda pid: (scores or {}).get(pid, 0))
        chosen.append(representative)
        if scores is not None:
            chosen_scores[representative] = max(scores.get(pid, 0) for pid in hits)
    return index.bits_of(chosen), (chosen_scores if scores is not None else None)


def autocomplete(text, locale, members, limit=8, engine=None):
    engine = engine or get_engine()
    page_ids, _incomplete = run_engine(engine, "complete", text, locale, members, limit)
    return documents_of(page_ids)


def similar(page_id, locale, members, limit=4):
    """Practices like this one: shared topics and forms of extremism count
    most, target groups less, and another city or organisation is preferred
    (learning from elsewhere is the point). Same language, same visibility
    rule as the search."""
    from collections import Counter

    index = FacetIndex.get(IndexVersion.current())
    facets = index.facets_of.get(page_id)
    if not facets:
        return []
    candidates = index.locale_bits.get(locale, 0) & index.bits.get(("kind", "practice"), 0)
    if not members:
        candidates &= index.public_bits
    scores = Counter()
    for name, weight in (("topic", 3), ("form", 3), ("target", 1)):
        for value in facets.get(name, []):
            for other in index.ids_of(candidates & index.bits.get((name, value), 0)):
                scores[other] += weight
    scores.pop(page_id, None)
    own = set(facets.get("organisation", []))
    for other in scores:
        if not own & set(index.facets_of[other].get("organisation", [])):
            scores[other] += 2
    best = [other for other, _score in sorted(scores.items(), key=lambda item: (-item[1], item[0]))]
    return documents_of(best[:limit])
