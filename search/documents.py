"""What a practice, an expert or a session looks like to the search.

``build(page)`` turns a live, translated page into a ``SearchDocument`` (or
None when the page must not be found at all: drafts, placeholders of a
synchronised tree, pages behind a Wagtail view restriction). Only public
text goes into it; members-only records are kept with ``members_only`` so
that the query, not the index, decides who finds them.
"""

import re
from html import unescape

from django.utils import translation
from wagtail.models import Page, PageViewRestriction

from search.analysis import terms
from search.models import SearchDocument

KINDS = {
    "practices.practicepage": SearchDocument.Kind.PRACTICE,
    "practices.expertpage": SearchDocument.Kind.EXPERT,
    "network.sessionpage": SearchDocument.Kind.SESSION,
}


def kind_of(page):
    return KINDS.get(page.specific_class._meta.label_lower if page.specific_class else "")


class BuildContext:
    """Look-ups shared by the documents of one indexing run, so that a full
    rebuild costs a few queries per batch rather than a dozen per page."""

    def __init__(self, translation_keys=None):
        self._names = {}
        pages = Page.objects.live().filter(alias_of__isnull=True)
        if translation_keys is not None:
            pages = pages.filter(translation_key__in=translation_keys)
        self.available = {}
        for key, code in pages.values_list("translation_key", "locale__language_code"):
            self.available.setdefault(key, []).append(code)
        self.restricted_paths = list(
            PageViewRestriction.objects.values_list("page__path", flat=True)
        )

    def names(self, objects, language):
        """Reader's-language names of default-locale terms or organisations."""
        objects = [obj for obj in objects if obj is not None]
        if not objects:
            return []
        model = type(objects[0])
        key = (model, language)
        if key not in self._names:
            by_translation_key = dict(
                model._default_manager.filter(locale__language_code=language).values_list(
                    "translation_key", "name"
                )
            )
            self._names[key] = by_translation_key
        names = self._names[key]
        return [names.get(obj.translation_key, obj.name) for obj in objects]

    def available_locales(self, page):
        return sorted(self.available.get(page.translation_key, []))

    def is_restricted(self, page):
        return any(page.path.startswith(path) for path in self.restricted_paths)


def is_searchable(page, context):
    if not page.live or page.alias_of_id is not None or kind_of(page) is None:
        return False
    return not context.is_restricted(page)


def body_text(stream_value):
    parts = []
    for block in stream_value or []:
        value = block.value
        if block.block_type == "paragraph":
            parts.append(_strip_html(value.source))
        elif block.block_type == "heading" or block.block_type == "quote":
            parts.append(value["text"])
        elif block.block_type == "item":  # session programme
            parts.extend([value["title"], value.get("description") or ""])
    return "\n".join(part for part in parts if part)


TAG = re.compile(r"<[^>]*>")


def _strip_html(html):
    """Text of Wagtail's own rich text (well-formed, so a regex will do and
    is many times faster than an HTML parser on a full rebuild)."""
    return unescape(TAG.sub(" ", html or ""))


def build(page, context=None):
    """The search document of one page, or None if it must not be found."""
    page = page.specific
    context = context or BuildContext([page.translation_key])
    if not is_searchable(page, context):
        return None
    language = page.locale.language_code
    with translation.override(language):
        return _build(page, language, context)


def _build(page, language, context):
    def names(objects):
        return context.names(objects, language)

    kind = kind_of(page)
    organisation = getattr(page, "organisation", None) or getattr(page, "host", None)
    organisation_names = names([organisation]) if organisation else []
    facets = {
        "kind": [kind],
        "language": context.available_locales(page),
    }
    if getattr(page, "country", None):
        facets["country"] = [page.country.code]
    if organisation:
        facets["organisation"] = [organisation.slug]
    texts = [page.summary, *organisation_names]
    public_text = [page.summary]
    if kind == SearchDocument.Kind.PRACTICE:
        topics = list(page.topics.all())
        forms = list(page.forms_of_extremism.all())
        groups = list(page.target_groups.all())
        facets.update(
            topic=[t.slug for t in topics],
            form=[f.slug for f in forms],
            target=[g.slug for g in groups],
            approach=[page.approach],
            evidence=[page.evidence_level],
            year=[str(page.year_started)],
        )
        texts += names(topics) + names(forms) + names(groups)
        if not page.body_members_only:
            body = body_text(page.body)
            texts.append(body)
            public_text.append(body)
    elif kind == SearchDocument.Kind.EXPERT:
        expertise = list(page.expertise.all())
        facets["topic"] = [t.slug for t in expertise]
        biography = _strip_html(page.biography)
        texts += [page.role, biography, page.availability, *names(expertise)]
        public_text += [page.role, biography]
    else:
        topics = list(page.topics.all())
        facets["topic"] = [t.slug for t in topics]
        facets["year"] = [str(page.start_date.year)]
        programme = body_text(page.programme)
        texts += [page.city, page.venue, programme, *names(topics)]
        public_text += [page.city, programme]
    return SearchDocument(
        page_id=page.pk,
        kind=kind,
        locale=language,
        translation_key=page.translation_key,
        title=page.title,
        summary=page.summary,
        text="\n".join(part for part in public_text if part)[:20000],
        url=page.get_url() or "",
        members_only=page.members_only,
        published_at=page.first_published_at,
        facets=facets,
        title_terms=" ".join(terms(page.title, language)),
        body_terms=" ".join(terms(" ".join(t for t in texts if t), language)),
    )
