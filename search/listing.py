"""Listings built on the search service: a page that lists one kind of
record (the practice library, the expert directory) gets the site search's
facet counts, keyword, sorting and pagination, and the records that exist
only in other languages, with the reader's access applied by the service.

``search`` imports no content model, so a page says what it lists (a
``Listing``: the kind, the facets it offers with its own labels) and how
its cards are read (a queryset of its model); ``listing_context`` does the
rest. The parameters are the search's: ``q``, ``sort``, ``page``,
``languages=all`` and one per facet, with the facet's locale-neutral values
(``?topic=family-support`` means the same thing in every language).
"""

from dataclasses import dataclass, field

from django.core.paginator import Page, Paginator
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from search.engine import FacetIndex, SearchQuery, count_elsewhere, search
from search.forms import MAX_TEXT, SearchFilter, facet_choices
from search.models import IndexVersion
from search.registry import facet_names

#: Sorts a listing offers; relevance only when there is text to rank by.
SORTS = [("title", _("Title")), ("newest", _("Newest")), ("relevance", _("Relevance"))]


@dataclass(frozen=True)
class Listing:
    """What a listing page lists: records of one ``kind`` (a registration's
    kind), filtered by ``facets`` ({facet name: label}, in display order;
    each a facet the registration declares)."""

    kind: str
    facets: dict = field(default_factory=dict)
    page_size: int = 12


class ListingFilter(SearchFilter):
    """The site search's parameters, narrowed to one listing: its facets
    (labelled as the listing says), the keyword, the sort, the page and the
    languages. The kind is the listing's and cannot be changed; the page
    size is the listing's."""

    def __init__(self, data=None, *, listing, facet_choices=None, **kwargs):
        super().__init__(data, facet_choices=facet_choices, **kwargs)
        for name in facet_names():
            if name not in listing.facets:
                self.filters.pop(name, None)
        self.filters.pop("page_size", None)
        for name, label in listing.facets.items():
            self.filters[name].label = label
        self.filters["sort"].extra["choices"] = SORTS


@dataclass
class ListingResults:
    """One page of a listing, ready for the templates."""

    #: The page's records (the listing's model), in order, each with
    #: ``listed_language``: its language when it is not the reader's.
    page: Page
    count: int
    #: [{name, label, values: [{value, label, count, selected}], selected}]:
    #: the values that lead somewhere (count > 0) and the selected ones.
    facets: list
    #: The selected values, to remove one by one: [{name, value, label, facet}].
    selected: list
    query_text: str
    sort: str
    sorts: list
    all_languages: bool
    #: In the reader's language: how many more records match, but exist
    #: (for this reader) only in other languages.
    elsewhere: int
    #: Some parameters were not understood and were ignored.
    ignored: bool
    incomplete: bool = False

    @property
    def active(self):
        """The number of filters applied (the disclosure's summary says it)."""
        return len(self.selected)

    @property
    def filtered(self):
        return bool(self.selected or self.query_text)


def listing_context(request, listing, records, *, members, locale=None):
    """{template variable: value} of one request to a listing: ``listing``
    (``ListingResults``) and ``paginator_page`` (its Django ``Page``).

    ``records``: a queryset of the listing's model, with what the cards show
    fetched (``select_related``...); the page's records are read from it in
    one query. ``members``: whether the reader may see members-only records
    (``cms.visibility.can_view_members_content``): the service leaves the
    others out before anything is counted.
    """
    locale = locale or translation.get_language()
    index = FacetIndex.get(IndexVersion.current())
    labels = index.labels(locale)
    filterset = ListingFilter(
        request.GET, listing=listing, facet_choices=facet_choices(index, labels)
    )
    ignored = not filterset.is_valid()
    data = filterset.form.cleaned_data  # what was understood; the rest is ignored
    text = (data.get("q") or "").strip()[:MAX_TEXT]
    sort = data.get("sort") or ("relevance" if text else "title")
    if sort == "relevance" and not text:
        sort = "title"
    query = SearchQuery(
        text=text,
        filters={
            "kind": [listing.kind],
            **{name: list(data.get(name) or []) for name in listing.facets},
        },
        sort=sort,
        page=int(data.get("page") or 1),
        page_size=listing.page_size,
        locale=locale,
        all_languages=data.get("languages") == "all",
        members=members,
    )
    if ("kind", listing.kind) not in index.bits:
        # Nothing of this kind is indexed: the service would drop the
        # unknown kind from the filters and list everything else.
        results, elsewhere = None, 0
    else:
        results = search(query, index=index)
        elsewhere = count_elsewhere(query, index=index)
    count = results.count if results else 0
    number = results.page if results else 1
    cards = read_records(records, results.hits if results else [])
    page = Page(cards, number, Paginator(range(count), listing.page_size))
    facets, selected = facet_listing(listing, results, labels)
    return {
        "listing": ListingResults(
            page=page,
            count=count,
            facets=facets,
            selected=selected,
            query_text=text,
            sort=sort,
            sorts=[(value, label) for value, label in SORTS if value != "relevance" or text],
            all_languages=query.all_languages,
            elsewhere=elsewhere,
            ignored=ignored,
            incomplete=bool(results and results.incomplete),
        ),
        "paginator_page": page,
    }


def read_records(records, hits):
    """The records of ``hits`` from ``records``, in the hits' order, in one
    query; a record in another language than the reader's carries it as
    ``listed_language`` (None otherwise), and each its effective
    members-only state as ``listed_members_only``."""
    if not hits:
        return []
    found = records.in_bulk([hit.object_id for hit in hits])
    reader = translation.get_language()
    cards = []
    for hit in hits:
        record = found.get(hit.object_id)
        if record is None:
            continue
        record.listed_language = hit.locale if hit.locale != reader else None
        # the effective state (a translation's own flag may say public)
        record.listed_members_only = hit.members_only
        cards.append(record)
    return cards


def facet_listing(listing, results, labels):
    """The listing's facets as the filters show them: values by name (years
    newest first), each with its count; only values that lead somewhere,
    and the selected ones."""
    facets, selected = [], []
    for name, label in listing.facets.items():
        names = labels.get(name, {})
        values = [
            {**item, "label": str(names.get(item["value"], item["value"]))}
            for item in (results.facets.get(name, []) if results else [])
            if item["count"] or item["selected"]
        ]
        if name == "year":
            values.sort(key=lambda item: item["value"], reverse=True)
        else:
            values.sort(key=lambda item: item["label"].casefold())
        chosen = [item for item in values if item["selected"]]
        selected += [
            {"name": name, "value": item["value"], "label": item["label"], "facet": label}
            for item in chosen
        ]
        if values:
            facets.append({"name": name, "label": label, "values": values, "selected": len(chosen)})
    return facets, selected
