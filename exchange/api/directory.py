"""The member directory of the project API (``/api/directory/``): the
organisations of the network, listed and filtered as the directory's pages
do (``exchange.directory``, ``exchange.filters``). Members only."""

from django.urls import NoReverseMatch, reverse
from django.utils import translation
from django_countries import countries
from ninja import Field, Path, Query, Router, Schema
from ninja.errors import HttpError

from cms.api_common import invalid, page_of, paged
from exchange import directory
from exchange.api.common import (
    LOCALE,
    MEMBERS_ERRORS,
    PAGE,
    PAGE_SIZE_MAX,
    READ_ERRORS,
    SLUG_PATTERN,
    OrganisationRef,
    Paged,
    Term,
    members_only,
)
from exchange.filters import MAX_TEXT, DirectoryFilter
from network.api import Kind, Language, Tier, in_locale
from network.models import Membership, Organisation
from network.tokens import API_AUTH

DIRECTORY_PAGE_SIZE = Query(
    directory.PAGE_SIZE, ge=1, le=PAGE_SIZE_MAX, description="Organisations per page."
)

directory_router = Router(tags=["directory"], auth=API_AUTH)


def site_url(name, *args):
    try:
        return reverse(name, args=args)
    except NoReverseMatch:
        return None


def organisation_url(slug):
    return site_url("member-directory-organisation", slug)


# ---- schemas -------------------------------------------------------------------


class DirectoryPerson(Schema):
    name: str
    role: str = Field(examples=["Prevention officer"])
    email: str
    languages: list[str] = Field(
        description="The languages they speak, named in `locale`.", examples=[["German"]]
    )


class DirectoryOrganisation(Schema):
    slug: str = Field(examples=["city-of-augsburg"])
    name: str = Field(description="In `locale` when translated.", examples=["City of Augsburg"])
    kind: Kind
    kind_label: str = Field(examples=["City or local authority"])
    country: str = Field(description="ISO 3166-1 alpha-2 code.", examples=["DE"])
    country_name: str = Field(examples=["Germany"])
    city: str
    website: str
    description: str = Field(description="Plain text.")
    tier: Tier | None = Field(description="The tier of its membership active today.")
    url: str | None = Field(description="Its page in the directory on the site.")
    people: list[DirectoryPerson] = Field(description="Its people (confirmed), by name.")
    topics: list[Term] = Field(description="The topics of its published practices.")
    forms_of_extremism: list[Term] = Field(
        description="The forms of extremism of its published practices."
    )


class DirectoryPage(Paged):
    results: list[DirectoryOrganisation]


class SimilarOrganisation(OrganisationRef):
    topics: list[Term] = Field(description="The topics it shares.")
    forms_of_extremism: list[Term] = Field(description="The forms of extremism it shares.")


class DirectoryEntry(DirectoryOrganisation):
    like_this: list[SimilarOrganisation] = Field(
        description="Organisations of the same kind sharing topics and forms of extremism "
        "with it, the most shared first."
    )


# ---- payloads and operations --------------------------------------------------


def terms(items):
    return [{"slug": item.slug, "name": item.name} for item in items]


def entry_payload(entry):
    source, shown = entry.source, entry.organisation
    tiers = {str(label): value for value, label in Membership.Tier.choices}
    return {
        "slug": source.slug,
        "name": shown.name,
        "kind": source.kind,
        "kind_label": str(Organisation.Kind(source.kind).label),
        "country": str(source.country),
        "country_name": countries.name(str(source.country)) or str(source.country),
        "city": shown.city,
        "website": source.website,
        "description": shown.description,
        "tier": tiers.get(str(entry.tier)) if entry.tier else None,
        "url": organisation_url(source.slug),
        "people": [
            {
                "name": person.name,
                "role": person.role,
                "email": person.email,
                "languages": list(person.languages),
            }
            for person in entry.people
        ],
        "topics": terms(entry.topics),
        "forms_of_extremism": terms(entry.forms),
    }


