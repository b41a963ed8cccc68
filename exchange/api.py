"""The members' routers of the project API (``cms.project_api``): the member
directory (``/api/directory/``), the exchange (``/api/exchange/``) and the
exchange's notification settings of the person asking
(``/api/me/notifications/``).

The same rule as the site, asked in the same places: ``exchange.access``
(which builds on ``network.access``) decides who enters and which threads
and posts they read; ``exchange.directory`` and ``exchange.filters`` list
and filter the organisations as the directory's pages do;
``exchange.posting`` and ``exchange.moderation`` write, sanitise, limit and
report. Nothing here decides access by itself.

Answers: no credentials, 401; a person who is not a member (or whose
organisation's membership ended), 403; a thread or post they may not read,
404, as if it did not exist; posting too much, 429 with ``Retry-After``;
a value refused, 400 naming each field or parameter at fault.
"""

import datetime
from typing import Annotated, Literal

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.core.exceptions import ValidationError as DjangoValidationError
from django.core.paginator import Paginator
from django.db import transaction
from django.db.models import Prefetch
from django.http import FileResponse
from django.urls import NoReverseMatch, reverse
from django.utils import translation
from django.utils.translation import gettext
from django_countries import countries
from ninja import Field, Path, Query, Router, Schema, Status
from ninja.errors import HttpError, Throttled, ValidationError
from pydantic import ConfigDict, model_validator

from cms.i18n import default_locale_only, localize, localize_pages
from exchange import access, directory, moderation, notifications, posting
from exchange.filters import MAX_TEXT, DirectoryFilter
from exchange.models import Attachment, Post, ReadMarker, Sensitivity, Subscription, Thread
from network.models import Membership, Organisation, User
from network.tokens import API_AUTH
from practices.models import Topic

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]
Language = Literal[tuple(LANGUAGE_CODES)]
Kind = Literal[tuple(Organisation.Kind.values)]
Tier = Literal[tuple(Membership.Tier.values)]
SensitivityValue = Literal[tuple(Sensitivity.values)]
Level = Literal[tuple(Subscription.Level.values)]
EmailFrequency = Literal[tuple(User.EmailFrequency.values)]
#: One line of text: no control characters.
ONE_LINE = r"^[^\x00-\x1f\x7f-\x9f]*$"
#: Text of several lines: tabs and line breaks, no other control character.
LINES = r"^[^\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]*$"
PAGE_SIZE_MAX = 50
#: A slug (of an organisation or a topic): what anything else is, is known
#: without asking the database.
SLUG_PATTERN = r"^[-a-zA-Z0-9_]+$"
Slug = Annotated[str, Field(pattern=SLUG_PATTERN, max_length=120)]

LOCALE_DESCRIPTION = "The language of names and labels (default: the person's preferred language)."
#: The operations' query parameters (defined once, at module level).
LOCALE = Query(None, description=LOCALE_DESCRIPTION)
PAGE = Query(1, ge=1, description="Page number (past the last: the last).")
DIRECTORY_PAGE_SIZE = Query(
    directory.PAGE_SIZE, ge=1, le=PAGE_SIZE_MAX, description="Organisations per page."
)
TOPICS = Query(
    None,
    description="Topic slugs; repeatable (either); an unknown slug answers 400.",
    examples=[["family-support"]],
)
LANGUAGES = Query(None, description="Languages the threads are written in; repeatable (either).")
THREADS_PAGE_SIZE = Query(20, ge=1, le=PAGE_SIZE_MAX, description="Threads per page.")

FORBIDDEN_DETAIL = (
    "The member directory and the exchange are for members of the network: your account "
    "has no active membership. The site's 'How to join' page says how to become one."
)

directory_router = Router(tags=["directory"], auth=API_AUTH)
exchange_router = Router(tags=["exchange"], auth=API_AUTH)
notifications_router = Router(tags=["me"], auth=API_AUTH)

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


