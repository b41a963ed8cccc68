"""Views of a ``search.facet_index.FacetIndex`` that a search reads
through: one language's range of it (``LocaleView``, with its bitsets cut
to that range: ``CutBits``), and the per-document mappings by page id
(``FacetsOf``, ``GroupOf``) over the arrays the index keeps by position."""

from collections.abc import Mapping

from search.bitsets import ids_at, values_at


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
        self.values = index.values
        self.title_order, self.date_order = index.title_order, index.date_order
        self.in_order, self.by_relevance = index.in_order, index.by_relevance
        self.group_of, self.groups_of = index.group_of, index.groups_of

    @property
    def facets_of(self):
        return self.index.facets_of

    def bits_of(self, doc_ids):
        return self.index.bits_in(doc_ids, self.start, self.stop)

    def ids_of(self, mask):
        return ids_at(self.doc_at, mask)

    def keys_of(self, mask):
        return values_at(self.index.facet_keys[self.start : self.stop], mask)


class FacetsOf(Mapping):
    """{document id: {facet: [values]}} over an index's ``facet_keys``, each
    document's dict made when asked for (similar practices, a caught-up
    document's old values)."""

    def __init__(self, index):
        self.index = index

    def _keys(self, doc_id):
        position = self.index.position_of(doc_id)
        return None if position is None else self.index.facet_keys[position]

    def __getitem__(self, doc_id):
        keys = self._keys(doc_id)
        if keys is None:
            raise KeyError(doc_id)
        facets = {}
        for name, value in keys:
            facets.setdefault(name, []).append(value)
        return facets

    def __contains__(self, doc_id):
        return self._keys(doc_id) is not None

    def __iter__(self):
        doc_at = self.index.doc_at
        return iter(doc_at[self.index._live()].tolist())

    def __len__(self):
        return len(self.index._live())


class GroupOf(Mapping):
    """{document id: translation group key} over an index's ``group_at``."""

    def __init__(self, index):
        self.index = index

    def __getitem__(self, doc_id):
        position = self.index.position_of(doc_id)
        if position is None or self.index.facet_keys[position] is None:
            raise KeyError(doc_id)
        return self.index.group_at[position]

    def __iter__(self):
        return iter(FacetsOf(self.index))

    def __len__(self):
        return len(self.index._live())


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
