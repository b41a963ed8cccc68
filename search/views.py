"""The HTML surface of the site search, /<lang>/search/, and what it shares
with the JSON one (``search.api``: /api/search/ in the project API)."""

from django.conf import settings
from django.shortcuts import render
from django.utils import translation
from django.utils.translation import gettext as _

from cms.visibility import can_view_members_content
from search.engine import FacetIndex, count_elsewhere, search
from search.forms import SearchFilter, facet_choices
from search.highlight import highlight
from search.models import IndexVersion
from search.registry import facet_labels, facet_names

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]


def run_search(request, locale, elsewhere=False):
    """(filter set, results or None if a parameter was not understood,
    value labels). ``elsewhere``: in the reader's language, count the
    results that exist only in other languages too (``results.elsewhere``)."""
    index = FacetIndex.get(IndexVersion.current())
    labels = index.labels(locale)
    filterset = SearchFilter(request.GET, facet_choices=facet_choices(index, labels))
    if not filterset.is_valid():
        return filterset, None, labels
    query = filterset.to_query(locale, can_view_members_content(request.user))
    results = search(query, index=index)
    if elsewhere:
        results.elsewhere = count_elsewhere(query, index=index)
    return filterset, results, labels


def hit_payload(hit, results, labels):
    return {
        "kind": hit.kind,
        "id": hit.object_id,
        "title": hit.title,
        "url": hit.url,
        "locale": hit.locale,
        "summary": hit.summary,
        "highlight": str(highlight(hit.text, results.terms, hit.locale, hit.summary)),
        "available_locales": hit.facets.get("language", []),
    }


def facets_payload(results, labels):
    return {
        name: [
            {
                "value": item["value"],
                "label": str(labels.get(name, {}).get(item["value"], item["value"])),
                "count": item["count"],
                "selected": item["selected"],
            }
            for item in sorted(
                results.facets[name], key=lambda item: (-item["count"], item["value"])
            )
        ]
        for name in facet_names()
    }


def search_page(request):
    locale = translation.get_language()
    filterset, results, labels = run_search(request, locale, elsewhere=True)
    labels_of_facets = facet_labels()
    context = {"filterset": filterset, "results": results, "facet_labels": labels_of_facets}
    if results is not None:
        context["hits"] = [hit_payload(hit, results, labels) for hit in results.hits]
        context["facets"] = [
            {"name": name, "label": labels_of_facets[name], "values": values}
            for name, values in facets_payload(results, labels).items()
            if values
        ]
        context["selected"] = [
            {
                "name": name,
                "value": item["value"],
                "label": item["label"],
                "facet": labels_of_facets[name],
            }
            for name, values in facets_payload(results, labels).items()
            for item in values
            if item["selected"]
        ]
        context["query_text"] = filterset.form.cleaned_data.get("q") or ""
        context["all_languages"] = filterset.form.cleaned_data.get("languages") == "all"
    status = 200 if results is not None else 400
    context["error_message"] = (
        _("Some search parameters were not understood.") if results is None else ""
    )
    return render(request, "search/search.html", context, status=status)
