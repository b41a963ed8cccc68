"""Pages linked from a page (its contacts, a session's speakers and
practices, the sessions that present a practice) in the reader's language,
in one query whatever their number: the same answer as
``cms.i18n.localize_pages`` over the linked pages, without reading the
links first."""

from django.conf import settings
from django.core.exceptions import FieldDoesNotExist
from django.db.models import OuterRef, Q, Subquery
from django.utils import translation

from cms.visibility import visible_pages


def _candidates(model, links, field, user, language):
    """The default-locale pages ``links`` point at through ``field`` and
    their translations in ``language``, those the reader may see."""
    return visible_pages(
        model.objects.filter(translation_key__in=links.values(f"{field}__translation_key"))
        .filter(
            Q(locale__language_code=language, alias_of__isnull=True)
            | Q(pk__in=links.values(field), locale__language_code=settings.LANGUAGE_CODE)
        )
        .select_related("locale"),
        user,
    )


def _chosen(candidates, language):
    """One page per translation group, the reader's translation first, in
    the order of the group's first candidate."""
    chosen = {}
    for page in candidates:
        reader = page.locale.language_code == language and page.alias_of_id is None
        if reader or page.translation_key not in chosen:
            chosen[page.translation_key] = page
    for page in chosen.values():
        page.untranslated = page.locale.language_code != language
    return list(chosen.values())


def linked_pages(model, links, field, user):
    """The pages of ``model`` that ``links`` (a queryset of orderable link
    rows of one page) point at through their foreign key ``field``, in the
    editor's order of the links."""
    language = translation.get_language() or settings.LANGUAGE_CODE
    rank = links.filter(**{f"{field}__translation_key": OuterRef("translation_key")})
    candidates = _candidates(model, links, field, user, language).annotate(
        link_rank=Subquery(rank.order_by("sort_order", "pk").values("sort_order")[:1])
    )
    return _chosen(candidates.order_by("link_rank", "pk"), language)


def linking_pages(page, relation, user, ordering=()):
    """The pages that link any translation of ``page`` through the reverse
    ``relation`` an app above declared (as ``cms.pages.pages_linking``: a
    session's ``presented_at`` practices, its ``spoke_at`` speakers), in
    ``ordering`` (fields of those pages); none where that app is not
    installed."""
    try:
        rel = type(page)._meta.get_field(relation)
    except FieldDoesNotExist:
        return []
    link_model = rel.related_model
    page_model = link_model._meta.get_field("page").related_model
    links = link_model.objects.filter(
        **{f"{rel.field.name}__translation_key": page.translation_key}
    )
    language = translation.get_language() or settings.LANGUAGE_CODE
    candidates = _candidates(page_model, links, "page", user, language)
    return _chosen(candidates.order_by(*ordering, "pk"), language)
