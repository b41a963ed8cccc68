"""Service requests in the project API (``cms.project_api``; mounted at
``/api/service-requests/``): the signed-in person's own requests, a new
request, and one request with its history. Any signed-in person may
request a service, member or not, as on the site; another person's request
is a 404, as if it did not exist. ``programme.service_requests`` records,
limits (429 with ``Retry-After``) and tells the editors.

Authentication: a personal token or the site's session
(``network.tokens.API_AUTH``)."""

import datetime
from typing import Literal

from django.conf import settings
from django.core.paginator import Paginator
from django.utils import translation
from ninja import Field, Path, Query, Router, Schema, Status
from ninja.errors import HttpError, Throttled
from pydantic import ConfigDict, field_validator

from cms.api_common import invalid
from cms.i18n import localize
from network.api import ONE_LINE, Language, in_locale
from network.tokens import API_AUTH
from programme import service_requests
from programme.models import ServiceRequest

router = Router(tags=["service requests"], auth=API_AUTH)

ServiceValue = Literal[tuple(ServiceRequest.Service.values)]
StatusValue = Literal[tuple(ServiceRequest.Status.values)]
#: Text of several lines: tabs and line breaks, no other control character.
LINES = r"^[^\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]*$"
SLUG_PATTERN = r"^[-a-zA-Z0-9_]+$"
PAGE_SIZE_MAX = 50

LOCALE = Query(
    None,
    description="The language of labels and organisation names (default: the person's "
    "preferred language).",
)
PAGE = Query(1, ge=1, description="Page number (past the last: the last).")
PAGE_SIZE = Query(20, ge=1, le=PAGE_SIZE_MAX, description="Requests per page.")

UNAUTHORISED = {401: None}
READ_ERRORS = {401: None, 404: None}
CREATE_ERRORS = {401: None, 429: None}
RETRY_AFTER = {
    "responses": {
        429: {
            "description": f"More than {service_requests.REQUESTS_PER_DAY} requests in 24 hours; "
            "`Retry-After` says when the next one is accepted.",
            "headers": {
                "Retry-After": {
                    "description": "Seconds to wait.",
                    "schema": {"type": "integer", "minimum": 1},
                }
            },
        }
    }
}


class TooManyRequests(Throttled):
    """The day's limit, as a 429 problem with ``Retry-After``."""

    def __init__(self, error):
        super().__init__(wait=error.retry_after)
        self.message = str(error.message)


# ---- schemas -------------------------------------------------------------------


class OrganisationRef(Schema):
    slug: str = Field(description="As in /api/directory/{slug}/.", examples=["city-of-augsburg"])
    name: str = Field(description="In `locale` when translated.", examples=["City of Augsburg"])


class ServiceRequestSummary(Schema):
    id: int = Field(examples=[12])
    service: ServiceValue
    service_label: str = Field(description="The service's name in `locale`.")
    topic: str = Field(examples=["Working with families"])
    organisation: OrganisationRef | None = Field(
        description="The organisation in the directory, when one was chosen."
    )
    organisation_name: str = Field(description="The organisation's name, as chosen or typed.")
    status: StatusValue = Field(
        description="`new` until the network's team takes it up, then `in_discussion`, and "
        "`agreed` or `declined`."
    )
    status_label: str = Field(description="The status in `locale`.")
    created_at: datetime.datetime
    updated_at: datetime.datetime


class ServiceRequestPage(Schema):
    count: int = Field(ge=0, description="Requests in all pages.")
    page: int = Field(ge=1, description="This page (a page past the last gives the last).")
    page_size: int = Field(ge=1, le=PAGE_SIZE_MAX)
    results: list[ServiceRequestSummary]


class EventOut(Schema):
    status: StatusValue | None = Field(
        description="The status the request took at this step; null for a note alone."
    )
    status_label: str | None
    note: str = Field(description="The team's note to the requester (may be empty).")
    at: datetime.datetime


class ServiceRequestDetail(ServiceRequestSummary):
    description: str
    preferred_dates: str
    participants: int | None = Field(description="Expected participants, when given.")
    language: Language = Field(description="The language the request was written in.")
    history: list[EventOut] = Field(description="Its steps, oldest first.")


class ServiceRequestIn(Schema):
    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "service": "training",
                    "topic": "Working with families of young people at risk",
                    "description": "Two days for our social workers and teachers.",
                    "organisation": "city-of-augsburg",
                    "preferred_dates": "Spring 2027",
                    "participants": 25,
                    "language": "en",
                }
            ]
        },
    )

    service: ServiceValue
    topic: str = Field(min_length=1, max_length=255, pattern=ONE_LINE)
    description: str = Field(
        min_length=1, max_length=5000, pattern=LINES, description="What you need (plain text)."
    )
    organisation: str | None = Field(
        None,
        pattern=SLUG_PATTERN,
        max_length=120,
        description="The slug of your organisation in the directory (/api/directory/); or "
        "give `organisation_name`.",
    )
    organisation_name: str = Field(
        "",
        max_length=255,
        pattern=ONE_LINE,
        description="Your organisation's name, when it is not in the directory.",
    )
    preferred_dates: str = Field("", max_length=255, pattern=ONE_LINE)
    participants: int | None = Field(None, ge=1, le=10000, description="Expected participants.")
    language: Language | None = Field(
        None,
        description="The language the request is written in (default: the person's preferred "
        "language).",
    )

    @field_validator("topic", "description")
    @classmethod
    def not_blank(cls, value):
        if not value.strip():
            raise ValueError("Write something other than spaces.")
        return value


