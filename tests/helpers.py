from practices.models import PracticePage


def practice(slug, language="en"):
    """A demo practice in one language, found through its English slug."""
    source = PracticePage.objects.get(slug=slug, locale__language_code="en")
    if language == "en":
        return source
    return PracticePage.objects.get(
        translation_key=source.translation_key, locale__language_code=language
    )


def practice_slug_where(**facts):
    from home.demo.practice_data import PRACTICES

    for entry in PRACTICES:
        if all(entry.get(key) == value for key, value in facts.items()):
            return entry["slug"]
    raise LookupError(facts)


def translate(source_page, language, capture_on_commit, prefix=None):
    """A real translation of ``source_page``, made as a translator would with
    wagtail-localize (every segment filled, then published)."""
    import polib
    from wagtail.models import Locale
    from wagtail_localize.models import Translation, TranslationSource

    locale = Locale.objects.get(language_code=language)
    source, _created = TranslationSource.get_or_create_from_instance(source_page)
    translation = Translation.objects.create(source=source, target_locale=locale)
    po = polib.pofile(str(translation.export_po()))
    for entry in po:
        if entry.msgctxt == "slug":
            entry.msgstr = f"{entry.msgid}-{language}"
        else:
            entry.msgstr = f"{prefix or '[' + language + ']'} {entry.msgid}"
    translation.import_po(po)
    with capture_on_commit(execute=True):
        translation.save_target(publish=True)
    return source_page.get_translation(locale)


def publish(page):
    """Publish the page's current field values as an editor would."""
    page.save_revision().publish()
    page.refresh_from_db()
    return page
