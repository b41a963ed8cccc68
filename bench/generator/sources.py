"""What the record factory reads before it makes records: the demo's
practices, experts and programme items as templates, the vocabularies with
their translations, and the organisations of the generated cities (which it
adds, in every language)."""

import uuid
from collections import defaultdict

from django.core.management.base import CommandError
from django.utils.text import slugify

from bench.generator.constants import (
    LANGUAGES,
    MAX_ROWS_PER_INSERT,
    PREFIX,
    SOURCE,
)
from bench.generator.records import Term, fill, weighted
from bench.generator.vocabulary import (
    CITIES,
    CITY_LANGUAGES,
    ORGANISATION_DESCRIPTIONS,
    ORGANISATION_TEMPLATES,
    ROLES,
)
from cms.models import CustomDocument
from home.demo import network_data, practice_data
from network.models import Organisation
from practices.models import (
    ExpertPage,
    FormOfExtremism,
    PracticePage,
    TargetGroup,
    Topic,
)


class Sources:
    """What the records are made from, read with one random generator in the order the
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
