"""The member directory: the organisations of the network, their people and
what they work on, and "cities like mine". Queries only; the pages are
``exchange.directory_views`` and the parameters ``exchange.filters``.

Organisations are the default-locale rows (what memberships, affiliations
and practices link) that hold a membership active today; they are shown in
the reader's language (``cms.i18n.localize``). What an organisation works on
is read from its published practices: their topics and forms of extremism
(default-locale terms, named in the reader's language).

Every function costs a fixed number of queries, whatever the number of
organisations, people or practices (``tests/directory`` pins it): the rows of
a page are completed in one query per relation, never one per organisation.
It lives in ``exchange`` (the members' area) because it reads the practices'
vocabularies, which the ``network`` layer may not import.
"""

from collections import defaultdict
from dataclasses import dataclass, field

from django.conf import settings
from django.db.models import Exists, F, OuterRef, Q, Subquery
from django.db.models.functions import Coalesce
from django.utils import translation
from django_countries import countries

from cms import i18n
from cms.i18n import default_locale_only
from cms.visibility import visible_pages
from network.models import Affiliation, Membership, Organisation
from practices.models import FormOfExtremism, PracticePage, Topic

#: Organisations per page of the directory.
PAGE_SIZE = 20
#: Organisations offered as "like mine" for each of the reader's organisations.
SIMILAR_LIMIT = 5
#: The vocabularies an organisation is described by: the practices' relation
#: and the term model.
TOPICS = "topics"
FORMS = "forms_of_extremism"
TERM_MODELS = {TOPICS: Topic, FORMS: FormOfExtremism}


@dataclass
class Person:
    name: str
    role: str
    email: str
    #: Languages spoken, named in the reader's language ("anglais").
    languages: list


@dataclass
class Entry:
    """One organisation of the directory."""

    #: The organisation in the reader's language (or the default locale's row).
    organisation: Organisation
    #: The default-locale row: its slug, kind and country are the same in
    #: every language (synchronised fields).
    source: Organisation
    tier: str = ""
    people: list = field(default_factory=list)
    topics: list = field(default_factory=list)
    forms: list = field(default_factory=list)

    @property
    def slug(self):
        return self.source.slug


@dataclass
class Similar:
    """An organisation like one of the reader's, with what they share."""

    organisation: Organisation
    source: Organisation
    topics: list
    forms: list

    @property
    def shared(self):
        return len(self.topics) + len(self.forms)

    @property
    def slug(self):
        return self.source.slug


@dataclass
class LikeMine:
    """One of the reader's organisations and the organisations like it."""

    organisation: Organisation
    matches: list


def member_organisations():
    """The organisations of the network: default-locale rows holding a
    membership active today (``Membership.objects.active``, the one
    definition of active)."""
    return Organisation.objects.filter(default_locale_only()).filter(
        Exists(Membership.objects.active().filter(organisation=OuterRef("pk")))
    )


def published_practices():
    """Practices that describe what an organisation works on: live and
    outside any view restriction (what the library lists to a member).

    Building it reads the view restrictions (one query): the functions below
    take it as ``practices`` so that a page builds it once."""
    return PracticePage.objects.live().public()


def in_reading_order(queryset):
    """``queryset`` ordered by the name in the reader's language (the
    default locale's name where there is no translation)."""
    language = translation.get_language() or settings.LANGUAGE_CODE
    translated = Organisation.objects.filter(
        translation_key=OuterRef("translation_key"), locale__language_code=language
    ).values("name")[:1]
    return queryset.annotate(reading_name=Coalesce(Subquery(translated), F("name"))).order_by(
        "reading_name", "pk"
    )


# ---- Search and filters ------------------------------------------------------


def matching(queryset, text):
    """Organisations where every word of ``text`` is found in the name or the
    city (in any language), or in the name or role of one of their people."""
    for word in text.split():
        names = Organisation.objects.filter(translation_key=OuterRef("translation_key")).filter(
            Q(name__icontains=word) | Q(city__icontains=word)
        )
        people = (
            confirmed_people()
            .filter(organisation=OuterRef("pk"))
            .filter(
                Q(user__first_name__icontains=word)
                | Q(user__last_name__icontains=word)
                | Q(user__job_title__icontains=word)
                # a person without a name is shown by their user name
                | Q(user__first_name="", user__last_name="", user__username__icontains=word)
            )
        )
        queryset = queryset.filter(Q(Exists(names)) | Q(Exists(people)))
    return queryset


