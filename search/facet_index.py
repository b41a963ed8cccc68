"""The in-memory facet index: bitsets of one index state (``FacetIndex``),
the documents' rows they are built from (``read_rows``) and one language's
view of them (``LocaleView``).
"""

import bisect
import gc
import json
import logging
import threading
from collections.abc import Mapping
from operator import itemgetter

import numpy as np
from django.db import connection
from django.utils import translation

from search import snapshot
from search.bitsets import bits_from_ids, ids_at
from search.models import IndexChange, RemovedDocument, SearchDocument
from search.registry import value_labels

ROW_FIELDS = (
    "id",
    "locale",
    "translation_key",
    "members_only",
    "facets",
    "title",
    "published_at",
)


#: Publication time in microseconds since the epoch, computed by the
#: database (SQLite stores "YYYY-MM-DD HH:MM:SS[.ffffff]" in UTC). SQLite's
#: date functions round to the millisecond, so whole seconds are taken from
#: the text without its fraction: from the whole text, 37.9996 s became 38 s
#: and the page sorted as if published at 38.9996 s.
EPOCH = {
    "sqlite": "COALESCE(CAST(strftime('%%s', substr(published_at, 1, 19)) AS INTEGER) * 1000000"
    " + CAST(substr(published_at, 21, 6) AS INTEGER), 0)",
    "postgresql": "COALESCE((EXTRACT(EPOCH FROM published_at) * 1000000)::bigint, 0)",
}


#: The translation key as 32 hexadecimal digits on both databases (SQLite
#: stores it so): a string, which the snapshot (``search.snapshot``) can
#: write, and which compares as fast as a UUID.
KEY = {
    "sqlite": "translation_key",
    "postgresql": "replace(translation_key::text, '-', '')",
}

logger = logging.getLogger(__name__)


