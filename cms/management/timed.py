"""Progress lines for long management commands: ``[  12.3s] message``."""

import time

from django.core.management.base import BaseCommand


class TimedCommand(BaseCommand):
    """A command whose ``log()`` prefixes each line with the seconds since
    it started, and flushes, so a long run shows where it is."""

    def execute(self, *args, **options):
        self.started = time.monotonic()
        return super().execute(*args, **options)

    def log(self, message):
        self.stdout.write(f"[{time.monotonic() - self.started:6.1f}s] {message}")
        self.stdout.flush()
