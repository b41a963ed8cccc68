"""Build the demonstration network from home/demo/data/*.json and the
translations in home/demo/locale/<lang>.po (idempotent).

Pages are published through revisions, as an editor's work would be;
translations go through wagtail-localize (a TranslationSource per object and
one StringTranslation per segment), exactly as a translator's work would, so
the demo pages can be re-synchronised, exported to PO files and edited in
the translation editor like any other.
"""

import datetime
import logging

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.core.files.base import ContentFile
from django.utils.text import slugify
from wagtail.models import GroupPagePermission, Locale, Page, Site
from wagtail_localize.models import (
    LocaleSynchronization,
)
from wagtail_localize.synctree import synchronize_tree

from cms.management.timed import TimedCommand
from cms.models import CustomDocument
from cms.sites import configure_site
from home.demo import exchange, keyed, publications, records, registrations, schedule
from home.demo.images import illustrate
from home.demo.translation import (
    LANGUAGES,
    SOURCE,
    Translator,
    programme_stream,
    rich,
    stream,
)
from home.models import HomePage, StandardPage
from network.models import Affiliation, Application, Membership, Organisation
from practices.models import (
    ExpertIndexPage,
    ExpertPage,
    FormOfExtremism,
    PracticeIndexPage,
    PracticePage,
    TargetGroup,
    Topic,
)
from programme.models import SessionIndexPage, SessionPage, programme_today
from translations.models import LanguageTeam

DEMO_PASSWORD = "liaise-demo"  # noqa: S105 (printed by `make run` on purpose)

#: The accounts `make run` prints: (username, role description, superuser).
DEMO_ACCOUNTS = [
    ("admin", "administrator (everything)", True),
    ("editor", "editor (publishes, moderates, sees members-only content)", False),
    ("editor2", "second editor (completes the pending application: four eyes)", False),
    ("translator", "translator (translates pages and snippets)", False),
    (
        "member",
        "member of an associated partner (Cultures Interactive e.V.), registered for two"
        " seminars, attended Malmö 2016 (certificate)",
        False,
    ),
    ("member2", "member of a partner city (Liège), e-mails in French", False),
    ("member3", "member of a partner city (Augsburg, membership ends soon), in German", False),
    ("eastbridge", "registered local authority, not a member (two colleagues booked, €600)", False),
    ("applicant", "registered, applied to become an associate partner (pending)", False),
]

#: The language teams (translations.LanguageTeam): language, mode, group.
DEMO_TEAMS = [
    ("de", "publish", "German translators"),
    ("fr", "publish", "French translators"),
    ("it", "review", "Italian translators"),
    ("es", "review", "Spanish translators"),
]

#: The listing pages under each home page; their texts are demo data.
INDEX_MODELS = {
    "practices": PracticeIndexPage,
    "experts": ExpertIndexPage,
    "sessions": SessionIndexPage,
}


