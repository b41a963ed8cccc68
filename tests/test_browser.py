"""A reader's path through the site in Debian's Chromium (never a downloaded browser)."""

import pytest

from programme.models import SessionPage
from tests.helpers import practice
from tests.listings.browser_steps import the_library_on_a_phone_and_on_a_desktop

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def browser_page(chromium):
    page = chromium.new_page()
    yield page


def test_reader_journeys(live_server, browser_page, chromium):
    """One test, because the live server empties the database after each test
    and the demo network takes a minute to load: a second test would see the
    404 page of an empty site."""
    keyboard_user_skips_to_the_main_content_of_a_practice(live_server, browser_page)
    french_reader_switches_to_german_and_follows_a_practice_to_its_session(
        live_server, browser_page
    )
    italian_reader_searches_narrows_by_two_facets_widens_to_all_languages_and_opens_a_result(
        live_server, browser_page
    )
    keyboard_user_opens_a_city_of_the_member_map(live_server, browser_page)
    the_library_on_a_phone_and_on_a_desktop(live_server, chromium)


def french_reader_switches_to_german_and_follows_a_practice_to_its_session(
    live_server, browser_page
):
    german_practice = practice("municipal-prevention-network", "de")
    session = SessionPage.objects.get(slug="augsburg-2015")
    german_session = SessionPage.objects.get(
        translation_key=session.translation_key, locale__language_code="de"
    )

    browser_page.goto(f"{live_server.url}/fr/")
    assert browser_page.locator("html").get_attribute("lang") == "fr"

    browser_page.get_by_role("navigation", name="Langues de cette page").get_by_role(
        "link", name="Deutsch"
    ).click()
    browser_page.wait_for_url(f"{live_server.url}/de/")
    assert browser_page.locator("html").get_attribute("lang") == "de"

    browser_page.get_by_role("navigation", name="Hauptnavigation").get_by_role(
        "link", name="Praxisbeispiele"
    ).click()
    browser_page.get_by_role("link", name=german_practice.title).click()
    assert browser_page.get_by_role("heading", level=1).inner_text() == german_practice.title

    browser_page.get_by_role("link", name=german_session.title).click()
    assert browser_page.get_by_role("heading", level=1).inner_text() == german_session.title
    assert browser_page.url.endswith(german_session.url)


def italian_reader_searches_narrows_by_two_facets_widens_to_all_languages_and_opens_a_result(
    live_server, browser_page
):
    browser_page.goto(f"{live_server.url}/it/")
    header_search = browser_page.get_by_role("search").first
    header_search.get_by_role("searchbox").fill("scuola")
    header_search.get_by_role("button").click()
    browser_page.wait_for_url("**/it/search/?q=scuola")
    assert "<mark>" in browser_page.locator("ol.results").inner_html()
    before = browser_page.locator("ol.results > li").count()

    browser_page.locator('input[name="kind"][value="practice"]').check()
    browser_page.locator('input[name="topic"][value="school-resilience"]').check()
    browser_page.locator("aside button[type=submit]").click()
    browser_page.wait_for_url("**topic=school-resilience**")
    narrowed = browser_page.locator("ol.results > li")
    assert 0 < narrowed.count() <= before
    # every result shows its kind badge first, in Italian
    kinds = narrowed.locator(".meta > .badge:first-child").all_inner_texts()
    assert kinds == ["Pratica"] * narrowed.count()

    browser_page.locator('input[name="languages"][value="all"]').check()
    browser_page.locator(".search-form__row button[type=submit]").click()
    browser_page.wait_for_url("**languages=all**")
    widened = browser_page.locator("ol.results > li")
    assert widened.count() >= narrowed.count()

    first = widened.first.locator("h3 a")
    title = first.inner_text()
    first.click()
    assert browser_page.get_by_role("heading", level=1).inner_text() == title


def keyboard_user_skips_to_the_main_content_of_a_practice(live_server, browser_page):
    english_practice = practice("municipal-prevention-network")
    response = browser_page.goto(f"{live_server.url}{english_practice.url}")
    assert response.status == 200
    assert browser_page.get_by_role("heading", level=1).inner_text() == english_practice.title

    browser_page.keyboard.press("Tab")  # the skip link is the first stop ...
    focused = browser_page.evaluate("document.activeElement.getAttribute('href')")
    assert focused == "#main"
    browser_page.keyboard.press("Enter")  # ... and takes the reader to the content
    assert browser_page.evaluate("document.activeElement.id") == "main"


def keyboard_user_opens_a_city_of_the_member_map(live_server, browser_page):
    """The map of member cities is a group named by its title; each city is a
    link reached with the Tab key, named after the city, and opens its
    practices."""
    browser_page.goto(f"{live_server.url}/de/")
    member_map = browser_page.get_by_role(
        "group", name="Karte der Mitgliedsstädte des Netzwerks in Europa"
    )
    city = member_map.get_by_role(
        "link", name="Augsburg (Deutschland): Praxisbeispiele aus dieser Stadt"
    )
    assert city.count() == 1
    for _step in range(120):
        browser_page.keyboard.press("Tab")
        if browser_page.evaluate(
            "document.activeElement.getAttribute('aria-label') || ''"
        ).startswith("Augsburg"):
            break
    else:
        raise AssertionError("the city on the map is not reached with the keyboard")
    browser_page.keyboard.press("Enter")
    browser_page.wait_for_url("**organisation=augsburg**")
    title = practice("municipal-prevention-network", "de").title
    assert browser_page.get_by_role("link", name=title).count() == 1
