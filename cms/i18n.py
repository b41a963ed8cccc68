"""Languages: which translations of a page exist, and honest fallbacks.

A synchronised tree (wagtail-localize) gives every locale a placeholder of
each page: an alias of the source page until somebody translates it. We never
show such a placeholder as if it were a translation; it answers that the page
is not yet available in the reader's language and links to the languages it
exists in.
"""

import datetime

from django.conf import settings
from django.db.models import F, OuterRef, Q, Subquery
from django.shortcuts import render
from django.utils import formats, timezone, translation
from django.utils.text import format_lazy
from django.utils.translation import pgettext, pgettext_lazy
from wagtail.models import Page

from cms.cache import fragment
from cms.sites import find_site
from cms.visibility import can_view_members_content, visible_pages

#: Each language named in itself ("Deutsch", "Français"): the switcher's
#: labels, where every language names itself for the people who read it.
LANGUAGE_NAMES = dict(settings.LANGUAGES)
LANGUAGE_ORDER = {code: position for position, (code, _name) in enumerate(settings.LANGUAGES)}

#: A language named inside a sentence of the reader's language: lower-case
#: where that language wants it ("anglais", "inglese", "inglés"; German
#: "Englisch"). Django's ``name_translated`` is capitalised in French,
#: Italian and Spanish, which is right at the start of a line only.
_NAMES_IN_SENTENCE = {
    "en": pgettext_lazy("language name inside a sentence", "English"),
    "fr": pgettext_lazy("language name inside a sentence", "French"),
    "de": pgettext_lazy("language name inside a sentence", "German"),
    "it": pgettext_lazy("language name inside a sentence", "Italian"),
    "es": pgettext_lazy("language name inside a sentence", "Spanish"),
}

#: "in <language>" as the reader's language says it: "en anglais", "auf
#: Englisch", "in inglese", "en inglés". Whole phrases, because the
#: preposition depends on the language (German "auf", not "in").
_IN_LANGUAGE = {
    "en": pgettext_lazy("written in a language", "in English"),
    "fr": pgettext_lazy("written in a language", "in French"),
    "de": pgettext_lazy("written in a language", "in German"),
    "it": pgettext_lazy("written in a language", "in Italian"),
    "es": pgettext_lazy("written in a language", "in Spanish"),
}


#: Reader's languages that write language names in lower case in a sentence.
LOWER_CASE_LANGUAGE_NAMES = {"fr", "it", "es"}


def language_autonym(code):
    """The language named in itself, for the switcher: "Français"."""
    return LANGUAGE_NAMES.get(code, code)


def language_name_in_sentence(code):
    """The language named in the reader's language, as it reads inside a
    sentence: "anglais" to a French reader, "Englisch" to a German one."""
    name = _NAMES_IN_SENTENCE.get(code)
    if name is not None:
        return str(name)
    try:
        name = str(translation.get_language_info(code)["name_translated"])
    except KeyError:
        return code
    # Django's names of other languages, capitalised; these languages write
    # them in lower case inside a sentence.
    if (translation.get_language() or "")[:2] in LOWER_CASE_LANGUAGE_NAMES:
        name = name[:1].lower() + name[1:]
    return name


def in_language(code):
    """ "in <language>" in the reader's language: "en anglais", "auf Englisch"."""
    phrase = _IN_LANGUAGE.get(code)
    if phrase is None:
        return str(
            format_lazy(
                pgettext_lazy("written in a language", "in {language}"),
                language=language_name_in_sentence(code),
            )
        )
    return str(phrase)


def default_locale_only():
    """Relations to translatable records always point at the default locale
    so that filters and links match across languages (``limit_choices_to``
    of such relations; see cms.models.TaxonomyBase)."""
    return Q(locale__language_code=settings.LANGUAGE_CODE)


def is_untranslated(page):
    if page.alias_of_id is None:
        return False
    cached = getattr(page, "_untranslated", None)
    if cached is None:
        source_locale_id = (
            Page.objects.filter(pk=page.alias_of_id).values_list("locale_id", flat=True).first()
        )
        cached = page._untranslated = source_locale_id != page.locale_id
    return cached


def translated_only(queryset):
    """Drop the placeholders of a synchronised tree (see the module docstring)."""
    return queryset.filter(alias_of__isnull=True)


def date_in_sentence(value):
    """A date as it reads inside a sentence of the reader's language
    ("3 décembre 2026", "3. Dezember 2026", "3 dicembre 2026"): Django's
    date format with a format string translators choose, in the current
    time zone; month names in lower case where the language writes them so
    (Django's Italian names are capitalised)."""
    if value is None:
        return ""
    if isinstance(value, datetime.datetime) and timezone.is_aware(value):
        value = timezone.localtime(value)
    text = formats.date_format(value, pgettext("date inside a sentence", "F j, Y"))
    if (translation.get_language() or "")[:2] in LOWER_CASE_LANGUAGE_NAMES:
        text = text.lower()
    return text


def page_translations(page, request=None):
    """The languages a page really exists in, for the switcher and hreflang.

    One query, whatever the number of languages. Each item also carries the
    translation's title, its language named in itself (``language_name``)
    and in the reader's language (``language_name_in_sentence``,
    ``in_language``), and its effective members-only state
    (``members_only``, from ``cms.PageAccess`` in the same query).
    """
    user = getattr(request, "user", None)
    if page.pk is None:  # a preview of a page not saved yet
        return _page_translations(page, request, user)
    # Plain data from the shared cache, per page, reader's language (the
    # names in sentences), site (the URLs) and whether the reader sees
    # members-only pages: nothing else about the reader changes it.
    site = find_site(request) if request is not None else None
    parts = (
        "translations",
        page.pk,
        translation.get_language(),
        getattr(site, "pk", None),
        can_view_members_content(user),
    )
    return fragment(parts, lambda: _page_translations(page, request, user))


