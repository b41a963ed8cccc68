"""What a person hears of the exchange: subscriptions, the e-mail sent for
each new post, and the unsubscribe links.

Levels (``Subscription.Level``), per thread and per topic: *watching* (an
e-mail for every post, or the post in the digest for people who chose a
digest), *normal* (in the digest only) and *muted* (nothing). The level of
a thread for a person is its own subscription when there is one, else the
highest of its topics' subscriptions, else *normal*: somebody who chose a
digest and follows nothing gets the public-safe and members threads they
may read (``effective_level``; the digests use the same rule).

The author of a thread watches it (``exchange.posting``); so does whoever
replies, unless they muted it (``post_published_receiver``).

For a new post (``exchange.signals.post_published``, after commit) a task
(``exchange.tasks.notify_post``) e-mails every person watching the thread,
or one of its topics when the thread has no level of theirs, except the
author, who may read the thread (``exchange.access.can_read``: an expired
member, or a member of an organisation a restricted thread does not name,
gets nothing) and whose ``email_frequency`` is "each"; in their
``preferred_language``. What the e-mail says follows the thread's
sensitivity: the text for public-safe threads, the title and a link for
members threads, only a link for restricted threads.

Every e-mail carries an unsubscribe link that works without signing in (a
token signed with ``django.core.signing`` naming the person and a scope:
this thread, this topic, all exchange e-mail) and the ``List-Unsubscribe``
and ``List-Unsubscribe-Post`` headers (RFC 8058: a one-click POST).
"""

import logging
import re

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core import signing
from django.db import transaction
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from cms.mail import send_email
from exchange import access, html
from exchange.models import ExchangePage, Post, Sensitivity, Subscription, Thread

logger = logging.getLogger(__name__)

Level = Subscription.Level
#: Highest first: a thread followed through several topics takes the highest.
LEVEL_ORDER = {Level.MUTED: 0, Level.NORMAL: 1, Level.WATCHING: 2}

UNSUBSCRIBE_SALT = "exchange.notifications.unsubscribe"


class Scope:
    THREAD = "thread"
    TOPIC = "topic"
    ALL = "all"
    CHOICES = (THREAD, TOPIC, ALL)


# ---------------------------------------------------------------- levels


def effective_level(thread_level, topic_levels):
    """The level of a thread for a person: their subscription to the thread,
    else the highest of their subscriptions to its topics, else normal."""
    if thread_level:
        return thread_level
    if topic_levels:
        return max(topic_levels, key=LEVEL_ORDER.__getitem__)
    return Level.NORMAL


def set_level(user, *, level, thread=None, topic=None):
    """Subscribe ``user`` to a thread or a topic at ``level``; ``level=None``
    removes the subscription (back to the default)."""
    target = {"thread": thread} if thread is not None else {"topic": topic}
    if level is None:
        Subscription.objects.filter(user=user, **target).delete()
        return None
    subscription, _created = Subscription.objects.update_or_create(
        user=user, **target, defaults={"level": level}
    )
    return subscription


def watch_after_posting(user, thread):
    """Whoever writes in a thread watches it, unless they muted it."""
    if user is None:
        return
    updated = (
        Subscription.objects.filter(user=user, thread=thread)
        .exclude(level=Level.MUTED)
        .update(level=Level.WATCHING)
    )
    if not updated:
        Subscription.objects.get_or_create(
            user=user, thread=thread, defaults={"level": Level.WATCHING}
        )


# ---------------------------------------------------------------- links


def exchange_pages():
    """The live exchange page of each language ({language code: page});
    a language whose page is not translated yet has none."""
    pages = ExchangePage.objects.live().filter(alias_of__isnull=True).select_related("locale")
    return {page.locale.language_code: page for page in pages}


def exchange_page_for(language, pages):
    return (
        pages.get(language) or pages.get(settings.LANGUAGE_CODE) or next(iter(pages.values()), None)
    )


def thread_url(pages, thread_id, language, post_id=None):
    """The absolute address of a thread in ``language`` (in English when the
    exchange is not translated into it), or None without an exchange page."""
    page = exchange_page_for(language, pages)
    if page is None:
        return None
    url = page.get_full_url() + page.reverse_subpage("thread", args=[thread_id])
    return f"{url}#post-{post_id}" if post_id else url


def site_url(path):
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def unsubscribe_token(user_id, scope, target_id=None):
    return signing.dumps([user_id, scope, target_id], salt=UNSUBSCRIBE_SALT, compress=True)


def read_unsubscribe_token(token):
    """(user id, scope, target id) of a token; ``signing.BadSignature`` when
    it was not made here or was changed."""
    try:
        user_id, scope, target_id = signing.loads(token, salt=UNSUBSCRIBE_SALT)
    except (TypeError, ValueError) as error:
        raise signing.BadSignature(str(error)) from error
    if scope not in Scope.CHOICES or not isinstance(user_id, int):
        raise signing.BadSignature("unknown scope")
    return user_id, scope, target_id


def unsubscribe_url(user_id, scope, target_id, language):
    with translation.override(language):
        path = reverse("exchange-unsubscribe", args=[unsubscribe_token(user_id, scope, target_id)])
    return site_url(path)


def subscriptions_url(language):
    with translation.override(language):
        return site_url(reverse("exchange-subscriptions"))


def unsubscribe_headers(url):
    """RFC 2369 and RFC 8058: mail programs offer "unsubscribe" and POST
    ``List-Unsubscribe=One-Click`` to the address."""
    return {"List-Unsubscribe": f"<{url}>", "List-Unsubscribe-Post": "List-Unsubscribe=One-Click"}


