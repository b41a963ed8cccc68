"""Languages: which translations of a page exist, and honest fallbacks.

A synchronised tree (wagtail-localize) gives every locale a placeholder of
each page: an alias of the source page until somebody translates it. We never
show such a placeholder as if it were a translation; it answers that the page
is not yet available in the reader's language and links to the languages it
exists in.
"""

from django.conf import settings
from django.db.models import F, OuterRef, Q, Subquery
from django.shortcuts import render
from django.utils import translation
from wagtail.models import Page

from cms.visibility import visible_pages

LANGUAGE_NAMES = dict(settings.LANGUAGES)
LANGUAGE_ORDER = {code: position for position, (code, _name) in enumerate(settings.LANGUAGES)}


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


def page_translations(page, request=None):
    """The languages a page really exists in, for the switcher and hreflang.

    One query, whatever the number of languages.
    """
    user = getattr(request, "user", None)
    pages = translated_only(
        visible_pages(Page.objects.filter(translation_key=page.translation_key), user)
    ).select_related("locale")
    translations = []
    source_published_at = None
    for other in pages:
        code = other.locale.language_code
        if code == settings.LANGUAGE_CODE:
            source_published_at = other.last_published_at
        translations.append(
            {
                "language_code": code,
                "language_name": LANGUAGE_NAMES.get(code, code),
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
            "requested_language": LANGUAGE_NAMES.get(
                translation.get_language(), translation.get_language()
            ),
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