class Command(TimedCommand):
    help = "Load the demonstration network (organisations, practices, experts, sessions, accounts)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--quiet-accounts",
            action="store_true",
            help="Do not print the demo log-ins at the end.",
        )

    def handle(self, *args, **options):
        # No transaction around the whole load: Wagtail and wagtail-localize
        # defer work to transaction.on_commit with page instances captured
        # earlier, and running those at the end of one long transaction
        # writes stale tree counters back. Each step is idempotent instead,
        # so an interrupted load is completed by running the command again.
        logging.getLogger("wagtail").setLevel(logging.WARNING)
        self.locales = self.create_locales()
        self.translator = Translator(self.locales, self.stderr)
        self.terms = self.create_taxonomy()
        self.organisations = self.create_organisations()
        self.home = self.create_home()
        # Absolute URLs (sitemap, API) come from the Site record: WAGTAILADMIN_BASE_URL.
        self.log(f"Site: {configure_site()[0].root_url}")
        self.indexes = self.create_index_pages()
        self.create_standard_pages()
        exchange.create_page(self.home, self.translator, self.add_child, self.log)
        self.configure_site_settings()
        publications.complete_pages(self.home, self.log)
        self.experts = self.create_experts()
        self.practices = self.create_practices()
        illustrate(self.organisations, self.experts, self.practices, self.log)
        self.create_sessions()
        self.synchronise_trees()
        self.create_accounts()
        exchange.load(self.log)
        registrations.load(self.log)
        self.log(
            f"Done: {Page.objects.filter(depth__gt=1).count()} pages ({Page.objects.filter(depth__gt=1, alias_of__isnull=True).count()} translated, {Page.objects.filter(alias_of__isnull=False).count()} placeholders), {Organisation.objects.filter(locale__language_code=SOURCE).count()} organisations, {get_user_model().objects.count()} users."
        )
        if not options["quiet_accounts"]:
            self.stdout.write(f"\nDemo log-ins (password for all: {DEMO_PASSWORD}):")
            for username, description, _superuser in DEMO_ACCOUNTS:
                self.stdout.write(f"  {username:<11} {description}")

    # --- content ------------------------------------------------------------

    def create_locales(self):
        locales = {}
        for language in LANGUAGES:
            locales[language], _created = Locale.objects.get_or_create(language_code=language)
        self.log(f"Locales: {', '.join(LANGUAGES)}")
        return locales

    def create_taxonomy(self):
        terms = {}
        for model, name in (
            (Topic, "topics"),
            (FormOfExtremism, "forms_of_extremism"),
            (TargetGroup, "target_groups"),
        ):
            for key, entry in keyed(name):
                defaults = {"name": entry["name"]}
                if model is Topic:
                    defaults["description"] = entry.get("description", "")
                term, _created = model.objects.get_or_create(
                    slug=key, locale=self.locales[SOURCE], defaults=defaults
                )
                self.translator.translate_record(term, name, key, entry)
                terms[(model, key)] = term
        self.log(f"Vocabularies: {len(terms)} terms in {len(LANGUAGES)} languages")
        return terms

    def create_organisations(self):
        organisations = {}
        for key, entry in keyed("organisations"):
            organisation, _created = Organisation.objects.get_or_create(
                slug=key,
                locale=self.locales[SOURCE],
                defaults={
                    "name": entry["name"],
                    "kind": entry["kind"],
                    "role": entry["role"],
                    "country": entry["country"],
                    "city": entry["city"],
                    "website": entry.get("website", ""),
                    "description": entry.get("description", ""),
                    "is_demo": entry.get("demo", False),
                },
            )
            self.translator.translate_record(organisation, "organisations", key, entry)
            organisations[key] = organisation
        self.log(f"Organisations: {len(organisations)}")
        return organisations

    def add_child(self, parent, page):
        parent.add_child(instance=page)
        page.save_revision().publish()
        return page

    def create_home(self):
        data = records("home")
        home = HomePage.objects.filter(locale=self.locales[SOURCE], depth=2).first()
        if home is None:
            root = Page.get_first_root_node()
            home = HomePage(
                title=data["title"],
                slug="liaise",
                intro=rich(data["intro"]),
                body=stream(data["body"]),
                locale=self.locales[SOURCE],
            )
            # Wagtail's first migration leaves a "Welcome" page; the site moves to our home.
            self.add_child(root, home)
            site = Site.objects.filter(is_default_site=True).first()
            if site is None:
                configure_site(root_page=home, site_name=settings.WAGTAIL_SITE_NAME)
            else:
                welcome = site.root_page
                site.root_page = home
                site.site_name = settings.WAGTAIL_SITE_NAME
                site.save()
                if not isinstance(welcome.specific, HomePage):
                    welcome.delete()
        # The root's slug never shows in a URL: it stays as it is.
        self.translator.translate_record(home, "home", "home", data, unchanged=(home.slug,))
        self.log("Home page in every language")
        return home

    def create_index_pages(self):
        indexes = {}
        for key, entry in keyed("index_pages"):
            if key not in INDEX_MODELS:
                continue  # The exchange's entry page: home/demo/exchange.py.
            model = INDEX_MODELS[key]
            page = model.objects.child_of(self.home).filter(slug=entry["slug"]).first()
            if page is None:
                page = self.add_child(
                    self.home,
                    model(
                        title=entry["title"],
                        slug=entry["slug"],
                        intro=rich(entry["intro"]),
                        show_in_menus=True,
                    ),
                )
            self.translator.translate_record(page, "index_pages", key, entry, slug_from="title")
            indexes[key] = page
        self.log("Index pages: practices, experts, sessions")
        return indexes

    def create_standard_pages(self):
        pages = keyed("pages")
        for key, entry in pages:
            page = StandardPage.objects.child_of(self.home).filter(slug=entry["slug"]).first()
            if page is None:
                page = self.add_child(
                    self.home,
                    StandardPage(
                        title=entry["title"],
                        slug=entry["slug"],
                        intro=rich(entry["intro"]),
                        body=stream(entry["body"]),
                        show_in_menus=entry.get("show_in_menus", True),
                    ),
                )
            self.translator.translate_record(page, "pages", key, entry, slug_from="title")
        self.log(f"Project pages: {len(pages)}")

    def configure_site_settings(self):
        """The footer's legal pages and contact details (cms.SiteSettings)."""
        from cms.models import SiteSettings

        site = Site.objects.get(root_page=self.home)
        site_settings = SiteSettings.for_site(site)
        pages = {
            key: StandardPage.objects.child_of(self.home).filter(slug=entry["slug"]).first()
            for key, entry in keyed("pages")
        }
        site_settings.legal_notice_page = pages.get("legal-notice")
        site_settings.privacy_page = pages.get("privacy")
        site_settings.accessibility_page = pages.get("accessibility")
        # Demo: a placeholder address (example.org); the publisher is Efus, Paris.
        site_settings.contact_email = "liaise@example.org"
        site_settings.contact_address = "European Forum for Urban Security (Efus)\nParis, France"
        site_settings.save()
        self.log("Site settings: legal pages and contact details in the footer")

    def create_experts(self):
        parent = self.indexes["experts"]
        experts = {}
        for key, entry in keyed("experts"):
            slug = slugify(entry["name"])
            expert = ExpertPage.objects.child_of(parent).filter(slug=slug).first()
            if expert is None:
                organisation = self.organisations[entry["organisation"]]
                expert = ExpertPage(
                    title=entry["name"],
                    slug=slug,
                    summary=entry["role"],
                    role=entry["role"],
                    organisation=organisation,
                    country=entry["country"],
                    languages=", ".join(entry["languages"]),
                    biography=rich(entry["biography"]),
                    email=entry["email"],
                    phone=entry["phone"],
                    availability=entry["availability"],
                    is_demo=True,
                )
                expert.expertise.set([self.terms[(Topic, key)] for key in entry["expertise"]])
                self.add_child(parent, expert)
            # A person's name is not translated (the summary is the role's text).
            self.translator.translate_record(
                expert, "experts", key, entry, unchanged=(entry["name"], expert.slug)
            )
            experts[key] = expert
        self.log(f"Experts: {len(experts)}")
        return experts

    def create_practices(self):
        parent = self.indexes["practices"]
        practices = {}
        for key, entry in keyed("practices"):
            practice = PracticePage.objects.child_of(parent).filter(slug=entry["slug"]).first()
            if practice is None:
                organisation = self.organisations[entry["organisation"]]
                practice = PracticePage(
                    title=entry["title"],
                    slug=entry["slug"],
                    summary=entry["summary"],
                    body=stream(entry["body"]),
                    organisation=organisation,
                    country=organisation.country,
                    approach=entry["approach"],
                    evidence_level=entry["evidence"],
                    year_started=entry["year_started"],
                    year_ended=entry["year_ended"],
                    status=entry["status"],
                    members_only=entry["members_only"],
                    is_demo=True,
                )
                practice.topics.set([self.terms[(Topic, key)] for key in entry["topics"]])
                practice.forms_of_extremism.set(
                    [self.terms[(FormOfExtremism, key)] for key in entry["forms"]]
                )
                practice.target_groups.set(
                    [self.terms[(TargetGroup, key)] for key in entry["target_groups"]]
                )
                # The editor's order (an InlinePanel sets sort_order; set in
                # code, modelcluster leaves it empty and PostgreSQL returns
                # the links in any order).
                practice.contacts = [
                    practice.contacts.model(expert=self.experts[key], sort_order=number)
                    for number, key in enumerate(entry["contacts"])
                ]
                self.add_child(parent, practice)
            self.translator.translate_record(practice, "practices", key, entry, slug_from="title")
            practices[key] = practice
        self.log(f"Practices: {len(practices)}")
        return practices

    def demo_document(self):
        document = CustomDocument.objects.filter(
            title="LIAISE training cycle – participant pack (demo)"
        ).first()
        if document is None:
            document = CustomDocument(
                title="LIAISE training cycle – participant pack (demo)", members_only=True
            )
            document.file.save(
                "liaise-participant-pack-demo.txt",
                ContentFile(
                    b"LIAISE training cycle - participant pack (demo document).\n"
                    b"Reserved for members of the network.\n"
                ),
                save=False,
            )
            document.save()
        return document

    def create_sessions(self):
        parent = self.indexes["sessions"]
        document = self.demo_document()
        sessions = keyed("sessions")
        today = programme_today()
        for key, entry in sessions:
            session = SessionPage.objects.child_of(parent).filter(slug=entry["slug"]).first()
            if session is None:
                start, end = schedule.dates(entry, today)
                session = SessionPage(
                    title=entry["title"],
                    slug=entry["slug"],
                    summary=entry["summary"],
                    kind=entry["kind"],
                    start_date=start,
                    end_date=end,
                    city=entry["city"],
                    venue=entry["venue"],
                    host=self.organisations[entry["host"]],
                    programme=programme_stream(entry["programme"]),
                    is_demo=entry.get("demo", False),
                    **schedule.registration(entry, start, today),
                )
                session.topics.set([self.terms[(Topic, key)] for key in entry["topics"]])
                session.speakers = [
                    session.speakers.model(expert=self.experts[key], sort_order=number)
                    for number, key in enumerate(entry["speakers"])
                ]
                session.presented_practices = [
                    session.presented_practices.model(practice=self.practices[key], sort_order=n)
                    for n, key in enumerate(k for k in entry["practices"] if k in self.practices)
                ]
                session.materials = [session.materials.model(document=document, sort_order=0)]
                self.add_child(parent, session)
            self.translator.translate_record(session, "sessions", key, entry, slug_from="title")
        self.keep_seminars_ahead(parent, sessions, today)
        self.log(f"Sessions: {len(sessions)}")

    def keep_seminars_ahead(self, parent, sessions, today):
        """The upcoming seminars (dated relative to the load date) keep their
        dates while they are ahead; once one has passed, the whole series moves
        forward from today, with its registration windows, in every language
        (home/demo/schedule.py). A seminar loaded before the demo had
        registrations (no window) gets its registration fields once."""
        relative = [entry for _key, entry in sessions if schedule.is_relative(entry)]
        pages = {
            page.slug: page
            for page in SessionPage.objects.child_of(parent).filter(
                slug__in=[entry["slug"] for entry in relative]
            )
        }
        moved = not all(page.end_date >= today for page in pages.values())
        for entry in relative:
            source = pages[entry["slug"]]
            if moved:
                start, end = schedule.dates(entry, today)
            elif source.registration_opens is None:
                start, end = source.start_date, source.end_date
            else:
                continue
            fields = {"start_date": start, "end_date": end}
            fields.update(schedule.registration(entry, start, today))
            versions = SessionPage.objects.filter(
                translation_key=source.translation_key, alias_of__isnull=True
            )
            # The source first: publishing it updates its placeholders (aliases).
            for version in sorted(versions, key=lambda page: page.pk != source.pk):
                for name, value in fields.items():
                    setattr(version, name, value)
                version.save_revision().publish()
        if moved:
            self.log(
                f"Seminars moved forward: the first one now starts on {schedule.first_day(today)}"
            )

    def synchronise_trees(self):
        for language in LANGUAGES:
            if language == SOURCE:
                continue
            LocaleSynchronization.objects.get_or_create(
                locale=self.locales[language], defaults={"sync_from": self.locales[SOURCE]}
            )
            synchronize_tree(self.locales[SOURCE], self.locales[language])
        self.log("Synchronised trees: untranslated pages have placeholders in every language")

    def create_accounts(self):
        User = get_user_model()
        editors = Group.objects.get_or_create(name="Editors")[0]
        translators = Group.objects.get_or_create(name="Translators")[0]
        members_content = Permission.objects.get(
            codename="view_members_content", content_type__app_label="network"
        )
        editors.permissions.add(members_content)
        admin_access = Permission.objects.get(codename="access_admin")
        # Translators read and translate members-only pages: they see what members see.
        translators.permissions.add(admin_access, members_content)
        translators.permissions.add(
            *Permission.objects.filter(
                content_type__app_label="wagtail_localize",
                codename__in=["submit_translation"],
            )
        )
        for model in (Topic, FormOfExtremism, TargetGroup, Organisation):
            translators.permissions.add(
                *Permission.objects.filter(
                    content_type__app_label=model._meta.app_label,
                    codename__in=[
                        f"change_{model._meta.model_name}",
                        f"add_{model._meta.model_name}",
                        f"view_{model._meta.model_name}",
                    ],
                )
            )
            editors.permissions.add(
                *Permission.objects.filter(
                    content_type__app_label=model._meta.app_label,
                    codename__endswith=f"_{model._meta.model_name}",
                )
            )
        editors.permissions.add(
            *Permission.objects.filter(
                content_type__app_label="network",
                codename__regex=r"_(membership|affiliation|application)$",
            )
        )
        # Registrations (list, check-in, payments, exports) and the inbox of
        # service requests.
        editors.permissions.add(
            *Permission.objects.filter(
                content_type__app_label="programme",
                codename__regex=r"^(view|change)_(registration|servicerequest|invoice)$",
            )
        )
        # The dashboard's panels of the search index and the task queue.
        for app_label, codename in (
            ("search", "view_searchdocument"),
            ("django_tasks_database", "view_dbtaskresult"),
        ):
            editors.permissions.add(
                Permission.objects.get(content_type__app_label=app_label, codename=codename)
            )
        root = Page.get_first_root_node()
        # Page rights come per language, from the language teams below.
        GroupPagePermission.objects.filter(group=translators).delete()
        for codename in ("add_page", "change_page", "publish_page", "delete_page"):
            GroupPagePermission.objects.get_or_create(
                group=editors,
                page=root,
                permission=Permission.objects.get(
                    codename=codename, content_type__app_label="wagtailcore"
                ),
            )

        for username, _description, superuser in DEMO_ACCOUNTS:
            user = User.objects.filter(username=username).first()
            if user is None:
                user = User(
                    username=username,
                    email=f"{username}@example.org",
                    first_name=username.capitalize(),
                    is_staff=superuser or username in {"editor", "editor2", "translator"},
                    is_superuser=superuser,
                )
                user.set_password(DEMO_PASSWORD)
                user.save()
            if username in {"editor", "editor2"}:
                user.groups.add(editors)
            if username == "translator":
                user.groups.add(translators)
        # One team per language; the demo translator works in German and French.
        for language, mode, name in DEMO_TEAMS:
            team = LanguageTeam.objects.filter(group__name=name).first() or LanguageTeam(
                group=Group.objects.get_or_create(name=name)[0]
            )
            team.locale, team.mode = self.locales[language], mode
            team.save()
            if language in {"de", "fr"}:
                User.objects.get(username="translator").groups.add(team.group)
        # Organisations of the network hold a membership; people belong to
        # organisations. Eastbridge's person is registered but their
        # organisation holds no membership.
        for organisation in self.organisations.values():
            if organisation.role not in Organisation.MEMBER_ROLES:
                continue
            Membership.objects.get_or_create(
                organisation=organisation,
                defaults={
                    "tier": Membership.Tier.ASSOCIATE
                    if organisation.role == Organisation.Role.ASSOCIATED
                    else Membership.Tier.PARTNER,
                    "starts_on": datetime.date(2015, 1, 1),
                    "yearly_contribution": Application.CONTRIBUTION
                    if organisation.role == Organisation.Role.ASSOCIATED
                    else 0,
                    "paid": True,
                },
            )
        for username, slug in (("member", "cultures-interactive"), ("eastbridge", "eastbridge")):
            Affiliation.objects.get_or_create(
                user=User.objects.get(username=username),
                organisation=self.organisations[slug],
                defaults={"status": Affiliation.Status.CONFIRMED},
            )
        self.log(f"Accounts: {', '.join(name for name, _d, _s in DEMO_ACCOUNTS)}")
