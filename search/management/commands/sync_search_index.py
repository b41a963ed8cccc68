from django.core.management.base import BaseCommand

from search import elastic
from search.models import PendingUpdate


class Command(BaseCommand):
    help = "Retry Elasticsearch updates that failed (run it from cron every few minutes)."

    def handle(self, *args, **options):
        pending = PendingUpdate.objects.count()
        pushed = 0
        while True:
            done = elastic.flush_pending()
            pushed += done
            if not done:
                break
        left = PendingUpdate.objects.count()
        self.stdout.write(f"Pending before: {pending}; pushed: {pushed}; still pending: {left}.")
        if left:
            raise SystemExit(1)
