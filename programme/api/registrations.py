"""The registrations of the project API (``/api/registrations/``): the
signed-in person's registrations, as a participant (their account, or their
e-mail address) and as the registrant who booked them; booking; cancelling.

Any signed-in person may book (people of organisations that are not partners
of the network pay the session's contribution), for the sessions they may
see (``cms.visibility``: members-only sessions for members only). Every seat
is taken and given back by ``programme.registration``; nothing here writes a
status.

Answers: no credentials, 401; a booking refused, 400 naming each field at
fault (``participants.1.email``, ``participants.0.organisation``,
``sessions``) or 409 when a session takes no registration today (its window
is closed or not open yet, or it took place: ``errors.sessions`` says which)
or someone booked the same person at the same moment; a registration that is
neither the person's own nor one they booked, 404, as if it did not exist.
"""

import datetime
from decimal import Decimal
from typing import Annotated, Literal

from django.core.exceptions import ValidationError as DjangoValidationError
from django.core.validators import validate_email
from django.db.models import Q
from django.utils import translation
from ninja import Field, Path, Query, Router, Schema, Status
from ninja.errors import HttpError
from pydantic import ConfigDict, field_validator

from cms.api_common import invalid, page_of, paged
from cms.i18n import default_locale_only, localize, localize_pages
from cms.visibility import visible_pages
from network.api import ONE_LINE, Language, in_locale
from network.models import Organisation
from network.tokens import API_AUTH
from programme import registration as service
from programme.api import (
    LOCALE,
    PAGE,
    PAGE_ID_MAX,
    PAGE_SIZE_MAX,
    RECORD_ID_MAX,
    OrganisationRef,
    Paged,
    Refused,
)
from programme.models import Registration, SessionPage, programme_today

StatusValue = Literal[tuple(Registration.Status.values)]
#: An e-mail address as the schema says it (one line, one @); Django's
#: validator decides the rest.
EMAIL = r"^[^@\s\x00-\x1f\x7f]+@[^@\s\x00-\x1f\x7f]+$"
SLUG = r"^[-a-zA-Z0-9_]+$"
SESSIONS_MAX = 10
SessionId = Annotated[int, Field(ge=1, le=PAGE_ID_MAX)]
PARTICIPANTS_MAX = 50

STATUSES = Query(None, description="Only these statuses; repeatable (either).")
REGISTRATIONS_PAGE_SIZE = Query(20, ge=1, le=PAGE_SIZE_MAX, description="Registrations per page.")
REGISTRATION_ID = Path(ge=1, le=RECORD_ID_MAX, description="The registration's id.")
NOT_FOUND = "No registration of yours (or booked by you) has this id."

UNAUTHORISED = {401: None}

router = Router(tags=["registrations"], auth=API_AUTH)


# ---- schemas -------------------------------------------------------------------


class SessionRef(Schema):
    id: int = Field(description="As in /api/sessions/{id}/.")
    locale: Language = Field(description="The language of `title` and `city`.")
    title: str
    start_date: datetime.date
    end_date: datetime.date
    city: str
    url: str | None = Field(
        description="The session's page on the site (null when the person may no longer see it)."
    )


class ParticipantOut(Schema):
    name: str
    email: str
    role: str
    organisation: OrganisationRef | None = Field(description="In the directory.")
    organisation_name: str = Field(description="Typed, when not in the directory.")
    language: Language = Field(description="The language of their e-mails.")


