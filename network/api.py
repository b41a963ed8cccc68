"""The "me" router of the project API (``cms.project_api``): ``/api/me/``, the
profile of the person asking (their organisations and the state of each
one's membership), and changes to it.

Any signed-in person may read and change their own profile (a registered
non-member too: it is how they see that their organisation's membership is
pending or over). Authentication: a personal token or the site's session
(``network.tokens.API_AUTH``). The e-mail address and the username are not
changed here: a new address is verified first, on the site.
"""

import datetime
from typing import Literal

from django.conf import settings
from django.conf.locale import LANG_INFO
from django.utils import timezone, translation
from ninja import Field, Query, Router, Schema
from pydantic import ConfigDict, field_validator

from cms.i18n import localize
from network.access import can_view_members_content
from network.models import Membership, Organisation, User
from network.tokens import API_AUTH

router = Router(tags=["me"], auth=API_AUTH)

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]
Language = Literal[tuple(LANGUAGE_CODES)]
#: Languages a person may say they speak: every language Django can name.
SPOKEN_LANGUAGES = sorted(
    code for code in LANG_INFO if "-" not in code and "name" in LANG_INFO[code]
)
Kind = Literal[tuple(Organisation.Kind.values)]
Tier = Literal[tuple(Membership.Tier.values)]
EmailFrequency = Literal[tuple(User.EmailFrequency.values)]
#: One line of text: no control characters (a tab or a line break included).
ONE_LINE = r"^[^\x00-\x1f\x7f-\x9f]*$"

UNAUTHORISED = {401: None}


class MembershipState(Schema):
    active: bool = Field(description="True while the membership gives access today.")
    tier: Tier | None = Field(description="Partner or associate partner; null without one.")
    starts_on: datetime.date | None
    ends_on: datetime.date | None = Field(description="Null: no end date.")


class MyOrganisation(Schema):
    slug: str = Field(description="As in /api/directory/{slug}/.", examples=["city-of-augsburg"])
    name: str = Field(description="In `locale` when translated.")
    country: str = Field(description="ISO 3166-1 alpha-2 code.", examples=["DE"])
    kind: Kind
    affiliation: Literal["requested", "confirmed"] = Field(
        description="`requested` until an editor confirms that the person belongs to it."
    )
    is_contact: bool = Field(description="Receives the organisation's membership reminders.")
    membership: MembershipState = Field(
        description="The membership active today, or else the latest one (or none)."
    )


class Me(Schema):
    username: str
    first_name: str
    last_name: str
    name: str = Field(description="The name shown on the site.")
    email: str
    role: str = Field(
        description="The person's role or job title.", examples=["Prevention officer"]
    )
    languages_spoken: list[str] = Field(
        description="Language codes (ISO 639).", examples=[["de", "en", "tr"]]
    )
    preferred_language: Language = Field(description="The language of e-mails.")
    email_frequency: EmailFrequency = Field(
        description="E-mail about the exchange (see /api/me/notifications/)."
    )
    is_member: bool = Field(
        description="True when the person may see members-only content today (an active "
        "membership of one of their organisations, or an editor's right)."
    )
    organisations: list[MyOrganisation]


class MeUpdate(Schema):
    """Only the fields sent are changed; an unknown field is refused."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [{"role": "Prevention coordinator", "languages_spoken": ["de", "en"]}]
        },
    )

    first_name: str = Field(None, max_length=150, pattern=ONE_LINE)
    last_name: str = Field(None, max_length=150, pattern=ONE_LINE)
    role: str = Field(None, max_length=160, pattern=ONE_LINE)
    languages_spoken: list[str] = Field(
        None,
        max_length=20,
        description="Language codes (ISO 639-1, or ISO 639-2 where a language has no "
        "two-letter code); each once.",
    )
    preferred_language: Language = Field(None, description="The language of e-mails.")

    @field_validator("first_name", "last_name", "role")
    @classmethod
    def strip(cls, value):
        return " ".join(value.split())

    @field_validator("languages_spoken")
    @classmethod
    def known_languages(cls, codes):
        codes = [code.strip().lower() for code in codes]
        unknown = [code for code in codes if code not in SPOKEN_LANGUAGES]
        if unknown:
            raise ValueError(f"Unknown language code: {', '.join(sorted(set(unknown)))}.")
        if len(set(codes)) != len(codes):
            raise ValueError("Each language once.")
        return codes


LOCALE_DESCRIPTION = "The language of names (default: the person's preferred language)."
LOCALE = Query(None, description=LOCALE_DESCRIPTION)


def in_locale(request, locale):
    """The language to answer in: ``locale``, or the person's preferred one."""
    return locale or getattr(request.user, "preferred_language", None) or settings.LANGUAGE_CODE


def membership_state(organisation, today):
    memberships = sorted(
        organisation.memberships.all(), key=lambda item: item.starts_on, reverse=True
    )
    current = next((item for item in memberships if item.is_active(today)), None)
    shown = current or next(iter(memberships), None)
    if shown is None:
        return {"active": False, "tier": None, "starts_on": None, "ends_on": None}
    return {
        "active": current is not None,
        "tier": shown.tier,
        "starts_on": shown.starts_on,
        "ends_on": shown.ends_on,
    }


def profile(user):
    affiliations = list(
        user.affiliations.select_related("organisation").prefetch_related(
            "organisation__memberships"
        )
    )
    organisations = localize([affiliation.organisation for affiliation in affiliations])
    today = timezone.localdate()
    mine = []
    for affiliation, shown in zip(affiliations, organisations, strict=True):
        state = membership_state(affiliation.organisation, today)
        mine.append(
            {
                "slug": affiliation.organisation.slug,
                "name": shown.name,
                "country": str(affiliation.organisation.country),
                "kind": affiliation.organisation.kind,
                "affiliation": affiliation.status,
                "is_contact": affiliation.is_contact,
                "membership": state,
            }
        )
    return {
        "username": user.get_username(),
        "first_name": user.first_name,
        "last_name": user.last_name,
        "name": user.display_name,
        "email": user.email,
        "role": user.job_title,
        "languages_spoken": list(user.languages_spoken or []),
        "preferred_language": user.preferred_language,
        "email_frequency": user.email_frequency,
        "is_member": can_view_members_content(user),
        "organisations": mine,
    }


@router.get(
    "/",
    response={200: Me, **UNAUTHORISED},
    url_name="me",
    summary="My profile",
    description="The person asking: their profile, their organisations and the state of each "
    "one's membership today.",
)
def me(request, locale: Language | None = LOCALE):
    with translation.override(in_locale(request, locale)):
        return profile(request.user)


#: The API's names of the model's fields, where they differ.
FIELD_NAMES = {"role": "job_title"}


@router.patch(
    "/",
    response={200: Me, **UNAUTHORISED},
    url_name="me-update",
    summary="Change my profile",
    description="Changes the fields sent (name, role, languages spoken, preferred language) "
    "and answers the whole profile. Each field at fault is named in the 400 problem's "
    "`errors`.",
)
def update_me(request, payload: MeUpdate):
    changes = payload.model_dump(exclude_unset=True)
    user = request.user
    if changes:
        for name, value in changes.items():
            setattr(user, FIELD_NAMES.get(name, name), value)
        user.save(update_fields=[FIELD_NAMES.get(name, name) for name in changes])
    with translation.override(in_locale(request, None)):
        return profile(user)
