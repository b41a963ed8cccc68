"""The sessions of the project API (``/api/sessions/``): the programme's
upcoming sessions, each with its dates, place, contribution, registration
window and seats, in the language asked for.

Anybody may read the public sessions, with or without credentials; the
members-only ones only those the one rule lets see them
(``cms.visibility.visible_pages``): for anybody else they do not exist (not
listed, 404). A token that is sent must be valid (a 401 otherwise), so that a
script with a revoked token is told so rather than quietly served as an
anonymous reader.

A session is known by the id of its page in the default language (the page
that holds its registrations, ``programme.registration.source_session``):
the same id in every language, the one ``POST /api/registrations/`` takes.
The id of any of its translations is understood too.
"""

import datetime
from decimal import Decimal
from typing import Literal

from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.db.models import Exists, F, OuterRef, Q
from django.utils import translation
from ninja import Field, Path, Query, Router, Schema
from ninja.errors import HttpError

from cms.api_common import page_of, paged
from cms.i18n import localize_pages
from cms.visibility import visible_pages
from network.api import Language, in_locale
from network.tokens import API_AUTH
from programme import registration as service
from programme.api import (
    LOCALE,
    PAGE,
    PAGE_ID_MAX,
    PAGE_SIZE_MAX,
    Paged,
    site_url,
)
from programme.models import SessionPage, programme_today

Kind = Literal[tuple(SessionPage.Kind.values)]

SESSIONS_PAGE_SIZE = Query(20, ge=1, le=PAGE_SIZE_MAX, description="Sessions per page.")
SESSION_ID = Path(
    ge=1,
    le=PAGE_ID_MAX,
    description="The session's id (as in the list), or the id of one of its translations.",
)
NOT_FOUND = "No session you may see has this id."


def anonymous_reader(request):
    """No credentials at all: a reader of the public programme. A request
    that sends an ``Authorization`` header its token did not pass stays
    unauthenticated (401)."""
    if "HTTP_AUTHORIZATION" in request.META:
        return None
    request.user = AnonymousUser()
    return request.user


#: Credentials are optional (OpenAPI's empty security requirement).
OPTIONAL_AUTH = {"security": [{}]}

router = Router(tags=["sessions"], auth=[*API_AUTH, anonymous_reader])


# ---- schemas -------------------------------------------------------------------


class RegistrationWindow(Schema):
    opens: datetime.date | None = Field(description="The first day one may register.")
    closes: datetime.date | None = Field(description="The last day one may register.")
    open: bool = Field(
        description="Registration is open today (Brussels time) and the session is to come."
    )


class SeatCounts(Schema):
    total: int | None = Field(ge=0, description="Seats; null: no limit.")
    confirmed: int = Field(ge=0, description="Seats taken.")
    free: int | None = Field(ge=0, description="Seats free now; null: no limit.")
    waiting: int = Field(ge=0, description="People on the waiting list.")
    full: bool = Field(description="No seat is free: a new registration waits.")


class SessionOut(Schema):
    id: int = Field(
        description="The session's id: the same in every language, the one to register with.",
        examples=[42],
    )
    locale: Language = Field(
        description="The language of `title`, `summary`, `city` and `venue`: `locale` when "
        "the session is translated into it, otherwise its original language."
    )
    title: str = Field(examples=["Working with families: a two-day training"])
    summary: str
    kind: Kind
    kind_label: str = Field(examples=["Training session"])
    start_date: datetime.date = Field(description="The first day.")
    end_date: datetime.date = Field(description="The last day.")
    is_past: bool = Field(description="Its last day is over (Brussels time).")
    city: str = Field(examples=["Ghent"])
    venue: str
    members_only: bool = Field(description="Only members of the network see it.")
    contribution: Decimal | None = Field(
        description="EUR per participant, asked of people of organisations that are not "
        "partners of the network (partners and associate partners pay nothing), as a "
        "decimal string; null or 0: free.",
        examples=["600.00"],
    )
    organisation_seat_cap: int | None = Field(
        description="Fair allocation: the most seats one organisation may hold until "
        "`organisation_cap_until` (its next people wait); null: no limit."
    )
    organisation_cap_until: datetime.date | None = Field(
        description="The last day of the per-organisation limit; null with a limit: until "
        "the session."
    )
    registration: RegistrationWindow
    seats: SeatCounts
    url: str | None = Field(description="The session's page on the site.")
    calendar_url: str | None = Field(description="Its calendar file (iCalendar) on the site.")