def _page_translations(page, request, user):
    pages = (
        translated_only(
            visible_pages(Page.objects.filter(translation_key=page.translation_key), user)
        )
        .select_related("locale")
        .annotate(effective_members_only=F("access__members_only"))
    )
    translations = []
    source_published_at = None
    for other in pages:
        code = other.locale.language_code
        if code == settings.LANGUAGE_CODE:
            source_published_at = other.last_published_at
        translations.append(
            {
                "language_code": code,
                "language_name": language_autonym(code),
                "language_name_in_sentence": language_name_in_sentence(code),
                "in_language": in_language(code),
                "title": other.title,
                "members_only": bool(other.effective_members_only),
                "url": other.get_url(request),
                "full_url": other.get_full_url(request),
                "is_current": other.pk == page.pk,
                "last_published_at": other.last_published_at,
            }
        )
    for item in translations:
        item["is_source"] = item["language_code"] == settings.LANGUAGE_CODE
        item["stale"] = _is_stale(item["last_published_at"], source_published_at, item["is_source"])
        item["source_published_at"] = source_published_at if item["stale"] else None
    translations.sort(key=lambda item: LANGUAGE_ORDER.get(item["language_code"], 99))
    return translations


def _is_stale(published_at, source_published_at, is_source):
    return bool(
        not is_source
        and published_at
        and source_published_at
        and source_published_at > published_at
    )


def source_published_after(page):
    """When the source (default-locale) version of a translated page was
    published after this translation was last published; None when the
    translation is up to date, is the source itself or is a placeholder.

    A translation is *stale* when its source has been published since: what
    the source says may have changed and the translation not followed.
    """
    if page.locale.language_code == settings.LANGUAGE_CODE or page.alias_of_id is not None:
        return None
    source_published_at = (
        Page.objects.filter(
            translation_key=page.translation_key, locale__language_code=settings.LANGUAGE_CODE
        )
        .values_list("last_published_at", flat=True)
        .first()
    )
    if _is_stale(page.last_published_at, source_published_at, False):
        return source_published_at
    return None


def stale_translations(queryset):
    """The published translations in ``queryset`` whose source was published
    after them (see ``source_published_after``), annotated with
    ``source_published_at``. One query."""
    sources = Page.objects.filter(
        translation_key=OuterRef("translation_key"),
        locale__language_code=settings.LANGUAGE_CODE,
    ).values("last_published_at")[:1]
    return (
        queryset.filter(alias_of__isnull=True, live=True, last_published_at__isnull=False)
        .exclude(locale__language_code=settings.LANGUAGE_CODE)
        .annotate(source_published_at=Subquery(sources))
        .filter(source_published_at__gt=F("last_published_at"))
    )


def not_translated_response(page, request):
    return render(
        request,
        "not_translated.html",
        {
            "page": page,
            "translations": page_translations(page, request),
            "requested_language": language_name_in_sentence(translation.get_language()),
            "in_requested_language": in_language(translation.get_language()),
        },
        status=404,
    )


def localize(objects):
    """The reader's-locale versions of translatable objects, in one query.

    ``objects`` all belong to one model and link the default locale (see
    ``cms.models.TaxonomyBase``). An object with no translation in the
    active locale is returned as it is.
    """
    objects = list(objects)
    if not objects:
        return []
    language = translation.get_language() or settings.LANGUAGE_CODE
    model = type(objects[0])
    keys = {obj.translation_key for obj in objects}
    translated = {
        obj.translation_key: obj
        for obj in model._default_manager.filter(
            translation_key__in=keys, locale__language_code=language
        )
    }
    return [translated.get(obj.translation_key, obj) for obj in objects]


def localize_pages(pages, user=None):
    """The reader's-locale versions of linked pages, in one query per model.

    Links between pages point at the source page (they are synchronised, not
    translated). Where the reader's language has a real translation it is
    returned; otherwise the source page, marked ``untranslated`` so templates
    can say which language it is in. Pages the reader may not see (drafts,
    members-only for non-members) are dropped.
    """
    pages = list(pages)
    if not pages:
        return []
    language = translation.get_language() or settings.LANGUAGE_CODE
    by_model = {}
    for page in pages:
        by_model.setdefault(type(page), []).append(page)
    readers, sources = {}, {}
    for model, members in by_model.items():
        pks = [page.pk for page in members]
        candidates = visible_pages(
            model.objects.filter(translation_key__in={page.translation_key for page in members})
            .filter(Q(locale__language_code=language, alias_of__isnull=True) | Q(pk__in=pks))
            .select_related("locale"),
            user,
        )
        for candidate in candidates:
            if candidate.pk in pks:
                sources[candidate.pk] = candidate
            if candidate.locale.language_code == language and candidate.alias_of_id is None:
                readers[candidate.translation_key] = candidate
    result = []
    for page in pages:
        chosen = readers.get(page.translation_key) or sources.get(page.pk)
        if chosen is None:
            continue
        chosen.untranslated = chosen.locale.language_code != language
        result.append(chosen)
    return result
