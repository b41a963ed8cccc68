"""The page records of the generated network: practices, experts and
sessions, each in its languages, made from ``Sources`` with one random
generator in the order the command asks for them (a seed gives the same
network)."""

import datetime
import uuid

from django.utils.text import slugify

from bench.generator.constants import (
    ALWAYS,
    BODY_MEMBERS_ONLY_SHARE,
    EXPERT_EXTRA_SHARE,
    LANGUAGES,
    MEMBERS_ONLY_SHARE,
    OTHERS,
    PREFIX,
    SOURCE,
)
from bench.generator.records import Record, fill, rich, weighted
from bench.generator.sources import Sources
from bench.generator.vocabulary import (
    APPROACHES,
    AVAILABILITY,
    COUNTRIES,
    EVIDENCE,
    EXPERT_BIOGRAPHY,
    EXPERT_FUNCTIONS,
    NAMES,
    PHONE_PREFIXES,
    PROGRAMME_TIMES,
    SESSION_INTRO,
    SESSION_KIND_WEIGHTS,
    SESSION_KINDS,
    STATUSES,
    VENUES,
)


class RecordFactory(Sources):
    """Makes the page records (see ``Sources`` for the order of calls)."""

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
