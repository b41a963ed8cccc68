"""Writing in the exchange: opening a thread, replying, editing, deleting.

Every surface that writes (the pages, the project API, the demo) goes
through these functions, so the rules hold in one place:

- only people who may enter the exchange write (``exchange.access``), and
  only in threads they may read;
- bodies are stored sanitised (``exchange.html.clean``), attachments are
  checked by their content (``exchange.uploads``) and stored privately;
- posting is rate-limited per person (``settings.EXCHANGE_POST_LIMIT``:
  ``(posts, seconds)``), counted in the database so that the limit holds
  across processes; moderators are exempt;
- a thread's ``post_count`` and ``last_post_at`` follow its visible posts,
  in the transaction of the change;
- after commit, every new post sends ``exchange.signals.post_published``.

Refusals: ``PermissionDenied`` when the person may not do this at all (not
a member, a thread they may not read, somebody else's post);
``PostingError`` (a ``ValidationError``, with a dict of messages keyed by the
field: title, body, language, sensitivity, restricted_to, topics,
practices, sessions, files) when what they sent cannot be accepted;
``RateLimited`` (a ``PostingError`` with ``retry_after`` seconds) when they
posted too much too quickly.
"""

import datetime
import math
import uuid

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Count, Max, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from cms import mail
from cms.i18n import default_locale_only
from cms.visibility import visible_pages
from exchange import access, html, uploads
from exchange.models import Attachment, Post, ReadMarker, Sensitivity, Subscription, Thread
from exchange.signals import post_published
from network.access import member_organisation_ids
from network.models import Organisation
from practices.models import PracticePage, Topic
from programme.models import SessionPage
from search import indexer

TITLE_MAX_LENGTH = Thread._meta.get_field("title").max_length
#: Of the text as typed (before sanitising): a long post, not a document.
BODY_MAX_LENGTH = 20000


class PostingError(ValidationError):
    """What was sent cannot be posted (messages keyed by field)."""


class RateLimited(PostingError):
    """Too many posts in the window; ``retry_after``: seconds to wait."""

    def __init__(self, retry_after):
        self.retry_after = retry_after
        minutes = max(1, math.ceil(retry_after / 60))
        super().__init__(
            ngettext(
                "You have posted a lot in a short time. Please wait a minute before posting again.",
                "You have posted a lot in a short time. Please wait %(minutes)d minutes "
                "before posting again.",
                minutes,
            )
            % {"minutes": minutes},
            code="rate_limited",
        )


# ---------------------------------------------------------------- helpers


def _raise_if(errors):
    if errors:
        raise PostingError(errors)


def _clean_title(title, errors):
    title = " ".join((title or "").split())
    if not title:
        errors["title"] = [ValidationError(_("Give the thread a title."), code="required")]
    elif len(title) > TITLE_MAX_LENGTH:
        errors["title"] = [
            ValidationError(
                _("The title is too long (at most %(limit)d characters)."),
                code="max_length",
                params={"limit": TITLE_MAX_LENGTH},
            )
        ]
    return title


def _clean_body(body, errors):
    body = body or ""
    if len(body) > BODY_MAX_LENGTH:
        errors["body"] = [
            ValidationError(
                _("The text is too long (at most %(limit)d characters)."),
                code="max_length",
                params={"limit": BODY_MAX_LENGTH},
            )
        ]
        return ""
    cleaned = html.clean(body)
    if not html.text(cleaned):
        errors["body"] = [ValidationError(_("Write a text."), code="required")]
    return str(cleaned)


def _ids(values):
    return {getattr(value, "pk", value) for value in values}


def _resolve(queryset, values, field, errors, message):
    """The records of ``queryset`` named by ``values`` (records or ids); an
    error for ``field`` when one of them is not there."""
    wanted = _ids(values)
    if not wanted:
        return []
    try:
        found = list(queryset.filter(pk__in=wanted))
    except (TypeError, ValueError):
        found = []
    if len(found) != len(wanted):
        errors[field] = [ValidationError(message, code="invalid_choice")]
    return found


def _source_pages(model, values, author, field, errors, message):
    """Linked pages the author may see, stored as their default-locale
    (source) page like every link between pages."""
    pages = _resolve(visible_pages(model.objects.all(), author), values, field, errors, message)
    if not pages:
        return []
    sources = {
        page.translation_key: page
        for page in model.objects.filter(
            translation_key__in={page.translation_key for page in pages},
            locale__language_code=settings.LANGUAGE_CODE,
        )
    }
    return [sources.get(page.translation_key, page) for page in pages]


def _check_files(files, errors):
    files = [file for file in files or () if file]
    if not files:
        return []
    try:
        return uploads.check_files(files)
    except ValidationError as error:
        errors["files"] = error.messages
        return []


