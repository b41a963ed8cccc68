"""Similar practices, read from the search's facet index."""

from collections import Counter

from cms import cache
from search.engine import FacetIndex, document_of_record, documents_of
from search.models import IndexVersion

#: The kind practices are indexed as (``practices.search.PracticeIndex``).
KIND = "practice"


def similar_links(page, locale, members, limit=4):
    """What a practice page shows of ``similar_practices``: each one's title
    and address. Kept in the shared cache under the index's version (a
    change to any document moves it): the list is worked out from the index
    alone, so within one version it is the same for every reader of the
    language with the same access (``members``), and never out of date."""
    version = IndexVersion.current()

    def build():
        return [
            {"url": document.url, "title": document.title}
            for document in similar_practices(page, locale, members, limit, version=version)
        ]

    key = ("similar", page.translation_key, locale, bool(members), *version)
    return cache.fragment(key, build)


def similar_practices(page, locale, members, limit=4, version=None):
    """Practices like ``page`` (in ``locale``, its language): shared topics
    and forms of extremism count most, target groups less, and another city
    or organisation is preferred (learning from elsewhere is the point).
    Same language, same visibility rule as the search; one query, fetching
    the results."""
    index = FacetIndex.get(version or IndexVersion.current())
    own_id = document_of_record(index, page.translation_key, locale)
    facets = index.facets_of.get(own_id)
    if not facets:
        return []
    candidates = index.locale_bits.get(locale, 0) & index.bits.get(("kind", KIND), 0)
    if not members:
        candidates &= index.public_bits
    scores = Counter()
    for name, weight in (("topic", 3), ("form", 3), ("target", 1)):
        for value in facets.get(name, []):
            for other in index.ids_of(candidates & index.bits.get((name, value), 0)):
                scores[other] += weight
    scores.pop(own_id, None)
    own = set(facets.get("organisation", []))
    for other in scores:
        if not own & set(index.facets_of[other].get("organisation", [])):
            scores[other] += 2
    best = [other for other, _score in sorted(scores.items(), key=lambda item: (-item[1], item[0]))]
    return documents_of(best[:limit])
