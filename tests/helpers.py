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
