"""The exchange's part of a person's data export (``network.personal_data``):
the threads they opened, everything they wrote (deleted and hidden posts
too: they are still stored), their subscriptions and their reports.
Registered from ``ExchangeConfig.ready``."""

from exchange.models import Post, Report, Subscription, Thread
from network.personal_data import iso, register


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


def posts(user):
    return [
        {
            "id": post.pk,
            "thread": post.thread_id,
            "thread_title": post.thread.title,
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
    return [
        {
            "thread": subscription.thread_id,
            "thread_title": subscription.thread.title if subscription.thread else None,
            "topic": subscription.topic.name if subscription.topic else None,
            "level": subscription.level,
        }
        for subscription in Subscription.objects.filter(user=user)
        .select_related("thread", "topic")
        .order_by("pk")
    ]


def reports(user):
    return [
        {
            "post": report.post_id,
            "thread_title": report.post.thread.title,
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
