"""Synthetic records: the pages (practices, experts, sessions) and the
organisations of the generated network, recombined from the demo data.

Text is recombined, per language, from the demo content
(``home.demo.practice_data`` / ``network_data``) and the translated names of
topics, organisations and cities, so a stemmed query (école, Schule, scuola,
escuela, school) finds pages in each language. Nothing here writes pages:
``bench.generator.bulk`` does, from the ``Record`` objects built here.
"""

import datetime
import html
import uuid
from collections import defaultdict
from dataclasses import dataclass, field

from django.core.management.base import CommandError
from django.utils.text import slugify
from wagtail.models import Locale

from bench.generator.constants import (
    ALWAYS,
    BODY_MEMBERS_ONLY_SHARE,
    DOCUMENTS_PER_PRACTICE,
    EXPERT_EXTRA_SHARE,
    EXPERTS_PER_PRACTICE,
    LANGUAGES,
    MAX_ROWS_PER_INSERT,
    MEMBERS_ONLY_SHARE,
    OTHERS,
    PREFIX,
    SESSIONS_PER_PRACTICE,
    SOURCE,
)
from bench.generator.vocabulary import (
    APPROACHES,
    AVAILABILITY,
    CITIES,
    CITY_LANGUAGES,
    COUNTRIES,
    EVIDENCE,
    EXPERT_BIOGRAPHY,
    EXPERT_FUNCTIONS,
    NAMES,
    ORGANISATION_DESCRIPTIONS,
    ORGANISATION_TEMPLATES,
    PHONE_PREFIXES,
    PROGRAMME_TIMES,
    ROLES,
    SESSION_INTRO,
    SESSION_KIND_WEIGHTS,
    SESSION_KINDS,
    STATUSES,
    VENUES,
)
from cms.models import CustomDocument
from home.demo import network_data, practice_data
from network.models import Organisation
from practices.models import (
    ExpertIndexPage,
    ExpertPage,
    FormOfExtremism,
    PracticeIndexPage,
    PracticePage,
    TargetGroup,
    Topic,
)
from programme.models import SessionIndexPage


def french(text):
    """Elide "de" before a vowel (Ville d'Anvers) once a city is filled in."""
    for vowel in "AEIOUYÉÈÊÂÎÔ":
        text = text.replace(f" de {vowel}", f" d'{vowel}")
    return text


def fill(templates, language, **values):
    text = templates[language].format(**values)
    return french(text) if language == "fr" else text


def rich(text):
    return f"<p>{html.escape(text, quote=False)}</p>"


def weighted(rng, pairs):
    values, weights = zip(*pairs, strict=True)
    return rng.choices(values, weights)[0]


@dataclass
class Term:
    """A default-locale record (topic, organisation...) and its names by language."""

    id: int
    slug: str
    names: dict
    descriptions: dict = field(default_factory=dict)
    country: str = ""
    kind: str = ""
    cities: dict = field(default_factory=dict)

    def name(self, language):
        return self.names.get(language) or self.names.get(SOURCE) or self.slug

    def description(self, language):
        return self.descriptions.get(language) or self.descriptions.get(SOURCE) or ""

    def city(self, language):
        return self.cities.get(language) or self.cities.get(SOURCE) or self.name(language)


@dataclass
class Record:
    """One practice, expert or session: its text per language (only the
    languages it is translated into), the synchronised fields every
    translation shares, and its relations."""

    key: uuid.UUID
    texts: dict
    synced: dict
    published: dict
    m2m: dict = field(default_factory=dict)
    children: dict = field(default_factory=dict)
    pages: list = field(default_factory=list)


@dataclass
class Plan:
    """How many records of each kind, and the share of practices translated
    into each language beyond ``ALWAYS``."""

    practices: int
    experts: int
    sessions: int
    organisations: int
    extra: list
    target: int
    practice_share: float