def apply_unsubscribe(user, scope, target_id):
    """Stop what the token names; returns what it stopped (a thread, a topic
    or None for all), and None too when the thread or topic is gone."""
    if scope == Scope.ALL:
        user.email_frequency = get_user_model().EmailFrequency.OFF
        user.save(update_fields=["email_frequency"])
        return None
    if scope == Scope.THREAD:
        thread = Thread.objects.filter(pk=target_id).first()
        if thread is not None:
            set_level(user, level=Level.MUTED, thread=thread)
        return thread
    from practices.models import Topic

    topic = Topic.objects.filter(pk=target_id).first()
    if topic is not None:
        set_level(user, level=Level.MUTED, topic=topic)
    return topic


# ---------------------------------------------------------------- e-mail per post


def post_published_receiver(sender, post, notify=True, **kwargs):
    """``post_published``: the author watches the thread, and the e-mails
    are queued as a task (so that a thread with many watchers costs the
    request nothing). Never raises into the request that posted."""
    try:
        watch_after_posting(post.author, post.thread)
        if not notify:  # written while e-mail was suppressed: the demo's
            return
        from exchange.tasks import notify_post

        transaction.on_commit(lambda: notify_post.enqueue(post.pk), robust=True)
    except Exception:
        logger.exception("Could not queue the notifications of post %s", post.pk)


def recipients(post):
    """[(person, scope, target id)] to e-mail about ``post``: watching the
    thread, or one of its topics when the thread has no level of theirs;
    not its author; e-mail for each post; may read the thread."""
    thread = post.thread
    thread_levels = dict(Subscription.objects.filter(thread=thread).values_list("user_id", "level"))
    reasons = {
        user_id: (Scope.THREAD, thread.pk)
        for user_id, level in thread_levels.items()
        if level == Level.WATCHING
    }
    topic_ids = list(thread.topics.values_list("pk", flat=True))
    for user_id, topic_id in (
        Subscription.objects.filter(topic_id__in=topic_ids, level=Level.WATCHING)
        .order_by("topic_id")
        .values_list("user_id", "topic_id")
    ):
        if user_id not in thread_levels:
            reasons.setdefault(user_id, (Scope.TOPIC, topic_id))
    reasons.pop(post.author_id, None)
    people = access.readers(
        get_user_model()
        .objects.filter(pk__in=reasons, email_frequency=get_user_model().EmailFrequency.EACH)
        .exclude(email=""),
        thread,
    ).order_by("pk")
    return [(person, *reasons[person.pk]) for person in people]


def author_name(user):
    if user is None:
        return _("former member")
    return getattr(user, "display_name", None) or user.get_full_name() or user.get_username()


def plain_text(body):
    """The stored HTML of a post as plain text for an e-mail: paragraphs
    separated by a blank line, line breaks kept."""
    paragraphs = re.split(r"</p>|</li>|</blockquote>|</pre>", str(body))
    lines = (
        "\n".join(filter(None, (html.text(line) for line in paragraph.split("<br>"))))
        for paragraph in paragraphs
    )
    return "\n\n".join(filter(None, lines))


def notify(post):
    """E-mail the people who follow ``post``'s thread (see the module)."""
    post = Post.objects.select_related("thread", "author").get(pk=post.pk)
    thread = post.thread
    if not post.is_visible or thread.deleted_at is not None:
        return 0
    people = recipients(post)
    if not people:
        return 0
    pages = exchange_pages()
    topic_names = {}
    if any(scope == Scope.TOPIC for _person, scope, _target in people):
        topic_names = _topic_names_by_language(thread)
    sent = 0
    for person, scope, target_id in people:
        language = person.preferred_language or settings.LANGUAGE_CODE
        url = unsubscribe_url(person.pk, scope, target_id, language)
        context = {
            "person": person,
            "person_name": author_name(person),
            "language": language,
            "text": plain_text(post.body),
            "post": post,
            "thread": thread,
            "sensitivity": thread.sensitivity,
            "public_safe": thread.sensitivity == Sensitivity.PUBLIC_SAFE,
            "restricted": thread.sensitivity == Sensitivity.RESTRICTED,
            "author_name": author_name(post.author),
            "thread_url": thread_url(pages, thread.pk, language, post.pk),
            "scope": scope,
            "topic_name": topic_names.get((target_id, language), ""),
            "unsubscribe_url": url,
            "unsubscribe_all_url": unsubscribe_url(person.pk, Scope.ALL, None, language),
            "subscriptions_url": subscriptions_url(language),
        }
        send_email(
            person.email,
            "exchange/email/post_published",
            context,
            language=language,
            headers=unsubscribe_headers(url),
        )
        sent += 1
    return sent


def _topic_names_by_language(thread):
    """{(topic id, language): name} of the thread's topics (which link the
    default locale) in every language they are translated into."""
    from practices.models import Topic

    topics = list(thread.topics.all())
    by_key = {topic.translation_key: topic.pk for topic in topics}
    names = {(topic.pk, settings.LANGUAGE_CODE): topic.name for topic in topics}
    for translated in Topic.objects.filter(translation_key__in=by_key).select_related("locale"):
        names[(by_key[translated.translation_key], translated.locale.language_code)] = (
            translated.name
        )
    for topic in topics:
        for code, _name in settings.LANGUAGES:
            names.setdefault((topic.pk, code), topic.name)
    return names
