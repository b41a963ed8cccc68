"""``{% member_map %}``: the map of the network's member cities, with the list
of the cities beside it (the map's text alternative).

On the home page it links each city to the practice library filtered by the
city's organisations; given a listing page (``{% member_map listing=page %}``
in the expert directory), to that listing. A city none of whose
organisations has an entry the reader may see links to its item in the list.
"""

from urllib.parse import urlencode

from django import template
from django.conf import settings
from django.utils import translation

from cms import cache, i18n
from cms.visibility import can_view_members_content, visible_pages
from network.models import Organisation
from practices import map as europe
from practices.models import ExpertIndexPage, ExpertPage, PracticeIndexPage, PracticePage

register = template.Library()


def member_organisations():
    """The default-locale organisations of the network's members that have a
    place on the map, in the reader's language, ordered by city."""
    organisations = Organisation.objects.filter(
        locale__language_code=settings.LANGUAGE_CODE,
        role__in=Organisation.MEMBER_ROLES,
        latitude__isnull=False,
        longitude__isnull=False,
    ).order_by("city", "name")
    sources = list(organisations)
    return list(zip(sources, i18n.localize(sources), strict=True))


def with_entries(listing, user):
    """The slugs of the organisations that have an entry in ``listing`` the
    reader may see, in any language."""
    if listing is None:
        return set()
    model = ExpertPage if isinstance(listing, ExpertIndexPage) else PracticePage
    pages = visible_pages(model.objects.all(), user)
    return set(pages.order_by().values_list("organisation__slug", flat=True).distinct())


def cities(listing, user):
    """One entry per place: its name and country in the reader's language,
    its organisations, its link and its position on the map."""
    entries = with_entries(listing, user)
    places = {}
    for source, organisation in member_organisations():
        key = (source.latitude, source.longitude)
        place = places.setdefault(
            key,
            {
                "name": organisation.city or source.city,
                "slug": source.slug,
                "country": source.country.name,
                "latitude": float(source.latitude),
                "longitude": float(source.longitude),
                "organisations": [],
                "slugs": [],
                "coordinator": False,
            },
        )
        place["organisations"].append(organisation.name)
        place["coordinator"] |= source.role == Organisation.Role.COORDINATOR
        if source.slug in entries:
            place["slugs"].append(source.slug)
    result = []
    for place in sorted(places.values(), key=lambda item: item["name"]):
        if place["slugs"]:
            query = urlencode({"organisation": place["slugs"]}, doseq=True)
            place["url"] = f"{listing.url}?{query}"
        else:
            place["url"] = f"#member-city-{place['slug']}"
        result.append(place)
    return europe.place(result)


@register.inclusion_tag("practices/includes/member_map.html", takes_context=True)
def member_map(context, listing=None):
    request = context.get("request")
    user = getattr(request, "user", None)
    page = context.get("page")
    members = can_view_members_content(user)

    def build():
        # Plain data, the same for every reader of the language with the
        # same access: kept in the shared cache until the next purge (a
        # page, an organisation or a membership changed).
        shown, kind = listing, "practices"
        if shown is None and page is not None:
            shown = PracticeIndexPage.objects.child_of(page).live().first()
        elif isinstance(shown, ExpertIndexPage):
            kind = "experts"
        return {"cities": cities(shown, user), "kind": kind}

    key = (
        "member-map",
        translation.get_language(),
        getattr(page, "pk", None),
        getattr(listing, "pk", None),
        members,
    )
    _min_x, _min_y, _scale, height = europe.frame()
    return {
        **cache.fragment(key, build),
        "outline": europe.outline(),
        "width": europe.WIDTH,
        "height": height,
        "radius": europe.POINT_RADIUS,
        "focus_radius": europe.POINT_RADIUS + 4,
    }