def in_countries(queryset, codes):
    return queryset.filter(country__in=codes)


def of_kinds(queryset, kinds):
    return queryset.filter(kind__in=kinds)


def working_on(queryset, topic_slugs):
    """Organisations with a published practice on one of the topics."""
    practices = published_practices().filter(
        organisation=OuterRef("pk"), topics__slug__in=topic_slugs
    )
    return queryset.filter(Exists(practices))


def filter_options(practices=None):
    """What the filters offer: the countries and kinds of the network's
    organisations, and every topic (validation) with the slugs of those the
    organisations work on (offered). Labels in the reader's language; four
    queries (five without ``practices``)."""
    practices = published_practices() if practices is None else practices
    pairs = set(member_organisations().values_list("country", "kind"))
    country_options = sorted(
        {(code, countries.name(code)) for code, _kind in pairs},
        key=lambda item: item[1].casefold(),
    )
    kinds_present = {kind for _code, kind in pairs}
    kinds = [(value, label) for value, label in Organisation.Kind.choices if value in kinds_present]
    topics = sorted(
        i18n.localize(Topic.objects.filter(default_locale_only())),
        key=lambda topic: topic.name.casefold(),
    )
    through, practice_field, term_field = _through(TOPICS)
    present = set(
        through.objects.filter(
            **{f"{practice_field}__in": practices.filter(organisation__in=member_organisations())}
        ).values_list(f"{term_field}__slug", flat=True)
    )
    return {
        "countries": country_options,
        "kinds": kinds,
        "topics": [(topic.slug, topic.name) for topic in topics],
        "topics_present": present,
    }


# ---- Entries -----------------------------------------------------------------


def confirmed_people():
    """Confirmed affiliations of active accounts: who a directory shows."""
    return Affiliation.objects.confirmed().filter(user__is_active=True)


def entries(organisations, practices=None):
    """The directory entries of ``organisations`` (default-locale rows, in
    their order): the reader's-language version, the membership tier, the
    people, the topics and the forms of extremism. Nine queries (ten
    without ``practices``)."""
    sources = list(organisations)
    if not sources:
        return []
    practices = published_practices() if practices is None else practices
    ids = [organisation.pk for organisation in sources]
    shown = i18n.localize(sources)
    result = {
        source.pk: Entry(organisation=organisation, source=source)
        for source, organisation in zip(sources, shown, strict=True)
    }
    tiers = defaultdict(set)
    for pk, tier in (
        Membership.objects.active()
        .filter(organisation_id__in=ids)
        .values_list("organisation_id", "tier")
    ):
        tiers[pk].add(tier)
    for pk, held in tiers.items():
        # a partner membership outranks an associate one held at the same time
        tier = Membership.Tier.PARTNER if Membership.Tier.PARTNER in held else min(held)
        result[pk].tier = Membership.Tier(tier).label
    for affiliation in (
        confirmed_people()
        .filter(organisation_id__in=ids)
        .select_related("user")
        .order_by("user__last_name", "user__first_name", "user__username")
    ):
        result[affiliation.organisation_id].people.append(person(affiliation.user))
    for relation, attribute in ((TOPICS, "topics"), (FORMS, "forms")):
        for pk, terms in terms_of(ids, relation, practices).items():
            setattr(result[pk], attribute, terms)
    return [result[pk] for pk in ids]


def person(user):
    return Person(
        name=user.display_name,
        role=user.job_title,
        email=user.email,
        languages=[i18n.language_name_in_sentence(code) for code in user.languages_spoken or []],
    )


def entry(slug, practices=None):
    """The entry of the network's organisation with ``slug``, or None."""
    organisation = member_organisations().filter(slug=slug).first()
    return entries([organisation], practices)[0] if organisation else None


def practices_of(organisation, user):
    """The published practices of ``organisation``, each once, in the
    reader's language where it is translated (else in its source's language,
    marked ``untranslated``), by title. One query."""
    language = translation.get_language() or settings.LANGUAGE_CODE
    pages = visible_pages(
        PracticePage.objects.filter(organisation=organisation, alias_of__isnull=True), user
    ).select_related("locale")
    chosen = {}
    for page in pages:
        rank = (
            page.locale.language_code != language,
            page.locale.language_code != settings.LANGUAGE_CODE,
        )
        current = chosen.get(page.translation_key)
        if current is None or rank < current[0]:
            chosen[page.translation_key] = (rank, page)
    result = [page for _rank, page in chosen.values()]
    for page in result:
        page.untranslated = page.locale.language_code != language
    return sorted(result, key=lambda page: page.title.casefold())


