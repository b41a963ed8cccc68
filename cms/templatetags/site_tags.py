from django import template
from django.db.models import Q, Subquery
from django.utils import translation
from wagtail.admin.templatetags.wagtailuserbar import wagtailuserbar
from wagtail.models import Page

from cms import cache, visibility
from cms.models import SiteSettings
from cms.sites import find_site

register = template.Library()


def localized_home(request):
    """The site's home page in the reader's language (the one chosen for the
    site where it has no translation); None without a site."""
    site = find_site(request)
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


def _home(request):
    """{url, path} of ``localized_home``, from the shared cache (per site and
    language): the header links it on every page."""
    site = find_site(request)
    if site is None:
        return None

    def build():
        home = localized_home(request)
        return {"url": home.get_url(request), "path": home.path}

    return cache.fragment(("home", site.pk, translation.get_language()), build)


def _menu_items(request, home):
    """The sections shown in the menu, as plain data from the shared cache,
    per site, language and whether the reader sees members-only pages (the
    only thing about the reader the menu depends on)."""
    members = visibility.can_view_members_content(request.user)
    site = find_site(request)

    def build():
        children = Page.objects.filter(
            path__startswith=home["path"], depth=len(home["path"]) // Page.steplen + 1
        ).order_by("path")
        visible = visibility.visible_pages(children, request.user).filter(show_in_menus=True)
        return [
            {"title": child.title, "url": child.get_url(request), "path": child.path}
            for child in visible
        ]

    return cache.fragment(("menu", site.pk, translation.get_language(), members), build)


@register.inclusion_tag("includes/main_menu.html", takes_context=True)
def main_menu(context):
    """The sections of the reader's-language home page, for the header."""
    request = context["request"]
    home = _home(request)
    current_path = getattr(context.get("page"), "path", "")
    items = []
    if home is not None:
        for item in _menu_items(request, home):
            items.append(
                {
                    "title": item["title"],
                    "url": item["url"],
                    "active": current_path.startswith(item["path"]),
                    "current": current_path == item["path"],
                }
            )
    return {
        "items": items,
        "home_url": home["url"] if home else "/",
        "is_home": home is not None and current_path == home["path"],
    }


@register.simple_tag(takes_context=True)
def home_url(context):
    home = _home(context["request"])
    return home["url"] if home else "/"


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
    """The footer's legal pages (in the reader's language where translated:
    ``url``, ``title``, ``language_code``, ``untranslated``) and contact
    details, from the site's ``cms.SiteSettings``: plain data from the shared
    cache, per site, language and whether the reader sees members-only pages."""
    request = context.get("request")
    if request is None:
        return {}
    site = find_site(request)
    members = visibility.can_view_members_content(request.user)

    def build():
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
        pages = legal_pages(ids, request.user) if ids else []
        return {
            "legal_pages": [
                {
                    "url": page.get_url(request),
                    "title": page.title,
                    "language_code": page.locale.language_code,
                    "untranslated": page.untranslated,
                }
                for page in pages
            ],
            "contact_email": settings.contact_email,
            "contact_address": settings.contact_address,
        }

    if site is None:
        return {}
    return cache.fragment(("footer", site.pk, translation.get_language(), members), build)


def legal_pages(ids, user):
    """The pages ``ids`` (default-locale pages chosen in the settings), each in
    the reader's language where it is translated, else as chosen and marked
    ``untranslated``, in the settings' order: what ``cms.i18n.localize_pages``
    does, in one query for the pages (and Wagtail's restrictions) instead of
    one to load the chosen pages first."""
    language = translation.get_language()
    keys = Page.objects.filter(pk__in=ids).values("translation_key")
    candidates = visibility.visible_pages(
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


#: The session's note, from the sign-in on, of whether the person may use
#: Wagtail's admin (``remember_editor``, on ``user_logged_in``).
MAY_EDIT = "cms_may_edit"


def remember_editor(sender, request=None, user=None, **kwargs):
    """At sign-in: whether the person may use the admin, noted in their own
    session, so that the pages of the people who may not (every member) do
    not ask the permission tables each time (Wagtail's user bar asks them:
    2 queries). Rights given later show the bar from the next sign-in; the
    bar and the admin check the rights themselves whenever they are used."""
    if request is not None and hasattr(request, "session") and user is not None:
        request.session[MAY_EDIT] = user.has_perm("wagtailadmin.access_admin")


@register.simple_tag(takes_context=True)
def editors_userbar(context, position="bottom-right"):
    """Wagtail's user bar, for the people who may edit."""
    request = context.get("request")
    if request is None or not getattr(request, "session", {}).get(MAY_EDIT):
        return ""
    return wagtailuserbar(context, position)