def plan(practices):
    experts = max(1, round(practices * EXPERTS_PER_PRACTICE))
    sessions = max(1, round(practices * SESSIONS_PER_PRACTICE))
    organisations = max(20, min(len(CITIES) * len(ORGANISATION_TEMPLATES), practices // 40))
    extra = [code for code in LANGUAGES if code not in ALWAYS]
    expert_documents = experts * (len(ALWAYS) + len(extra) * EXPERT_EXTRA_SHARE)
    target = DOCUMENTS_PER_PRACTICE * practices
    share = (target - expert_documents - sessions * len(LANGUAGES)) / practices - len(ALWAYS)
    practice_share = min(1.0, max(0.0, share / len(extra))) if extra else 0.0
    return Plan(practices, experts, sessions, organisations, extra, target, practice_share)


def load_locales_and_parents():
    """({language: locale id}, {(kind, language): index page}) of the demo network."""
    locales = dict(Locale.objects.values_list("language_code", "pk"))
    missing = [code for code in LANGUAGES if code not in locales]
    if missing:
        raise CommandError(f"Locales {', '.join(missing)} are missing: run load_demo first.")
    parents = {}
    for kind, model in (
        ("practice", PracticeIndexPage),
        ("expert", ExpertIndexPage),
        ("session", SessionIndexPage),
    ):
        for code in LANGUAGES:
            parent = (
                model.objects.filter(locale_id=locales[code], alias_of__isnull=True)
                .order_by("path")
                .first()
            )
            if parent is None:
                raise CommandError(
                    f"No {model._meta.verbose_name} in “{code}”: run load_demo first."
                )
            parents[kind, code] = parent
    return locales, parents


def next_serial(model, locale_id):
    """Serials continue after earlier runs so that slugs stay unique among siblings."""
    slugs = model.objects.filter(locale_id=locale_id, slug__startswith=PREFIX).values_list(
        "slug", flat=True
    )
    serials = [int(slug.rsplit("-", 1)[-1]) for slug in slugs if slug.rsplit("-", 1)[-1].isdigit()]
    return max(serials, default=0) + 1


class RecordFactory:
    """Makes the records, from one random generator, in the order the
    command asks for them (so that a seed gives the same network).

    Call ``create_organisations()`` and ``load_vocabularies()`` first, then
    ``load_experts()`` before practices, ``load_practices()`` before
    sessions.
    """

    def __init__(self, rng, locales, now, today, practice_share=0.0):
        self.rng = rng
        self.locales = locales
        self.now = now
        self.today = today
        self.practice_share = practice_share
        self.practice_templates = [
            entry
            for entry in practice_data.PRACTICES
            if all(SOURCE in entry[name] for name in ("title", "summary", "body"))
        ]
        self.covering = {}

    # --- context ----------------------------------------------------------------

    def translations(self, model, fields):
        """{translation_key: {language: {field: value}}} of a translatable model."""
        result = defaultdict(dict)
        rows = model.objects.values_list("translation_key", "locale__language_code", *fields)
        for key, code, *values in rows:
            result[key][code] = dict(zip(fields, values, strict=True))
        return result

    def load_terms(self, model, *extra):
        fields = ["name", *extra]
        texts = self.translations(model, fields)
        terms = []
        rows = model.objects.filter(locale_id=self.locales[SOURCE]).order_by("pk")
        for obj in rows:
            by_language = texts[obj.translation_key]
            term = Term(
                id=obj.pk,
                slug=obj.slug,
                names={code: values["name"] for code, values in by_language.items()},
            )
            if "description" in extra:
                term.descriptions = {
                    code: values["description"] for code, values in by_language.items()
                }
            if "city" in extra:
                term.cities = {code: values["city"] for code, values in by_language.items()}
                term.country = str(obj.country)
                term.kind = obj.kind
            terms.append(term)
        return terms

    def load_vocabularies(self):
        self.topics = self.load_terms(Topic, "description")
        self.forms = self.load_terms(FormOfExtremism)
        self.groups = self.load_terms(TargetGroup)
        if not (self.topics and self.forms and self.groups):
            raise CommandError("Topics, forms and target groups are missing: run load_demo first.")
        self.topics_by_slug = {term.slug: term for term in self.topics}
        self.topics_by_id = {term.id: term for term in self.topics}
        self.forms_by_slug = {term.slug: term for term in self.forms}
        self.groups_by_slug = {term.slug: term for term in self.groups}
        self.organisations = self.load_terms(Organisation, "city")
        # A few organisations are very active, most contribute now and then.
        order = list(range(len(self.organisations)))
        self.rng.shuffle(order)
        weights = [0.0] * len(order)
        for rank, index in enumerate(order):
            weights[index] = 1 / (rank + 1) ** 0.8
        self.organisation_weights = weights
        self.cities = [term for term in self.organisations if term.kind == "city"] or list(
            self.organisations
        )

    def organisation(self):
        return self.rng.choices(self.organisations, self.organisation_weights)[0]

    def load_programme_items(self):
        items = []
        for session in network_data.SESSIONS:
            programme = session["programme"]
            if not all(code in programme for code in LANGUAGES):
                continue
            length = min(len(programme[code]) for code in LANGUAGES)
            for index in range(length):
                items.append({code: programme[code][index] for code in LANGUAGES})
        if not items:
            raise CommandError("The demo sessions have no programme to recombine.")
        return items

    def load_experts(self):
        """The default-locale experts, once generated: contacts and speakers."""
        experts = ExpertPage.objects.filter(
            locale_id=self.locales[SOURCE], alias_of__isnull=True
        ).order_by("pk")
        self.expert_ids, self.experts_by_country = [], defaultdict(list)
        for pk, country in experts.values_list("pk", "country"):
            self.expert_ids.append(pk)
            self.experts_by_country[country].append(pk)

    def load_practices(self):
        """The default-locale practices, once generated, and what sessions present."""
        self.practice_ids = list(
            PracticePage.objects.filter(locale_id=self.locales[SOURCE], alias_of__isnull=True)
            .order_by("pk")
            .values_list("pk", flat=True)
        )
        self.programme_items = self.load_programme_items()
        document = CustomDocument.objects.filter(title__icontains="(demo)").order_by("pk").first()
        self.material = document.pk if document else None

    # --- organisations ----------------------------------------------------------

    def create_organisations(self, count):
        """Organisations of the cities: the demo has 14, a network of this size hundreds.

        Returns how many were added (each in every language)."""
        existing = set(
            Organisation.objects.filter(
                locale_id=self.locales[SOURCE], slug__startswith=PREFIX
            ).values_list("slug", flat=True)
        )
        combos = [(city, template) for template in ORGANISATION_TEMPLATES for city in CITIES]
        self.rng.shuffle(combos)
        sources, translations = [], []
        for (country, *names), (kind, templates) in combos[:count]:
            city = dict(zip(CITY_LANGUAGES, names, strict=True))
            slug = PREFIX + slugify(fill(templates, "en", city=city["en"]))
            if slug in existing:
                continue
            key = uuid.UUID(int=self.rng.getrandbits(128), version=4)
            role = weighted(self.rng, ROLES)
            for code in LANGUAGES:
                organisation = Organisation(
                    translation_key=key,
                    locale_id=self.locales[code],
                    name=fill(
                        templates,
                        code if code in templates else "en",
                        city=city.get(code, city["en"]),
                    ),
                    slug=slug,
                    kind=kind,
                    role=role,
                    country=country,
                    city=city.get(code, city["en"]),
                    website=f"https://{slug.removeprefix(PREFIX)}.example.org",
                    description=ORGANISATION_DESCRIPTIONS[kind].get(
                        code, ORGANISATION_DESCRIPTIONS[kind]["en"]
                    ),
                    is_demo=True,
                )
                (sources if code == SOURCE else translations).append(organisation)
        Organisation.objects.bulk_create(sources + translations, batch_size=MAX_ROWS_PER_INSERT)
        return len(sources)

    # --- records --------------------------------------------------------------------

    def key(self):
        return uuid.UUID(int=self.rng.getrandbits(128), version=4)

    def block_id(self):
        return str(self.key())

    def languages(self, share):
        return ALWAYS + [
            code for code in OTHERS if code not in ALWAYS and self.rng.random() < share
        ]

    def publication_dates(self, languages, earliest):
        """(first, last) published per language: translations follow the source."""
        earliest = max(earliest, datetime.datetime(2015, 1, 1, tzinfo=datetime.UTC))
        span = max(1, int((self.now - earliest).total_seconds()))
        first = earliest + datetime.timedelta(seconds=self.rng.randrange(span))
        dates = {}
        for code in languages:
            published = first
            if code != SOURCE:
                published = min(self.now, first + datetime.timedelta(days=self.rng.randint(0, 90)))
            updated = min(self.now, published + datetime.timedelta(days=self.rng.randint(0, 400)))
            dates[code] = (published, updated)
        return dates

    def mutate(self, rng, slugs, pool, low=1, high=3):
        """The template's terms, with one added or dropped now and then."""
        chosen = [slug for slug in slugs if slug in pool]
        if chosen and len(chosen) > low and rng.random() < 0.2:
            chosen.remove(rng.choice(chosen))
        if len(chosen) < high and rng.random() < 0.35:
            extra = rng.choice(list(pool))
            if extra not in chosen:
                chosen.append(extra)
        if not chosen:
            chosen = [rng.choice(list(pool))]
        return [pool[slug].id for slug in chosen]

    def templates_covering(self, languages):
        """Demo practices written in all of ``languages`` (cached per set)."""
        if languages not in self.covering:
            self.covering[languages] = [
                entry
                for entry in self.practice_templates
                if all(
                    code in entry[name]
                    for code in languages
                    for name in ("title", "summary", "body")
                )
            ]
        return self.covering[languages]

    def practice_record(self, serial):
        rng = self.rng
        languages = self.languages(self.practice_share)
        covering = self.templates_covering(tuple(languages))
        main = rng.choice(covering)
        organisation = self.organisation()
        status = weighted(rng, STATUSES)
        year_started = self.today.year - min(20, int(rng.triangular(0, 21, 2)))
        year_ended = None
        if status == "completed":
            year_ended = min(self.today.year, year_started + rng.randint(1, 6))
        # The body: the main template's blocks, each taken now and then from
        # another template at the same position (same kind), the same choice
        # in every language so that translations match.
        sources = []
        for index, (block_kind, _text) in enumerate(main["body"][SOURCE]):
            source = main
            if rng.random() < 0.5:
                other = rng.choice(covering)
                if all(
                    len(other["body"][code]) > index and other["body"][code][index][0] == block_kind
                    for code in languages
                ):
                    source = other
            sources.append((source, index, block_kind, self.block_id()))
        topics = self.mutate(rng, main["topics"], self.topics_by_slug)
        topic = self.topics_by_id[topics[0]]
        extra_blocks = rng.random() < 0.6 and topic.description(SOURCE)
        heading_id, paragraph_id = self.block_id(), self.block_id()
        texts = {}
        for code in languages:
            title = f"{main['title'][code]} – {organisation.city(code)}"
            body = []
            for source, index, block_kind, block_id in sources:
                text = source["body"][code][index][1]
                value = {"text": text, "level": "h2"} if block_kind == "heading" else rich(text)
                body.append({"type": block_kind, "value": value, "id": block_id})
            if extra_blocks:
                body.append(
                    {
                        "type": "heading",
                        "value": {"text": topic.name(code), "level": "h2"},
                        "id": heading_id,
                    }
                )
                body.append(
                    {
                        "type": "paragraph",
                        "value": rich(topic.description(code)),
                        "id": paragraph_id,
                    }
                )
            texts[code] = {
                "title": title,
                "slug": f"{PREFIX}{slugify(title)[:80].strip('-')}-{serial}",
                "summary": main["summary"][code],
                "body": body,
            }
        approach = main["approach"] if rng.random() < 0.6 else weighted(rng, APPROACHES)
        evidence = main["evidence"] if rng.random() < 0.6 else weighted(rng, EVIDENCE)
        contacts = []
        for _number in range(rng.choices([0, 1, 2], [25, 55, 20])[0]):
            local = self.experts_by_country.get(organisation.country)
            pool = local if local and rng.random() < 0.7 else self.expert_ids
            expert = pool[rng.randrange(len(pool))]
            if expert not in contacts:
                contacts.append(expert)
        return Record(
            key=self.key(),
            texts=texts,
            synced={
                "members_only": rng.random() < MEMBERS_ONLY_SHARE,
                "body_members_only": rng.random() < BODY_MEMBERS_ONLY_SHARE,
                "organisation_id": organisation.id,
                "country": organisation.country,
                "approach": approach,
                "evidence_level": evidence,
                "year_started": year_started,
                "year_ended": year_ended,
                "status": status,
                "is_demo": True,
            },
            published=self.publication_dates(
                languages, datetime.datetime(year_started, 1, 1, tzinfo=datetime.UTC)
            ),
            m2m={
                "topics": topics,
                "forms_of_extremism": self.mutate(rng, main["forms"], self.forms_by_slug, 1, 2),
                "target_groups": self.mutate(rng, main["target_groups"], self.groups_by_slug),
            },
            children={"contacts": [{"expert_id": pk} for pk in contacts]},
        )

    def expert_record(self, serial):
        rng = self.rng
        organisation = self.organisation()
        area, spoken = COUNTRIES.get(organisation.country, ("en", ["en"]))
        if rng.random() < 0.15:
            area = rng.choice(list(NAMES))
        given, family = (part.split() for part in NAMES[area])
        first_name, last_name = rng.choice(given), rng.choice(family)
        name = f"{first_name} {last_name}"
        function = rng.choice(EXPERT_FUNCTIONS)
        expertise = rng.sample(self.topics, rng.choices([1, 2, 3], [30, 45, 25])[0])
        spoken = list(dict.fromkeys([*spoken, "en", *(["fr"] if rng.random() < 0.3 else [])]))
        availability = rng.choice(AVAILABILITY)
        languages = self.languages(EXPERT_EXTRA_SHARE)
        slug = f"{PREFIX}{slugify(name)}-{serial}"
        texts = {}
        for code in languages:
            role = f"{function[code]} – {organisation.name(code)}"
            intro, where, fields = EXPERT_BIOGRAPHY[code]
            biography = " ".join(
                [
                    intro,
                    where.format(
                        organisation=organisation.name(code), city=organisation.city(code)
                    ),
                    fields.format(topics="; ".join(term.name(code) for term in expertise)),
                    expertise[0].description(code),
                ]
            )
            texts[code] = {
                "title": name,
                "slug": slug,  # a person's name is not translated
                "summary": role,
                "role": role,
                "biography": rich(biography.strip()),
                "availability": availability[code],
            }
        prefix = PHONE_PREFIXES.get(organisation.country, "+32")
        return Record(
            key=self.key(),
            texts=texts,
            synced={
                "members_only": rng.random() < MEMBERS_ONLY_SHARE,
                "organisation_id": organisation.id,
                "country": organisation.country,
                "languages": ", ".join(spoken),
                "email": f"{slugify(first_name)}.{slugify(last_name)}.{serial}@example.org",
                "phone": f"{prefix} {rng.randint(100, 999)} {rng.randint(1000, 9999)}",
                "is_demo": True,
            },
            published=self.publication_dates(
                languages, datetime.datetime(2015, 6, 1, tzinfo=datetime.UTC)
            ),
            m2m={"expertise": [term.id for term in expertise]},
        )

    def session_record(self, serial):
        rng = self.rng
        host = rng.choice(self.cities)
        topic = rng.choice(self.topics)
        topics = [topic.id]
        if rng.random() < 0.5:
            second = rng.choice(self.topics)
            if second.id != topic.id:
                topics.append(second.id)
        kind = weighted(rng, SESSION_KIND_WEIGHTS)
        first_day = datetime.date(2015, 6, 1)
        span = (self.today + datetime.timedelta(days=730) - first_day).days
        start = first_day + datetime.timedelta(days=rng.randrange(span))
        start += datetime.timedelta(days=(7 - start.weekday()) % 7 if start.weekday() > 3 else 0)
        end = start + datetime.timedelta(days=2 if kind == "study_visit" else 1)
        opens = start - datetime.timedelta(days=rng.randint(60, 120))
        closes = start - datetime.timedelta(days=rng.randint(7, 21))
        venue = rng.choice(VENUES)
        items = rng.sample(self.programme_items, min(len(self.programme_items), rng.randint(6, 8)))
        # Welcome first, conclusions last: keep the demo programmes' order.
        items.sort(key=lambda item: (item[SOURCE]["day"], item[SOURCE].get("time") or ""))
        slots = [(day, time_) for day, times in PROGRAMME_TIMES.items() for time_ in times]
        item_ids = [self.block_id() for _item in items]
        texts = {}
        for code in LANGUAGES:
            city = host.city(code)
            title = f"{topic.name(code)} – {city} {start.year}"
            intro = fill(
                SESSION_INTRO,
                code,
                kind=SESSION_KINDS[kind][code],
                city=city,
                organisation=host.name(code),
            )
            programme = []
            for (day, time_), item, block_id in zip(slots, items, item_ids, strict=False):
                value = {
                    "day": day,
                    "time": time_,
                    "title": item[code]["title"],
                    "description": item[code].get("description", ""),
                }
                programme.append({"type": "item", "value": value, "id": block_id})
            texts[code] = {
                "title": title,
                "slug": f"{PREFIX}{slugify(title)[:80].strip('-')}-{serial}",
                "summary": f"{intro} {topic.description(code)}".strip(),
                "city": city,
                "venue": fill(venue, code, city=city),
                "programme": programme,
            }
        speakers = rng.sample(self.expert_ids, min(len(self.expert_ids), rng.randint(2, 4)))
        presented = rng.sample(self.practice_ids, min(len(self.practice_ids), rng.randint(1, 3)))
        children = {
            "speakers": [{"expert_id": pk} for pk in speakers],
            "presented_practices": [{"practice_id": pk} for pk in presented],
        }
        if self.material and rng.random() < 0.4:
            children["materials"] = [{"document_id": self.material, "title": ""}]
        published_at = datetime.datetime.combine(
            opens - datetime.timedelta(days=rng.randint(0, 30)),
            datetime.time(9, 0),
            tzinfo=datetime.UTC,
        )
        published_at = min(self.now, published_at)
        return Record(
            key=self.key(),
            texts=texts,
            synced={
                "members_only": rng.random() < MEMBERS_ONLY_SHARE,
                "kind": kind,
                "start_date": start,
                "end_date": end,
                "host_id": host.id,
                "seats": rng.choice([20, 25, 30, 35, 40]),
                "contribution": rng.choice([None, 0, 150, 250, 350]),
                "registration_opens": opens,
                "registration_closes": closes,
            },
            published={
                code: (published_at, min(self.now, published_at + datetime.timedelta(days=3)))
                for code in LANGUAGES
            },
            m2m={"topics": topics},
            children=children,
        )