class SessionList(Paged):
    results: list[SessionOut]


# ---- reading -------------------------------------------------------------------


def candidates():
    """Session pages that hold their registrations: those of the default
    language, and those that exist in another language only."""
    default = settings.LANGUAGE_CODE
    in_default = SessionPage.objects.filter(
        translation_key=OuterRef("translation_key"), locale__language_code=default
    )
    return SessionPage.objects.filter(Q(locale__language_code=default) | ~Exists(in_default))


def visible_sessions(user):
    """The sessions ``user`` may see, with their effective members-only state."""
    return visible_pages(candidates(), user).annotate(members_only_now=F("access__members_only"))


def session_payloads(sources, request):
    """The payloads of ``sources`` (pages of ``candidates()``), each in the
    active language where translated: a fixed number of queries, whatever
    their number (the translations, then the seats of all)."""
    sources = list(sources)
    shown = {page.translation_key: page for page in localize_pages(sources, request.user)}
    seats = service.seats_of(sources)
    today = programme_today()
    return [
        session_payload(
            source, shown.get(source.translation_key, source), seats[source.pk], today, request
        )
        for source in sources
    ]


def session_payload(source, shown, seats, today, request=None):
    return {
        "id": source.pk,
        "locale": shown.locale.language_code,
        "title": shown.title,
        "summary": shown.summary,
        "kind": source.kind,
        "kind_label": str(SessionPage.Kind(source.kind).label),
        "start_date": source.start_date,
        "end_date": source.end_date,
        "is_past": source.end_date < today,
        "city": shown.city,
        "venue": shown.venue,
        "members_only": bool(getattr(source, "members_only_now", False)),
        "contribution": source.contribution,
        "organisation_seat_cap": source.organisation_seat_cap,
        "organisation_cap_until": source.organisation_cap_until,
        "registration": {
            "opens": source.registration_opens,
            "closes": source.registration_closes,
            "open": source.end_date >= today and source.registration_is_open(today),
        },
        "seats": {
            "total": seats.total,
            "confirmed": seats.confirmed,
            "free": seats.free,
            "waiting": seats.waiting,
            "full": seats.full,
        },
        "url": shown.get_url(request),
        "calendar_url": site_url("session-calendar", shown.pk),
    }


def visible_session(user, session_id):
    """The session (its registrations' page) of the page ``session_id``,
    when ``user`` may see it; 404 otherwise."""
    page = visible_pages(SessionPage.objects.filter(pk=session_id), user).first()
    if page is None:
        raise HttpError(404, NOT_FOUND)
    source = visible_sessions(user).filter(pk=service.source_session(page).pk).first()
    if source is None:
        raise HttpError(404, NOT_FOUND)
    return source


@router.get(
    "/",
    response={200: SessionList, 401: None},
    url_name="sessions",
    operation_id="programme_api_session_list",
    summary="Upcoming sessions",
    description="The sessions to come (those not over yet), soonest first, with their "
    "registration window and seats counted now. Anybody may read the public sessions; "
    "members-only sessions are listed for members only. Credentials are optional; a token "
    "sent must be valid (401 otherwise).",
    openapi_extra=OPTIONAL_AUTH,
)
def session_list(
    request,
    locale: Language | None = LOCALE,
    page: int = PAGE,
    page_size: int = SESSIONS_PAGE_SIZE,
):
    with translation.override(in_locale(request, locale)):
        upcoming = SessionPage.upcoming(visible_sessions(request.user))
        found = page_of(upcoming, page, page_size)
        return paged(found, page_size, session_payloads(found.object_list, request))


@router.get(
    "/{session_id}/",
    response={200: SessionOut, 401: None, 404: None},
    url_name="session",
    operation_id="programme_api_session_read",
    summary="A session",
    description="One session (past ones too), with its registration window and seats counted "
    "now. A members-only session is a 404 for anybody but members, as if it did not exist.",
    openapi_extra=OPTIONAL_AUTH,
)
def session_read(request, session_id: int = SESSION_ID, locale: Language | None = LOCALE):
    source = visible_session(request.user, session_id)
    with translation.override(in_locale(request, locale)):
        return session_payloads([source], request)[0]
