"""Daily and weekly digests of the exchange (``manage.py send_digests``,
``exchange.tasks.send_digests``).

For each person whose ``email_frequency`` is the digest's, who may enter
the exchange (``network.access.members_content_viewers``: the members rule
for many people at once) and has an address: the visible posts they have
not seen, that is newer than their read marker of the thread and than their
previous digest (a first digest covers one period), not their own, in the
threads they follow at *watching* or *normal* (``notifications.effective_level``:
following nothing means every thread, muting removes one). Restricted
threads are never in a digest; a members thread appears by its title and a
link only, a public-safe one with the beginning of its newest posts.

Safe to run twice: the ``Digest`` row of a person and period is taken
before the e-mail is queued (``digest_once``), with an insert that skips the
rows another run took first and returns the ones it took, so two runs, even
at the same time, send one digest.

Queries do not grow with the number of people or posts: the candidates,
their previous digests, the posts of the period with their threads and
authors, the threads' topics, the candidates' subscriptions and read markers
are each one query; the ``Digest`` rows are inserted 500 to a statement;
then one message is queued per digest.
"""

import bisect
import datetime
from collections import defaultdict
from dataclasses import dataclass, field

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import connection, transaction
from django.db.models import Max
from django.utils import timezone

from cms.mail import send_email
from exchange import html
from exchange.models import Digest, Post, ReadMarker, Sensitivity, Subscription, Thread
from exchange.notifications import (
    Level,
    Scope,
    author_name,
    effective_level,
    exchange_pages,
    subscriptions_url,
    thread_url,
    unsubscribe_headers,
    unsubscribe_url,
)
from network.access import members_content_viewers

FREQUENCIES = {"daily": datetime.timedelta(days=1), "weekly": datetime.timedelta(weeks=1)}
#: A person whose last digest is older than this gets this much at most.
CATCH_UP_PERIODS = 4
#: Threads shown in one digest (most recent activity first) and the newest
#: posts shown of a public-safe thread; the rest is counted and linked.
MAX_THREADS = 25
MAX_POSTS_PER_THREAD = 3
EXCERPT_LENGTH = 280
CLAIM_BATCH = 500


def period_key(frequency, until):
    day = timezone.localtime(until).date()
    if frequency == "weekly":
        year, week, _weekday = day.isocalendar()
        return f"{year}-W{week:02d}"
    return day.isoformat()


@dataclass
class Report:
    frequency: str
    period: str
    people: int = 0
    posts: int = 0
    due: int = 0
    already_sent: int = 0
    sent: int = 0

    def as_dict(self):
        return dict(self.__dict__)


@dataclass
class ThreadPosts:
    """The visible posts of the period in one thread, oldest first."""

    thread: Thread
    posts: list = field(default_factory=list)
    times: list = field(default_factory=list)
    #: {author id: sorted times of their posts}, to leave out one's own.
    by_author: dict = field(default_factory=lambda: defaultdict(list))

    def add(self, post):
        self.posts.append(post)
        self.times.append(post.created_at)
        self.by_author[post.author_id].append(post.created_at)

    def unseen(self, person_id, after):
        """(count, newest posts) after ``after`` not written by the person."""
        start = bisect.bisect_right(self.times, after)
        own = self.by_author.get(person_id, ())
        count = len(self.times) - start - (len(own) - bisect.bisect_right(own, after))
        newest = []
        for post in reversed(self.posts[start:]):
            if len(newest) == MAX_POSTS_PER_THREAD:
                break
            if post.author_id != person_id:
                newest.append(post)
        return count, newest[::-1]


def send_digests(frequency, now=None, out=None):
    """Queue the digests of ``frequency`` for the period ending ``now``."""
    now = now or timezone.now()
    if timezone.is_naive(now):
        now = timezone.make_aware(now)
    length = FREQUENCIES[frequency]
    report = Report(frequency=frequency, period=period_key(frequency, now))
    write = out or (lambda line: None)

    people = list(_candidates(frequency))
    report.people = len(people)
    if not people:
        write(f"{frequency} {report.period}: nobody has chosen this digest.")
        return report
    person_ids = [person.pk for person in people]
    floor = now - length * CATCH_UP_PERIODS
    previous = dict(
        Digest.objects.filter(user__in=_candidates(frequency).values("pk"), frequency=frequency)
        .exclude(period=report.period)
        .values_list("user_id")
        .annotate(last=Max("until"))
    )
    since = {pk: max(previous.get(pk) or (now - length), floor) for pk in person_ids}
    earliest = min(since.values())

    threads = _posts_by_thread(earliest, now)
    report.posts = sum(len(entry.posts) for entry in threads.values())
    write(
        f"{frequency} {report.period}: {report.people} people, {report.posts} posts "
        f"in {len(threads)} threads since {earliest:%Y-%m-%d %H:%M}."
    )
    if not threads:
        return report

    thread_ids = list(threads)
    topics_of = defaultdict(list)
    for thread_id, topic_id in Thread.topics.through.objects.filter(
        thread_id__in=thread_ids
    ).values_list("thread_id", "topic_id"):
        topics_of[thread_id].append(topic_id)
    candidates = _candidates(frequency).values("pk")
    thread_levels = {
        (user_id, thread_id): level
        for user_id, thread_id, level in Subscription.objects.filter(
            user__in=candidates, thread_id__in=thread_ids
        ).values_list("user_id", "thread_id", "level")
    }
    topic_levels = defaultdict(dict)
    all_topics = {topic for topics in topics_of.values() for topic in topics}
    for user_id, topic_id, level in Subscription.objects.filter(
        user__in=candidates, topic_id__in=all_topics
    ).values_list("user_id", "topic_id", "level"):
        topic_levels[user_id][topic_id] = level
    read = {
        (user_id, thread_id): read_at
        for user_id, thread_id, read_at in ReadMarker.objects.filter(
            user__in=candidates, thread_id__in=thread_ids
        ).values_list("user_id", "thread_id", "read_at")
    }

    # Most recent activity first: the order of the digest.
    ordered = sorted(threads.values(), key=lambda entry: entry.times[-1], reverse=True)
    contents = {}
    for person in people:
        levels = topic_levels.get(person.pk, {})
        items, total = [], 0
        for entry in ordered:
            thread_id = entry.thread.pk
            level = effective_level(
                thread_levels.get((person.pk, thread_id)),
                [levels[topic] for topic in topics_of.get(thread_id, ()) if topic in levels],
            )
            if level == Level.MUTED:
                continue
            after = since[person.pk]
            marker = read.get((person.pk, thread_id))
            if marker is not None and marker > after:
                after = marker
            count, newest = entry.unseen(person.pk, after)
            if count:
                total += count
                items.append((entry.thread, count, newest))
        if total:
            contents[person.pk] = (items, total)
    report.due = len(contents)
    write(f"{frequency} {report.period}: {report.due} digests due.")

    claimed = _claim(frequency, report.period, now, contents)
    report.already_sent = report.due - len(claimed)
    pages = exchange_pages()
    for person in people:
        if person.pk not in claimed:
            continue
        items, total = contents[person.pk]
        _queue(person, frequency, report.period, items, total, pages)
        report.sent += 1
        if report.sent % 200 == 0:
            write(f"  {report.sent}/{len(claimed)} queued")
    return report


