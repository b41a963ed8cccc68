"""Queue the exchange's digests: ``manage.py send_digests [--frequency
daily|weekly] [--now 2026-12-05T07:00]``.

Without ``--frequency`` both are sent: the weekly digest's period is the ISO
week, so running this every day (cron, a scheduled job) sends the daily
digest every day and the weekly one on the first run of each week. Running
it twice for one period sends each digest once (``exchange.digests``).
"""

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone
from django.utils.dateparse import parse_date, parse_datetime

from exchange import digests


def moment(value):
    parsed = parse_datetime(value)
    if parsed is None and (day := parse_date(value)) is not None:
        parsed = timezone.datetime.combine(day, timezone.datetime.min.time())
    if parsed is None:
        raise CommandError(f"--now: not a date or date-time: {value!r}")
    if timezone.is_naive(parsed):
        parsed = timezone.make_aware(parsed)
    return parsed


class Command(BaseCommand):
    help = "Queue the daily and weekly digests of the exchange (safe to run twice)."

    def add_arguments(self, parser):
        parser.add_argument("--frequency", choices=sorted(digests.FREQUENCIES))
        parser.add_argument(
            "--now",
            help="The end of the period (ISO date or date-time, local time); default: now.",
        )

    def handle(self, *args, frequency=None, now=None, verbosity=1, **options):
        when = moment(now) if now else timezone.now()
        write = self.stdout.write if verbosity else None
        for name in [frequency] if frequency else list(digests.FREQUENCIES):
            report = digests.send_digests(name, now=when, out=write)
            if verbosity:
                self.stdout.write(
                    self.style.SUCCESS(
                        f"{name} {report.period}: {report.sent} queued "
                        f"({report.already_sent} already sent, {report.people} people)."
                    )
                )