class RegistrationOut(Schema):
    id: int
    booking: int = Field(description="The booking it was made in (with the others of it).")
    status: StatusValue = Field(
        description="`confirmed`: a seat; `waiting`: on the waiting list, promoted at once "
        "(and told by e-mail) when a seat frees; `cancelled`."
    )
    waiting_position: int | None = Field(
        ge=1, description="1: the first in line; null when not waiting."
    )
    session: SessionRef
    participant: ParticipantOut
    contribution_due: Decimal = Field(
        description="EUR (a decimal string), fixed when registering: 0 for people of "
        "partners and associate partners, the session's contribution for others.",
        examples=["600.00"],
    )
    paid: bool = Field(description="Nothing is due, or an editor recorded its payment.")
    attended: bool = Field(description="An editor checked the participant in.")
    is_me: bool = Field(description="The person asking is the participant.")
    booked_by_me: bool = Field(description="The person asking made the booking.")
    manage_url: str | None = Field(
        description="The participant's personal link (their details, the terms, cancelling, "
        "the certificate): given to the participant alone."
    )
    created_at: datetime.datetime
    confirmed_at: datetime.datetime | None = Field(description="When the seat was given.")
    cancelled_at: datetime.datetime | None


class RegistrationList(Paged):
    results: list[RegistrationOut]


class BookingOut(Schema):
    id: int
    language: Language
    created_at: datetime.datetime
    total_due: Decimal = Field(description="EUR, every registration of the booking.")
    registrations: list[RegistrationOut] = Field(
        description="One per participant and session, sessions first."
    )


class ParticipantIn(Schema):
    model_config = ConfigDict(extra="forbid")

    name: str = Field(min_length=1, max_length=160, pattern=ONE_LINE, examples=["Ana García"])
    email: str = Field(
        max_length=254,
        pattern=EMAIL,
        description="One place per session per address.",
        examples=["ana.garcia@example.org"],
    )
    role: str = Field("", max_length=160, pattern=ONE_LINE, examples=["Social worker"])
    organisation: str | None = Field(
        None,
        max_length=120,
        pattern=SLUG,
        description="The slug of their organisation (as in /api/me/ or /api/directory/); "
        "`organisation_name` is ignored with it.",
    )
    organisation_name: str = Field(
        "",
        max_length=255,
        pattern=ONE_LINE,
        description="Their organisation's name, when it has no slug.",
    )
    language: Language | None = Field(
        None, description="The language of their e-mails (default: the booking's)."
    )

    @field_validator("name", "role", "organisation_name")
    @classmethod
    def one_line(cls, value):
        return " ".join(value.split())

    @field_validator("name")
    @classmethod
    def named(cls, value):
        if not value:
            raise ValueError("Give the participant's name.")
        return value

    @field_validator("email")
    @classmethod
    def an_address(cls, value):
        try:
            validate_email(value)
        except DjangoValidationError as error:
            raise ValueError("Enter a valid e-mail address.") from error
        return value


