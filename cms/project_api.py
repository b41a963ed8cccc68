"""The project API (django-ninja) at ``/api/``: the network's own endpoints.

Wagtail API v2 (``/api/v2/``, ``cms.api``) stays the content API: public
pages, images and documents. This one holds what Wagtail's does not: the
site search today (``search.api``), one router per app as the network's own
endpoints come. Its schema is OpenAPI 3.1 at ``/api/openapi.json``, browsable
at ``/api/docs`` (Swagger UI from django-ninja's own static files: no CDN).

Every error it answers has one shape, problem details (RFC 9457,
``application/problem+json``)::

    {"type": "about:blank", "title": "Bad Request", "status": 400,
     "detail": "Invalid parameter: page.", "errors": {"page": "..."}}

``errors`` maps each parameter at fault to its message (empty when no
parameter is); clients read it. An endpoint reports bad parameters by raising
``ninja.errors.ValidationError`` with ``loc`` ending in the parameter's name
(what ninja's own parameter parsing raises too); 404s, 405s and errors of the
code get the same shape, whatever address under ``/api/`` (but ``/api/v2/``)
was asked for.
"""

import logging
from functools import cache, wraps
from http import HTTPStatus

from django.core.exceptions import PermissionDenied
from django.core.signals import got_request_exception
from django.http import Http404, JsonResponse
from django.urls import re_path, reverse
from django.utils.cache import patch_cache_control, patch_vary_headers
from ninja import Field, NinjaAPI, Schema
from ninja.errors import AuthenticationError, HttpError, Throttled, ValidationError

from exchange.api import directory_router, exchange_router, notifications_router
from network.api import router as me_router
from programme.api.registrations import router as registrations_router
from programme.api.service_requests import router as service_requests_router
from programme.api.sessions import router as sessions_router
from search.api import router as search_router

logger = logging.getLogger("django.request")

PROBLEM_CONTENT_TYPE = "application/problem+json"
#: The URL namespace of the project API (``reverse("api:openapi-json")``).
NAMESPACE = "api"


class Problem(Schema):
    """An error, as problem details (RFC 9457)."""

    type: str = Field("about:blank", description="No other type yet: the status says it.")
    title: str = Field(description="The status's phrase.", examples=["Bad Request"])
    status: int = Field(examples=[400])
    detail: str = Field(examples=["Invalid parameter: page_size."])
    errors: dict[str, str] = Field(
        default_factory=dict,
        description="Each parameter at fault and its message (empty when none is).",
        examples=[{"page_size": "Ensure this value is less than or equal to 50."}],
    )


def problem(status, detail, errors=None, headers=None):
    """A problem details answer: ``title`` is the status's phrase, as RFC 9457
    asks with ``type`` "about:blank"."""
    body = Problem(
        title=HTTPStatus(status).phrase, status=status, detail=detail, errors=errors or {}
    )
    return JsonResponse(
        body.model_dump(),
        status=status,
        content_type=PROBLEM_CONTENT_TYPE,
        headers=headers,
        json_dumps_params={"ensure_ascii": False},
    )


def parameter_errors(exc):
    """{parameter: message} from a ninja ``ValidationError`` (``loc`` such as
    ``("query", "page")``, ``("query", "language", 0)`` for one value of a
    repeated parameter); several messages of one parameter are joined. A
    field of a JSON body is named by its path in the body
    (``("body", "payload", "subscriptions", 0, "level")``:
    ``subscriptions.0.level``), a body that is not JSON ``body``."""
    errors = {}
    for error in exc.errors:
        location = [str(part) for part in error.get("loc", ())]
        name = location[1] if len(location) > 1 else "request"
        if location[:1] == ["body"]:
            name = ".".join(location[2:]) or "body"
        message = str(error.get("msg", "Invalid value."))
        errors[name] = f"{errors[name]} {message}" if name in errors else message
    return errors


class ProjectAPI(NinjaAPI):
    def get_openapi_schema(self, *, path_prefix=None, path_params=None):
        """Ninja's schema, with the error answers documented: every operation
        that takes parameters or a body may answer 400, and every 4xx/5xx
        answer is a ``Problem`` in ``application/problem+json``."""
        schema = super().get_openapi_schema(path_prefix=path_prefix, path_params=path_params)
        schemas = schema["components"]["schemas"]
        schemas["Problem"] = Problem.model_json_schema()
        reference = {"$ref": "#/components/schemas/Problem"}
        problem_content = {PROBLEM_CONTENT_TYPE: {"schema": reference}}
        for operations in schema["paths"].values():
            for operation in operations.values():
                responses = operation["responses"]
                takes_input = operation.get("parameters") or operation.get("requestBody")
                if takes_input and 400 not in responses:
                    responses[400] = {
                        "description": "A parameter is invalid; `errors` names each one.",
                        "content": problem_content,
                    }
                for status, response in responses.items():
                    if int(status) >= 400:
                        response["content"] = problem_content
        return schema


