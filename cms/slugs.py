"""Slugs in plain ASCII, transliterated the way the page's language writes
without its special letters: German ü → ue, ö → oe, ä → ae, ß → ss
("Düsseldorf Straße" → ``duesseldorf-strasse``), every other language through
anyascii (é → e, œ → oe, å → a).

Where a slug is made or changed on the server, it goes through
``slugify_for``:

- ``BasePage.full_clean`` transliterates a slug that still holds non-ASCII
  letters (Wagtail's admin keeps them, ``WAGTAIL_ALLOW_UNICODE_SLUGS``: its
  own client-side downcoding would turn ü into u), and a slug Wagtail makes
  from the title when none is given;
- a translated slug segment (wagtail-localize's editor or an uploaded PO
  file) is transliterated when the translation is stored
  (``on_string_translation_saved``), before wagtail-localize slugifies it on
  publish with Django's ``slugify``, which drops ü and ß. A slug segment
  left as the source's slug keeps the source's slug;
- the demo's translated slugs (``home.demo.translation``).
"""

from anyascii import anyascii
from django.utils.text import slugify

#: Letters a language transliterates its own way, before anyascii.
TRANSLITERATIONS = {
    "de": str.maketrans(
        {"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ß": "ss", "ẞ": "SS"}
    ),
}

#: The path of a page's slug among wagtail-localize's segments.
SLUG_SEGMENT = "slug"


def slugify_for(text, language):
    """``text`` as a slug in plain ASCII, as ``language`` transliterates it
    (a language code: ``de``, ``de-at`` and ``de_CH`` are German)."""
    base = (language or "").replace("_", "-").split("-")[0].lower()
    table = TRANSLITERATIONS.get(base)
    if table:
        text = text.translate(table)
    return slugify(anyascii(text))


def on_string_translation_saved(sender, instance, raw=False, **kwargs):
    """A translated slug is stored transliterated (pre_save of
    wagtail-localize's StringTranslation, connected in ``cms.apps``)."""
    if raw or not instance.data or instance.data.isascii():
        return
    if instance.context_id is None or instance.context.path != SLUG_SEGMENT:
        return
    instance.data = slugify_for(instance.data, instance.locale.language_code) or instance.data
