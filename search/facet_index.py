"""The in-memory facet index: bitsets of one index state (``FacetIndex``),
built from the documents' rows (``search.facet_rows``); the views of it a
search reads through are in ``search.facet_views``.
"""

import bisect
import gc
import threading
from operator import itemgetter

import numpy as np
from django.db import connection
from django.utils import translation

from search import snapshot
from search.bitsets import bits_from_ids, ids_at, values_at
from search.facet_rows import EPOCH, KEY, ROW_FIELDS, read_rows
from search.facet_views import CutBits, FacetsOf, GroupOf, LocaleView
from search.models import IndexChange, RemovedDocument
from search.registry import value_labels

__all__ = [
    "EPOCH",
    "KEY",
    "MAX_REORDERED",
    "ROW_FIELDS",
    "CutBits",
    "FacetIndex",
    "FacetsOf",
    "GroupOf",
    "LocaleView",
    "read_rows",
]

#: Beyond this many changed pages, sorting again beats moving them one by one.
MAX_REORDERED = 2000


class FacetIndex:
    """Bitsets of one index state (seq, token), shared by a process's threads.

    A process builds them once, then catches up change by change from the
    index's change log (``IndexChange``, ``RemovedDocument``, the ``seq`` of
    each row): an edit costs the next search a few milliseconds, not a full
    reload. A gap or a rebuild in the log means a full reload.

    What is kept per document is kept by position, in numpy arrays or plain
    lists, not in dicts keyed by page id: at 100,000 documents the dicts of
    tuples took 105 MB of each serving process, the arrays and lists about
    40 MB (docs/search.md, "Memory").
    """

    _lock = threading.Lock()
    _cache = {}

    def __init__(self, rows, seq=0, token=None):
        self.seq, self.token = seq, token
        # Bits are dense positions, not page ids: page ids only grow (every
        # page type, every deletion), and bitsets as long as the highest id
        # made each operation 6 times slower after a few regenerations.
        rows = sorted(rows, key=itemgetter(1))
        ids = np.fromiter((row[0] for row in rows), dtype=np.int64, count=len(rows))
        self.doc_at = ids
        self.positions = np.full(int(ids.max(initial=0)) + 1, -1, dtype=np.int32)
        self.positions[ids] = np.arange(len(ids), dtype=np.int32)
        self.published = np.fromiter((row[6] for row in rows), dtype=np.int64, count=len(rows))
        self.group_at, self.facet_keys = [], []
        self.title_changes = {}
        self.bits, self.locale_bits, self.public_bits = {}, {}, 0
        self.groups = {}
        #: Where this index state came from: "database" (a full load) or
        #: "snapshot" (``search.snapshot``), caught up or not.
        self.loaded_from = "database"
        by_value, by_locale, public = {}, {}, []
        # Positions locale by locale: one language's documents hold one
        # range of positions (``span``), which ``LocaleView`` works on.
        for position, row in enumerate(rows):
            _doc_id, locale, _key, members_only, _facets, _title, _published = row
            self.group_at.append(None)
            self.facet_keys.append(None)
            self._remember(row, position)
            by_locale.setdefault(locale, []).append(position)
            if not members_only:
                public.append(position)
            for key in self.facet_keys[position]:
                by_value.setdefault(key, []).append(position)
        size = len(rows)
        self.bits = {key: bits_from_ids(ids, size) for key, ids in by_value.items()}
        self.locale_bits = {key: bits_from_ids(ids, size) for key, ids in by_locale.items()}
        self.public_bits = bits_from_ids(public, size)
        self.span = {key: (ids[0], ids[-1] + 1) for key, ids in by_locale.items()}
        self._order()
        self._pack_titles()

    def _pack_titles(self):
        """Every title (casefolded, for the title order) in one UTF-8 string
        of bytes, ``title_at`` marking where each position's starts: 100,000
        strings took 18 MB, the bytes 13. Titles changed since (catch-up) are
        in ``title_changes`` until the next full load or packing."""
        titles = [self._title(position) for position in range(len(self.doc_at))]
        encoded = [title.encode() for title in titles]
        self.title_at = np.zeros(len(encoded) + 1, dtype=np.int64)
        np.cumsum([len(title) for title in encoded], out=self.title_at[1:])
        self.title_bytes = b"".join(encoded)
        self.title_changes = {}

    def _title(self, position):
        title = self.title_changes.get(position)
        if title is None:
            start, stop = self.title_at[position : position + 2].tolist()
            title = self.title_bytes[start:stop].decode()
        return title

    def position_of(self, doc_id):
        """The document's position, or None when it is not in the index (a
        draft in preview, a page not indexed yet: ``doc_id`` may be None)."""
        if doc_id is not None and 0 <= doc_id < len(self.positions):
            position = int(self.positions[doc_id])
            if position >= 0:
                return position
        return None

    def _remember(self, row, position):
        doc_id, locale, key, _members_only, facets, title, published = row
        locale = self._intern(locale)
        group = self.groups.get(key)
        if group is None:
            group = self.groups[key] = {}
        else:  # the group's own key: one string per group, not per document
            key = self.group_at[self.position_of(next(iter(group.values())))]
        self.group_at[position] = key
        group[locale] = doc_id
        # One tuple of shared (facet, value) keys per document, not a dict
        # of lists of strings: 100,000 such dicts held most of a serving
        # process's memory (see docs/search.md).
        intern = self._intern
        # ... and one tuple for the translations of a record, which share
        # their facets (22,067 tuples for 100,056 documents, 15 MB less).
        self.facet_keys[position] = intern(
            tuple(
                [
                    intern((intern(name), intern(value)))
                    for name, values in facets.items()
                    for value in values
                ]
            )
        )
        self.title_changes[position] = title.casefold()
        self.published[position] = published
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
        return FacetsOf(self)

    @property
    def group_of(self):
        """{document id: its translation group's key}, looked up when asked for."""
        return GroupOf(self)

    def groups_of(self, doc_ids):
        """The translation group keys of ``doc_ids`` (all in the index), in order."""
        ids = np.fromiter(doc_ids, dtype=np.int64, count=len(doc_ids))
        group_at = self.group_at
        return [group_at[position] for position in self.positions[ids].tolist()]

    def bits_of(self, doc_ids):
        return self.bits_in(doc_ids, 0, len(self.doc_at))

    def bits_in(self, doc_ids, start, stop):
        """The bitset of ``doc_ids`` over positions [start, stop), shifted to
        start at 0 (ids not in the index or outside the range are left out).

        Vectorised: the 13,562 matches of a search became a bitset in 1.6 ms
        instead of 11 ms one by one.
        """
        table = self.positions
        ids = np.fromiter(doc_ids, dtype=np.int64, count=len(doc_ids))
        positions = table[ids[(ids >= 0) & (ids < len(table))]]
        return bits_from_ids(
            positions[(positions >= start) & (positions < stop)] - start, stop - start
        )

    def ids_of(self, mask):
        return ids_at(self.doc_at, mask)

    def keys_of(self, mask):
        """The facet keys of each document at the set bits of ``mask``."""
        return values_at(self.facet_keys, mask)

    def in_order(self, order, doc_ids, count):
        """The first ``count`` of ``doc_ids`` in ``order`` (an array of
        document ids: ``title_order`` or ``date_order``), in one pass in C."""
        flags = np.zeros(len(self.positions), dtype=bool)
        flags[np.fromiter(doc_ids, dtype=np.int64, count=len(doc_ids))] = True
        return order[flags[order]][:count].tolist()

    def by_relevance(self, doc_ids, scores, count):
        """The first ``count`` of ``doc_ids`` by score, then newest first,
        then by id."""
        ids = np.fromiter(doc_ids, dtype=np.int64, count=len(doc_ids))
        published = self.published[self.positions[ids]]
        score = np.array([scores.get(doc_id, 0) for doc_id in ids.tolist()], dtype=np.float64)
        return ids[np.lexsort((ids, -published, -score))[:count]].tolist()

    def view(self, locale):
        """This index as one language's search sees it (``LocaleView``),
        made once per index state."""
        views = self.__dict__.setdefault("_views", {})
        view = views.get(locale)
        if view is None:
            view = views[locale] = LocaleView(self, locale)
        return view

    def _live(self):
        """The positions of the documents in the index (not removed)."""
        return [position for position, keys in enumerate(self.facet_keys) if keys is not None]

    def _order(self):
        live = np.array(self._live(), dtype=np.int64)
        ids = self.doc_at[live]
        title, doc_at = self._title, self.doc_at.tolist()
        by_title = sorted(live.tolist(), key=lambda position: (title(position), doc_at[position]))
        self.title_order = self.doc_at[np.array(by_title, dtype=np.int64)]
        self.date_order = ids[np.lexsort((ids, -self.published[live]))]
        self._list_values()

    def _title_key(self, doc_id):
        return (self._title(int(self.positions[doc_id])), int(doc_id))

    def _date_key(self, doc_id):
        return (-int(self.published[self.positions[doc_id]]), int(doc_id))

    def _reorder(self, previous, doc_ids):
        """Move the changed pages within the previous orderings, by bisection:
        sorting 100,000 keys again cost the first search after an edit
        a quarter of a second."""
        changed = np.fromiter(doc_ids, dtype=np.int64, count=len(doc_ids))
        present = [
            doc_id
            for doc_id in doc_ids
            if (position := self.position_of(doc_id)) is not None
            and self.facet_keys[position] is not None
        ]
        for name, key in (("title_order", self._title_key), ("date_order", self._date_key)):
            order = getattr(previous, name)
            order = order[~np.isin(order, changed)]
            added = sorted(present, key=key)
            where = [bisect.bisect_left(order, key(doc_id), key=key) for doc_id in added]
            setattr(self, name, np.insert(order, where, np.array(added, dtype=np.int64)))
        self._list_values()

    @property
    def by_title(self):
        return self.title_order.tolist()

    @property
    def by_newest(self):
        return self.date_order.tolist()

    def _list_values(self):
        self.values = {}
        for name, value in self.bits:
            self.values.setdefault(name, []).append(value)

    def _forget(self, doc_id):
        position = self.position_of(doc_id)
        keys = None if position is None else self.facet_keys[position]
        if keys is None:
            return
        self.facet_keys[position] = None
        clear = ~(1 << position)
        for key in keys:
            self.bits[key] &= clear
        # The language from its bit (a map of every document's language
        # took 8 MB of each process at 100,000 documents).
        locale = next(
            (locale for locale, bits in self.locale_bits.items() if bits >> position & 1), None
        )
        if locale is not None:
            self.locale_bits[locale] &= clear
        self.public_bits &= clear
        key = self.group_at[position]
        group = self.groups.get(key, {})
        if group.get(locale) == doc_id:
            del group[locale]
        if not group:
            self.groups.pop(key, None)

    def _add(self, row):
        doc_id, locale, _key, members_only, _facets, _title, _published = row
        position = self._remember(row, self.position_of(doc_id))
        bit = 1 << position
        start, stop = self.span.get(locale, (position, position + 1))
        self.span[locale] = (min(start, position), max(stop, position + 1))
        for key in self.facet_keys[position]:
            self.bits[key] = self.bits.get(key, 0) | bit
        self.locale_bits[locale] = self.locale_bits.get(locale, 0) | bit
        if not members_only:
            self.public_bits |= bit

    def _make_room(self, doc_ids):
        """Positions at the end for the documents new to the index (copies:
        the previous state's arrays stay as its readers see them)."""
        new = [doc_id for doc_id in dict.fromkeys(doc_ids) if self.position_of(doc_id) is None]
        first = len(self.doc_at)
        self.doc_at = np.concatenate([self.doc_at, np.array(new, dtype=np.int64)])
        self.published = np.concatenate([self.published, np.zeros(len(new), dtype=np.int64)])
        size = max(len(self.positions), max(new, default=0) + 1)
        positions = np.full(size, -1, dtype=np.int32)
        positions[: len(self.positions)] = self.positions
        positions[np.array(new, dtype=np.int64)] = np.arange(first, first + len(new))
        self.positions = positions
        for name in ("group_at", "facet_keys"):
            setattr(self, name, [*getattr(self, name), *([None] * len(new))])

    def advanced(self, seq, token, changed_rows, removed_ids):
        """A copy of this index with a delta applied (readers keep the old one)."""
        new = object.__new__(FacetIndex)
        new.__dict__.update(
            {
                name: (dict(value) if isinstance(value, dict) else value)
                for name, value in self.__dict__.items()
                if name not in ("_labels", "_views", "_interned")
            }
        )
        new._interned = self._intern_table()
        new._make_room([row[0] for row in changed_rows])
        changed = set(removed_ids) | {row[0] for row in changed_rows}
        # copy only the translation groups the delta touches
        new.groups = dict(self.groups)
        touched = set(self.groups_of([d for d in changed if self.position_of(d) is not None]))
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
            new._pack_titles()
        else:
            new._reorder(self, sorted(changed))
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