def in_locale(request, locale):
    return locale or getattr(request.user, "preferred_language", None) or settings.LANGUAGE_CODE


def members_only(request):
    """403 for a signed-in person who may not enter (the one rule)."""
    if not access.can_enter(request.user):
        raise HttpError(403, FORBIDDEN_DETAIL)


def invalid(errors, where="query"):
    """A ``ValidationError`` naming each parameter (or body field) at fault."""
    prefix = ("body", "payload") if where == "body" else (where,)
    return ValidationError(
        [
            {"loc": (*prefix, name), "msg": message, "type": "invalid"}
            for name, message in errors.items()
        ]
    )


def posting_refused(error):
    """Posting's ``PostingError`` (messages by field) as a 400 naming the fields."""
    if isinstance(error, posting.RateLimited):
        raise TooManyPosts(error) from error
    messages = getattr(error, "message_dict", None) or {"request": error.messages}
    raise invalid(
        {field: " ".join(str(message) for message in found) for field, found in messages.items()},
        where="body",
    ) from error


def page_of(items, page, page_size):
    """A page of ``items`` (a page past the last gives the last)."""
    paginator = Paginator(items, page_size)
    return paginator.get_page(page)


def site_url(name, *args):
    try:
        return reverse(name, args=args)
    except NoReverseMatch:
        return None


def thread_urls():
    """``url(thread)``: the thread's page on the site, under the exchange
    page of the active language (the English one when the exchange is not
    translated into it); None without an exchange page. One query."""
    page = notifications.exchange_page_for(
        translation.get_language() or settings.LANGUAGE_CODE, notifications.exchange_pages()
    )
    if page is None:
        return lambda thread: None
    base = page.url
    return lambda thread: base + page.reverse_subpage("thread", args=[thread.pk])


def attachment_url(attachment):
    return reverse("api:exchange-attachment", args=[attachment.pk])


def organisation_url(slug):
    return site_url("member-directory-organisation", slug)


def person_name(user):
    return user.display_name if user is not None else gettext("Former member")


# ---- schemas: shared -----------------------------------------------------------


class Term(Schema):
    slug: str = Field(examples=["family-support"])
    name: str = Field(description="In `locale` when translated.", examples=["Family support"])


class OrganisationRef(Schema):
    slug: str = Field(description="As in /api/directory/{slug}/.", examples=["city-of-augsburg"])
    name: str = Field(description="In `locale` when translated.", examples=["City of Augsburg"])


class PageLink(Schema):
    id: int = Field(description="The page's id, as in /api/v2/pages/{id}/ when public.")
    title: str
    url: str | None = Field(description="The page's address on the site.")


class Paged(Schema):
    count: int = Field(ge=0, description="Results in all pages.")
    page: int = Field(ge=1, description="This page (a page past the last gives the last).")
    page_size: int = Field(ge=1, le=PAGE_SIZE_MAX)


# ---- the directory -------------------------------------------------------------


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
        return {
            "count": found.paginator.count,
            "page": found.number,
            "page_size": page_size,
            "results": [entry_payload(entry) for entry in directory.entries(found.object_list)],
        }


