"""What a page says of itself at its top: a translation older than its
source (with a link to the source), the languages it exists in, and that it
is for members only."""

import pytest
from bs4 import BeautifulSoup
from wagtail.models import Page

from practices.factories import PracticePageFactory
from tests.helpers import publish
from tests.i18n.conftest import DECEMBER_3, NOVEMBER_2, TITLES, make_stale

pytestmark = pytest.mark.django_db

MARKER = {
    "en": "Members only This page is visible to members of the network only.",
    "fr": "Réservé aux membres Cette page n’est visible que par les membres du réseau.",
    "de": "Nur für Mitglieder Diese Seite ist nur für Mitglieder des Netzwerks sichtbar.",
}


def soup_of(response):
    assert response.status_code == 200, response.status_code
    return BeautifulSoup(response.content.decode(), "html.parser")


def text(element):
    return " ".join(element.get_text(" ").split())


def test_a_translation_older_than_its_source_says_so_at_the_top_with_a_link_to_it(
    client, make_translated
):
    pages = make_translated(["fr", "de"])
    make_stale(pages, DECEMBER_3, NOVEMBER_2)
    main = soup_of(client.get(pages["de"].url)).find("main")
    notice = main.find(class_="translation-notice")
    assert main.find("h1").find_previous(class_="translation-notice") is notice  # above the title
    assert text(notice) == (
        "Die englische Fassung wurde am 3. Dezember 2026 nach dieser Übersetzung aktualisiert. "
        f"Die englische Fassung lesen: {TITLES['en']}"
    )
    link = notice.find("a")
    assert link["href"] == pages["en"].url
    assert link["hreflang"] == "en" and link["lang"] == "en"


def test_an_up_to_date_translation_and_the_source_carry_no_notice(client, make_translated):
    pages = make_translated(["fr", "de"])
    make_stale(pages, NOVEMBER_2, DECEMBER_3)
    for language in ("en", "fr", "de"):
        assert soup_of(client.get(pages[language].url)).find(class_="translation-notice") is None


def test_the_source_published_again_makes_its_translations_stale(client, make_translated):
    pages = make_translated(["fr"])
    assert soup_of(client.get(pages["fr"].url)).find(class_="translation-notice") is None
    publish(pages["en"])
    notice = soup_of(client.get(pages["fr"].url)).find(class_="translation-notice")
    assert "La version anglaise a été mise à jour le" in text(notice)


def test_the_not_yet_available_page_lists_each_version_under_its_own_title(client, make_translated):
    pages = make_translated(["fr", "de"])
    response = client.get(pages["es"].url)
    assert response.status_code == 404
    links = BeautifulSoup(response.content.decode(), "html.parser").select(".available-languages a")
    assert [(link["lang"], link["hreflang"], text(link), link["href"]) for link in links] == [
        (code, code, TITLES[code], pages[code].url) for code in ("en", "fr", "de")
    ]


def test_the_switcher_lists_the_languages_a_page_exists_in_and_says_how_many(
    client, make_translated
):
    pages = make_translated(["fr"])
    switcher = soup_of(client.get(pages["fr"].url)).select_one("nav.language-switcher")
    assert text(switcher.select_one(".visually-hidden")) == "Cette page existe en 2 langues :"
    assert [(item["lang"], text(item)) for item in switcher.select("li > *")] == [
        ("en", "English"),
        ("fr", "Français"),
    ]


def members_only_practice(translated):
    pages = translated(["fr"])
    source = pages["en"]
    source.members_only = True
    publish(source)
    return pages


def test_a_members_only_page_says_so_at_its_top_in_every_language_it_exists_in(
    member_client, editor_client, make_translated
):
    pages = members_only_practice(make_translated)
    for client in (member_client, editor_client):
        for language in ("en", "fr"):
            main = soup_of(client.get(pages[language].url)).find("main")
            marker = main.find(class_="members-only-marker")
            assert text(marker) == MARKER[language]
            assert main.find("h1").find_previous(class_="members-only-marker") is marker


def test_a_public_page_and_its_translations_carry_no_members_only_marker(
    member_client, make_translated
):
    pages = make_translated(["fr"])
    for language in ("en", "fr"):
        page = soup_of(member_client.get(pages[language].url))
        assert page.find(class_="members-only-marker") is None


def test_a_page_below_a_members_only_page_carries_the_marker(member_client):
    from home.models import HomePage, StandardPage

    home = HomePage.objects.get(locale__language_code="de")
    parent = StandardPage(title="Interner Bereich", members_only=True)
    home.add_child(instance=parent)
    publish(parent)
    child = StandardPage(title="Protokolle", members_only=False)
    parent.add_child(instance=child)
    child = publish(child)
    marker = soup_of(member_client.get(child.url)).find(class_="members-only-marker")
    assert text(marker) == MARKER["de"]


def test_a_members_only_draft_in_preview_carries_the_marker(editor_client):
    page = PracticePageFactory.in_language("en", publish=False, live=False, members_only=True)
    assert not Page.objects.get(pk=page.pk).live
    response = editor_client.get(f"/admin/pages/{page.pk}/view_draft/")
    marker = soup_of(response).find(class_="members-only-marker")
    assert text(marker) == MARKER["en"]
