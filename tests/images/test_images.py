"""Images as a reader meets them: practices, experts and cities show
responsive renditions with alternative text, and the rendition files follow
the members-only rule."""

import io
import re
from html.parser import HTMLParser

import pytest
from django.core.files.images import ImageFile
from django.core.management import call_command
from PIL import Image as PILImage
from wagtail.images import get_image_model

from network.models import Organisation
from practices.models import ExpertPage, PracticeIndexPage, PracticePage
from tests.conftest import login
from tests.helpers import practice, publish

pytestmark = pytest.mark.django_db


class Tags(HTMLParser):
    """Every element's attributes, by tag name."""

    def __init__(self, html):
        super().__init__()
        self.found = []
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        self.found.append((tag, dict(attrs)))

    handle_startendtag = handle_starttag

    def all(self, tag):
        return [attrs for name, attrs in self.found if name == tag]


def pictures(response):
    assert response.status_code == 200
    tags = Tags(response.content.decode())
    return tags.all("img"), tags.all("source")


def urls(srcset):
    return [item.strip().split(" ")[0] for item in srcset.split(",")]


def public_practice():
    return PracticePage.objects.filter(
        locale__language_code="en", members_only=False, lead_image__isnull=False
    ).first()


def test_a_practice_page_shows_its_lead_image_with_srcset_and_alternative_text(client):
    page = public_practice()
    images, sources = pictures(client.get(page.url))
    lead = [img for img in images if img.get("srcset")]
    assert lead, "no responsive image"
    img = lead[0]
    assert img["alt"].strip() == page.lead_image.description
    assert img["alt"].startswith("Illustration")
    assert len(urls(img["srcset"])) >= 2
    assert img["sizes"] and img["width"] and img["height"]
    # the first thing a reader sees is not left to load late
    assert img["loading"] == "eager" and img["decoding"] == "async"
    assert any(source.get("type") == "image/webp" and source.get("srcset") for source in sources)


def test_the_french_page_marks_the_english_alternative_text_as_english(client):
    page = practice(public_practice().slug, "fr")
    images, _sources = pictures(client.get(page.url))
    lead = [img for img in images if img.get("srcset")][0]
    assert lead["alt"] and lead["lang"] == "en"


def test_an_expert_page_shows_an_illustrated_portrait_never_a_photograph(client):
    expert = ExpertPage.objects.filter(locale__language_code="en", members_only=False).first()
    images, _sources = pictures(client.get(expert.url))
    portrait = [img for img in images if img.get("srcset")][0]
    assert portrait["alt"].startswith("Illustrative portrait, not a photograph")
    assert portrait["loading"] == "lazy" and portrait["srcset"]
    assert "initials" in portrait["alt"]


def test_cards_in_listings_show_the_image_as_decoration_beside_the_title(client):
    index = PracticeIndexPage.objects.get(locale__language_code="en")
    images, _sources = pictures(client.get(index.url))
    cards = [img for img in images if img.get("srcset")]
    assert cards
    # beside a link with the same title, the picture adds nothing to read
    assert all(img["alt"] == "" for img in cards)


def test_rendition_files_of_a_public_page_open_for_anonymous_readers(client):
    images, sources = pictures(client.get(public_practice().url))
    lead = [img for img in images if img.get("srcset")][0]
    webp = [source for source in sources if source.get("type") == "image/webp"][0]
    files = urls(lead["srcset"]) + urls(webp["srcset"])
    assert all(url.startswith("/files/images/") for url in files)
    for url in files:
        response = client.get(url)
        assert response.status_code == 200, url
        assert response["Content-Type"] in ("image/jpeg", "image/webp")
        assert "public" in response["Cache-Control"]


def new_image(title):
    buffer = io.BytesIO()
    PILImage.new("RGB", (320, 180), (30, 80, 140)).save(buffer, "PNG")
    image = get_image_model()(
        title=title,
        description="A blue rectangle",
        file=ImageFile(io.BytesIO(buffer.getvalue()), name=f"{title}.png"),
    )
    image.save()
    return image


def test_rendition_files_of_an_image_only_a_members_only_page_shows_are_for_members(client):
    page = PracticePage.objects.filter(locale__language_code="en", members_only=True).first()
    page.lead_image = new_image("members-only-lead")
    publish(page)
    member = login("member")
    images, _sources = pictures(member.get(page.url))
    files = urls([img for img in images if img.get("srcset")][0]["srcset"])
    for url in files:
        assert member.get(url).status_code == 200
        assert "no-store" in member.get(url)["Cache-Control"]
        response = client.get(url)
        assert response.status_code == 302 and "/accounts/login/" in response["Location"]
        assert login("eastbridge").get(url).status_code == 403


def test_member_cities_have_an_image_and_a_place_on_the_map():
    cities = Organisation.objects.filter(
        locale__language_code="en", role__in=Organisation.MEMBER_ROLES
    )
    assert cities.count() >= 12
    for organisation in cities:
        assert organisation.image and organisation.image.description, organisation
        assert organisation.latitude and organisation.longitude, organisation


def test_loading_the_demo_twice_makes_no_new_image():
    model = get_image_model()
    before = (model.objects.count(), model.get_rendition_model().objects.count())
    assert before[0] >= 24
    call_command("load_demo", quiet_accounts=True, stdout=io.StringIO())
    assert (model.objects.count(), model.get_rendition_model().objects.count()) == before


def test_no_page_shows_an_image_without_alternative_text(client):
    for page in (public_practice(), ExpertPage.objects.filter(locale__language_code="en").first()):
        html = client.get(page.url).content.decode()
        for tag in re.findall(r"<img\b[^>]*>", html):
            assert re.search(r'\balt="', tag), tag
