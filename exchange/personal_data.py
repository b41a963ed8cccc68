"""The exchange's part of a person's data export (``network.personal_data``):
the threads they opened, everything they wrote (deleted and hidden posts
too: they are still stored), their subscriptions and their reports.
Registered from ``ExchangeConfig.ready``."""

from exchange.access import visible_threads
from exchange.models import Post, Report, Subscription, Thread
from network.personal_data import iso, register


def readable_title(user, readable):
    """A thread's title goes into the export only while the person may read
    the thread (or opened it): the export is one more surface of the rule,
    and an expired member must not take away titles they can no longer see."""

    def title(thread):
        if thread is None:
            return None
        if thread.author_id == user.pk or thread.pk in readable:
            return thread.title
        return None

    return title


def threads(user):
    return [
        {
            "id": thread.pk,
            "title": thread.title,
            "language": thread.language,
            "sensitivity": thread.sensitivity,
            "organisation": thread.organisation.name if thread.organisation else None,
            "created_at": iso(thread.created_at),
            "deleted_at": iso(thread.deleted_at),
        }
        for thread in Thread.objects.filter(author=user)
        .select_related("organisation")
        .order_by("pk")
    ]


def readable_ids(user):
    return set(visible_threads(user).values_list("pk", flat=True))


def posts(user):
    title = readable_title(user, readable_ids(user))
    return [
        {
            "id": post.pk,
            "thread": post.thread_id,
            "thread_title": title(post.thread),
            "is_opening": post.is_opening,
            "body": post.body,
            "created_at": iso(post.created_at),
            "edited_at": iso(post.edited_at),
            "deleted_at": iso(post.deleted_at),
            "hidden_at": iso(post.hidden_at),
            "attachments": [
                {
                    "name": attachment.name,
                    "content_type": attachment.content_type,
                    "size": attachment.size,
                }
                for attachment in post.attachments.all()
            ],
        }
        for post in Post.objects.filter(author=user)
        .select_related("thread")
        .prefetch_related("attachments")
        .order_by("pk")
    ]


def subscriptions(user):
    title = readable_title(user, readable_ids(user))
    return [
        {
            "thread": subscription.thread_id,
            "thread_title": title(subscription.thread),
            "topic": subscription.topic.name if subscription.topic else None,
            "level": subscription.level,
        }
        for subscription in Subscription.objects.filter(user=user)
        .select_related("thread", "topic")
        .order_by("pk")
    ]


def reports(user):
    title = readable_title(user, readable_ids(user))
    return [
        {
            "post": report.post_id,
            "thread_title": title(report.post.thread),
            "reason": report.reason,
            "created_at": iso(report.created_at),
            "resolved_at": iso(report.resolved_at),
        }
        for report in Report.objects.filter(reporter=user)
        .select_related("post__thread")
        .order_by("pk")
    ]


def exchange(user):
    return {
        "threads": threads(user),
        "posts": posts(user),
        "subscriptions": subscriptions(user),
        "reports": reports(user),
    }


def register_exchange():
    register("exchange", exchange)
