"""Demo texts into pages and their translations, as a translator's work
would make them: a TranslationSource per object and one StringTranslation per
segment through wagtail-localize, so that the demo pages can be
re-synchronised, exported to PO files and edited like any other. The
translations come from the demo's PO files (``home/demo/locale/<lang>.po``,
read through ``home.demo.catalogue``).

A translation made by an earlier load is brought up to date: a segment whose
demo translation differs from the stored one (a corrected text, a slug now
transliterated) is stored again and the translation published again; when
nothing differs nothing is written, so loading twice changes nothing."""

import html

from django.conf import settings
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)

from cms.slugs import slugify_for
from home.demo import PLAIN, catalogue, texts, translated_into

LANGUAGES = [code for code, _name in settings.LANGUAGES]
SOURCE = settings.LANGUAGE_CODE


def rich(text):
    return f"<p>{html.escape(text, quote=False)}</p>"


def stream(blocks):
    data = []
    for kind, text in blocks:
        if kind == "heading":
            data.append({"type": "heading", "value": {"text": text, "level": "h2"}})
        else:
            data.append({"type": "paragraph", "value": rich(text)})
    return data


def programme_stream(items):
    return [
        {
            "type": "item",
            "value": {
                "day": item["day"],
                "time": item.get("time") or None,
                "title": item["title"],
                "description": item.get("description", ""),
            },
        }
        for item in items
    ]


class Pairs:
    """Source text -> translated text, for one object and one language."""

    def __init__(self):
        self.plain = {}
        self.rich = {}

    def text(self, source, target):
        if source and target:
            self.plain[source] = target

    def richtext(self, source, target):
        if source and target:
            self.rich[html.escape(source, quote=False)] = html.escape(target, quote=False)

    def lookup(self, source):
        return self.plain.get(source) or self.rich.get(source)


class Translator:
    """Translates demo objects into the other locales (``locales``: language
    code -> Locale); segments it cannot translate are reported on ``stderr``."""

    def __init__(self, locales, stderr):
        self.locales = locales
        self.stderr = stderr

    def translate(self, instance, language, pairs):
        """Translate ``instance`` into ``language`` through wagtail-localize
        (``pairs``: a Pairs, or a function that makes one), or bring an
        earlier translation up to date with it."""
        locale = self.locales[language]
        existing = (
            type(instance)
            .objects.filter(translation_key=instance.translation_key, locale=locale)
            .first()
        )
        if existing is not None and getattr(existing, "alias_of_id", None) is None:
            return self.update(instance, existing, locale, pairs)
        source, _created = TranslationSource.update_or_create_from_instance(instance)
        translation, _created = Translation.objects.get_or_create(
            source=source, target_locale=locale, defaults={"enabled": True}
        )
        if callable(pairs):
            pairs = pairs()
        missing = []
        segments = StringSegment.objects.filter(source=source).select_related("string", "context")
        for segment in segments:
            target = pairs.lookup(segment.string.data)
            if target is None:
                missing.append(segment.string.data)
                continue
            self.store(segment, locale, target)
        if missing:
            self.stderr.write(
                f"  {instance} [{language}]: {len(missing)} segment(s) kept in {SOURCE}: "
                f"{missing[:3]}"
            )
        translation.save_target(publish=True)
        return type(instance).objects.get(translation_key=instance.translation_key, locale=locale)

    def store(self, segment, locale, target):
        StringTranslation.objects.update_or_create(
            translation_of=segment.string,
            locale=locale,
            context=segment.context,
            defaults={
                "data": target,
                "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL,
            },
        )

    def update(self, instance, existing, locale, pairs):
        """Store the segments of ``existing`` (a translation of ``instance``)
        whose demo translation differs from the stored one, and publish it
        again if any did; nothing is written when none differs."""
        source = TranslationSource.objects.get_for_instance_or_none(instance)
        translation = (
            Translation.objects.filter(source=source, target_locale=locale).first()
            if source is not None
            else None
        )
        if translation is None:
            # Translated outside wagtail-localize: left as it is.
            return existing
        if callable(pairs):
            pairs = pairs()
        segments = list(
            StringSegment.objects.filter(source=source).select_related("string", "context")
        )
        stored = {
            (row.translation_of_id, row.context_id): row.data
            for row in StringTranslation.objects.filter(
                locale=locale,
                translation_of__in=[segment.string_id for segment in segments],
            )
        }
        changed = False
        for segment in segments:
            target = pairs.lookup(segment.string.data)
            if target is None or stored.get((segment.string_id, segment.context_id)) == target:
                continue
            self.store(segment, locale, target)
            changed = True
        if not changed:
            return existing
        translation.save_target(publish=True)
        return type(instance).objects.get(translation_key=instance.translation_key, locale=locale)

    def translate_record(self, instance, name, key, record, slug_from=None, unchanged=()):
        """Translate ``instance``, made from ``record`` (``key`` in
        ``data/<name>.json``), into every language the record is translated
        into, with the texts of the PO files. ``slug_from``: the field whose
        translation, slugified as its language does (``cms.slugs``), is the
        translated slug; ``unchanged``: source strings that stay as they are
        (a person's name, a slug)."""
        for language in translated_into(record):

            def pairs(language=language):
                translations = catalogue(language)
                made = Pairs()
                for context, kind, source in texts(name, key, record):
                    target = translations.get((context, source))
                    if kind == PLAIN:
                        made.text(source, target)
                    else:
                        made.richtext(source, target)
                for text in unchanged:
                    made.text(text, text)
                if slug_from:
                    title = translations.get((f"{key}.{slug_from}", record[slug_from]))
                    made.text(instance.slug, slugify_for(title or "", language) or instance.slug)
                return made

            self.translate(instance, language, pairs)
