"""``PageIndex``: the registration base for Wagtail page types.

A page is found when it is live, not an alias (placeholders of a
synchronised tree) and not behind a Wagtail view restriction, its own or an
ancestor's; members-only is the page's effective visibility
(``cms.models.PageAccess``), so a translation, a child or a restricted
subtree is never more public than the rule says. Translations share a
translation key; each one's "language" facet lists the languages the record
is published in.
"""

import re
from html import unescape

from wagtail.models import Page, PageViewRestriction, Site

from cms.models import PageAccess
from search.registry import Fields, Index


class PageIndex(Index):
    select_related = ("locale",)

    def queryset(self):
        return self.model.objects.live().filter(alias_of__isnull=True)

    def group(self, pages):
        keys = {page.translation_key for page in pages}
        return [page.specific for page in Page.objects.filter(translation_key__in=keys)]

    def prefetch(self, pages, context):
        state = context.state(PageIndex)
        if "restricted_paths" not in state:
            state["restricted_paths"] = list(
                PageViewRestriction.objects.values_list("page__path", flat=True)
            )
            # Wagtail caches the sites' root paths on the object it is
            # given: handing every page the same copy saves a look-up per URL.
            state["site_root_paths"] = Site.get_site_root_paths()
            state["url_prefixes"] = {}
            state["available"] = {}
        keys = {page.translation_key for page in pages} - state["available"].keys()
        if keys:
            available = state["available"]
            for key in keys:
                available[key] = []
            rows = (
                Page.objects.live()
                .filter(alias_of__isnull=True, translation_key__in=keys)
                .values_list("translation_key", "locale__language_code")
            )
            for key, code in rows:
                available[key].append(code)
        # The effective visibility (cms.visibility): the page's own flag may
        # say public while its source or an ancestor says members only.
        state["members_only"] = dict(
            PageAccess.objects.filter(page_id__in=[page.pk for page in pages]).values_list(
                "page_id", "members_only"
            )
        )

    def is_searchable(self, page, context):
        if not page.live or page.alias_of_id is not None:
            return False
        paths = context.state(PageIndex)["restricted_paths"]
        return not any(page.path.startswith(path) for path in paths)

    def members_only(self, page, context):
        """The page's effective state; a page with none worked out yet is
        treated as members-only until it has one."""
        return context.state(PageIndex)["members_only"].get(page.pk, True)

    def url(self, page, context):
        """The page's URL. Siblings of one type differ only in their slug,
        so Wagtail's routing (the site, the language prefix, ``reverse``) is
        asked once per parent, type and locale: asking it per page was a
        sixth of a full rebuild."""
        state = context.state(PageIndex)
        tail = f"{page.slug}/"
        key = (type(page), page.path[: -page.steplen], page.locale_id)
        prefix = state["url_prefixes"].get(key)
        if prefix is None:
            page._wagtail_cached_site_root_paths = state["site_root_paths"]
            url = page.get_url() or ""
            if not (url.endswith(tail) and page.url_path.endswith(tail)):
                return url  # no site serves it, or it is a site's root
            prefix = state["url_prefixes"][key] = url[: -len(tail)]
        return prefix + tail

    def fields(self, page, context, **values):
        """``Fields`` with what every page has filled in."""
        state = context.state(PageIndex)
        return Fields(
            title=page.title,
            summary=getattr(page, "summary", ""),
            url=self.url(page, context),
            locale=page.locale.language_code,
            translation_key=page.translation_key,
            members_only=self.members_only(page, context),
            published_at=page.first_published_at,
            available_locales=sorted(state["available"].get(page.translation_key, [])),
            **values,
        )

    def document(self, page, context):
        """The page's ``Fields``, or None when it must not be found; what a
        page type adds (facets, text) comes from ``content``."""
        if not self.is_searchable(page, context):
            return None
        return self.fields(page, context, **self.content(page, context))

    def content(self, page, context):
        """{``Fields`` argument: value} a page type adds to what every page
        has: its facets, public text and searched-only text."""
        return {}


def body_text(stream_value):
    """The text of a StreamField, read from the stored JSON: turning it into
    blocks first would cost more than the rest of the document. Paragraphs
    (rich text), headings and quotes ({"text": ...}) and programme items
    ({"title", "description"}) are read; other blocks are not text."""
    parts = []
    for block in stream_value.raw_data if stream_value else ():
        block_type, value = block["type"], block["value"]
        if block_type == "paragraph":
            parts.append(strip_html(value))
        elif block_type in ("heading", "quote"):
            parts.append(value.get("text") or "")
        elif block_type == "item":
            parts.extend([value.get("title") or "", value.get("description") or ""])
    return "\n".join(part for part in parts if part)


TAG = re.compile(r"<[^>]*>")


def strip_html(html):
    """Text of Wagtail's own rich text (well-formed, so a regex will do and
    is many times faster than an HTML parser on a full rebuild)."""
    return unescape(TAG.sub(" ", html or ""))