def _check_rate(author):
    """Refuse when ``author`` wrote the limit's number of posts within its
    window. Runs inside the posting transaction after locking the author's
    row, so two requests of one person cannot both pass the last slot."""
    if access.can_moderate(author):
        return
    limit, seconds = settings.EXCHANGE_POST_LIMIT
    since = timezone.now() - datetime.timedelta(seconds=seconds)
    recent = list(
        Post.objects.filter(author=author, created_at__gt=since)
        .order_by("-created_at")
        .values_list("created_at", flat=True)[:limit]
    )
    if len(recent) >= limit:
        retry = recent[-1] + datetime.timedelta(seconds=seconds) - timezone.now()
        raise RateLimited(max(1, math.ceil(retry.total_seconds())))


def _lock_author(author):
    """Serialise one person's posting (PostgreSQL; SQLite writes one at a time)."""
    list(get_user_model().objects.select_for_update().filter(pk=author.pk).values("pk"))


def _attach(post, checked_files, author, stored):
    for checked in checked_files:
        attachment = Attachment(
            post=post,
            name=checked.name,
            content_type=checked.content_type,
            size=checked.size,
            uploaded_by=author,
        )
        checked.file.seek(0)
        attachment.file.save(f"{uuid.uuid4().hex}{checked.extension}", checked.file, save=False)
        stored.append(attachment.file.name)
        attachment.save()


def _remove_stored(stored):
    storage = Attachment._meta.get_field("file").storage
    for name in stored:
        storage.delete(name)


def _reindex(thread):
    """Index the thread again once its post's attachments are there (the
    "has-attachment" facet; saving the post indexed it before)."""
    indexer.index_objects([thread])


def unread(user, threads):
    """Ids of ``threads`` with posts after ``user`` last read them (never
    read: unread), in one query: the list's markers, on the site and in
    the API."""
    threads = list(threads)
    read = dict(
        ReadMarker.objects.filter(
            user=user, thread__in=[thread.pk for thread in threads]
        ).values_list("thread_id", "read_at")
    )
    return {
        thread.pk
        for thread in threads
        if thread.pk not in read or read[thread.pk] < thread.last_post_at
    }


def mark_read(user, thread, when=None):
    """``user`` has read ``thread`` up to ``when`` (now): unread markers, digests."""
    ReadMarker.objects.update_or_create(
        user=user, thread=thread, defaults={"read_at": when or timezone.now()}
    )


def _announce(post):
    # Whether e-mail is suppressed is decided now (the demo's posts), not
    # when the transaction commits, which may be outside ``suppressed()``.
    notify = not mail.is_suppressed()
    transaction.on_commit(lambda: post_published.send(sender=Post, post=post, notify=notify))


def refresh_counts(thread):
    """Set ``thread.post_count`` and ``last_post_at`` from its visible posts
    (without re-indexing it: neither is searched). Call it in the
    transaction of any change to a post's visibility."""
    figures = Post.objects.filter(thread=thread).aggregate(
        count=Count("pk", filter=Q(deleted_at__isnull=True, hidden_at__isnull=True)),
        last=Max("created_at", filter=Q(deleted_at__isnull=True, hidden_at__isnull=True)),
    )
    thread.post_count = figures["count"]
    thread.last_post_at = figures["last"] or thread.created_at
    Thread.objects.filter(pk=thread.pk).update(
        post_count=thread.post_count, last_post_at=thread.last_post_at
    )


def _writes(author):
    if not access.can_post(author):
        raise PermissionDenied


# ---------------------------------------------------------------- services


def create_thread(
    author,
    *,
    title,
    body,
    language,
    sensitivity,
    restricted_to=(),
    topics=(),
    practices=(),
    sessions=(),
    files=(),
):
    """Open a thread with its opening post; the author watches it."""
    _writes(author)
    errors = {}
    title = _clean_title(title, errors)
    cleaned = _clean_body(body, errors)
    if language not in dict(settings.LANGUAGES):
        errors["language"] = [ValidationError(_("Choose a language."), code="invalid_choice")]
    if sensitivity not in Sensitivity.values:
        errors["sensitivity"] = [ValidationError(_("Choose who may see it."), code="invalid")]
    organisations = []
    if sensitivity == Sensitivity.RESTRICTED:
        organisations = _resolve(
            Organisation.objects.filter(default_locale_only()),
            restricted_to,
            "restricted_to",
            errors,
            _("One of the organisations chosen is not in the directory."),
        )
        if not organisations and "restricted_to" not in errors:
            errors["restricted_to"] = [
                ValidationError(
                    _("Name at least one organisation that may see a restricted thread."),
                    code="required",
                )
            ]
    topic_rows = _resolve(
        Topic.objects.filter(default_locale_only()),
        topics,
        "topics",
        errors,
        _("One of the topics chosen does not exist."),
    )
    practice_pages = _source_pages(
        PracticePage, practices, author, "practices", errors, _("One of the practices is unknown.")
    )
    session_pages = _source_pages(
        SessionPage, sessions, author, "sessions", errors, _("One of the sessions is unknown.")
    )
    checked_files = _check_files(files, errors)
    _raise_if(errors)

    member_of = sorted(member_organisation_ids(author))
    stored = []
    try:
        with transaction.atomic():
            _lock_author(author)
            _check_rate(author)
            now = timezone.now()
            thread = Thread.objects.create(
                title=title,
                author=author,
                organisation_id=member_of[0] if member_of else None,
                language=language,
                sensitivity=sensitivity,
                created_at=now,
                last_post_at=now,
                post_count=1,
            )
            thread.restricted_to.set(organisations)
            thread.topics.set(topic_rows)
            thread.practices.set(practice_pages)
            thread.sessions.set(session_pages)
            # Created last, so the search's index of the thread (which
            # follows its posts) sees the links and the post at once.
            post = Post(thread=thread, author=author, is_opening=True, body=cleaned, created_at=now)
            post.save()
            _attach(post, checked_files, author, stored)
            if checked_files:
                _reindex(thread)
            Subscription.objects.update_or_create(
                user=author, thread=thread, defaults={"level": Subscription.Level.WATCHING}
            )
            mark_read(author, thread, now)
            _announce(post)
    except BaseException:
        _remove_stored(stored)
        raise
    return thread