@directory_router.get(
    "/{slug}/",
    response={200: DirectoryEntry, **READ_ERRORS},
    url_name="directory-organisation",
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


# ---- the exchange: schemas -------------------------------------------------------


class AttachmentOut(Schema):
    id: int
    name: str = Field(examples=["evaluation-2025.pdf"])
    content_type: str = Field(
        description="The type found in the file's content.", examples=["application/pdf"]
    )
    size: int = Field(ge=0, description="Bytes.")
    url: str = Field(
        description="Where to download it from the API, with the same credentials "
        "(/api/exchange/attachments/{id}/)."
    )


class PostOut(Schema):
    id: int
    author: str = Field(description="The author's name ('Former member' for a closed account).")
    is_opening: bool = Field(description="The thread's opening post.")
    body: str = Field(
        description="Sanitised HTML: p, br, strong, em, b, i, ul, ol, li, blockquote, code, "
        "pre and links (http, https, mailto) only.",
        examples=["<p>We started a <strong>mentoring</strong> scheme.</p>"],
    )
    created_at: datetime.datetime
    edited_at: datetime.datetime | None
    hidden: bool = Field(description="Hidden (moderators alone see hidden posts).")
    deleted: bool = Field(description="Deleted (moderators alone see deleted posts).")
    attachments: list[AttachmentOut]


class ThreadSummary(Schema):
    id: int = Field(examples=[42])
    title: str = Field(examples=["Mentoring schemes for families"])
    language: Language = Field(description="The language it is written in.")
    sensitivity: SensitivityValue = Field(
        description="`public`: public-safe, any member; `members`: any member, e-mails carry "
        "only a link; `restricted`: members of the organisations in `restricted_to` only."
    )
    restricted_to: list[OrganisationRef]
    topics: list[Term]
    author: str = Field(description="The author's name ('Former member' for a closed account).")
    organisation: OrganisationRef | None = Field(
        description="The author's organisation when they opened it."
    )
    created_at: datetime.datetime
    last_post_at: datetime.datetime
    post_count: int = Field(ge=0, description="Visible posts, the opening post included.")
    unread: bool = Field(description="Posts came after the person last read it.")
    deleted: bool = Field(description="Deleted (moderators alone see deleted threads).")
    url: str | None = Field(description="The thread's page on the site.")


class ThreadPage(Paged):
    results: list[ThreadSummary]


class ThreadDetail(ThreadSummary):
    practices: list[PageLink] = Field(description="Practices it is about (those visible).")
    sessions: list[PageLink] = Field(description="Sessions it is about (those visible).")
    posts: list[PostOut] = Field(description="Its posts the person may see, oldest first.")


class ThreadIn(Schema):
    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "title": "Mentoring schemes for families",
                    "body": "Has any city evaluated a mentoring scheme?\n\nWe are starting one.",
                    "language": "en",
                    "sensitivity": "members",
                    "topics": ["family-support"],
                }
            ]
        },
    )

    title: str = Field(
        min_length=1, max_length=posting.TITLE_MAX_LENGTH, pattern=ONE_LINE, examples=["Mentoring"]
    )
    body: str = Field(
        min_length=1,
        max_length=posting.BODY_MAX_LENGTH,
        pattern=LINES,
        description="Plain text (a blank line starts a paragraph, web addresses become links) "
        "with a small subset of HTML (see `PostOut.body`); anything else is removed.",
    )
    language: Language = Field(description="The language it is written in.")
    sensitivity: SensitivityValue = Field(
        Sensitivity.MEMBERS.value, description="Who may see it (see `ThreadSummary`)."
    )
    restricted_to: list[Slug] = Field(
        default_factory=list,
        max_length=50,
        description="Slugs of the organisations that may see a `restricted` thread (one at "
        "least); ignored otherwise.",
    )
    topics: list[Slug] = Field(default_factory=list, max_length=20, description="Topic slugs.")
    practices: list[int] = Field(
        default_factory=list, max_length=20, description="Ids of practice pages it is about."
    )
    sessions: list[int] = Field(
        default_factory=list, max_length=20, description="Ids of session pages it is about."
    )


class ReplyIn(Schema):
    model_config = ConfigDict(extra="forbid", json_schema_extra={"examples": [{"body": "Yes."}]})

    body: str = Field(
        min_length=1,
        max_length=posting.BODY_MAX_LENGTH,
        pattern=LINES,
        description="As a thread's body.",
    )


class ReportIn(Schema):
    model_config = ConfigDict(
        extra="forbid", json_schema_extra={"examples": [{"reason": "Names a pupil."}]}
    )

    reason: str = Field(
        "",
        max_length=moderation.REASON_MAX_LENGTH,
        pattern=LINES,
        description="A note to the editors (optional).",
    )


