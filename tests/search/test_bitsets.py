"""The in-memory bitsets' shortcuts give the same answers as the plain way.

``FacetIndex.ids_of`` and ``count_values`` each choose between two ways by
the size of the answer; whichever they choose, the answer must not change.
The index is built from rows shaped as ``read_rows`` returns them, large
enough for both ways to be taken.
"""

import random
import uuid

import pytest

from search.engine import (
    SPARSE_BITS,
    FacetIndex,
    count_by_bits,
    count_by_documents,
    count_values,
    ids_from_bits,
    unpack,
)

ORGANISATIONS = [f"org-{number}" for number in range(300)]
TOPICS = ["family-support", "schools", "online", "prisons", "sport"]


@pytest.fixture(scope="module")
def index():
    generator = random.Random(7)
    rows = []
    for number in range(6000):
        doc_id = 10_000 + number * 3  # ids with gaps, as pages have
        facets = {
            "kind": ["practice"],
            "organisation": [generator.choice(ORGANISATIONS)],
            "topic": generator.sample(TOPICS, generator.randint(0, 3)),
            "language": ["en"],
        }
        locale = ("en", "fr", "de")[number % 3]
        rows.append(
            (doc_id, locale, uuid.uuid4().hex, number % 7 == 0, facets, f"T{number}", number)
        )
    built = FacetIndex(rows, seq=1, token=uuid.uuid4())
    # a removed document leaves a hole in the positions; documents added
    # since the load (catch-up) go to the end, whatever their language
    added = [
        (90_000 + number, locale, uuid.uuid4().hex, False, {"topic": ["sport"]}, "N", 0)
        for number, locale in enumerate(("fr", "en", "it"))
    ]
    return built.advanced(2, uuid.uuid4(), added, [10_000 + 3 * 42])


def plain_ids(index, mask):
    return {index.doc_at[position] for position in ids_from_bits(mask)}


def test_ids_of_is_the_same_for_sparse_and_dense_masks(index):
    dense = index.public_bits
    sparse = index.bits[("organisation", "org-3")]
    assert dense.bit_count() >= SPARSE_BITS > sparse.bit_count() > 0
    for mask in (dense, sparse, 0, index.locale_bits["en"] & index.public_bits):
        assert index.ids_of(mask) == plain_ids(index, mask)
    assert 10_000 + 3 * 42 not in index.ids_of(index.locale_bits["en"])


@pytest.mark.parametrize("locale", ["en", "fr", "de", "it", "es"])
def test_a_language_view_finds_what_the_whole_index_finds_in_that_language(index, locale):
    """A search in one language works on that language's range of positions
    only; documents added since the load sit at the end, outside the range
    of the load, and must still be found."""
    view = index.view(locale)
    whole = index.locale_bits.get(locale, 0)
    assert view.ids_of(view.locale_bits[locale]) == index.ids_of(whole)
    assert view.ids_of(view.locale_bits[locale] & view.public_bits) == index.ids_of(
        whole & index.public_bits
    )
    for key in index.bits:
        assert view.ids_of(view.locale_bits[locale] & view.bits[key]) == index.ids_of(
            whole & index.bits[key]
        ), key
    some = sorted(index.ids_of(whole))[::5] + [1]  # 1: not in the index
    assert view.ids_of(view.bits_of(some)) == set(some) - {1}
    # German was loaded and not added to: its third of the positions only;
    # Italian has only the document added; Spanish has none.
    expected = {"de": 2000, "it": 1, "es": 0}
    if locale in expected:
        assert len(view.doc_at) == expected[locale]
    assert index.view(locale) is view


def test_counting_by_documents_equals_counting_by_bits(index):
    contexts = [
        index.public_bits,
        index.bits[("topic", "schools")],
        index.bits[("topic", "schools")] & index.bits[("topic", "online")],
        index.bits[("organisation", "org-5")],
        0,
    ]
    for context in contexts:
        for name in ("organisation", "topic", "kind"):
            by_bits = count_by_bits(index, context, name)
            assert count_by_documents(index, context, name) == by_bits
            assert count_values(index, context, name) == by_bits
            assert list(by_bits) == index.values[name]
    # 300 organisations within some 20 documents are counted document by
    # document, within thousands value by value: both ways are exercised.
    few = index.bits[("organisation", "org-5")]
    assert 0 < few.bit_count() * 100 < index.public_bits.bit_count()
    assert sum(count_values(index, few, "organisation").values()) == few.bit_count()


def test_unpack_reads_postgresql_network_order():
    assert unpack(b"\x00\x00\x00\x07\x00\x01\x00\x00", "i") == [7, 65536]
    assert unpack(b"\x3f\x80\x00\x00", "f") == [1.0]
    assert unpack(None, "i") == []