def reply(author, thread, *, body, files=()):
    """Reply to ``thread``."""
    _writes(author)
    if not access.can_read(author, thread):
        raise PermissionDenied
    errors = {}
    if thread.deleted_at is not None:
        errors["body"] = [ValidationError(_("This thread was deleted."), code="deleted")]
    cleaned = _clean_body(body, errors)
    checked_files = _check_files(files, errors)
    _raise_if(errors)

    stored = []
    try:
        with transaction.atomic():
            _lock_author(author)
            _check_rate(author)
            now = timezone.now()
            post = Post(thread=thread, author=author, body=cleaned, created_at=now)
            post.save()
            _attach(post, checked_files, author, stored)
            if checked_files:
                _reindex(thread)
            refresh_counts(thread)
            mark_read(author, thread, now)
            _announce(post)
    except BaseException:
        _remove_stored(stored)
        raise
    return post


def can_edit(post, user):
    """The author within ``settings.EXCHANGE_EDIT_MINUTES`` of posting (a
    post neither deleted nor hidden, in a thread they may still write in),
    or a moderator."""
    if post.deleted_at is not None or post.thread.deleted_at is not None:
        return False
    if access.can_moderate(user):
        return True
    return bool(
        user is not None
        and user.is_authenticated
        and post.author_id == user.pk
        and post.hidden_at is None
        and access.can_post(user)
        and timezone.now() - post.created_at
        <= datetime.timedelta(minutes=settings.EXCHANGE_EDIT_MINUTES)
    )


def can_delete(post, user):
    """The author (at any time, while they may write) or a moderator."""
    if post.deleted_at is not None:
        return False
    if access.can_moderate(user):
        return True
    return bool(
        user is not None
        and user.is_authenticated
        and post.author_id == user.pk
        and access.can_post(user)
    )


def edit(post, user, *, body, title=None):
    """Change a post's text (and the thread's title, for the opening post)."""
    if not access.can_read(user, post.thread) or not (
        access.sees_post(user, post) or post.author_id == getattr(user, "pk", None)
    ):
        raise PermissionDenied
    if not can_edit(post, user):
        if post.author_id == user.pk and post.deleted_at is None:
            raise PostingError(
                {
                    "body": [
                        ValidationError(
                            _(
                                "A post can be changed only in the %(minutes)d minutes after "
                                "it was published."
                            ),
                            code="edit_window",
                            params={"minutes": settings.EXCHANGE_EDIT_MINUTES},
                        )
                    ]
                }
            )
        raise PermissionDenied
    errors = {}
    cleaned = _clean_body(body, errors)
    if title is not None:
        if not post.is_opening:
            errors["title"] = [
                ValidationError(_("Only the opening post has a title."), code="invalid")
            ]
        else:
            title = _clean_title(title, errors)
    _raise_if(errors)
    with transaction.atomic():
        thread = post.thread
        if title is not None and title != thread.title:
            thread.title = title
            thread.save(update_fields=["title"])
        post.body = cleaned
        post.edited_at = timezone.now()
        post.save(update_fields=["body", "edited_at"])
    return post


def delete(post, user):
    """Delete a post (softly: moderators can restore it). Deleting the
    opening post deletes the thread."""
    if not access.can_read(user, post.thread):
        raise PermissionDenied
    if post.deleted_at is not None:
        return post
    if not can_delete(post, user):
        raise PermissionDenied
    with transaction.atomic():
        now = timezone.now()
        post.deleted_at = now
        post.deleted_by = user
        post.save(update_fields=["deleted_at", "deleted_by"])
        thread = post.thread
        if post.is_opening and thread.deleted_at is None:
            thread.deleted_at = now
            thread.save(update_fields=["deleted_at"])
        refresh_counts(thread)
    return post
