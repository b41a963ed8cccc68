"""Compile the gettext catalogues (locale/*/LC_MESSAGES/*.po) to .mo files:
the project's (LOCALE_PATHS) and those of the project's own apps
(``<app>/locale``), which Django reads too.

Django's ``compilemessages`` needs GNU gettext's msgfmt, which a fresh
machine may not have; polib does the same in pure Python. Only catalogues
whose .po is newer than their .mo are compiled.

An app's catalogue may be split by feature: ``django.po`` and any
``django-<part>.po`` beside it are compiled together into ``django.mo``
(Django reads the one "django" domain), so that people working on different
features of one app do not edit one file.
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
            for mo_path, parts in catalogues(Path(locale_path)):
                if (
                    not options["force"]
                    and mo_path.exists()
                    and all(mo_path.stat().st_mtime >= part.stat().st_mtime for part in parts)
                ):
                    skipped += 1
                    continue
                try:
                    catalogue = merged(parts)
                except (OSError, ValueError) as error:
                    raise CommandError(f"{parts[0]}: {error}") from error
                catalogue.save_as_mofile(str(mo_path))
                compiled += 1
                self.stdout.write(
                    f"{mo_path.with_suffix('.po').relative_to(settings.BASE_DIR)}"
                    f"{f' (+{len(parts) - 1} parts)' if len(parts) > 1 else ''}: "
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


def catalogues(locale_path):
    """(the .mo file, its .po parts) for each catalogue of a locale
    directory: ``<domain>.po`` with its ``<domain>-<part>.po`` files."""
    result = {}
    for po_path in sorted(locale_path.glob("*/LC_MESSAGES/*.po")):
        domain = (
            po_path.stem.split("-", 1)[0] if po_path.stem.startswith("django-") else po_path.stem
        )
        result.setdefault(po_path.with_name(f"{domain}.mo"), []).append(po_path)
    return [
        (mo_path, sorted(parts, key=lambda part: part.stem != mo_path.stem))
        for mo_path, parts in result.items()
    ]


def merged(parts):
    """One catalogue of the entries of all ``parts`` (the first's header)."""
    catalogue = polib.pofile(str(parts[0]))
    known = {(entry.msgctxt, entry.msgid) for entry in catalogue}
    for part in parts[1:]:
        for entry in polib.pofile(str(part)):
            if (entry.msgctxt, entry.msgid) not in known:
                catalogue.append(entry)
                known.add((entry.msgctxt, entry.msgid))
    return catalogue