api = ProjectAPI(
    title="LIAISE project API",
    version="1.0.0",
    description=(
        "The network's own endpoints: the site search and its autocomplete; for "
        "signed-in people, their profile and notification settings (`me`); for members, "
        "the member directory and the exchange (threads, replies, reports); for anybody, the "
        "upcoming training sessions with their free seats, and for signed-in people their "
        "registrations (book, cancel) and their requests for the services on demand. "
        "Public pages, images and documents are in Wagtail's content API at /api/v2/.\n\n"
        "Authentication: a personal token (`Authorization: Bearer <token>`, made by the "
        "person at /<language>/account/tokens/ and shown once), or the session of a browser "
        "signed in on the site, whose POST, PUT and PATCH requests carry the CSRF token "
        "(`X-CSRFToken`). What a person may read and write is decided by the same rule as "
        "on the site: no credentials is a 401, a person who may not use an endpoint a 403, "
        "and a thread or post they may not read a 404, as if it did not exist.\n\n"
        "Every error is a problem details object (RFC 9457, application/problem+json) "
        "whose `errors` member maps each parameter (or field of the body) at fault to its "
        "message."
    ),
    urls_namespace=NAMESPACE,
    openapi_url="/openapi.json",
    docs_url="/docs",
)
api.add_router("/search/", search_router)
api.add_router("/me/", me_router)
api.add_router("/me/notifications/", notifications_router)
api.add_router("/directory/", directory_router)
api.add_router("/exchange/", exchange_router)
api.add_router("/sessions/", sessions_router)
api.add_router("/registrations/", registrations_router)
api.add_router("/service-requests/", service_requests_router)


@api.exception_handler(ValidationError)
def invalid_parameters(request, exc):
    errors = parameter_errors(exc)
    return problem(400, f"Invalid parameter: {', '.join(sorted(errors))}.", errors)


@api.exception_handler(HttpError)
def http_error(request, exc):
    """An ``HttpError`` may name what is at fault in ``errors`` (a 409 of a
    booking names the sessions whose registration is closed)."""
    return problem(exc.status_code, str(exc), getattr(exc, "errors", None))


@api.exception_handler(AuthenticationError)
def unauthenticated(request, exc):
    return problem(
        401,
        "Send a personal API token (Authorization: Bearer <token>) or sign in on the site.",
        headers={"WWW-Authenticate": 'Bearer realm="LIAISE"'},
    )


@api.exception_handler(Throttled)
def throttled(request, exc):
    wait = getattr(exc, "wait", None)
    headers = {"Retry-After": str(max(1, int(wait)))} if wait else None
    return problem(429, str(exc), headers=headers)


@api.exception_handler(PermissionDenied)
def forbidden(request, exc):
    return problem(403, str(exc) or "You may not do this.")


@api.exception_handler(Http404)
def not_found(request, exc=None):
    """An operation's Http404 keeps its message (``get_object_or_404``'s)."""
    detail = str(exc) if exc is not None and str(exc) else ""
    return problem(404, detail or f"No such endpoint; the API is described at {docs_url()}.")


@api.exception_handler(Exception)
def server_error(request, exc):
    """Logged like Django's own 500s (and re-raised by the test client)."""
    got_request_exception.send(sender=None, request=request)
    logger.error(
        "Internal Server Error: %s",
        request.path,
        exc_info=exc,
        extra={"status_code": 500, "request": request},
    )
    return problem(500, "The server failed to answer; the error has been logged.")


def docs_url():
    return reverse(f"{NAMESPACE}:openapi-view")


def answer_in_problems(view):
    """``view`` with its 404 and 405 answers as problem details. Ninja answers
    a method no operation takes with a plain-text 405, and its root view (and
    the catch-all below) raise Django's ``Http404``. HEAD is answered as GET
    where GET is allowed, as Django's class-based views do (the server drops
    the body)."""

    @wraps(view)
    def wrapped(request, *args, **kwargs):
        try:
            response = view(request, *args, **kwargs)
            if (
                response.status_code == 405
                and request.method == "HEAD"
                and "GET" in response.get("Allow", "").split(", ")
            ):
                request.method = "GET"
                try:
                    response = view(request, *args, **kwargs)
                finally:
                    request.method = "HEAD"
        except Http404:
            return not_found(request)
        if getattr(request, "auth", None) is not None:
            # A person's own answer, also when a token (no session) asked.
            patch_cache_control(response, private=True, no_store=True)
            patch_vary_headers(response, ["Authorization", "Cookie"])
        if response.status_code == 405 and response.get("Content-Type") != PROBLEM_CONTENT_TYPE:
            allowed = ", ".join(sorted(response.get("Allow", "").split(", ")))
            return problem(
                405,
                f"{request.method} is not allowed here; use {allowed}.",
                headers={"Allow": allowed},
            )
        return response

    return wrapped


def no_endpoint(request, rest=""):
    raise Http404


@cache
def urls():
    """The URL patterns to mount at ``/api/`` (``path("api/", urls())``):
    ninja's, with answers in problem details, then a catch-all that answers
    404 for any other address ending in a slash, except under ``v2/`` (Wagtail
    API v2, mounted before). Addresses without the slash are left to
    APPEND_SLASH, which sends them to the same address with it."""
    patterns, app_name, namespace = api.urls
    patterns.append(re_path(r"^(?!v2/)(?P<rest>(?:.*/)?)$", no_endpoint, name="no-endpoint"))
    for pattern in patterns:
        pattern.callback = answer_in_problems(pattern.callback)
    return patterns, app_name, namespace


def view(name):
    """The view of the project API's URL named ``name`` (for the aliases in
    ``cms.urls`` that keep the names the site reverses)."""
    patterns, _app_name, _namespace = urls()
    return next(pattern.callback for pattern in patterns if pattern.name == name)