class ReportOut(Schema):
    post: int = Field(description="The post reported.")
    reported_at: datetime.datetime = Field(
        description="When the person reported it (the first time: reporting again changes nothing)."
    )
    reason: str


# ---- the exchange: reading -------------------------------------------------------


def summaries(threads, user):
    """The payloads of ``threads``: topics, organisations and read markers
    in one query each, whatever the number of threads."""
    threads = list(threads)
    topics = {topic.pk: topic for topic in localize({t for th in threads for t in th.topics.all()})}
    organisations = {
        organisation.pk: organisation
        for organisation in localize(
            {o for th in threads for o in th.restricted_to.all()}
            | {th.organisation for th in threads if th.organisation is not None}
        )
    }
    url = thread_urls()
    read = dict(
        ReadMarker.objects.filter(user=user, thread__in=threads).values_list("thread_id", "read_at")
    )

    def ref(organisation):
        shown = organisations.get(organisation.pk, organisation)
        return {"slug": organisation.slug, "name": shown.name}

    return [
        {
            "id": thread.pk,
            "title": thread.title,
            "language": thread.language,
            "sensitivity": thread.sensitivity,
            "restricted_to": [ref(o) for o in thread.restricted_to.all()],
            "topics": [
                {"slug": t.slug, "name": topics.get(t.pk, t).name} for t in thread.topics.all()
            ],
            "author": person_name(thread.author),
            "organisation": ref(thread.organisation) if thread.organisation else None,
            "created_at": thread.created_at,
            "last_post_at": thread.last_post_at,
            "post_count": thread.post_count,
            "unread": thread.pk not in read or read[thread.pk] < thread.last_post_at,
            "deleted": thread.deleted_at is not None,
            "url": url(thread),
        }
        for thread in threads
    ]


def localize_terms(items):
    """Terms linked (default locale) with the reader's names, by pk."""
    return {item.pk: item for item in localize(items)}


def readable_thread(request, thread_id):
    """The thread, when the person may read it; 404 otherwise."""
    thread = (
        access.visible_threads(request.user, Thread.objects.filter(pk=thread_id))
        .select_related("author", "organisation")
        .prefetch_related("topics", "restricted_to")
        .first()
    )
    if thread is None:
        raise HttpError(404, "No thread you may read has this id.")
    return thread


def thread_detail(thread, user):
    payload = summaries([thread], user)[0]
    for name in ("practices", "sessions"):
        pages = localize_pages(getattr(thread, name).all(), user)
        payload[name] = [
            {"id": page.pk, "title": page.title, "url": page.get_url()} for page in pages
        ]
    posts = (
        thread.posts.select_related("author")
        .prefetch_related(Prefetch("attachments", queryset=Attachment.objects.order_by("pk")))
        .order_by("created_at", "pk")
    )
    if not access.can_moderate(user):
        posts = posts.visible()
    payload["posts"] = [post_payload(post) for post in posts]
    return payload


def post_payload(post):
    return {
        "id": post.pk,
        "author": person_name(post.author),
        "is_opening": post.is_opening,
        "body": post.body,
        "created_at": post.created_at,
        "edited_at": post.edited_at,
        "hidden": post.hidden_at is not None,
        "deleted": post.deleted_at is not None,
        "attachments": [
            {
                "id": attachment.pk,
                "name": attachment.name,
                "content_type": attachment.content_type,
                "size": attachment.size,
                "url": attachment_url(attachment),
            }
            for attachment in post.attachments.all()
        ],
    }


