"""The map of member cities: an SVG drawn on the server with a name and a
description, a link per city, and the list of cities beside it, in every
language."""

import html as entities
import re
from html.parser import HTMLParser

import pytest
from django.utils import translation

from cms import i18n
from network.models import Organisation
from practices.models import ExpertIndexPage

pytestmark = pytest.mark.django_db

#: The places of the network's members (the partner cities, the specialised
#: organisations' and associated partners' cities, the coordinator's).
PLACES = 12


class Map(HTMLParser):
    def __init__(self, html):
        super().__init__()
        self.depth = 0
        self.svg, self.links, self.ids, self.texts = None, [], {}, {}
        self.list_links, self.current_id, self.in_list = [], None, False
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "svg" and "member-map-title" in attrs.get("aria-labelledby", ""):
            self.svg, self.depth = attrs, 1
        elif self.depth and tag not in ("circle", "path"):
            self.depth += 1
        if self.depth and tag == "a":
            self.links.append(attrs)
        if tag in ("title", "desc") and attrs.get("id"):
            self.current_id = attrs["id"]
            self.texts[self.current_id] = ""
        if tag == "ul" and "member-map__list" in attrs.get("class", ""):
            self.in_list = True
        if self.in_list and tag == "a":
            self.list_links.append(attrs)

    def handle_endtag(self, tag):
        if self.depth and tag not in ("circle", "path"):
            self.depth -= 1
        if tag in ("title", "desc"):
            self.current_id = None
        if tag == "ul":
            self.in_list = False

    def handle_data(self, data):
        if self.current_id:
            self.texts[self.current_id] += data


def cities_in(language):
    with translation.override(language):
        organisations = Organisation.objects.filter(
            locale__language_code="en",
            role__in=Organisation.MEMBER_ROLES,
            latitude__isnull=False,
        )
        return {organisation.city for organisation in i18n.localize(organisations)}


@pytest.mark.parametrize(
    ("language", "name"),
    [("en", "Map of the network's member cities in Europe"), ("fr", "Carte des villes membres")],
)
def test_the_home_page_map_has_a_name_and_a_link_per_member_city(client, language, name):
    html = client.get(f"/{language}/").content.decode()
    found = Map(html)
    assert found.svg is not None, "no map"
    title_id, desc_id = found.svg["aria-labelledby"], found.svg["aria-describedby"]
    assert found.texts[title_id].startswith(name)
    assert found.texts[desc_id].strip()
    cities = cities_in(language)
    assert len(cities) == PLACES
    labels = [link["aria-label"] for link in found.links]
    assert len(labels) == PLACES
    for city in cities:
        assert any(label.startswith(city) for label in labels), city
        # the list beside the map names every city too
        pattern = rf'<li id="member-city-[^"]+">(<a [^>]*>)?{re.escape(city)}'
        assert re.search(pattern, entities.unescape(html)), city
    assert all(link.get("href") for link in found.links)


def test_a_city_links_to_its_practices(client):
    found = Map(client.get("/en/").content.decode())
    augsburg = next(link for link in found.links if link["aria-label"].startswith("Augsburg"))
    assert "organisation=augsburg" in augsburg["href"]
    listing = client.get(augsburg["href"].replace("&amp;", "&")).content.decode()
    assert "A municipal prevention network against extremism" in listing
    assert "Workshops in schools on Islam" not in listing  # a practice from Berlin


def test_the_expert_directory_has_the_map_linking_to_experts(client):
    directory = ExpertIndexPage.objects.get(locale__language_code="de")
    found = Map(client.get(directory.url).content.decode())
    assert len(found.links) == PLACES
    assert found.texts[found.svg["aria-labelledby"]].startswith("Karte der Mitgliedsstädte")
    paris = next(link for link in found.links if link["aria-label"].startswith("Paris"))
    assert paris["href"].startswith(directory.url) and "organisation=efus" in paris["href"]


def test_the_map_draws_europe_without_any_outside_request(client):
    html = client.get("/en/").content.decode()
    svg = html[html.index('<svg xmlns="http://www.w3.org/2000/svg"') :]
    svg = svg[: svg.index("</svg>")]
    assert re.search(r'<path class="land" aria-hidden="true" d="M[\d.,LMZ]+"', svg)
    assert "http" not in svg.replace('xmlns="http://www.w3.org/2000/svg"', "")
    assert "style=" not in svg and "<script" not in svg