class BookingIn(Schema):
    """One or more participants for one or more sessions, all or nothing."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "sessions": [42],
                    "participants": [
                        {
                            "name": "Ana García",
                            "email": "ana.garcia@example.org",
                            "role": "Social worker",
                            "organisation_name": "Ayuntamiento de Málaga",
                            "language": "es",
                        }
                    ],
                    "language": "es",
                }
            ]
        },
    )

    sessions: list[SessionId] = Field(
        min_length=1,
        max_length=SESSIONS_MAX,
        description="Session ids (as in /api/sessions/; a translation's id is understood).",
    )
    participants: list[ParticipantIn] = Field(min_length=1, max_length=PARTICIPANTS_MAX)
    language: Language | None = Field(
        None,
        description="The language of the booking: of the registrant's summary e-mail and of "
        "each participant's e-mails unless they say otherwise (default: the person's "
        "preferred language).",
    )


# ---- reading -------------------------------------------------------------------


def mine(user):
    """The registrations of ``user``: as a participant (their account or
    their address) or as the registrant."""
    as_participant = Q(user=user)
    if user.email:
        as_participant |= Q(email__iexact=user.email)
    return Registration.objects.filter(as_participant | Q(booking__registrant=user))


def for_payloads(registrations):
    return registrations.select_related("session__locale", "organisation", "invoice", "booking")


def is_participant(registration, user):
    return registration.user_id == user.pk or bool(
        user.email and registration.email.lower() == user.email.lower()
    )


def payloads(registrations, request):
    """The payloads of ``registrations`` (of ``for_payloads``) in the active
    language: sessions, organisations and waiting positions in one query
    each, whatever their number."""
    registrations = list(registrations)
    user = request.user
    sessions = list({r.session_id: r.session for r in registrations}.values())
    shown = {page.translation_key: page for page in localize_pages(sessions, user)}
    organisations = list(
        {r.organisation_id: r.organisation for r in registrations if r.organisation_id}.values()
    )
    named = dict(zip([o.pk for o in organisations], localize(organisations), strict=True))
    positions = service.waiting_positions(registrations)
    result = []
    for registration in registrations:
        session = registration.session
        page = shown.get(session.translation_key)
        organisation = registration.organisation
        me = is_participant(registration, user)
        result.append(
            {
                "id": registration.pk,
                "booking": registration.booking_id,
                "status": registration.status,
                "waiting_position": positions.get(registration.pk),
                "session": {
                    "id": session.pk,
                    "locale": (page or session).locale.language_code,
                    "title": (page or session).title,
                    "start_date": session.start_date,
                    "end_date": session.end_date,
                    "city": (page or session).city,
                    "url": page.get_url(request) if page is not None else None,
                },
                "participant": {
                    "name": registration.name,
                    "email": registration.email,
                    "role": registration.role,
                    "organisation": (
                        {"slug": organisation.slug, "name": named[organisation.pk].name}
                        if organisation is not None
                        else None
                    ),
                    "organisation_name": registration.organisation_name,
                    "language": registration.language,
                },
                "contribution_due": registration.contribution_due,
                "paid": registration.is_paid,
                "attended": registration.attended_at is not None,
                "is_me": me,
                "booked_by_me": registration.booking.registrant_id == user.pk,
                "manage_url": service.manage_url(registration) if me else None,
                "created_at": registration.created_at,
                "confirmed_at": registration.confirmed_at,
                "cancelled_at": registration.cancelled_at,
            }
        )
    return result


@router.get(
    "/",
    response={200: RegistrationList, **UNAUTHORISED},
    url_name="registrations",
    operation_id="programme_api_registration_list",
    summary="My registrations",
    description="The registrations of the person asking, as a participant (by their account "
    "or their e-mail address) and those they booked for others, the latest first, with "
    "their status, waiting position and contribution due.",
)
def registration_list(
    request,
    status: list[StatusValue] = STATUSES,
    locale: Language | None = LOCALE,
    page: int = PAGE,
    page_size: int = REGISTRATIONS_PAGE_SIZE,
):
    registrations = mine(request.user).order_by("-created_at", "-pk")
    if status:
        registrations = registrations.filter(status__in=status)
    with translation.override(in_locale(request, locale)):
        found = page_of(registrations, page, page_size)
        rows = for_payloads(
            Registration.objects.filter(pk__in=[r.pk for r in found.object_list])
        ).order_by("-created_at", "-pk")
        return paged(found, page_size, payloads(rows, request))


# ---- booking and cancelling ----------------------------------------------------------


def sessions_for(user, ids):
    """The session pages of ``ids`` that ``user`` may see; 400 naming
    ``sessions`` for any other id."""
    pages = {page.pk: page for page in visible_pages(SessionPage.objects.filter(pk__in=ids), user)}
    unknown = [str(pk) for pk in ids if pk not in pages]
    if unknown:
        raise invalid(
            {"sessions": f"No session you may see has the id {', '.join(unknown)}."}, "body"
        )
    return [pages[pk] for pk in ids]


def participants_for(payload):
    """The service's participants of ``payload``; 400 naming each unknown
    organisation (``participants.<index>.organisation``)."""
    slugs = {person.organisation for person in payload.participants if person.organisation}
    organisations = {
        organisation.slug: organisation
        for organisation in Organisation.objects.filter(default_locale_only(), slug__in=slugs)
    }
    errors = {
        f"participants.{index}.organisation": "No organisation has this slug."
        for index, person in enumerate(payload.participants)
        if person.organisation and person.organisation not in organisations
    }
    if errors:
        raise invalid(errors, "body")
    return [
        service.Participant(
            name=person.name,
            email=person.email,
            role=person.role,
            organisation=organisations.get(person.organisation),
            organisation_name="" if person.organisation else person.organisation_name,
            language=person.language or "",
        )
        for person in payload.participants
    ]


def refused(error):
    """``RegistrationError`` as the exception to raise: 409 naming ``sessions`` when a
    session takes no registration today (the participants at fault named
    too), 400 naming each participant at fault, 409 for a booking that met
    another at the same moment."""
    participants = {
        f"participants.{index}": " ".join(messages)
        for index, messages in error.errors.items()
        if index is not None
    }
    closed = error.errors.get(None)
    if closed:
        return Refused(409, error.message, {"sessions": " ".join(closed), **participants})
    if participants:
        return invalid(participants, "body")
    return Refused(409, error.message)


@router.post(
    "/",
    response={201: BookingOut, **UNAUTHORISED, 409: None},
    url_name="registration-create",
    operation_id="programme_api_registration_create",
    summary="Book participants for sessions",
    description="Registers every participant for every session, all or nothing, in the "
    "order sent: a seat while one is free (and the organisation's share allows), otherwise "
    "the end of the waiting list. Each participant is e-mailed (with the calendar file and "
    "their personal link), and the registrant gets a summary of what is due. A field at "
    "fault is a 400 naming it (`participants.1.email`: that person already has a place in "
    "a session, or is twice in the booking); a session whose registration is not open "
    "today (or that took place) is a 409 whose `errors.sessions` says why. Messages of the "
    "registration rules are in `locale`.",
)
def registration_create(request, payload: BookingIn, locale: Language | None = LOCALE):
    with translation.override(in_locale(request, locale)):
        sessions = sessions_for(request.user, list(dict.fromkeys(payload.sessions)))
        participants = participants_for(payload)
        language = payload.language or in_locale(request, None)
        try:
            made = service.register(request.user, sessions, participants, language=language)
        except service.RegistrationError as error:
            raise refused(error) from error
        rows = for_payloads(Registration.objects.filter(pk__in=[r.pk for r in made]))
        by_pk = {row.pk: row for row in rows}
        booking = made[0].booking
        return Status(
            201,
            {
                "id": booking.pk,
                "language": booking.language,
                "created_at": booking.created_at,
                "total_due": sum((r.contribution_due for r in made), Decimal("0")),
                "registrations": payloads([by_pk[r.pk] for r in made], request),
            },
        )


@router.post(
    "/{registration_id}/cancel/",
    response={200: RegistrationOut, **UNAUTHORISED, 404: None, 409: None},
    url_name="registration-cancel",
    operation_id="programme_api_registration_cancel",
    summary="Cancel a registration",
    description="Gives the place back; the first person waiting is promoted at once and told "
    "by e-mail. The participant's own registration, or one the person booked; a 404 for "
    "any other. Cancelling again changes nothing and answers the same (200). A session "
    "that has begun is a 409: its places can no longer be given back.",
)
def registration_cancel(
    request, registration_id: int = REGISTRATION_ID, locale: Language | None = LOCALE
):
    registration = mine(request.user).filter(pk=registration_id).select_related("session").first()
    if registration is None:
        raise HttpError(404, NOT_FOUND)
    if (
        registration.status != Registration.Status.CANCELLED
        and registration.session.start_date <= programme_today()
    ):
        raise HttpError(409, "The session has begun: its places can no longer be cancelled.")
    service.cancel(registration, by=request.user)
    with translation.override(in_locale(request, locale)):
        rows = for_payloads(Registration.objects.filter(pk=registration.pk))
        return payloads(rows, request)[0]