@exchange_router.get(
    "/threads/",
    response={200: ThreadPage, **MEMBERS_ERRORS},
    url_name="exchange-threads",
    summary="Threads of the exchange",
    description="The threads the person may read, latest activity first. Members only; "
    "restricted threads only for the organisations they name.",
)
def thread_list(
    request,
    topic: list[Slug] = TOPICS,
    language: list[Language] = LANGUAGES,
    locale: Language | None = LOCALE,
    page: int = PAGE,
    page_size: int = THREADS_PAGE_SIZE,
):
    members_only(request)
    threads = access.visible_threads(request.user).order_by("-last_post_at", "-pk")
    if topic:
        known = set(
            Topic.objects.filter(default_locale_only(), slug__in=topic).values_list(
                "slug", flat=True
            )
        )
        unknown = sorted(set(topic) - known)
        if unknown:
            raise invalid({"topic": f"Unknown topic: {', '.join(unknown)}."})
        threads = threads.filter(topics__slug__in=topic).distinct()
    if language:
        threads = threads.filter(language__in=language)
    with translation.override(in_locale(request, locale)):
        found = page_of(threads, page, page_size)
        rows = (
            Thread.objects.filter(pk__in=[thread.pk for thread in found.object_list])
            .select_related("author", "organisation")
            .prefetch_related("topics", "restricted_to")
            .order_by("-last_post_at", "-pk")
        )
        return {
            "count": found.paginator.count,
            "page": found.number,
            "page_size": page_size,
            "results": summaries(rows, request.user),
        }


@exchange_router.get(
    "/threads/{thread_id}/",
    response={200: ThreadDetail, **READ_ERRORS},
    url_name="exchange-thread",
    summary="A thread with its posts",
    description="A thread, its posts the person may see (oldest first) and where to download "
    "their attachments. 404 for a thread the person may not read.",
)
def thread_read(
    request,
    thread_id: int = Path(description="The thread's id."),
    locale: Language | None = LOCALE,
):
    members_only(request)
    thread = readable_thread(request, thread_id)
    with translation.override(in_locale(request, locale)):
        return thread_detail(thread, request.user)


@exchange_router.get(
    "/attachments/{attachment_id}/",
    response={200: None, **READ_ERRORS},
    url_name="exchange-attachment",
    summary="Download an attachment",
    description="The file, as a download with its name, to people who may read its thread "
    "and see its post; 404 for anybody else.",
    openapi_extra={
        "responses": {
            200: {
                "description": "The file, in the type found in its content.",
                "content": {"*/*": {"schema": {"type": "string", "format": "binary"}}},
            }
        }
    },
)
def attachment_download(
    request, attachment_id: int = Path(description="The attachment's id (`PostOut.attachments`).")
):
    members_only(request)
    attachment = Attachment.objects.select_related("post__thread").filter(pk=attachment_id).first()
    if (
        attachment is None
        or not access.can_read(request.user, attachment.post.thread)
        or not access.sees_post(request.user, attachment.post)
    ):
        raise HttpError(404, "No attachment you may read has this id.")
    try:
        file = attachment.file.open("rb")
    except FileNotFoundError:
        raise HttpError(404, "The file of this attachment is missing.") from None
    response = FileResponse(
        file, as_attachment=True, filename=attachment.name, content_type=attachment.content_type
    )
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = "default-src 'none'; sandbox"
    return response


# ---- the exchange: writing -------------------------------------------------------


def by_slug(queryset, slugs, field, errors, message):
    found = {item.slug: item for item in queryset.filter(default_locale_only(), slug__in=slugs)}
    unknown = [slug for slug in slugs if slug not in found]
    if unknown:
        errors[field] = f"{message} {', '.join(unknown)}."
    return [found[slug] for slug in dict.fromkeys(slugs) if slug in found]


@exchange_router.post(
    "/threads/",
    response={201: ThreadDetail, **CREATE_ERRORS},
    openapi_extra=RETRY_AFTER,
    url_name="exchange-thread-create",
    summary="Open a thread",
    description="Opens a thread with its opening post (the body is sanitised) and makes the "
    "person watch it. Files are attached on the site, not here. Posting is rate-limited "
    "(429 with `Retry-After`).",
)
def thread_create(request, payload: ThreadIn):
    members_only(request)
    errors = {}
    organisations = by_slug(
        Organisation.objects.all(),
        payload.restricted_to,
        "restricted_to",
        errors,
        "Not in the directory:",
    )
    topics = by_slug(Topic.objects.all(), payload.topics, "topics", errors, "Unknown topic:")
    if errors:
        raise invalid(errors, where="body")
    try:
        thread = posting.create_thread(
            request.user,
            title=payload.title,
            body=payload.body,
            language=payload.language,
            sensitivity=payload.sensitivity,
            restricted_to=organisations,
            topics=topics,
            practices=payload.practices,
            sessions=payload.sessions,
        )
    except DjangoValidationError as error:
        posting_refused(error)
    with translation.override(in_locale(request, None)):
        return Status(201, thread_detail(readable_thread(request, thread.pk), request.user))


