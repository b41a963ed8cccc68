"""Send the reminders of memberships that end within 60 or 14 days.

Safe to run as often as wanted (daily from cron, or the task
``network.tasks.send_membership_reminders``): each reminder goes once.
"""

import datetime

from django.core.management.base import BaseCommand, CommandError

from network import reminders


class Command(BaseCommand):
    help = "E-mail organisations whose membership ends within 60 or 14 days (once per step)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--date",
            help="Act as if today were this day (YYYY-MM-DD), to catch up or to test.",
        )
        parser.add_argument(
            "--dry-run", action="store_true", help="List the reminders due; send nothing."
        )

    def handle(self, *args, **options):
        today = None
        if options["date"]:
            try:
                today = datetime.date.fromisoformat(options["date"])
            except ValueError as error:
                raise CommandError(f"--date: {error}") from error
        verbosity = options["verbosity"]

        def progress(message):
            if verbosity >= 1:
                self.stdout.write(message)

        result = reminders.send_due_reminders(
            today=today, dry_run=options["dry_run"], progress=progress
        )
        verb = "due" if options["dry_run"] else "sent"
        summary = f"Membership reminders: {len(result.sent)} {verb}"
        if result.without_contact:
            summary += f", {len(result.without_contact)} without a contact (add one)"
            self.stderr.write(
                "\n".join(
                    f"No contact: {membership.organisation} (membership {membership.pk})"
                    for membership, _step in result.without_contact
                )
            )
        self.stdout.write(summary + ".")
