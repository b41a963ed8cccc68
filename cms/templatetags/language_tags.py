"""Language names in the interface, and the status of the page being read.

- ``autonym``: a language named in itself ("Français"), for the switcher.
- ``language_in_sentence``: named in the reader's language as it reads inside
  a sentence ("anglais", "inglese", "Englisch").
- ``in_language``: "in <language>" in the reader's language ("en anglais",
  "auf Englisch").
- ``date_in_sentence``: a date inside a sentence ("3 dicembre 2026").
- ``{% page_status %}``: the notices at the top of a page: a translation
  older than its source, a page for members only.
"""

from django import template
from wagtail.models import Page

from cms import i18n, visibility

register = template.Library()


@register.filter
def autonym(code):
    return i18n.language_autonym(code)


@register.filter
def language_in_sentence(code):
    return i18n.language_name_in_sentence(code)


@register.filter
def in_language(code):
    return i18n.in_language(code)


@register.filter
def date_in_sentence(value):
    return i18n.date_in_sentence(value)


def _members_only(page, current):
    if current is not None:
        return current["members_only"]
    if isinstance(page, Page) and page.pk and hasattr(page, "members_only"):
        # Not among the published translations (a preview, a placeholder):
        # ask the rule (one query, on these pages only).
        return visibility.page_is_members_only(page)
    return False


@register.inclusion_tag("includes/page_status.html", takes_context=True)
def page_status(context):
    """What the reader should know before reading: whether the source of
    this translation changed since (with a link to it) and whether the page
    is for members only. Everything comes from ``translations``
    (``cms.i18n.page_translations``); no query for a published page."""
    translations = context.get("translations") or []
    page = context.get("page")
    current = next((item for item in translations if item["is_current"]), None)
    source = next((item for item in translations if item["is_source"]), None)
    return {
        "stale": current if current is not None and current["stale"] else None,
        "source": source,
        "members_only": _members_only(page, current),
    }
