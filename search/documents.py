"""What a practice, an expert or a session looks like to the search.

``build(page)`` turns a live, translated page into a ``SearchDocument`` (or
None when the page must not be found at all: drafts, placeholders of a
synchronised tree, pages behind a Wagtail view restriction, theirs or an
ancestor's). Only public text goes into it; members-only records (the
effective state of ``cms.visibility``) are kept with ``members_only`` so that
the query, not the index, decides who finds them.
"""

import re
from html import unescape

from django.utils import translation
from wagtail.models import Page, PageViewRestriction, Site

from cms.models import PageAccess
from search.analysis import terms
from search.models import SearchDocument

#: Many-to-many vocabularies a document is built from, per page model.
RELATED = {
    "practices.practicepage": ("topics", "forms_of_extremism", "target_groups"),
    "practices.expertpage": ("expertise",),
    "programme.sessionpage": ("topics",),
}

KINDS = {
    "practices.practicepage": SearchDocument.Kind.PRACTICE,
    "practices.expertpage": SearchDocument.Kind.EXPERT,
    "programme.sessionpage": SearchDocument.Kind.SESSION,
}


def kind_of(page):
    return KINDS.get(page.specific_class._meta.label_lower if page.specific_class else "")


class BuildContext:
    """Look-ups shared by the documents of one indexing run, so that a full
    rebuild costs a few queries per batch rather than a dozen per page."""

    def __init__(self, translation_keys=None):
        self._names = {}
        self._objects = {}
        self._related = {}
        self._members_only = {}
        pages = Page.objects.live().filter(alias_of__isnull=True)
        if translation_keys is not None:
            pages = pages.filter(translation_key__in=translation_keys)
        self.available = {}
        for key, code in pages.values_list("translation_key", "locale__language_code"):
            self.available.setdefault(key, []).append(code)
        self.restricted_paths = list(
            PageViewRestriction.objects.values_list("page__path", flat=True)
        )
        # Wagtail caches the sites' root paths on the object it is given:
        # handing every page the same copy saves a cache look-up per URL.
        self.site_root_paths = Site.get_site_root_paths()
        self._url_prefixes = {}

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

    def prefetch(self, pages):
        """Fetch the many-to-many terms (topics, forms, groups, expertise) of
        ``pages`` with one query per relation, from the link tables.

        The terms themselves are small vocabularies, loaded once per run;
        ``prefetch_related`` would build a model instance per link instead
        (two thirds of a full rebuild's time at 100,000 documents).
        """
        self._related = {}
        # The effective visibility (cms.visibility): the page's own flag may
        # say public while its source or an ancestor says members only.
        self._members_only = dict(
            PageAccess.objects.filter(page_id__in=[page.pk for page in pages]).values_list(
                "page_id", "members_only"
            )
        )
        by_model = {}
        for page in pages:
            by_model.setdefault(type(page), []).append(page.pk)
        for model, ids in by_model.items():
            for name in RELATED.get(model._meta.label_lower, ()):
                field = model._meta.get_field(name)
                through = field.remote_field.through
                source = field.m2m_field_name()
                target = field.m2m_reverse_field_name()
                objects = self._vocabulary(field.related_model)
                links = {page_id: [] for page_id in ids}
                rows = (
                    through.objects.filter(**{f"{source}__in": ids})
                    .order_by("pk")
                    .values_list(f"{source}_id", f"{target}_id")
                )
                for page_id, object_id in rows:
                    links[page_id].append(objects[object_id])
                for page_id, linked in links.items():
                    self._related[(page_id, name)] = linked

    def _vocabulary(self, model):
        if model not in self._objects:
            self._objects[model] = model._default_manager.in_bulk()
        return self._objects[model]

    def members_only(self, page):
        """The page's effective state; a page with none worked out yet is
        treated as members-only until it has one."""
        return self._members_only.get(page.pk, True)

    def related(self, page, name):
        """The terms linked to ``page`` through ``name`` (see ``prefetch``)."""
        return self._related[(page.pk, name)]

    def url(self, page):
        """The page's URL. Siblings of one type differ only in their slug,
        so Wagtail's routing (the site, the language prefix, ``reverse``) is
        asked once per parent, type and locale: asking it per page was a
        sixth of a full rebuild."""
        tail = f"{page.slug}/"
        key = (type(page), page.path[: -page.steplen], page.locale_id)
        prefix = self._url_prefixes.get(key)
        if prefix is None:
            page._wagtail_cached_site_root_paths = self.site_root_paths
            url = page.get_url() or ""
            if not (url.endswith(tail) and page.url_path.endswith(tail)):
                return url  # no site serves it, or it is a site's root
            prefix = self._url_prefixes[key] = url[: -len(tail)]
        return prefix + tail

    def available_locales(self, page):
        return sorted(self.available.get(page.translation_key, []))

    def is_restricted(self, page):
        return any(page.path.startswith(path) for path in self.restricted_paths)


def is_searchable(page, context):
    if not page.live or page.alias_of_id is not None or kind_of(page) is None:
        return False
    return not context.is_restricted(page)


def body_text(stream_value):
    """The text of a body or programme, read from the stored JSON: turning
    it into blocks first would cost more than the rest of the document."""
    parts = []
    for block in stream_value.raw_data if stream_value else ():
        block_type, value = block["type"], block["value"]
        if block_type == "paragraph":
            parts.append(_strip_html(value))
        elif block_type in ("heading", "quote"):
            parts.append(value.get("text") or "")
        elif block_type == "item":  # session programme
            parts.extend([value.get("title") or "", value.get("description") or ""])
    return "\n".join(part for part in parts if part)


TAG = re.compile(r"<[^>]*>")


def _strip_html(html):
    """Text of Wagtail's own rich text (well-formed, so a regex will do and
    is many times faster than an HTML parser on a full rebuild)."""
    return unescape(TAG.sub(" ", html or ""))


def build(page, context=None):
    """The search document of one page, or None if it must not be found."""
    page = page.specific
    if context is None:
        context = BuildContext([page.translation_key])
        context.prefetch([page])
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
        topics = context.related(page, "topics")
        forms = context.related(page, "forms_of_extremism")
        groups = context.related(page, "target_groups")
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
        expertise = context.related(page, "expertise")
        facets["topic"] = [t.slug for t in expertise]
        biography = _strip_html(page.biography)
        texts += [page.role, biography, page.availability, *names(expertise)]
        public_text += [page.role, biography]
    else:
        topics = context.related(page, "topics")
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
        url=context.url(page),
        members_only=context.members_only(page),
        published_at=page.first_published_at,
        facets=facets,
        title_terms=" ".join(terms(page.title, language)),
        body_terms=" ".join(terms(" ".join(t for t in texts if t), language)),
    )
