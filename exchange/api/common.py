"""What the members' routers of ``exchange.api`` share: who may enter, the
error answers (posting's refusals as a 400 naming the fields at fault, 429
with ``Retry-After``), the query parameters and schemas used by more than one router.

The language of an answer (``Language``, ``in_locale``) is the one
``network.api`` (``/api/me/``) uses.
"""

from typing import Annotated

from ninja import Field, Query, Schema
from ninja.errors import HttpError, Throttled

from cms.api_common import invalid
from exchange import access, posting

PAGE_SIZE_MAX = 50
#: A slug (of an organisation or a topic): what anything else is, is known
#: without asking the database.
SLUG_PATTERN = r"^[-a-zA-Z0-9_]+$"
Slug = Annotated[str, Field(pattern=SLUG_PATTERN, max_length=120)]

LOCALE_DESCRIPTION = "The language of names and labels (default: the person's preferred language)."
#: The operations' query parameters (defined once, at module level).
LOCALE = Query(None, description=LOCALE_DESCRIPTION)
PAGE = Query(1, ge=1, description="Page number (past the last: the last).")

FORBIDDEN_DETAIL = (
    "The member directory and the exchange are for members of the network: your account "
    "has no active membership. The site's 'How to join' page says how to become one."
)

#: The error answers of members' operations (their bodies: ``Problem``,
#: documented by ``cms.project_api``).
MEMBERS_ERRORS = {401: None, 403: None}
READ_ERRORS = {**MEMBERS_ERRORS, 404: None}
CREATE_ERRORS = {**MEMBERS_ERRORS, 429: None}
WRITE_ERRORS = {**READ_ERRORS, 429: None}
#: The header of a 429 answer (posting's rate limit).
RETRY_AFTER = {
    "responses": {
        429: {
            "description": "Posted too much too quickly; `Retry-After` says when to try again.",
            "headers": {
                "Retry-After": {
                    "description": "Seconds to wait.",
                    "schema": {"type": "integer", "minimum": 1},
                }
            },
        }
    }
}


class TooManyPosts(Throttled):
    """Posting's rate limit, as a 429 problem with ``Retry-After``."""

    def __init__(self, refusal):
        super().__init__(wait=refusal.retry_after)
        self.message = " ".join(refusal.messages)


# ---- helpers -------------------------------------------------------------------


def members_only(request):
    """403 for a signed-in person who may not enter (the one rule)."""
    if not access.can_enter(request.user):
        raise HttpError(403, FORBIDDEN_DETAIL)


def posting_refused(error):
    """Posting's ``PostingError`` (messages by field) as a 400 naming the fields."""
    if isinstance(error, posting.RateLimited):
        raise TooManyPosts(error) from error
    messages = getattr(error, "message_dict", None) or {"request": error.messages}
    raise invalid(
        {field: " ".join(str(message) for message in found) for field, found in messages.items()},
        where="body",
    ) from error


# ---- schemas: shared -----------------------------------------------------------


class Term(Schema):
    slug: str = Field(examples=["family-support"])
    name: str = Field(description="In `locale` when translated.", examples=["Family support"])


class OrganisationRef(Schema):
    slug: str = Field(description="As in /api/directory/{slug}/.", examples=["city-of-augsburg"])
    name: str = Field(description="In `locale` when translated.", examples=["City of Augsburg"])


class Paged(Schema):
    count: int = Field(ge=0, description="Results in all pages.")
    page: int = Field(ge=1, description="This page (a page past the last gives the last).")
    page_size: int = Field(ge=1, le=PAGE_SIZE_MAX)
