"""The exchange's benchmark (``bench.exchange``) at a tiny size, so that the
bench code cannot rot: the generator writes what it says, the pages answer
as a member, replies are stored, the digests go out, and the list and a
thread cost the same queries whatever their size."""

import pytest
from django.contrib.auth import get_user_model
from django.core import mail

from bench import exchange as bench
from exchange import access
from exchange.models import Post, ReadMarker, Sensitivity, Subscription, Thread

pytestmark = pytest.mark.django_db

TINY = {
    "people": 20,
    "organisations": 4,
    "threads": 30,
    "posts": 200,
    "small": 10,
    "large": 60,
}


def test_the_generator_writes_a_network_of_members_talking():
    summary = bench.generate(**TINY)
    people = get_user_model().objects.filter(username__startswith=bench.PREFIX)
    assert people.count() == 20
    reader = people.get(pk=summary["reader"])
    assert access.can_enter(reader)
    threads = Thread.objects.filter(author__username__startswith=bench.PREFIX)
    assert threads.count() == 30
    posts = Post.objects.filter(thread__in=threads)
    assert posts.count() == 200
    assert {thread.language for thread in threads} == {"en", "de", "fr", "it", "es"}
    assert Thread.objects.get(pk=summary["large_thread"]).posts.count() == 60
    assert Thread.objects.get(pk=summary["small_thread"]).posts.count() == 10
    for thread in threads:
        assert thread.post_count == thread.posts.count()
    assert Subscription.objects.filter(user__in=people, level=Subscription.Level.WATCHING).exists()
    assert ReadMarker.objects.filter(user__in=people).exists()
    # Restricted threads stay within the organisations they name.
    for thread in threads.filter(sensitivity=Sensitivity.RESTRICTED):
        for post in thread.posts.all():
            assert access.can_read(post.author, thread)


def test_the_generator_replaces_what_it_wrote_before():
    bench.generate(**TINY)
    bench.generate(**TINY)
    assert get_user_model().objects.filter(username__startswith=bench.PREFIX).count() == 20
    assert Post.objects.filter(thread__author__username__startswith=bench.PREFIX).count() == 200
    bench.clear()
    assert not get_user_model().objects.filter(username__startswith=bench.PREFIX).exists()


def test_the_measurements_run_and_the_query_counts_are_constant(
    django_capture_on_commit_callbacks,
):
    with django_capture_on_commit_callbacks(execute=True):
        entry = bench.run(
            runs=2,
            warmups=1,
            budget=60,
            digest_runs=1,
            list_page_sizes=(3, 12),
            analyze=False,
            **TINY,
        )
    bench.check(entry)
    counts = entry["query_counts"]
    assert counts["thread page, 10 posts"] == counts["thread page, 60 posts"]
    assert counts["thread list, 3 per page"] == counts["thread list, 12 per page"]
    assert entry["thread_queries_constant"] and entry["list_queries_constant"]
    for name in (
        "exchange: bare Django view",
        "exchange: thread list",
        "exchange: thread page, 10 posts",
        "exchange: thread page, 60 posts",
        "exchange: post a reply",
    ):
        stats = entry["measurements"][name]
        assert stats["runs"] == 2
        assert 0 < stats["median_ms"] <= stats["p95_ms"]
    assert set(entry["ratio_to_bare"]) == set(entry["measurements"]) - {
        "exchange: bare Django view",
        *[name for name in entry["measurements"] if "send_digests" in name],
    }
    # Warm-up plus timed replies were stored, by the reader.
    reader = get_user_model().objects.get(pk=entry["generated"]["reader"])
    assert Post.objects.filter(author=reader, body__contains="this helps").count() == 3
    digests = entry["digests"]
    assert digests["people"] >= 20
    assert digests["posts"] >= 200
    assert 0 < digests["digests"] <= digests["people"]
    assert digests["queries"] > 0
    # In the test's transaction the e-mails go out when its callbacks run:
    # one per digest and run (one run counting the queries, one timed), and
    # every generated person had something new.
    assert len(mail.outbox) >= 2 * digests["digests"]
    to_people = {message.to[0] for message in mail.outbox if message.to[0].startswith(bench.PREFIX)}
    assert len(to_people) == TINY["people"]


def test_a_query_count_that_grows_fails_the_check():
    entry = {
        "query_counts": {"thread page, 10 posts": 20, "thread page, 200 posts": 21},
        "thread_queries_constant": False,
        "list_queries_constant": True,
    }
    with pytest.raises(AssertionError, match="Thread page"):
        bench.check(entry)