@exchange_router.post(
    "/threads/{thread_id}/posts/",
    response={201: PostOut, **WRITE_ERRORS},
    openapi_extra=RETRY_AFTER,
    url_name="exchange-reply",
    summary="Reply to a thread",
    description="Adds a reply (the body is sanitised). 404 for a thread the person may not "
    "read. Posting is rate-limited (429 with `Retry-After`).",
)
def thread_reply(request, payload: ReplyIn, thread_id: int = Path(description="The thread's id.")):
    members_only(request)
    thread = readable_thread(request, thread_id)
    try:
        post = posting.reply(request.user, thread, body=payload.body)
    except DjangoValidationError as error:
        posting_refused(error)
    except PermissionDenied as error:
        raise HttpError(403, "You may not reply in this thread.") from error
    with translation.override(in_locale(request, None)):
        return Status(201, post_payload(post))


@exchange_router.post(
    "/posts/{post_id}/report/",
    response={200: ReportOut, **READ_ERRORS},
    url_name="exchange-report",
    summary="Report a post to the editors",
    description="Reports a post the person may read (not their own). Reporting again changes "
    "nothing; a post reported by three members is hidden until an editor looks. 404 for a "
    "post the person may not read.",
)
def post_report(request, payload: ReportIn, post_id: int = Path(description="The post's id.")):
    members_only(request)
    post = Post.objects.select_related("thread").filter(pk=post_id).first()
    if (
        post is None
        or not access.can_read(request.user, post.thread)
        or not access.sees_post(request.user, post)
    ):
        raise HttpError(404, "No post you may read has this id.")
    try:
        report = moderation.report(post, request.user, payload.reason)
    except moderation.ModerationError as error:
        raise invalid({"post_id": " ".join(error.messages)}, where="path") from error
    return {"post": post.pk, "reported_at": report.created_at, "reason": report.reason}


# ---- notification settings -------------------------------------------------------


class SubscriptionOut(Schema):
    thread: int | None = Field(description="A thread's id (or null for a topic).")
    thread_title: str | None
    topic: str | None = Field(description="A topic's slug (or null for a thread).")
    topic_name: str | None = Field(description="In `locale`.")
    level: Level = Field(
        description="`watching`: an e-mail for every reply (or in the digest, as "
        "`email_frequency` says); `normal`: in the digest; `muted`: nothing."
    )


class Notifications(Schema):
    email_frequency: EmailFrequency = Field(
        description="`each`: an e-mail per reply to what the person watches; `daily` or "
        "`weekly`: a digest instead; `off`: no e-mail about the exchange."
    )
    subscriptions: list[SubscriptionOut] = Field(
        description="Threads (those the person may read) and topics, threads first."
    )


class SubscriptionIn(Schema):
    model_config = ConfigDict(extra="forbid")

    thread: int | None = Field(None, description="A thread's id; or give `topic`.")
    topic: Slug | None = Field(None, description="A topic's slug; or give `thread`.")
    level: Level

    @model_validator(mode="after")
    def thread_or_topic(self):
        if (self.thread is None) == (self.topic is None):
            raise ValueError("Give either a thread or a topic.")
        return self


