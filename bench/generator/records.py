"""Synthetic records of the generated network: the ``Record`` and ``Term``
types, the plan (how many of each kind), the text helpers, and the look-ups
the command starts from.

The records are made by ``bench.generator.pages.RecordFactory`` from what
``bench.generator.sources.Sources`` reads (demo content and vocabularies);
``bench.generator.bulk`` writes them. Text is recombined, per language, from
the demo content and the translated names of topics, organisations and
cities, so a stemmed query (école, Schule, scuola, escuela, school) finds
pages in each language.
"""

import html
import uuid
from dataclasses import dataclass, field

from django.core.management.base import CommandError
from wagtail.models import Locale

from bench.generator.constants import (
    ALWAYS,
    DOCUMENTS_PER_PRACTICE,
    EXPERT_EXTRA_SHARE,
    EXPERTS_PER_PRACTICE,
    LANGUAGES,
    PREFIX,
    SESSIONS_PER_PRACTICE,
    SOURCE,
)
from bench.generator.vocabulary import (
    CITIES,
    ORGANISATION_TEMPLATES,
)
from practices.models import (
    ExpertIndexPage,
    PracticeIndexPage,
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