# ---- helpers -------------------------------------------------------------------


def summary(service_request, organisations):
    organisation = service_request.organisation
    shown = organisations.get(organisation.pk, organisation) if organisation else None
    return {
        "id": service_request.pk,
        "service": service_request.service,
        "service_label": str(service_request.get_service_display()),
        "topic": service_request.topic,
        "organisation": {"slug": organisation.slug, "name": shown.name} if organisation else None,
        "organisation_name": service_requests.organisation_label(service_request),
        "status": service_request.status,
        "status_label": str(service_request.get_status_display()),
        "created_at": service_request.created_at,
        "updated_at": service_request.updated_at,
    }


def localized_organisations(requests):
    """``{pk: organisation in the active language}`` for ``requests``, in one query."""
    organisations = {item.organisation for item in requests if item.organisation is not None}
    return {
        original.pk: shown
        for original, shown in zip(organisations, localize(organisations), strict=True)
    }


def detail(service_request):
    payload = summary(service_request, localized_organisations([service_request]))
    labels = dict(ServiceRequest.Status.choices)
    payload.update(
        description=service_request.description,
        preferred_dates=service_request.preferred_dates,
        participants=service_request.participants,
        language=service_request.language
        if service_request.language in dict(settings.LANGUAGES)
        else settings.LANGUAGE_CODE,
        history=[
            {
                "status": event.status or None,
                "status_label": str(labels[event.status]) if event.status else None,
                "note": event.note,
                "at": event.at,
            }
            for event in service_requests.history(service_request)
        ],
    )
    return payload


def own_request(request, request_id):
    service_request = service_requests.requests_of(request.user).filter(pk=request_id).first()
    if service_request is None:
        raise HttpError(404, "None of your service requests has this id.")
    return service_request


# ---- operations ----------------------------------------------------------------


@router.get(
    "/",
    response={200: ServiceRequestPage, **UNAUTHORISED},
    url_name="service-requests",
    operation_id="programme_api_service_request_list",
    summary="My service requests",
    description="The service requests the person sent, newest first, with their status.",
)
def request_list(
    request,
    locale: Language | None = LOCALE,
    page: int = PAGE,
    page_size: int = PAGE_SIZE,
):
    found = Paginator(service_requests.requests_of(request.user), page_size).get_page(page)
    with translation.override(in_locale(request, locale)):
        rows = list(found.object_list)
        organisations = localized_organisations(rows)
        return {
            "count": found.paginator.count,
            "page": found.number,
            "page_size": page_size,
            "results": [summary(item, organisations) for item in rows],
        }


@router.post(
    "/",
    response={201: ServiceRequestDetail, **CREATE_ERRORS},
    openapi_extra=RETRY_AFTER,
    url_name="service-request-create",
    operation_id="programme_api_service_request_create",
    summary="Request a service",
    description="Sends a request for one of the services on demand (a study visit, a training "
    "on a topic, support for a local strategy or a pilot project, a specific event). The "
    "network's editors are told by e-mail and the person gets a receipt. Give the "
    "organisation's slug in the directory or its name. At most "
    f"{service_requests.REQUESTS_PER_DAY} requests per person in 24 hours (429 with "
    "`Retry-After`).",
)
def request_create(request, payload: ServiceRequestIn):
    organisation = None
    if payload.organisation:
        organisation = service_requests.directory().filter(slug=payload.organisation).first()
        if organisation is None:
            raise invalid(
                {"organisation": f"Not in the directory: {payload.organisation}."}, where="body"
            )
    elif not payload.organisation_name.strip():
        raise invalid(
            {"organisation_name": "Give the organisation's slug in the directory or its name."},
            where="body",
        )
    language = payload.language or in_locale(request, None)
    try:
        service_request = service_requests.create(
            request.user,
            service=payload.service,
            topic=payload.topic,
            description=payload.description,
            organisation=organisation,
            organisation_name=payload.organisation_name,
            preferred_dates=payload.preferred_dates,
            participants=payload.participants,
            language=language,
        )
    except service_requests.RateLimited as error:
        raise TooManyRequests(error) from error
    except service_requests.ServiceRequestError as error:
        raise invalid(
            {
                field or "body": " ".join(str(message) for message in messages)
                for field, messages in error.errors.items()
            },
            where="body",
        ) from error
    with translation.override(in_locale(request, None)):
        return Status(201, detail(service_request))


@router.get(
    "/{request_id}/",
    response={200: ServiceRequestDetail, **READ_ERRORS},
    url_name="service-request",
    operation_id="programme_api_service_request_read",
    summary="One of my service requests",
    description="A request the person sent, with its history (each status it took and the "
    "team's notes). 404 for any other request.",
)
def request_read(
    request,
    request_id: int = Path(description="The request's id."),
    locale: Language | None = LOCALE,
):
    service_request = own_request(request, request_id)
    with translation.override(in_locale(request, locale)):
        return detail(service_request)
