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

import uuid
from collections import Counter
from dataclasses import dataclass, field, replace
from itertools import chain

from search.analysis import query_terms
from search.bitsets import (
    PACKED,
    SPARSE_BITS,
    bits_from_ids,
    ids_at,
    ids_from_bits,
    unpack,
)
from search.database_engine import DatabaseEngine, get_engine, run_engine
from search.facet_index import (
    EPOCH,
    MAX_REORDERED,
    ROW_FIELDS,
    CutBits,
    FacetIndex,
    LocaleView,
    read_rows,
)
from search.models import IndexVersion, SearchDocument
from search.registry import facet_names

__all__ = [
    "BITS_PER_VALUE_COUNT",
    "EPOCH",
    "MAX_PAGE_SIZE",
    "MAX_REORDERED",
    "PACKED",
    "ROW_FIELDS",
    "SORTS",
    "SPARSE_BITS",
    "CutBits",
    "DatabaseEngine",
    "FacetIndex",
    "LocaleView",
    "SearchQuery",
    "SearchResults",
    "autocomplete",
    "bits_from_ids",
    "collapse_translations",
    "count_by_bits",
    "count_by_documents",
    "count_values",
    "documents_of",
    "get_engine",
    "ids_at",
    "ids_from_bits",
    "read_rows",
    "run_engine",
    "search",
    "document_of_record",
    "unpack",
]

SORTS = ("relevance", "newest", "title")
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
    #: Only the number of results (and ``elsewhere``): no facet counts, no
    #: page of documents (no query for them).
    count_only: bool = False


@dataclass
class SearchResults:
    count: int
    page: int
    page_size: int
    hits: list
    facets: dict
    terms: list
    incomplete: bool = False
    #: With ``all_languages``: how many of the results are not in the
    #: reader's language, records that exist (for this reader) only in
    #: other languages; 0 otherwise.
    elsewhere: int = 0

    @property
    def num_pages(self):
        return max(1, -(-self.count // self.page_size))


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
        for name in facet_names()
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
    elsewhere = 0
    if query.all_languages:
        # the collapse took the reader's translation wherever it may be read
        elsewhere = (final & ~space.locale_bits.get(query.locale, 0)).bit_count()
    if query.count_only:
        return SearchResults(
            count=final.bit_count(),
            page=1,
            page_size=query.page_size,
            hits=[],
            facets={},
            terms=terms,
            incomplete=incomplete,
            elsewhere=elsewhere,
        )

    facets = {}
    for name in facet_names():
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
        ordered = space.by_relevance(members_of_final, scores, start + page_size)
    else:
        order = space.title_order if query.sort == "title" else space.date_order
        ordered = space.in_order(order, members_of_final, start + page_size)
    doc_ids = ordered[start : start + page_size]
    hits = documents_of(doc_ids)
    return SearchResults(
        count=count,
        page=page,
        page_size=page_size,
        hits=hits,
        facets=facets,
        terms=terms,
        incomplete=incomplete,
        elsewhere=elsewhere,
    )


#: Counting a facet value by value costs about this many set bits of the
#: context per value and 100,000 positions, counting document by document
#: (measured at 100,000 documents: the 366 organisations within 872
#: results, 3.5 ms value by value, 1.5 ms document by document).
BITS_PER_VALUE_COUNT = 6


def count_elsewhere(query, index=None):
    """How many records match ``query`` only in languages other than the
    reader's (for this reader): what a listing or search in one language
    offers to show with ``all_languages``. 0 for an all-languages query."""
    if query.all_languages:
        return 0
    return search(replace(query, all_languages=True, count_only=True), index=index).elsewhere


def count_values(index, context, name):
    """{value: documents of ``context`` with it} for every value of facet
    ``name``, in the index's order: with one AND per value, or, when the
    context holds few documents and the facet many values (organisations),
    from the documents' own facet values."""
    values = index.values.get(name, ())
    if context.bit_count() * 100_000 < len(values) * BITS_PER_VALUE_COUNT * len(index.doc_at):
        return count_by_documents(index, context, name)
    return count_by_bits(index, context, name)


def count_by_bits(index, context, name):
    bits = index.bits
    return {
        value: (context & bits[(name, value)]).bit_count() for value in index.values.get(name, ())
    }


def count_by_documents(index, context, name):
    """Every (facet, value) of the context's documents counted at once, in C
    (``facet_keys``: each document's keys), then the facet's read off."""
    found = Counter(chain.from_iterable(index.keys_of(context)))
    return {value: found[(name, value)] for value in index.values.get(name, ())}


def documents_of(doc_ids):
    """The documents of ``doc_ids``, in that order, in one query. The terms
    are left out: they are for the index only, and the largest columns."""
    documents = SearchDocument.objects.defer("title_terms", "body_terms").in_bulk(doc_ids)
    return [documents[doc_id] for doc_id in doc_ids if doc_id in documents]


def collapse_translations(index, mask, scores, reader_locale, visible):
    """Each record once: the reader's translation when it exists and the
    reader may see it (``visible``: the positions the visibility rule lets
    this reader find), otherwise the best-matching one. A record matches if
    any translation the reader may see matches; ``mask`` holds only those.
    Translations may differ in visibility (a translation's own flag), so the
    reader's translation is never taken on trust."""
    matched = index.ids_of(mask)
    groups = index.groups
    group_keys = dict(zip(matched, index.groups_of(matched), strict=True))
    preferred_ids = [groups[key].get(reader_locale) for key in group_keys.values()]
    readable = set(
        index.ids_of(index.bits_of([pid for pid in preferred_ids if pid is not None]) & visible)
    )
    chosen, chosen_scores, seen = [], {}, set()
    for key in group_keys.values():
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
    doc_ids, _incomplete = run_engine(engine, "complete", text, locale, members, limit)
    return documents_of(doc_ids)


def document_of_record(index, translation_key, locale):
    """The id of the document of one translation of a record (a page's
    translation key and language), or None when it is not in the index."""
    key = (
        translation_key
        if isinstance(translation_key, uuid.UUID)
        else uuid.UUID(str(translation_key))
    )
    # the index keeps keys as 32 hex digits (``facet_index.KEY``)
    return index.groups.get(key.hex, {}).get(locale)
