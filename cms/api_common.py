"""What the project API's routers share (``search.api``, ``network.api``,
``programme.api``, ``exchange.api``): the 400 answer naming each parameter
or field at fault, and paging. In ``cms`` so that every app's routers reach
it, whatever their layer."""

from django.core.paginator import Paginator
from ninja.errors import ValidationError


def invalid(errors, where="query"):
    """A ``ValidationError`` naming each parameter (or body field, by its
    path such as ``participants.1.organisation``) at fault; the project API
    answers it as a 400 problem with ``errors``
    (``cms.project_api.invalid_parameters``)."""
    prefix = ("body", "payload") if where == "body" else (where,)
    return ValidationError(
        [
            {"loc": (*prefix, *str(name).split(".")), "msg": message, "type": "invalid"}
            for name, message in errors.items()
        ]
    )


def page_of(items, page, page_size):
    """A page of ``items`` (a page past the last gives the last)."""
    return Paginator(items, page_size).get_page(page)


def paged(found, page_size, results):
    """The payload of a paged answer: the page ``found`` (of ``page_of``)
    and the payloads of its items."""
    return {
        "count": found.paginator.count,
        "page": found.number,
        "page_size": page_size,
        "results": results,
    }
