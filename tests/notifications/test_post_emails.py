"""An e-mail for each new post to the people watching the thread (or one of
its topics): in their language, never to the author, never to anybody the
thread's rule keeps out, and carrying what the thread's sensitivity allows."""

import pytest

from exchange import notifications
from exchange.models import Sensitivity, Subscription
from practices.models import Topic

from .conftest import member, organisation_of, reply, sent_to, start_thread

pytestmark = pytest.mark.django_db

Level = Subscription.Level


def watch(person, thread=None, topic=None, level=Level.WATCHING):
    notifications.set_level(person, level=level, thread=thread, topic=topic)


def test_a_reply_reaches_a_watcher_once_in_french_and_not_its_author(
    exchange_page, outbox, django_capture_on_commit_callbacks
):
    opener = member()
    watcher = member(language="fr")
    replier = member()
    thread = start_thread(opener, django_capture_on_commit_callbacks, title="Familles et sortie")
    watch(watcher, thread)
    outbox.clear()

    reply(replier, thread, django_capture_on_commit_callbacks)

    messages = sent_to(outbox, watcher)
    assert len(messages) == 1
    assert messages[0].subject == "Nouvelle réponse dans « Familles et sortie »"
    assert "Bonjour" in messages[0].body
    assert sent_to(outbox, replier) == []
    # The opener watches the thread they opened: one e-mail, in English.
    assert [message.subject for message in sent_to(outbox, opener)] == [
        "New reply in “Familles et sortie”"
    ]


def test_whoever_replies_watches_the_thread_unless_they_muted_it(
    exchange_page, outbox, django_capture_on_commit_callbacks
):
    opener, replier, quiet = member(), member(), member()
    thread = start_thread(opener, django_capture_on_commit_callbacks)
    watch(quiet, thread, level=Level.MUTED)

    reply(replier, thread, django_capture_on_commit_callbacks)
    reply(quiet, thread, django_capture_on_commit_callbacks)

    levels = dict(Subscription.objects.filter(thread=thread).values_list("user_id", "level"))
    assert levels[replier.pk] == Level.WATCHING
    assert levels[quiet.pk] == Level.MUTED


def test_muted_daily_and_expired_people_get_nothing(
    exchange_page, outbox, django_capture_on_commit_callbacks
):
    opener = member()
    topic = Topic.objects.filter(locale__language_code="en").first()
    thread = start_thread(opener, django_capture_on_commit_callbacks, topics=[topic])
    muted = member()
    watch(muted, topic=topic)
    watch(muted, thread, level=Level.MUTED)
    daily = member(frequency="daily")
    watch(daily, thread)
    expired = member(ended=True)
    watch(expired, thread)
    watcher = member()
    watch(watcher, thread)
    outbox.clear()

    reply(member(), thread, django_capture_on_commit_callbacks)

    assert len(sent_to(outbox, watcher)) == 1
    assert sent_to(outbox, muted) == []
    assert sent_to(outbox, daily) == []
    assert sent_to(outbox, expired) == []


def test_a_topic_watcher_hears_of_a_new_thread_in_the_topic(
    exchange_page, outbox, django_capture_on_commit_callbacks
):
    topic = Topic.objects.filter(locale__language_code="en").first()
    watcher = member(language="de")
    watch(watcher, topic=topic)

    start_thread(member(), django_capture_on_commit_callbacks, title="Neu", topics=[topic])

    (message,) = sent_to(outbox, watcher)
    assert "Neu" in message.subject
    german_name = Topic.objects.filter(
        translation_key=topic.translation_key, locale__language_code="de"
    ).first()
    assert (german_name or topic).name in message.body
    # The unsubscribe link of a topic e-mail mutes the topic.
    assert "/de/exchange/unsubscribe/" in message.extra_headers["List-Unsubscribe"]


def test_a_restricted_thread_reaches_only_the_organisations_it_names(
    exchange_page, outbox, django_capture_on_commit_callbacks
):
    opener = member()
    colleague = member(organisation=organisation_of(opener))
    outsider = member()
    thread = start_thread(
        opener,
        django_capture_on_commit_callbacks,
        title="Case of a named family",
        body="The family of R. lives in the east.",
        sensitivity=Sensitivity.RESTRICTED,
        restricted_to=[organisation_of(opener)],
    )
    watch(colleague, thread)
    # A subscription left from before cannot carry the thread past the rule.
    Subscription.objects.create(user=outsider, thread=thread, level=Level.WATCHING)
    outbox.clear()

    reply(colleague, thread, django_capture_on_commit_callbacks, body="R. moved again.")

    assert sent_to(outbox, outsider) == []
    (message,) = sent_to(outbox, opener)
    for text in (message.subject, message.body, message.alternatives[0].content):
        assert "named family" not in text
        assert "R. moved" not in text
    assert exchange_page.route_url("thread", thread.pk) in message.body


def test_a_members_thread_sends_its_title_and_a_link_not_its_text(
    exchange_page, outbox, django_capture_on_commit_callbacks
):
    opener = member()
    thread = start_thread(opener, django_capture_on_commit_callbacks, title="Mentors in schools")
    outbox.clear()

    reply(member(), thread, django_capture_on_commit_callbacks, body="Our mentors meet weekly.")

    (message,) = sent_to(outbox, opener)
    assert "Mentors in schools" in message.subject
    assert "Mentors in schools" in message.body
    assert "mentors meet weekly" not in message.body
    assert "mentors meet weekly" not in message.alternatives[0].content
    assert f"threads/{thread.pk}/" in message.body


def test_a_public_safe_thread_sends_its_text(
    exchange_page, outbox, django_capture_on_commit_callbacks
):
    opener = member()
    thread = start_thread(
        opener,
        django_capture_on_commit_callbacks,
        title="Training for youth workers",
        sensitivity=Sensitivity.PUBLIC_SAFE,
    )
    outbox.clear()
    replier = member(first_name="Ana", last_name="Pereira")

    reply(
        replier,
        thread,
        django_capture_on_commit_callbacks,
        body="First line.\n\nSecond <script>alert(1)</script>paragraph.",
    )

    (message,) = sent_to(outbox, opener)
    assert "Ana Pereira replied in “Training for youth workers”" in message.body
    assert "First line.\n\nSecond paragraph." in message.body
    html = message.alternatives[0].content
    assert "<p>First line.</p>" in html
    assert "<script>" not in html


def test_every_e_mail_carries_unsubscribe_links_and_headers(
    exchange_page, outbox, django_capture_on_commit_callbacks
):
    opener = member()
    thread = start_thread(opener, django_capture_on_commit_callbacks)
    outbox.clear()

    reply(member(), thread, django_capture_on_commit_callbacks)

    (message,) = sent_to(outbox, opener)
    header = message.extra_headers["List-Unsubscribe"]
    assert header.startswith("<http://testserver/en/exchange/unsubscribe/")
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert header.strip("<>") in message.body
    assert "/en/exchange/subscriptions/" in message.body


def test_a_hidden_post_sends_nothing(exchange_page, outbox, django_capture_on_commit_callbacks):
    """The task reads the post when it runs: one hidden meanwhile is not sent."""
    from django.utils import timezone

    opener = member()
    thread = start_thread(opener, django_capture_on_commit_callbacks)
    post = reply(member(), thread, django_capture_on_commit_callbacks)
    outbox.clear()
    post.hidden_at = timezone.now()
    post.save()

    assert notifications.notify(post) == 0
    assert outbox == []
