"""Give free seats to the people waiting, for every upcoming session.

Cancellations and registrations promote at once; what this catches is a
seat that frees up with time: the day after a session's per-organisation
limit ends (``organisation_cap_until``), people held back by it may take the
free seats. Scheduled daily; safe to run as often as wanted (a seat is given
once, and each person promoted is told by e-mail).
"""

import datetime

from django.core.management.base import BaseCommand, CommandError

from programme import registration
from programme.models import Registration, SessionPage, programme_today


class Command(BaseCommand):
    help = "Promote people on the waiting lists of upcoming sessions while seats are free."

    def add_arguments(self, parser):
        parser.add_argument(
            "--date",
            help="Act as if today were this day (YYYY-MM-DD), to catch up or to test.",
        )

    def handle(self, *args, **options):
        today = programme_today()
        if options["date"]:
            try:
                today = datetime.date.fromisoformat(options["date"])
            except ValueError as error:
                raise CommandError(f"--date: {error}") from error
        # Only sessions with someone waiting (registrations point to the
        # default language's page).
        sessions = SessionPage.objects.filter(
            end_date__gte=today,
            pk__in=Registration.objects.filter(status=Registration.Status.WAITING).values(
                "session"
            ),
        ).order_by("start_date", "pk")
        total = 0
        for session in sessions:
            promoted = registration.fill_free_seats(session, on=today)
            total += len(promoted)
            for person in promoted:
                self.stdout.write(
                    f"{session.title} ({session.pk}): promoted {person.name} "
                    f"(registration {person.pk})"
                )
            if options["verbosity"] >= 2 and not promoted:
                self.stdout.write(f"{session.title} ({session.pk}): no seat to give")
        self.stdout.write(
            f"Waiting lists: {total} promoted in {len(sessions)} session(s) with people waiting."
        )
