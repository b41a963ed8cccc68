import sys
import time

from django.conf import settings
from django.core.management.base import BaseCommand

from search import elastic, indexer


class Command(BaseCommand):
    help = "Rebuild the site search index from the published pages."

    def handle(self, *args, **options):
        started = time.monotonic()
        interactive = sys.stdout.isatty()

        def progress(done, total):
            width = 30
            filled = int(width * done / total) if total else width
            bar = "█" * filled + "·" * (width - filled)
            line = f"\r[{bar}] {done}/{total} pages"
            if interactive:
                self.stdout.write(line, ending="")
                self.stdout.flush()
            elif done == total or done % 5000 == 0:
                self.stdout.write(line.strip())

        indexed, total = indexer.rebuild(progress=progress)
        if interactive:
            self.stdout.write("")
        if settings.SEARCH_ENGINE == "elasticsearch":
            self.stdout.write("Elasticsearch: filling new indices, then swapping the aliases")
            elastic.rebuild(progress=progress)
            if interactive:
                self.stdout.write("")
        elapsed = time.monotonic() - started
        self.stdout.write(
            self.style.SUCCESS(
                f"Indexed {indexed} documents from {total} pages in {elapsed:.1f}s "
                f"({indexed / elapsed if elapsed else 0:.0f} documents/s)."
            )
        )
