"""Daily and weekly digests: only what the person has not seen, in threads
they may read and follow; never restricted threads; members threads by
title and link; sent once however often the command runs; queries that do
not grow with the number of people."""

import datetime
import io

import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from exchange import digests, notifications
from exchange.models import Digest, Post, ReadMarker, Sensitivity, Subscription

from .conftest import member, organisation_of, reply, sent_to, start_thread

pytestmark = pytest.mark.django_db

Level = Subscription.Level


@pytest.fixture
def now():
    """The end of the digests' period: just after the test's posts."""
    return timezone.now() + datetime.timedelta(minutes=1)


def at(post, now, hours_ago):
    Post.objects.filter(pk=post.pk).update(created_at=now - datetime.timedelta(hours=hours_ago))


def run(capture, now, frequency="daily"):
    out = io.StringIO()
    with capture(execute=True):
        call_command("send_digests", frequency=frequency, now=now.isoformat(), stdout=out)
    return out.getvalue()


def public_thread(author, capture, title, body="Opening."):
    return start_thread(
        author, capture, title=title, body=body, sensitivity=Sensitivity.PUBLIC_SAFE
    )


def test_a_digest_holds_only_what_the_person_has_not_seen(
    exchange_page, outbox, now, django_capture_on_commit_callbacks
):
    capture = django_capture_on_commit_callbacks
    reader = member(language="fr", frequency="daily")
    writer = member()
    thread = public_thread(writer, capture, "Mentoring", body="Opening words.")
    at(thread.posts.get(), now, 20)
    own = reply(reader, thread, capture, body="My own reply.")
    at(own, now, 12)
    old = reply(writer, thread, capture, body="An older reply already read.")
    at(old, now, 10)
    new = reply(writer, thread, capture, body="A fresh reply to read.")
    at(new, now, 2)
    # The reader opened the thread nine hours ago (replying marks it read too).
    ReadMarker.objects.update_or_create(
        user=reader, thread=thread, defaults={"read_at": now - datetime.timedelta(hours=9)}
    )
    outbox.clear()

    output = run(capture, now)

    (message,) = sent_to(outbox, reader)
    assert "quotidien" in message.subject
    assert "A fresh reply to read." in message.body
    assert "already read" not in message.body
    assert "Opening words" not in message.body
    assert "My own reply" not in message.body
    assert "Mentoring" in message.body
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    # (The demo's recent threads may be in it too: the reader follows nothing, so all.)
    assert "== Mentoring ==\n1 nouveau message\n" in message.body
    assert Digest.objects.get(user=reader).frequency == "daily"
    assert "digests due" in output


def test_running_twice_sends_once(exchange_page, outbox, now, django_capture_on_commit_callbacks):
    capture = django_capture_on_commit_callbacks
    reader = member(frequency="weekly")
    thread = public_thread(member(), capture, "Weekly matters")
    at(thread.posts.get(), now, 30)
    outbox.clear()

    run(capture, now, frequency="weekly")
    run(capture, now + datetime.timedelta(hours=1), frequency="weekly")

    assert len(sent_to(outbox, reader)) == 1
    assert Digest.objects.filter(user=reader, frequency="weekly").count() == 1


def test_restricted_threads_are_never_in_a_digest_and_members_threads_by_title(
    exchange_page, outbox, now, django_capture_on_commit_callbacks
):
    capture = django_capture_on_commit_callbacks
    writer = member()
    reader = member(frequency="daily", organisation=organisation_of(writer))
    restricted = start_thread(
        writer,
        capture,
        title="Named family case",
        body="Secret details.",
        sensitivity=Sensitivity.RESTRICTED,
        restricted_to=[organisation_of(writer)],
    )
    members = start_thread(writer, capture, title="Members only title", body="Members body text.")
    notifications.set_level(reader, level=Level.WATCHING, thread=restricted)
    outbox.clear()

    run(capture, now)

    (message,) = sent_to(outbox, reader)
    for text in (message.body, message.alternatives[0].content):
        assert "Named family" not in text
        assert "Secret details" not in text
        assert "Members only title" in text
        assert "Members body text" not in text
    assert exchange_page.route_url("thread", members.pk) in message.body


def test_muted_threads_and_people_outside_the_exchange_get_nothing(
    exchange_page, outbox, now, django_capture_on_commit_callbacks
):
    capture = django_capture_on_commit_callbacks
    thread = public_thread(member(), capture, "Muted matter")
    muted = member(frequency="daily")
    notifications.set_level(muted, level=Level.MUTED, thread=thread)
    expired = member(frequency="daily", ended=True)
    each = member(frequency="each")
    follower = member(frequency="daily")
    outbox.clear()

    run(capture, now)

    (digest,) = sent_to(outbox, follower)
    assert "Muted matter" in digest.body
    # The muted person may get the demo's recent threads, never this one.
    assert all("Muted matter" not in message.body for message in sent_to(outbox, muted))
    assert sent_to(outbox, expired) == []
    assert sent_to(outbox, each) == []


def test_the_queries_do_not_grow_with_the_number_of_people(
    exchange_page, now, django_capture_on_commit_callbacks
):
    capture = django_capture_on_commit_callbacks
    writer = member()
    threads = [public_thread(writer, capture, f"Thread {n}") for n in range(3)]

    def queries_for(people):
        for _number in range(people):
            person = member(frequency="daily")
            notifications.set_level(person, level=Level.WATCHING, thread=threads[0])
            ReadMarker.objects.create(
                user=person, thread=threads[1], read_at=now - datetime.timedelta(days=3)
            )
        Digest.objects.all().delete()
        with CaptureQueriesContext(connection) as queries:
            report = digests.send_digests("daily", now=now)
        return len(queries), report

    few, few_report = queries_for(2)
    many, many_report = queries_for(10)

    assert many_report.sent == few_report.sent + 10
    # A change here is deliberate: the digests must not cost a query per person.
    assert many == few
    assert few <= 15


def test_the_period_keys():
    day = timezone.make_aware(datetime.datetime(2026, 12, 5, 7, 0))
    assert digests.period_key("daily", day) == "2026-12-05"
    assert digests.period_key("weekly", day) == "2026-W49"
