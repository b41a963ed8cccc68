"""Generate a large synthetic network on top of the demo network, fast.

``load_demo`` builds 26 practices the way an editor and a translator would
(revisions, wagtail-localize translations); at that pace 100,000 pages would
take hours. This command exists so that search and listings can be measured
at the size of a real network: it writes the same rows Wagtail would write
for published pages, in bulk, and checks afterwards that the page tree is
consistent and that a generated page renders.

What it writes, per record (practice, expert, session):

* one ``wagtailcore_page`` row per locale under the locale's index page:
  the translations (same ``translation_key``) and, in the locales a record
  is not translated into, the alias placeholders of the synchronised tree
  (``alias_of`` = the English page), as wagtail-localize would;
* the row of the specific table (``practices_practicepage`` ...), the
  ParentalManyToMany through rows and the Orderable rows (contacts,
  speakers, presented practices, materials). Relations point at
  default-locale objects in every translation, as ``cms.i18n`` expects.

No revisions, no wagtail-localize sources, no signals: neither the site
search index nor Wagtail's own search index is touched (``manage.py
rebuild_search_index`` builds the former). Generated pages have slugs
starting with ``gen-`` (and ``is_demo``), generated organisations too, so
``--clear`` can remove exactly them.

Text is recombined, per language, from the demo content
(``home.demo.practice_data`` / ``network_data``) and the translated names of
topics, organisations and cities, so a stemmed query (école, Schule, scuola,
escuela, school) finds pages in each language.

The work is split under ``bench.generator``: ``records`` builds the records,
``bulk`` writes them (and is the only module using private internals),
``checks`` verifies the result; this command wires them.
"""

import random
from collections import Counter

from django.core.management.base import CommandError
from django.db import reset_queries, transaction
from django.utils import timezone, translation

from bench.generator import checks
from bench.generator.bulk import BulkWriter
from bench.generator.constants import ALWAYS, LANGUAGES, SOURCE
from bench.generator.pages import RecordFactory
from bench.generator.records import load_locales_and_parents, next_serial, plan
from cms import cache, visibility
from cms.management.timed import TimedCommand
from practices.models import ExpertPage, PracticePage
from programme.models import SessionPage


class Command(TimedCommand):
    help = (
        "Generate a large synthetic multilingual network (practices, experts, sessions) "
        "on top of the demo network, with bulk inserts. Generated pages have slugs "
        "starting with 'gen-'."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--practices", type=int, required=True, help="Number of practices (records) to add."
        )
        parser.add_argument("--seed", type=int, default=1, help="Random seed (default 1).")
        parser.add_argument(
            "--batch", type=int, default=2000, help="Records generated and inserted at a time."
        )
        parser.add_argument(
            "--clear", action="store_true", help="Delete previously generated pages first."
        )
        parser.add_argument(
            "--no-verify",
            action="store_true",
            help="Do not verify the tree nor render generated pages afterwards.",
        )

    def handle(self, *args, **options):
        practices = options["practices"]
        if practices < 0:
            raise CommandError("--practices must be zero or more.")
        batch = max(1, options["batch"])
        rng = random.Random(options["seed"])
        now = timezone.now().replace(microsecond=0)
        today = timezone.localdate()
        counts = Counter()

        with transaction.atomic():
            locales, parents = load_locales_and_parents()
            writer = BulkWriter(locales, parents, counts, self.log)
            if options["clear"]:
                writer.clear()
            if practices:
                factory = RecordFactory(rng, locales, now, today)
                self.generate(practices, factory, writer, batch)
                if not options["no_verify"]:
                    checks.verify_tree(self.log)
                    # The site's locale middleware activates the language of each page.
                    with translation.override(translation.get_language()):
                        checks.render_check(locales, self.log)
        writer.vacuum()
        # Written in bulk, past every signal: the shared cache's purge is
        # asked for here (the site's pages, menus and routes have changed).
        cache.purge("generate_network")
        checks.summary(counts, self.started, self.log)

    def generate(self, practices, factory, writer, batch):
        sizes = plan(practices)
        factory.practice_share = sizes.practice_share
        self.log(
            f"Plan: {practices} practices (in {', '.join(ALWAYS)}, and each of "
            f"{', '.join(sizes.extra)} for {sizes.practice_share:.0%}), {sizes.experts} experts, "
            f"{sizes.sessions} sessions, {sizes.organisations} organisations: "
            f"about {sizes.target} searchable documents"
        )
        writer.start()
        added = factory.create_organisations(sizes.organisations)
        writer.counts["organisations"] += added
        self.log(f"Organisations: {added} added in {len(LANGUAGES)} languages")
        factory.load_vocabularies()
        self.run_batches(
            writer, batch, "experts", ExpertPage, "expert", sizes.experts, factory.expert_record
        )
        factory.load_experts()
        self.run_batches(
            writer, batch, "practices", PracticePage, "practice", practices, factory.practice_record
        )
        factory.load_practices()
        self.run_batches(
            writer,
            batch,
            "sessions",
            SessionPage,
            "session",
            sizes.sessions,
            factory.session_record,
        )
        writer.recount_children([parent.path for parent in writer.parents.values()])
        self.log("Parents' numchild updated")
        # Rows written around the ORM's signals: work out every page's
        # effective visibility (cms.visibility) in one pass.
        visibility.refresh_all()
        self.log("Page access worked out")

    def run_batches(self, writer, batch, label, model, kind, total, make_record):
        first = next_serial(model, writer.locales[SOURCE])
        done = 0
        while done < total:
            size = min(batch, total - done)
            records = [make_record(first + done + offset) for offset in range(size)]
            pages = writer.save_records(model, kind, records)
            reset_queries()  # with DEBUG on, the logged INSERTs would hold every body text
            done += size
            writer.counts[f"{kind} records"] += size
            self.log(f"{label}: {done}/{total} ({pages} page rows in this batch)")