class NotificationsIn(Schema):
    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "email_frequency": "weekly",
                    "subscriptions": [
                        {"thread": 42, "level": "watching"},
                        {"topic": "family-support", "level": "normal"},
                    ],
                }
            ]
        },
    )

    email_frequency: EmailFrequency
    subscriptions: list[SubscriptionIn] = Field(
        max_length=500,
        description="The whole list: a thread or topic left out is no longer followed "
        "(threads the person may no longer read are kept as they are).",
    )


def notification_settings(user):
    threads = (
        Subscription.objects.filter(user=user, thread__in=access.visible_threads(user))
        .select_related("thread")
        .order_by("thread__title", "pk")
    )
    topic_rows = list(
        Subscription.objects.filter(user=user, topic__isnull=False).select_related("topic")
    )
    names = localize_terms([row.topic for row in topic_rows])
    topic_rows.sort(key=lambda row: names[row.topic_id].name.casefold())
    return {
        "email_frequency": user.email_frequency,
        "subscriptions": [
            {
                "thread": row.thread_id,
                "thread_title": row.thread.title,
                "topic": None,
                "topic_name": None,
                "level": row.level,
            }
            for row in threads
        ]
        + [
            {
                "thread": None,
                "thread_title": None,
                "topic": row.topic.slug,
                "topic_name": names[row.topic_id].name,
                "level": row.level,
            }
            for row in topic_rows
        ],
    }


@notifications_router.get(
    "/",
    response={200: Notifications, 401: None},
    url_name="me-notifications",
    summary="My notification settings",
    description="How often the person hears of the exchange, and the threads and topics they "
    "follow.",
)
def notifications_read(request, locale: Language | None = LOCALE):
    with translation.override(in_locale(request, locale)):
        return notification_settings(request.user)


@notifications_router.put(
    "/",
    response={200: Notifications, 401: None},
    url_name="me-notifications-update",
    summary="Change my notification settings",
    description="Replaces the e-mail frequency and the list of threads and topics followed. "
    "A thread must be one the person may read, a topic one that exists: each one at fault "
    "is named in the 400 problem's `errors` (`subscriptions.<index>`).",
)
def notifications_update(request, payload: NotificationsIn):
    user = request.user
    errors = {}
    wanted_threads = {item.thread for item in payload.subscriptions if item.thread is not None}
    readable = set(
        access.visible_threads(user, Thread.objects.filter(pk__in=wanted_threads)).values_list(
            "pk", flat=True
        )
    )
    wanted_topics = {item.topic for item in payload.subscriptions if item.topic is not None}
    topics = {
        topic.slug: topic
        for topic in Topic.objects.filter(default_locale_only(), slug__in=wanted_topics)
    }
    seen = set()
    for index, item in enumerate(payload.subscriptions):
        key = ("thread", item.thread) if item.thread is not None else ("topic", item.topic)
        if key in seen:
            errors[f"subscriptions.{index}"] = "Listed twice."
        elif item.thread is not None and item.thread not in readable:
            errors[f"subscriptions.{index}.thread"] = "No thread you may read has this id."
        elif item.topic is not None and item.topic not in topics:
            errors[f"subscriptions.{index}.topic"] = "Unknown topic."
        seen.add(key)
    if errors:
        raise ValidationError(
            [{"loc": ("body", "payload", name), "msg": message} for name, message in errors.items()]
        )
    with transaction.atomic():
        user.email_frequency = payload.email_frequency
        user.save(update_fields=["email_frequency"])
        mine = Subscription.objects.filter(user=user)
        mine.filter(topic__isnull=False).exclude(topic__slug__in=wanted_topics).delete()
        mine.filter(thread__in=access.visible_threads(user)).exclude(
            thread__in=wanted_threads
        ).delete()
        for item in payload.subscriptions:
            if item.thread is not None:
                Subscription.objects.update_or_create(
                    user=user, thread_id=item.thread, defaults={"level": item.level}
                )
            else:
                Subscription.objects.update_or_create(
                    user=user, topic=topics[item.topic], defaults={"level": item.level}
                )
    with translation.override(in_locale(request, None)):
        return notification_settings(user)
