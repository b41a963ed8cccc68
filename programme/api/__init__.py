"""The programme's routers of the project API (``cms.project_api``): the
sessions (``/api/sessions/``, ``programme.api.sessions``: upcoming sessions
with their registration window and free seats, for anybody who may see them)
and the signed-in person's registrations (``/api/registrations/``,
``programme.api.registrations``: list, book, cancel); what they share is
here.

The same rules as the site, asked in the same places: ``cms.visibility``
decides which sessions a person sees (members-only sessions for members
only: anybody else gets a 404, as if it did not exist);
``programme.registration`` takes and gives back every seat (nothing here
writes a registration's status) and counts the seats, read from the
registrations at each request, so that they are always true. Every answer
depends on who asks and on seats that change at any moment: all are
``private, no-store`` (``cms.project_api.answer_in_problems``).

The 400 answer and paging are the project API's (``cms.api_common``).
"""

from django.urls import NoReverseMatch, reverse
from ninja import Field, Query, Schema
from ninja.errors import HttpError

PAGE_SIZE_MAX = 50
#: The largest id of a page (Wagtail's pages have 32-bit ids) and of a
#: registration (64-bit): larger numbers are refused before any query.
PAGE_ID_MAX = 2**31 - 1
RECORD_ID_MAX = 2**63 - 1

LOCALE_DESCRIPTION = (
    "The language of titles, places and names (default: the person's preferred language, "
    "English for anonymous readers)."
)
#: The operations' query parameters (defined once, at module level).
LOCALE = Query(None, description=LOCALE_DESCRIPTION)
PAGE = Query(1, ge=1, le=PAGE_ID_MAX, description="Page number (past the last: the last).")


class Refused(HttpError):
    """An error answer whose problem names what is at fault (``errors``,
    answered by ``cms.project_api.http_error``)."""

    def __init__(self, status_code, message, errors=None):
        super().__init__(status_code, message)
        self.errors = errors or {}


def site_url(name, *args):
    """The address of one of the site's views in the active language, or
    None when it has none."""
    try:
        return reverse(name, args=args)
    except NoReverseMatch:
        return None


class Paged(Schema):
    count: int = Field(ge=0, description="Results in all pages.")
    page: int = Field(ge=1, description="This page (a page past the last gives the last).")
    page_size: int = Field(ge=1, le=PAGE_SIZE_MAX)


class OrganisationRef(Schema):
    slug: str = Field(description="As in /api/directory/{slug}/.", examples=["city-of-augsburg"])
    name: str = Field(description="In `locale` when translated.", examples=["City of Augsburg"])
