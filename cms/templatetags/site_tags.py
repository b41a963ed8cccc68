from django import template
from django.db.models import Q, Subquery
from django.utils import translation
from wagtail.models import Page, Site

from cms.models import SiteSettings
from cms.visibility import visible_pages

register = template.Library()


def localized_home(request):
    site = Site.find_for_request(request)
    if site is None:
        return None
    home = site.root_page
    language = translation.get_language()
    if home.locale.language_code != language:
        home = (
            Page.objects.filter(
                translation_key=home.translation_key, locale__language_code=language
            ).first()
            or home
        )
    return home


@register.inclusion_tag("includes/main_menu.html", takes_context=True)
def main_menu(context):
    """The sections of the reader's-language home page, for the header."""
    request = context["request"]
    home = localized_home(request)
    items = []
    current_path = getattr(context.get("page"), "path", "")
    if home is not None:
        children = visible_pages(home.get_children(), request.user).filter(show_in_menus=True)
        for child in children:
            items.append(
                {
                    "title": child.title,
                    "url": child.get_url(request),
                    "active": current_path.startswith(child.path),
                    "current": current_path == child.path,
                }
            )
    return {
        "items": items,
        "home_url": home.get_url(request) if home else "/",
        "is_home": home is not None and current_path == home.path,
    }


@register.simple_tag(takes_context=True)
def home_url(context):
    home = localized_home(context["request"])
    return home.get_url(context["request"]) if home else "/"


@register.simple_tag(takes_context=True)
def query_with(context, **changes):
    """The current query string with some parameters replaced (pagination, filters)."""
    query = context["request"].GET.copy()
    for key, value in changes.items():
        if value in (None, ""):
            query.pop(key, None)
        else:
            query[key] = value
    encoded = query.urlencode()
    return f"?{encoded}" if encoded else "?"


@register.filter
def language_name(code):
    try:
        return translation.get_language_info(code)["name_local"].capitalize()
    except KeyError:
        return code


@register.simple_tag(takes_context=True)
def query_without(context, name, value):
    """The current query string without one value of a repeatable parameter."""
    query = context["request"].GET.copy()
    query.setlist(name, [item for item in query.getlist(name) if item != value])
    query.pop("page", None)
    encoded = query.urlencode()
    return f"?{encoded}" if encoded else "?"


#: og:locale values (language_TERRITORY) of the site's languages.
OG_LOCALES = {"en": "en_GB", "fr": "fr_FR", "de": "de_DE", "it": "it_IT", "es": "es_ES"}


@register.filter
def og_locale(code):
    """The Open Graph locale of a language code: ``fr`` -> ``fr_FR``."""
    return OG_LOCALES.get(code, code)


@register.simple_tag(takes_context=True)
def canonical_url(context):
    """The full URL of this page: the Wagtail page's own URL, or the
    requested address (path and query) for the site's other views."""
    request = context.get("request")
    page = context.get("page")
    if isinstance(page, Page):
        url = page.get_full_url(request)
        if url:
            return url
    # The path only: a query string (``?next=``, filters) is not part of
    # the address of what is shown.
    return request.build_absolute_uri(request.path) if request is not None else ""


@register.simple_tag(takes_context=True)
def footer_settings(context):
    """The footer's legal pages (in the reader's language where translated)
    and contact details, from the site's ``cms.SiteSettings``."""
    request = context.get("request")
    if request is None:
        return {}
    settings = SiteSettings.for_request(request)
    ids = [
        pk
        for pk in (
            settings.legal_notice_page_id,
            settings.privacy_page_id,
            settings.accessibility_page_id,
        )
        if pk is not None
    ]
    return {
        "legal_pages": legal_pages(ids, request.user) if ids else [],
        "contact_email": settings.contact_email,
        "contact_address": settings.contact_address,
    }


def legal_pages(ids, user):
    """The pages ``ids`` (default-locale pages chosen in the settings), each in
    the reader's language where it is translated, else as chosen and marked
    ``untranslated``, in the settings' order: what ``cms.i18n.localize_pages``
    does, in one query for the pages (and Wagtail's restrictions) instead of
    one to load the chosen pages first."""
    language = translation.get_language()
    keys = Page.objects.filter(pk__in=ids).values("translation_key")
    candidates = visible_pages(
        Page.objects.filter(translation_key__in=Subquery(keys))
        .filter(Q(pk__in=ids) | Q(locale__language_code=language, alias_of__isnull=True))
        .select_related("locale"),
        user,
    )
    chosen, readers = {}, {}
    for page in candidates:
        if page.pk in ids:
            chosen[page.pk] = page
        if page.locale.language_code == language and page.alias_of_id is None:
            readers[page.translation_key] = page
    result = []
    for pk in ids:
        if pk not in chosen:
            continue
        page = readers.get(chosen[pk].translation_key, chosen[pk])
        page.untranslated = page.locale.language_code != language
        result.append(page)
    return result