DIRECTORY_PARAMETERS = [
    {
        "name": "q",
        "in": "query",
        "description": "Words found in an organisation's name or city (any language) or in "
        "the name or role of one of its people; every word must be found.",
        "schema": {"type": "string", "maxLength": MAX_TEXT},
        "allowEmptyValue": True,
    },
    {
        "name": "country",
        "in": "query",
        "description": "ISO 3166-1 alpha-2 country codes; repeatable (either).",
        "schema": {"type": "array", "items": {"type": "string", "enum": list(dict(countries))}},
        "style": "form",
        "explode": True,
        "example": ["DE"],
    },
    {
        "name": "kind",
        "in": "query",
        "description": "Kinds of organisation; repeatable (either).",
        "schema": {"type": "array", "items": {"type": "string", "enum": Organisation.Kind.values}},
        "style": "form",
        "explode": True,
        "example": ["city"],
    },
    {
        "name": "topic",
        "in": "query",
        "description": "Topic slugs (organisations with a published practice on one of them); "
        "repeatable (either); an unknown slug answers 400.",
        "schema": {"type": "array", "items": {"type": "string"}},
        "style": "form",
        "explode": True,
        "example": ["family-support"],
    },
]


@directory_router.get(
    "/",
    response={200: DirectoryPage, **MEMBERS_ERRORS},
    url_name="directory",
    operation_id="exchange_api_directory_list",
    summary="The member directory",
    description="The organisations of the network (those holding a membership active today), "
    "by name in `locale`, with their people and what they work on. Members only. "
    "Different filters narrow; several values of one filter widen.",
    openapi_extra={"parameters": DIRECTORY_PARAMETERS},
)
def directory_list(
    request,
    locale: Language | None = LOCALE,
    page: int = PAGE,
    page_size: int = DIRECTORY_PAGE_SIZE,
):
    members_only(request)
    if len(request.GET.getlist("q")) > 1:
        # One text to look for: several would be a guess of which one counts.
        raise invalid({"q": "Give q once."})
    with translation.override(in_locale(request, locale)):
        options = directory.filter_options()
        data = request.GET.copy()
        for name in ("q", *DirectoryFilter.CHOICES):
            # The control characters of a typed query are no words.
            data.setlist(
                name, ["".join(c for c in v if c.isprintable()) for v in data.getlist(name)]
            )
        filterset = DirectoryFilter(data, topics=options["topics"])
        if not filterset.is_valid():
            raise invalid(
                {name: " ".join(messages) for name, messages in filterset.form.errors.items()}
            )
        found = page_of(filterset.qs, page, page_size)
        entries = directory.entries(found.object_list)
        return paged(found, page_size, [entry_payload(entry) for entry in entries])


@directory_router.get(
    "/{slug}/",
    response={200: DirectoryEntry, **READ_ERRORS},
    url_name="directory-organisation",
    operation_id="exchange_api_directory_entry",
    summary="An organisation of the directory",
    description="One organisation of the network, its people, what it works on and the "
    "organisations like it. Members only; 404 for an organisation that is not in the "
    "network today.",
)
def directory_entry(
    request,
    slug: str = Path(
        description="The organisation's slug.",
        pattern=SLUG_PATTERN,
        max_length=120,
        examples=["city-of-augsburg"],
    ),
    locale: Language | None = LOCALE,
):
    members_only(request)
    with translation.override(in_locale(request, locale)):
        found = directory.entry(slug)
        if found is None:
            raise HttpError(404, "No organisation of the network has this slug.")
        payload = entry_payload(found)
        matches = directory.like_mine([found.source.pk])
        payload["like_this"] = [
            {
                "slug": similar.slug,
                "name": similar.organisation.name,
                "topics": terms(similar.topics),
                "forms_of_extremism": terms(similar.forms),
            }
            for similar in (matches[0].matches if matches else [])
        ]
        return payload
