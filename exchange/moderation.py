"""Moderation of the exchange: members report posts, editors hide, restore
and review them.

- A member reports a post they can read (once: reporting again changes
  nothing, and nobody reports their own post). When members of
  ``REPORTS_TO_HIDE`` different people have open reports on a visible post,
  it is hidden (``Post.HiddenReason.REPORTS``) until an editor looks.
- An editor (``exchange.access.can_moderate``) hides a post, restores a
  hidden or deleted one (an author's deletion included; restoring the
  opening post brings its thread back), or keeps a reported post visible
  (``mark_reviewed``). Each of these resolves the open reports: the editor
  has looked.

Every change runs in one transaction that locks the post's row (two
reports at once cannot both miss the third), keeps the thread's
``post_count``/``last_post_at`` on its visible posts
(``exchange.posting.refresh_counts``) and indexes the thread again, whose
searched text is made of its visible posts only.

Refusals: ``PermissionDenied`` when the person may not do this at all (not
a member, a thread they may not read, not a moderator); ``ModerationError``
(a ``ValidationError``) when the request makes no sense (one's own post).
"""

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _

from exchange import access
from exchange.models import ExchangePage, Post, Report, Thread
from exchange.posting import refresh_counts
from search import indexer

#: Open reports by this many different members hide a post.
REPORTS_TO_HIDE = 3
#: A reason is a note to the editors, not an essay.
REASON_MAX_LENGTH = 1000


class ModerationError(ValidationError):
    """The action cannot be taken on this post."""


def can_report(user, post):
    """A person who may read the post (in a thread they may read), who did
    not write it; a post already out of sight needs no report."""
    return bool(
        user is not None
        and user.is_authenticated
        and post.author_id != user.pk
        and post.is_visible
        and post.thread.deleted_at is None
        and access.can_read(user, post.thread)
    )


def open_reports(post):
    return post.reports.filter(resolved_at__isnull=True)


def report(post, user, reason=""):
    """Record ``user``'s report of ``post`` (the one already there if they
    reported it before) and hide the post when enough members have."""
    if not (user is not None and user.is_authenticated and access.can_read(user, post.thread)):
        raise PermissionDenied
    if not access.sees_post(user, post):
        raise PermissionDenied
    if post.author_id == user.pk:
        raise ModerationError(_("You cannot report your own post."), code="own_post")
    reason = (reason or "").strip()[:REASON_MAX_LENGTH]
    with transaction.atomic():
        post = _locked(post)
        existing = Report.objects.filter(post=post, reporter=user).first()
        if existing is not None:
            if reason and not existing.reason and existing.resolved_at is None:
                existing.reason = reason
                existing.save(update_fields=["reason"])
            return existing
        created = Report.objects.create(post=post, reporter=user, reason=reason)
        if post.is_visible and open_reports(post).count() >= REPORTS_TO_HIDE:
            post.hidden_at = timezone.now()
            post.hidden_reason = Post.HiddenReason.REPORTS
            post.hidden_by = None
            post.reviewed_at = None
            post.save(update_fields=["hidden_at", "hidden_reason", "hidden_by", "reviewed_at"])
            _after_change(post.thread)
    return created


def hide(post, editor, reason=Post.HiddenReason.EDITOR):
    """Hide ``post`` from everybody but moderators; an editor's hiding
    answers the open reports."""
    _moderates(editor)
    with transaction.atomic():
        post = _locked(post)
        now = timezone.now()
        if post.hidden_at is None:
            post.hidden_at = now
        post.hidden_reason = reason
        post.hidden_by = editor
        fields = ["hidden_at", "hidden_reason", "hidden_by"]
        if reason == Post.HiddenReason.EDITOR:
            post.reviewed_at = now
            fields.append("reviewed_at")
            _resolve_reports(post, editor, now)
        post.save(update_fields=fields)
        _after_change(post.thread)
    return post


