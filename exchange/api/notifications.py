"""The exchange's notification settings of the person asking, in the project
API (``/api/me/notifications/``): how often they hear of the exchange, and
the threads and topics they follow. Any signed-in person."""

from typing import Literal

from django.db import transaction
from django.utils import translation
from ninja import Field, Router, Schema
from ninja.errors import ValidationError
from pydantic import ConfigDict, model_validator

from cms.i18n import default_locale_only, localize
from exchange import access
from exchange.api.common import LOCALE, Slug
from exchange.models import Subscription, Thread
from network.api import EmailFrequency, Language, in_locale
from network.tokens import API_AUTH
from practices.models import Topic

Level = Literal[tuple(Subscription.Level.values)]

notifications_router = Router(tags=["me"], auth=API_AUTH)


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


def localize_terms(items):
    """Terms linked (default locale) with the reader's names, by pk."""
    return {item.pk: item for item in localize(items)}


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
    operation_id="exchange_api_notifications_read",
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
    operation_id="exchange_api_notifications_update",
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
