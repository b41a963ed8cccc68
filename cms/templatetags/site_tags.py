from django import template
from django.utils import translation
from wagtail.models import Page, Site

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
    if home is not None:
        children = visible_pages(home.get_children(), request.user).filter(show_in_menus=True)
        current_path = getattr(context.get("page"), "path", "")
        for child in children:
            items.append(
                {
                    "title": child.title,
                    "url": child.get_url(request),
                    "active": current_path.startswith(child.path),
                }
            )
    return {"items": items, "home_url": home.get_url(request) if home else "/"}


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
