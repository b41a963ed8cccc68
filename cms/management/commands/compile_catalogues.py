"""Compile the gettext catalogues (locale/*/LC_MESSAGES/*.po) to .mo files:
the project's (LOCALE_PATHS) and those of the project's own apps
(``<app>/locale``), which Django reads too.

Django's ``compilemessages`` needs GNU gettext's msgfmt, which a fresh
machine may not have; polib does the same in pure Python. Only catalogues
whose .po is newer than their .mo are compiled.
"""

from pathlib import Path

import polib
from django.apps import apps
from django.conf import settings
from django.core.management.base import BaseCommand, CommandError


class Command(BaseCommand):
    help = "Compile every .po catalogue of the project and its apps into a .mo file."

    def add_arguments(self, parser):
        parser.add_argument("--force", action="store_true", help="Compile even if up to date.")

    def handle(self, *args, **options):
        compiled = skipped = 0
        for locale_path in catalogue_directories():
            for po_path in sorted(Path(locale_path).glob("*/LC_MESSAGES/*.po")):
                mo_path = po_path.with_suffix(".mo")
                if (
                    not options["force"]
                    and mo_path.exists()
                    and mo_path.stat().st_mtime >= po_path.stat().st_mtime
                ):
                    skipped += 1
                    continue
                try:
                    catalogue = polib.pofile(str(po_path))
                except (OSError, ValueError) as error:
                    raise CommandError(f"{po_path}: {error}") from error
                catalogue.save_as_mofile(str(mo_path))
                compiled += 1
                self.stdout.write(
                    f"{po_path.relative_to(settings.BASE_DIR)}: "
                    f"{catalogue.percent_translated()}% translated"
                )
        self.stdout.write(f"Catalogues: {compiled} compiled, {skipped} up to date.")


def catalogue_directories():
    """LOCALE_PATHS, then the ``locale`` directory of every app of this
    project (not of installed packages) that has one."""
    base = Path(settings.BASE_DIR).resolve()
    directories = [Path(path) for path in settings.LOCALE_PATHS]
    for config in apps.get_app_configs():
        path = Path(config.path).resolve() / "locale"
        if path.is_relative_to(base) and ".venv" not in path.parts and path.is_dir():
            directories.append(path)
    return directories