def read_rows(where="", params=()):
    """The documents' rows for the bitsets, as the database sends them.

    Read with a plain cursor, the facets parsed as one JSON array and the
    publication time as a number computed by the database: through the ORM
    (converters and a ``json.loads`` per row) loading 100,000 documents took
    5.5 s of a fresh process's first search. Translation keys stay as the
    database gives them (they are only compared with each other).
    """
    vendor = connection.vendor
    columns = ", ".join([*ROW_FIELDS[:2], KEY[vendor], *ROW_FIELDS[3:-1], EPOCH[vendor]])
    table = SearchDocument._meta.db_table
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT {columns} FROM {table} {where}", list(params))  # noqa: S608
        rows = cursor.fetchall()
    facets = json.loads("[" + ",".join(row[4] for row in rows) + "]")
    return [
        (doc_id, locale, key, bool(members_only), facets[number], title, published)
        for number, (doc_id, locale, key, members_only, _facets, title, published) in enumerate(
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
        self.position, self.doc_at = {}, []
        self.bits, self.locale_bits, self.public_bits = {}, {}, 0
        self.group_of, self.groups, self.facet_keys = {}, {}, {}
        self.title_key, self.date_key = {}, {}
        #: Where this index state came from: "database" (a full load) or
        #: "snapshot" (``search.snapshot``), caught up or not.
        self.loaded_from = "database"
        by_value, by_locale, public = {}, {}, []
        # Positions locale by locale: one language's documents hold one
        # range of positions (``span``), which ``LocaleView`` works on.
        for row in sorted(rows, key=itemgetter(1)):
            _doc_id, locale, _key, members_only, facets, _title, _published = row
            position = self._remember(row)
            by_locale.setdefault(locale, []).append(position)
            if not members_only:
                public.append(position)
            for key in self.facet_keys[row[0]]:
                by_value.setdefault(key, []).append(position)
        size = len(self.doc_at)
        self.bits = {key: bits_from_ids(ids, size) for key, ids in by_value.items()}
        self.locale_bits = {key: bits_from_ids(ids, size) for key, ids in by_locale.items()}
        self.public_bits = bits_from_ids(public, size)
        self.span = {key: (ids[0], ids[-1] + 1) for key, ids in by_locale.items()}
        self._order()

    def _remember(self, row):
        doc_id, locale, key, _members_only, facets, title, published = row
        position = self.position.get(doc_id)
        if position is None:
            position = self.position[doc_id] = len(self.doc_at)
            self.doc_at.append(doc_id)
        locale = self._intern(locale)
        self.group_of[doc_id] = key
        self.groups.setdefault(key, {})[locale] = doc_id
        # One tuple of shared (facet, value) keys per document, not a dict
        # of lists of strings: 100,000 such dicts held most of a serving
        # process's memory (see docs/search.md).
        intern = self._intern
        self.facet_keys[doc_id] = tuple(
            [
                intern((intern(name), intern(value)))
                for name, values in facets.items()
                for value in values
            ]
        )
        self.title_key[doc_id] = (title.casefold(), doc_id)
        self.date_key[doc_id] = (-published, doc_id)
        return position

    def _intern(self, thing):
        """The one copy of an equal string or facet key that this index and
        the states caught up from it share."""
        interned = self.__dict__.get("_interned")
        if interned is None:
            interned = self.__dict__["_interned"] = {}
            for key in self.bits:
                interned[key] = key
                interned.setdefault(key[0], key[0])
                interned.setdefault(key[1], key[1])
            for locale in self.locale_bits:
                interned.setdefault(locale, locale)
        return interned.setdefault(thing, thing)

    @property
    def facets_of(self):
        """{document id: {facet: [values]}}, each made when asked for."""
        return FacetsOf(self.facet_keys)

    def bits_of(self, doc_ids):
        return self.bits_in(doc_ids, 0, len(self.doc_at))

    def bits_in(self, doc_ids, start, stop):
        """The bitset of ``doc_ids`` over positions [start, stop), shifted to
        start at 0 (ids not in the index or outside the range are left out).

        Vectorised: the 13,562 matches of a search became a bitset in 1.6 ms
        instead of 11 ms one by one.
        """
        table = self._position_table()
        ids = np.fromiter(doc_ids, dtype=np.int64, count=len(doc_ids))
        positions = table[ids[(ids >= 0) & (ids < len(table))]]
        return bits_from_ids(
            positions[(positions >= start) & (positions < stop)] - start, stop - start
        )

    def _position_table(self):
        """document id -> position (-1: none), an array made once per index state."""
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
        return ids_at(self.doc_at, mask)

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

    def _reorder(self, previous, doc_ids):
        """Move the changed pages within the previous orderings, by bisection:
        sorting 100,000 keys again cost the first search after an edit
        a quarter of a second."""
        self.title_order = list(previous.title_order)
        self.date_order = list(previous.date_order)
        for order, old_keys, new_keys in (
            (self.title_order, previous.title_key, self.title_key),
            (self.date_order, previous.date_key, self.date_key),
        ):
            for doc_id in doc_ids:
                old_key, new_key = old_keys.get(doc_id), new_keys.get(doc_id)
                if old_key == new_key:
                    continue
                if old_key is not None:
                    del order[bisect.bisect_left(order, old_key)]
                if new_key is not None:
                    bisect.insort(order, new_key)
        self._list_values()

    @property
    def by_title(self):
        return [doc_id for _key, doc_id in self.title_order]

    @property
    def by_newest(self):
        return [doc_id for _key, doc_id in self.date_order]

    def _list_values(self):
        self.values = {}
        for name, value in self.bits:
            self.values.setdefault(name, []).append(value)

    def _forget(self, doc_id):
        keys = self.facet_keys.pop(doc_id, None)
        if keys is None:
            return
        clear = ~(1 << self.position[doc_id])
        for key in keys:
            self.bits[key] &= clear
        # The language from its bit (a map of every document's language
        # took 8 MB of each process at 100,000 documents).
        position = self.position[doc_id]
        locale = next(
            (locale for locale, bits in self.locale_bits.items() if bits >> position & 1), None
        )
        if locale is not None:
            self.locale_bits[locale] &= clear
        self.public_bits &= clear
        key = self.group_of.pop(doc_id)
        group = self.groups.get(key, {})
        if group.get(locale) == doc_id:
            del group[locale]
        if not group:
            self.groups.pop(key, None)
        self.title_key.pop(doc_id, None)
        self.date_key.pop(doc_id, None)

    def _add(self, row):
        doc_id, locale, _key, members_only, _facets, _title, _published = row
        position = self._remember(row)
        bit = 1 << position
        start, stop = self.span.get(locale, (position, position + 1))
        self.span[locale] = (min(start, position), max(stop, position + 1))
        for key in self.facet_keys[doc_id]:
            self.bits[key] = self.bits.get(key, 0) | bit
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
                if name not in ("_labels", "_views", "_positions", "_interned")
            }
        )
        new._interned = self._intern_table()
        new.doc_at = list(self.doc_at)
        changed = set(removed_ids) | {row[0] for row in changed_rows}
        # copy only the translation groups the delta touches
        new.groups = dict(self.groups)
        touched = {self.group_of.get(doc_id) for doc_id in changed}
        for key in touched | {row[2] for row in changed_rows}:
            if key in new.groups:
                new.groups[key] = dict(new.groups[key])
        for doc_id in removed_ids:
            new._forget(doc_id)
        for row in changed_rows:
            new._forget(row[0])
            new._add(row)
        new.seq, new.token = seq, token
        if len(changed) > MAX_REORDERED:
            new._order()
        else:
            new._reorder(self, changed)
        return new

    def _intern_table(self):
        self._intern("")
        return self.__dict__["_interned"]

    @classmethod
    def load(cls, seq, token):
        enabled = gc.isenabled()
        gc.disable()  # see from_snapshot
        try:
            return cls(read_rows(), seq, token)
        finally:
            if enabled:
                gc.enable()

    @classmethod
    def catch_up(cls, index, seq, token):
        """Apply the changes after ``index``, or None if the log cannot tell."""
        changes = list(
            IndexChange.objects.filter(seq__gte=index.seq, seq__lte=seq)
            .order_by("seq")
            .values_list("seq", "token", "full")
        )
        expected = list(range(index.seq, seq + 1))
        if (
            not changes
            or [change[0] for change in changes] != expected
            or changes[0][1] != index.token
            or changes[-1][1] != token
            or any(full for _seq, _token, full in changes[1:])
        ):
            return None
        rows = read_rows("WHERE seq > %s AND seq <= %s", [index.seq, seq])
        removed = set(
            RemovedDocument.objects.filter(seq__gt=index.seq, seq__lte=seq).values_list(
                "document_id", flat=True
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
                fresh = cls.from_snapshot(seq, token)
            if fresh is None:
                fresh = cls.load(seq, token)
                snapshot.save(fresh)
            cls._cache[key] = fresh
            return fresh

    @classmethod
    def from_snapshot(cls, seq, token):
        """The index saved by an earlier process (``search.snapshot``),
        caught up to (seq, token); None if there is none it can lead to."""
        # The collector would walk the half-made containers over and over
        # while a few hundred thousand of them are made, for no garbage.
        enabled = gc.isenabled()
        gc.disable()
        try:
            saved = snapshot.load(cls)
        finally:
            if enabled:
                gc.enable()
        if saved is None or saved.seq > seq:
            return None
        if (saved.seq, saved.token) == (seq, token):
            return saved
        fresh = cls.catch_up(saved, seq, token)
        if fresh is not None and seq - saved.seq > snapshot.REWRITE_AFTER:
            snapshot.save(fresh)
        return fresh

    def known_values(self, name):
        return set(self.values.get(name, ()))

    def labels(self, language):
        """Facet value labels in one language, computed once per index state
        (renaming or translating a term re-indexes its pages, which moves the
        state on)."""
        cache = self.__dict__.setdefault("_labels", {})
        if language not in cache:
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
        self.doc_at = index.doc_at[self.start : self.stop]
        self.bits = CutBits(index.bits, self.start, self.stop)
        self.locale_bits = {locale: self.bits.cut(index.locale_bits.get(locale, 0))}
        self.public_bits = self.bits.cut(index.public_bits)
        self.index = index
        self.values, self.facet_keys = index.values, index.facet_keys
        self.date_key, self.title_order, self.date_order = (
            index.date_key,
            index.title_order,
            index.date_order,
        )

    @property
    def facets_of(self):
        return self.index.facets_of

    def bits_of(self, doc_ids):
        return self.index.bits_in(doc_ids, self.start, self.stop)

    def ids_of(self, mask):
        return ids_at(self.doc_at, mask)


class FacetsOf(Mapping):
    """{document id: {facet: [values]}} over an index's ``facet_keys``, each
    document's dict made when asked for (similar practices, a caught-up
    document's old values)."""

    def __init__(self, facet_keys):
        self.facet_keys = facet_keys

    def __getitem__(self, doc_id):
        facets = {}
        for name, value in self.facet_keys[doc_id]:
            facets.setdefault(name, []).append(value)
        return facets

    def __contains__(self, doc_id):
        return doc_id in self.facet_keys

    def __iter__(self):
        return iter(self.facet_keys)

    def __len__(self):
        return len(self.facet_keys)


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
