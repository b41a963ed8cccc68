"""What the moderation controls under a post need to know of the reader,
worked out once per thread page (the page's queries must not grow with its
posts): whether they moderate, which posts they reported, and the open
reports on each post for moderators."""

from django import template
from django.db.models import Count

from exchange import access
from exchange.models import Report

register = template.Library()


class _PageState:
    def __init__(self, user, thread):
        self.moderator = access.can_moderate(user)
        self.member = not self.moderator and access.can_enter(user)
        self.reported = set()
        self.open_reports = {}
        if self.member:
            self.reported = set(
                Report.objects.filter(reporter=user, post__thread=thread).values_list(
                    "post_id", flat=True
                )
            )
        elif self.moderator:
            self.open_reports = dict(
                Report.objects.filter(post__thread=thread, resolved_at__isnull=True)
                .values("post_id")
                .annotate(count=Count("pk"))
                .values_list("post_id", "count")
            )


@register.simple_tag(takes_context=True)
def moderation_state(context, post, thread=None):
    """{moderator, can_report, reported, open_reports} for ``post`` and the
    reader of the page."""
    request = context.get("request")
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {}
    thread = thread or post.thread
    cache = request.__dict__.setdefault("_exchange_moderation", {})
    state = cache.get(thread.pk)
    if state is None:
        state = cache[thread.pk] = _PageState(user, thread)
    return {
        "moderator": state.moderator,
        "can_report": (
            state.member
            and post.author_id != user.pk
            and post.is_visible
            and thread.deleted_at is None
        ),
        "reported": post.pk in state.reported,
        "open_reports": state.open_reports.get(post.pk, 0),
    }