def restore(post, editor):
    """Show ``post`` again, whether it was hidden or deleted (by its
    author or a moderator); restoring the opening post of a deleted thread
    restores the thread."""
    _moderates(editor)
    with transaction.atomic():
        post = _locked(post)
        now = timezone.now()
        post.hidden_at = None
        post.hidden_reason = ""
        post.hidden_by = None
        post.deleted_at = None
        post.deleted_by = None
        post.reviewed_at = now
        post.save(
            update_fields=[
                "hidden_at",
                "hidden_reason",
                "hidden_by",
                "deleted_at",
                "deleted_by",
                "reviewed_at",
            ]
        )
        _resolve_reports(post, editor, now)
        thread = post.thread
        if post.is_opening and thread.deleted_at is not None:
            thread.deleted_at = None
            thread.save(update_fields=["deleted_at"])
        _after_change(thread)
    return post


def restore_thread(thread, editor):
    """Bring back a thread its author deleted (with its opening post)."""
    _moderates(editor)
    opening = thread.posts.filter(is_opening=True).first()
    if opening is not None:
        return restore(opening, editor).thread
    with transaction.atomic():
        thread.deleted_at = None
        thread.save(update_fields=["deleted_at"])
        _after_change(thread)
    return thread


def mark_reviewed(post, editor):
    """The editor looked and keeps the post visible: its open reports are
    resolved, and a post the reports had hidden is shown again (a post an
    editor hid or its author deleted stays as it is)."""
    _moderates(editor)
    with transaction.atomic():
        post = _locked(post)
        now = timezone.now()
        post.reviewed_at = now
        fields = ["reviewed_at"]
        if post.hidden_reason == Post.HiddenReason.REPORTS:
            post.hidden_at = None
            post.hidden_reason = ""
            post.hidden_by = None
            fields += ["hidden_at", "hidden_reason", "hidden_by"]
        post.save(update_fields=fields)
        _resolve_reports(post, editor, now)
        _after_change(post.thread)
    return post


# ---------------------------------------------------------------- the queue


def queue(status="open"):
    """The posts an editor has to look at, newest first.

    ``open``: open reports, or hidden by reports and not yet reviewed;
    ``hidden``: every hidden post; ``deleted``: posts their authors (or a
    moderator) deleted, threads included through their opening post."""
    posts = Post.objects.select_related("thread", "author", "hidden_by", "deleted_by")
    if status == "hidden":
        posts = posts.filter(hidden_at__isnull=False).order_by("-hidden_at", "-pk")
    elif status == "deleted":
        posts = posts.filter(deleted_at__isnull=False).order_by("-deleted_at", "-pk")
    else:
        posts = (
            posts.filter(pk__in=Report.objects.filter(resolved_at__isnull=True).values("post_id"))
            | posts.filter(hidden_reason=Post.HiddenReason.REPORTS, reviewed_at__isnull=True)
        ).order_by("-created_at", "-pk")
    return posts.distinct()


def deleted_threads():
    """Threads deleted whole (their opening post gone with them)."""
    return (
        Thread.objects.filter(deleted_at__isnull=False)
        .select_related("author")
        .order_by("-deleted_at")
    )


# ---------------------------------------------------------------- links


def thread_url(thread, request=None):
    """The thread's address on the site, under the exchange page of the
    reader's language (or of the default one); the page is looked up once
    per request."""
    language = translation.get_language()
    cache = request.__dict__.setdefault("_exchange_page_urls", {}) if request else {}
    if language not in cache:
        pages = ExchangePage.objects.live()
        page = (
            pages.filter(locale__language_code=language).first()
            or pages.filter(locale__language_code=settings.LANGUAGE_CODE).first()
            or pages.first()
        )
        cache[language] = page
    page = cache[language]
    if page is None:
        return "/"
    return page.get_url(request) + page.reverse_subpage("thread", args=[thread.pk])


# ---------------------------------------------------------------- helpers


def _moderates(user):
    if not access.can_moderate(user):
        raise PermissionDenied


def _locked(post):
    """The post's current row, locked until the transaction ends."""
    return Post.objects.select_for_update().select_related("thread").get(pk=post.pk)


def _resolve_reports(post, editor, when):
    open_reports(post).update(resolved_at=when, resolved_by=editor)


def _after_change(thread):
    """Counts on the visible posts, and the thread's document in the search
    (built from its visible posts) again."""
    refresh_counts(thread)
    indexer.index_objects([thread])
