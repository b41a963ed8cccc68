"""The watch / normal / mute controls of a thread page and of the exchange
index filtered by a topic (``exchange/includes/thread_subscription.html``,
``exchange/includes/index_subscription.html``): the reader's level and a
sentence saying what it means with their e-mail frequency."""

from django import template
from django.contrib.auth import get_user_model
from django.utils.translation import gettext as _

from cms.i18n import default_locale_only, localize
from exchange import access
from exchange.models import Subscription
from exchange.notifications import Level, effective_level

register = template.Library()


def describe(level, frequency, *, thread=True):
    """What ``level`` means for a person with ``frequency``."""
    frequencies = get_user_model().EmailFrequency
    if level == Level.MUTED:
        if thread:
            return _("You have muted this thread: no e-mail about it, not even in a digest.")
        return _("You have muted this topic: no e-mail about its threads.")
    if frequency == frequencies.OFF:
        return _("You have turned off e-mail about the exchange.")
    digest = frequency in (frequencies.DAILY, frequencies.WEEKLY)
    if level == Level.WATCHING:
        if digest:
            if frequency == frequencies.DAILY:
                return _("You are watching: new posts are in your daily digest.")
            return _("You are watching: new posts are in your weekly digest.")
        return _("You are watching: you get an e-mail for each new post.")
    if frequency == frequencies.DAILY:
        return _("New posts are in your daily digest.")
    if frequency == frequencies.WEEKLY:
        return _("New posts are in your weekly digest.")
    return _("You get no e-mail for each post: watch to get one.")


def _choices(current):
    return [
        {"value": Level.WATCHING, "label": _("Watch"), "pressed": current == Level.WATCHING},
        {"value": Level.NORMAL, "label": _("Normal"), "pressed": current == Level.NORMAL},
        {"value": Level.MUTED, "label": _("Mute"), "pressed": current == Level.MUTED},
    ]


@register.simple_tag(takes_context=True)
def thread_subscription(context, thread):
    """The reader's level of ``thread`` (own, through a topic or the
    default), or None for a reader who may not read it."""
    request = context.get("request")
    user = getattr(request, "user", None)
    if thread is None or not access.can_enter(user):
        return None
    own = Subscription.objects.filter(user=user, thread=thread).values_list("level", flat=True)
    own = next(iter(own), None)
    topic_levels = []
    if own is None:
        topic_levels = list(
            Subscription.objects.filter(user=user, topic__in=thread.topics.all()).values_list(
                "level", flat=True
            )
        )
    level = effective_level(own, topic_levels)
    return {
        "level": level,
        "own": own,
        "through_topic": own is None and bool(topic_levels),
        "choices": _choices(own),
        "description": describe(level, user.email_frequency),
    }


@register.simple_tag(takes_context=True)
def topic_subscription(context):
    """The reader's level of the topic the exchange index is filtered by
    (``?topic=<slug>``), or None when it is not filtered by one."""
    request = context.get("request")
    user = getattr(request, "user", None)
    slug = request.GET.get("topic") if request is not None else None
    if not slug or not access.can_enter(user):
        return None
    from practices.models import Topic

    topic = Topic.objects.filter(default_locale_only(), slug=slug).first()
    if topic is None:
        return None
    own = (
        Subscription.objects.filter(user=user, topic=topic).values_list("level", flat=True).first()
    )
    return {
        "topic": topic,
        "name": localize([topic])[0].name,
        "level": own,
        "choices": _choices(own),
        "description": describe(own or Level.NORMAL, user.email_frequency, thread=False),
    }