def _through(relation):
    """The practices' many-to-many table of ``relation``, with the names of
    its two sides."""
    model_field = PracticePage._meta.get_field(relation)
    return (
        model_field.remote_field.through,
        model_field.m2m_field_name(),
        model_field.m2m_reverse_field_name(),
    )


def term_ids(organisations, relation, practices):
    """{organisation id: {term id}}: the terms of ``relation`` on the
    published practices of ``organisations`` (ids or a queryset). One query."""
    through, practice_field, term_field = _through(relation)
    rows = through.objects.filter(
        **{f"{practice_field}__in": practices.filter(organisation__in=organisations)}
    ).values_list(f"{practice_field}__organisation_id", f"{term_field}_id")
    result = defaultdict(set)
    for organisation_id, term_id in rows:
        result[organisation_id].add(term_id)
    return result


def localized_terms(relation, ids):
    """{term id: the term in the reader's language}. Two queries."""
    if not ids:
        return {}
    terms = list(TERM_MODELS[relation].objects.filter(pk__in=ids))
    return {term.pk: shown for term, shown in zip(terms, i18n.localize(terms), strict=True)}


def by_name(terms):
    return sorted(terms, key=lambda term: term.name.casefold())


def terms_of(organisation_ids, relation, practices):
    """{organisation id: [terms in the reader's language, by name]}. Three queries."""
    ids = term_ids(organisation_ids, relation, practices)
    names = localized_terms(relation, set().union(*ids.values()) if ids else set())
    return {pk: by_name(names[term] for term in terms) for pk, terms in ids.items()}


# ---- Cities like mine ----------------------------------------------------------


def like_mine(organisation_ids, limit=SIMILAR_LIMIT, practices=None):
    """For each of ``organisation_ids`` that is in the network (the
    reader's organisations), the other organisations of the network of the
    same kind that share at least one topic AND one form of extremism with
    it, the most shared terms first (ties by name in the reader's
    language), with the shared terms. None of ``organisation_ids`` is offered
    as like another: they are the reader's own. Ten queries at most (eleven
    without ``practices``)."""
    own = list(member_organisations().filter(pk__in=organisation_ids))
    if not own:
        return []
    candidates = member_organisations().filter(kind__in={organisation.kind for organisation in own})
    kinds = dict(candidates.values_list("pk", "kind"))
    practices = published_practices() if practices is None else practices
    topics = term_ids(candidates, TOPICS, practices)
    forms = term_ids(candidates, FORMS, practices)
    excluded = set(organisation_ids)
    found = {}
    for organisation in own:
        matches = []
        for other, other_topics in topics.items():
            if other in excluded or kinds.get(other) != organisation.kind:
                continue
            shared_topics = topics.get(organisation.pk, set()) & other_topics
            shared_forms = forms.get(organisation.pk, set()) & forms.get(other, set())
            if shared_topics and shared_forms:
                matches.append((other, shared_topics, shared_forms))
        found[organisation.pk] = matches
    wanted = {other for matches in found.values() for other, _t, _f in matches}
    sources = {organisation.pk: organisation for organisation in own}
    sources.update(
        {
            organisation.pk: organisation
            for organisation in Organisation.objects.filter(pk__in=wanted - sources.keys())
        }
    )
    shown = dict(zip(sources, i18n.localize(sources.values()), strict=True))
    topic_names = localized_terms(
        TOPICS, {t for m in found.values() for _o, ts, _f in m for t in ts}
    )
    form_names = localized_terms(FORMS, {f for m in found.values() for _o, _t, fs in m for f in fs})
    result = []
    for organisation in sorted(own, key=lambda item: shown[item.pk].name.casefold()):
        similar = [
            Similar(
                organisation=shown[other],
                source=sources[other],
                topics=by_name(topic_names[term] for term in shared_topics),
                forms=by_name(form_names[term] for term in shared_forms),
            )
            for other, shared_topics, shared_forms in found[organisation.pk]
        ]
        similar.sort(key=lambda item: (-item.shared, item.organisation.name.casefold()))
        result.append(LikeMine(organisation=shown[organisation.pk], matches=similar[:limit]))
    return result
