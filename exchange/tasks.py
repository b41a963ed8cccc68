"""Background tasks of the exchange (Django's tasks framework; see TASKS).

``notify_post``: the e-mails about a new post, queued by
``exchange.notifications.post_published_receiver`` so that posting in a
thread with many watchers costs the request nothing.

``send_digests``: the daily or weekly digests, as ``manage.py send_digests``
does; a scheduler (cron, a platform's scheduled job) may run either, and
running it twice sends each digest once (``exchange.digests``).
"""

from django.tasks import task

from exchange.models import Post


@task(backend="queue")
def notify_post(post_id):
    from exchange.notifications import notify

    post = Post.objects.filter(pk=post_id).first()
    if post is None:
        return 0
    return notify(post)


@task(backend="queue")
def send_digests(frequency=None, now=None):
    """``frequency``: "daily", "weekly" or None for both; ``now``: an ISO
    date-time (the end of the period), the current time by default."""
    from django.utils.dateparse import parse_datetime

    from exchange import digests

    when = parse_datetime(now) if now else None
    frequencies = [frequency] if frequency else list(digests.FREQUENCIES)
    return {name: digests.send_digests(name, now=when).as_dict() for name in frequencies}