def _candidates(frequency):
    people = (
        get_user_model().objects.filter(email_frequency=frequency).exclude(email="").order_by("pk")
    )
    return members_content_viewers(people)


def _posts_by_thread(since, until):
    """{thread id: ThreadPosts} of the visible posts in (since, until] of the
    threads a digest may name: not deleted, not restricted."""
    posts = (
        Post.objects.visible()
        .filter(
            created_at__gt=since,
            created_at__lte=until,
            thread__deleted_at__isnull=True,
            thread__sensitivity__in=[Sensitivity.PUBLIC_SAFE, Sensitivity.MEMBERS],
        )
        .select_related("thread", "author")
        .order_by("created_at", "pk")
    )
    threads = {}
    for post in posts:
        entry = threads.get(post.thread_id)
        if entry is None:
            entry = threads[post.thread_id] = ThreadPosts(thread=post.thread)
        entry.add(post)
    return threads


def _claim(frequency, period, until, contents):
    """Take the ``Digest`` rows of the people in ``contents``; returns the
    ids of the people whose row this run inserted (not another run)."""
    if not contents:
        return set()
    table = connection.ops.quote_name(Digest._meta.db_table)
    columns = ", ".join(
        connection.ops.quote_name(name)
        for name in ("user_id", "frequency", "period", "until", "post_count", "created_at")
    )
    conflict = ", ".join(
        connection.ops.quote_name(name) for name in ("user_id", "frequency", "period")
    )
    until_value = connection.ops.adapt_datetimefield_value(until)
    created = connection.ops.adapt_datetimefield_value(timezone.now())
    claimed = set()
    rows = [(pk, total) for pk, (_items, total) in contents.items()]
    # INSERT … ON CONFLICT DO NOTHING RETURNING: standard on PostgreSQL and
    # SQLite (3.35+); Django's bulk_create cannot say which rows it inserted.
    with transaction.atomic(), connection.cursor() as cursor:
        for start in range(0, len(rows), CLAIM_BATCH):
            batch = rows[start : start + CLAIM_BATCH]
            values = ", ".join(["(%s, %s, %s, %s, %s, %s)"] * len(batch))
            params = []
            for pk, total in batch:
                params += [pk, frequency, period, until_value, total, created]
            cursor.execute(
                f"INSERT INTO {table} ({columns}) VALUES {values} "  # noqa: S608
                f"ON CONFLICT ({conflict}) DO NOTHING RETURNING user_id",
                params,
            )
            claimed.update(row[0] for row in cursor.fetchall())
    return claimed


def _queue(person, frequency, period, items, total, pages):
    language = person.preferred_language or settings.LANGUAGE_CODE
    shown = []
    for thread, count, newest in items[:MAX_THREADS]:
        public = thread.sensitivity == Sensitivity.PUBLIC_SAFE
        shown.append(
            {
                "title": thread.title,
                "url": thread_url(pages, thread.pk, language),
                "count": count,
                "public_safe": public,
                "posts": [
                    {
                        "author": author_name(post.author),
                        "excerpt": html.excerpt(post.body, EXCERPT_LENGTH),
                        "url": thread_url(pages, thread.pk, language, post.pk),
                    }
                    for post in newest
                ]
                if public
                else [],
            }
        )
    page = pages.get(language) or pages.get(settings.LANGUAGE_CODE)
    url = unsubscribe_url(person.pk, Scope.ALL, None, language)
    context = {
        "person": person,
        "person_name": author_name(person),
        "language": language,
        "frequency": frequency,
        "period": period,
        "threads": shown,
        "more_threads": max(0, len(items) - MAX_THREADS),
        "total": total,
        "exchange_url": page.get_full_url() if page else "",
        "unsubscribe_url": url,
        "subscriptions_url": subscriptions_url(language),
    }
    send_email(
        person.email,
        "exchange/email/digest",
        context,
        language=language,
        headers=unsubscribe_headers(url),
    )
