"""The search router of the project API (``cms.project_api``): ``/api/search/``
and ``/api/search/autocomplete/``.

The parameters are validated where the HTML search validates them,
``search.forms.SearchFilter``; their OpenAPI description is derived from its
form fields (types, choices, bounds), so the two cannot drift apart. What it
refuses becomes a ``ValidationError`` naming each parameter, which the project
API answers as a 400 problem with ``errors``. Members-only records are found
by members only (``can_view_members_content``), as on the HTML page.
"""

from typing import Literal

from django import forms
from django.conf import settings
from django.utils import translation
from ninja import Field, Router, Schema
from pydantic import create_model

from cms.api_common import invalid
from cms.visibility import can_view_members_content
from search import registry
from search.engine import SearchQuery, autocomplete
from search.forms import SearchFilter
from search.views import LANGUAGE_CODES, facets_payload, hit_payload, run_search

router = Router(tags=["search"])

# The registrations are made at start-up (search.apps), before the URLs load this.
Kind = Literal[tuple(registry.kinds())]
Locale = Literal[tuple(LANGUAGE_CODES)]


class SearchHit(Schema):
    kind: Kind
    id: int = Field(
        description="The record's id: a page's as in /api/v2/pages/<id>/ (when public)."
    )
    title: str
    url: str = Field(description="The page's address on the site.")
    locale: Locale = Field(description="The language of this version of the record.")
    summary: str
    highlight: str = Field(
        description="HTML: an extract of the public text, matched words in <mark>, "
        "everything else escaped."
    )
    available_locales: list[str] = Field(description="The languages the record exists in.")


class FacetValue(Schema):
    value: str = Field(description="What to send back in the facet's parameter.")
    label: str = Field(description="The value's name in the requested language.")
    count: int = Field(ge=0, description="Results with this value, other facets applied.")
    selected: bool


SearchFacets = create_model(
    "SearchFacets",
    __base__=Schema,
    **{
        name: (list[FacetValue], Field(description=facet.description))
        for name, facet in registry.facets().items()
    },
)


class SearchResults(Schema):
    count: int = Field(ge=0, description="Results in all pages.")
    incomplete: bool = Field(
        description="True when the search engine failed and the database answered alone."
    )
    page: int = Field(ge=1, description="This page (a page past the last gives the last).")
    page_size: int = Field(ge=1)
    results: list[SearchHit]
    facets: SearchFacets = Field(
        description="Every facet with each value found: counts, labels, selection."
    )


class Suggestion(Schema):
    title: str
    url: str
    kind: Kind


class Suggestions(Schema):
    results: list[Suggestion]


# --- parameters ------------------------------------------------------------------

LOCALE_PARAMETER = {
    "name": "locale",
    "in": "query",
    "description": "The language searched and of the labels (default: English).",
    "schema": {"type": "string", "enum": LANGUAGE_CODES, "default": settings.LANGUAGE_CODE},
    "allowEmptyValue": True,
}

DESCRIPTIONS = {
    "q": "Words to find (stemmed per language, accents ignored); none lists everything.",
    "languages": "`all`: search every language, each record once, in `locale` when it "
    "exists in it; otherwise only `locale`.",
    "sort": "Order of the results (relevance falls back to newest without words).",
    "page": "Page number (past the last page: the last).",
    "page_size": "Results per page.",
}
DEFAULTS = {"sort": "relevance", "page": 1, "page_size": SearchQuery.page_size}


def field_schema(field):
    """The JSON schema of a form field of ``SearchFilter``."""
    if isinstance(field, forms.MultipleChoiceField):
        return {"type": "array", "items": {"type": "string"}}
    if isinstance(field, forms.ChoiceField):
        return {"type": "string", "enum": [str(value) for value, _ in field.choices if value]}
    if isinstance(field, forms.DecimalField):
        bounds = {"minimum": field.min_value, "maximum": field.max_value}
        return {"type": "integer", **{key: int(v) for key, v in bounds.items() if v is not None}}
    schema = {"type": "string"}
    if getattr(field, "max_length", None):
        schema["maxLength"] = field.max_length
    return schema


def search_parameters():
    """The OpenAPI query parameters of ``/api/search/``, from ``SearchFilter``."""
    parameters = [LOCALE_PARAMETER]
    for name, field in SearchFilter().form.fields.items():
        schema = field_schema(field)
        if name in DEFAULTS:
            schema["default"] = DEFAULTS[name]
        parameter = {"name": name, "in": "query", "schema": schema}
        facet = registry.facets().get(name)
        if facet is not None:
            parameter.update(
                description=f"{facet.description} Repeatable (OR within a facet, AND "
                f"across facets); values as in the response's `facets.{name}[].value`, "
                "an unknown one answers 400.",
                style="form",
                explode=True,
                example=[facet.example],
            )
        else:
            # Empty is as if not given (the HTML form sends its empty choices).
            parameter.update(description=DESCRIPTIONS[name], allowEmptyValue=True)
        parameters.append(parameter)
    return parameters


def requested_locale(request):
    locale = request.GET.get("locale") or settings.LANGUAGE_CODE
    if locale not in LANGUAGE_CODES:
        raise invalid({"locale": f"Unknown locale; use one of {', '.join(LANGUAGE_CODES)}."})
    return locale


# --- endpoints --------------------------------------------------------------------


@router.get(
    "/",
    response=SearchResults,
    url_name="search",
    summary="Search practices, experts and sessions",
    description="Full-text search with facet counts. Members-only records are found by "
    "signed-in members only; only public text is searched.",
    openapi_extra={"parameters": search_parameters()},
)
def search(request):
    locale = requested_locale(request)
    with translation.override(locale):
        filterset, results, labels = run_search(request, locale)
        if results is None:
            raise invalid(filterset.error_messages())
        return {
            "count": results.count,
            "incomplete": results.incomplete,
            "page": results.page,
            "page_size": results.page_size,
            "results": [hit_payload(hit, results, labels) for hit in results.hits],
            "facets": facets_payload(results, labels),
        }


@router.get(
    "/autocomplete/",
    response=Suggestions,
    url_name="autocomplete",
    summary="Titles that complete what is typed",
    description="Up to eight records in `locale` with a title word starting with the last "
    "word typed and the other words anywhere, best title matches first; the same "
    "visibility rule as the search.",
    openapi_extra={
        "parameters": [
            {
                "name": "q",
                "in": "query",
                "description": "What has been typed so far.",
                "schema": {"type": "string"},
            },
            LOCALE_PARAMETER,
        ]
    },
)
def autocomplete_titles(request):
    locale = requested_locale(request)
    members = can_view_members_content(request.user)
    hits = autocomplete(request.GET.get("q", ""), locale, members)
    return {"results": [{"title": hit.title, "url": hit.url, "kind": hit.kind} for hit in hits]}
