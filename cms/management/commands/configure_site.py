"""Point the Wagtail Site record at the site's base URL (idempotent).

Wagtail builds absolute URLs (sitemap, API ``html_url``) from the default
Site record's hostname and port; this sets them from
``WAGTAILADMIN_BASE_URL`` (or ``--base-url``). ``load_demo`` runs it too.
"""

from django.core.exceptions import ImproperlyConfigured
from django.core.management.base import BaseCommand, CommandError

from cms.sites import configure_site


class Command(BaseCommand):
    help = "Set the default Wagtail site's hostname and port from WAGTAILADMIN_BASE_URL."

    def add_arguments(self, parser):
        parser.add_argument(
            "--base-url",
            help="Use this base URL instead of the WAGTAILADMIN_BASE_URL setting.",
        )

    def handle(self, *args, **options):
        try:
            site, changed = configure_site(options["base_url"])
        except ImproperlyConfigured as error:
            raise CommandError(str(error)) from error
        state = "set to" if changed else "already at"
        self.stdout.write(f"Wagtail site {state} {site.root_url}")
