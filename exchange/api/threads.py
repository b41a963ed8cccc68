"""The exchange of the project API (``/api/exchange/``): threads, their posts
and attachments, replies and reports. ``exchange.access`` decides which
threads and posts a person reads; ``exchange.posting`` and
``exchange.moderation`` write, sanitise, limit and report."""

import datetime
from typing import Literal

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.core.exceptions import ValidationError as DjangoValidationError
from django.db.models import Prefetch
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext
from ninja import Field, Path, Query, Router, Schema, Status
from ninja.errors import HttpError
from pydantic import ConfigDict

from cms.api_common import invalid, page_of, paged
from cms.i18n import default_locale_only, localize, localize_pages
from exchange import access, moderation, notifications, posting, uploads
from exchange.api.common import (
    CREATE_ERRORS,
    LOCALE,
    MEMBERS_ERRORS,
    PAGE,
    PAGE_SIZE_MAX,
    READ_ERRORS,
    RETRY_AFTER,
    WRITE_ERRORS,
    OrganisationRef,
    Paged,
    Slug,
    Term,
    members_only,
    posting_refused,
)
from exchange.models import Attachment, Post, Sensitivity, Thread
from network.api import ONE_LINE, Language, in_locale
from network.models import Organisation
from network.tokens import API_AUTH
from practices.models import Topic

SensitivityValue = Literal[tuple(Sensitivity.values)]
#: Text of several lines: tabs and line breaks, no other control character.
LINES = r"^[^\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]*$"

TOPICS = Query(
    None,
    description="Topic slugs; repeatable (either); an unknown slug answers 400.",
    examples=[["family-support"]],
)
LANGUAGES = Query(None, description="Languages the threads are written in; repeatable (either).")
THREADS_PAGE_SIZE = Query(20, ge=1, le=PAGE_SIZE_MAX, description="Threads per page.")

exchange_router = Router(tags=["exchange"], auth=API_AUTH)


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


def person_name(user):
    return user.display_name if user is not None else gettext("Former member")


# ---- schemas -------------------------------------------------------------------


class PageLink(Schema):
    id: int = Field(description="The page's id, as in /api/v2/pages/{id}/ when public.")
    title: str
    url: str | None = Field(description="The page's address on the site.")


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


# ---- reading -------------------------------------------------------------------


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
    unread = posting.unread(user, threads)

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
            "unread": thread.pk in unread,
            "deleted": thread.deleted_at is not None,
            "url": url(thread),
        }
        for thread in threads
    ]


def for_summaries(threads):
    """``threads`` with what ``summaries`` reads of each one."""
    return threads.select_related("author", "organisation").prefetch_related(
        "topics", "restricted_to"
    )


def readable_thread(request, thread_id):
    """The thread, when the person may read it; 404 otherwise."""
    thread = for_summaries(
        access.visible_threads(request.user, Thread.objects.filter(pk=thread_id))
    ).first()
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
    operation_id="exchange_api_thread_list",
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
        rows = for_summaries(
            Thread.objects.filter(pk__in=[thread.pk for thread in found.object_list])
        ).order_by("-last_post_at", "-pk")
        return paged(found, page_size, summaries(rows, request.user))


@exchange_router.get(
    "/threads/{thread_id}/",
    response={200: ThreadDetail, **READ_ERRORS},
    url_name="exchange-thread",
    operation_id="exchange_api_thread_read",
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
    operation_id="exchange_api_attachment_download",
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
    if attachment is None or not access.can_see_post(request.user, attachment.post):
        raise HttpError(404, "No attachment you may read has this id.")
    try:
        response = uploads.file_response(attachment, inline=False)
    except FileNotFoundError:
        raise HttpError(404, "The file of this attachment is missing.") from None
    response["Content-Security-Policy"] = "default-src 'none'; sandbox"
    return response


# ---- writing -------------------------------------------------------------------


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
    operation_id="exchange_api_thread_create",
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
    operation_id="exchange_api_thread_reply",
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
    operation_id="exchange_api_post_report",
    summary="Report a post to the editors",
    description="Reports a post the person may read (not their own). Reporting again changes "
    "nothing; a post reported by three members is hidden until an editor looks. 404 for a "
    "post the person may not read.",
)
def post_report(request, payload: ReportIn, post_id: int = Path(description="The post's id.")):
    members_only(request)
    post = Post.objects.select_related("thread").filter(pk=post_id).first()
    if post is None or not access.can_see_post(request.user, post):
        raise HttpError(404, "No post you may read has this id.")
    try:
        report = moderation.report(post, request.user, payload.reason)
    except moderation.ModerationError as error:
        raise invalid({"post_id": " ".join(error.messages)}, where="path") from error
    return {"post": post.pk, "reported_at": report.created_at, "reason": report.reason}
