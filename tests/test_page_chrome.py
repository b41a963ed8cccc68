"""What every page pays for: finding the page, the menu, the language
switcher and the footer. They come from the shared cache (``cms.cache``),
so these tests change the site through real events (publish, unpublish,
move, translate, a view restriction, a settings change) and check that the
next page shows the change, and that routing keeps Wagtail's answers."""

import pytest
from django.contrib.auth import get_user_model
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from wagtail.actions.unpublish_page import UnpublishPageAction
from wagtail.models import Locale, Page, PageViewRestriction

from cms.models import SiteSettings
from exchange.models import ExchangePage
from home.models import HomePage, StandardPage
from tests.helpers import practice, publish, translate

pytestmark = pytest.mark.django_db


@pytest.fixture
def reader():
    """An anonymous reader whose requests reach the page itself: a cookie of
    no meaning keeps the whole-page cache out of these tests, which are about
    the parts every page is built from."""
    client = Client()
    client.cookies["chrome-test"] = "1"
    return client


def body(response):
    return response.content.decode()


def menu(response):
    return body(response).split('class="main-menu"')[1].split("</nav>")[0]


def switcher(response):
    return body(response).split('class="language-switcher"')[1].split("</nav>")[0]


def footer(response):
    return body(response).split('<footer class="site-footer">')[1].split("</footer>")[0]


def new_section(title, slug, **fields):
    home = HomePage.objects.get(locale__language_code="en")
    page = home.add_child(
        instance=StandardPage(title=title, slug=slug, show_in_menus=True, **fields)
    )
    return publish(page)


def test_a_new_section_appears_in_the_menu_and_leaves_it_when_unpublished(reader):
    url = practice("municipal-prevention-network").url
    assert "Harbour walks" not in menu(reader.get(url))
    section = new_section("Harbour walks", "harbour-walks")
    assert "Harbour walks" in menu(reader.get(url))
    assert section.url in menu(reader.get(url))
    section.unpublish()
    assert "Harbour walks" not in menu(reader.get(url))


def test_a_members_only_section_is_in_the_members_menu_only(reader, member_client):
    url = practice("municipal-prevention-network").url
    reader.get(url), member_client.get(url)  # both variants cached first
    new_section("Partner corner", "partner-corner", members_only=True)
    assert "Partner corner" in menu(member_client.get(url))
    assert "Partner corner" not in menu(reader.get(url))


def test_the_menu_marks_the_section_being_read(reader):
    index = Page.objects.get(locale__language_code="en", slug="practices")
    response = reader.get(practice("municipal-prevention-network").url)
    assert f'<a href="{index.url}" aria-current="true">' in menu(response)
    assert f'<a href="{index.url}" aria-current="page">' in menu(reader.get(index.url))


def test_a_new_translation_appears_in_the_switcher(reader, django_capture_on_commit_callbacks):
    source = practice("municipal-prevention-network")
    italian_page = source.get_translation_or_none(Locale.objects.get(language_code="it"))
    if italian_page is not None and italian_page.alias_of_id is None:
        pytest.skip("the demo translates this practice into Italian already")
    assert 'hreflang="it"' not in switcher(reader.get(source.url))
    italian = translate(source, "it", django_capture_on_commit_callbacks)
    assert f'href="{italian.url}" hreflang="it"' in switcher(reader.get(source.url))


def test_a_legal_page_renamed_and_published_shows_in_the_footer(reader):
    settings = SiteSettings.objects.get()
    legal = StandardPage.objects.get(pk=settings.legal_notice_page_id)
    url = practice("municipal-prevention-network").url
    assert legal.title in footer(reader.get(url))
    legal.title = "Imprint and publisher"
    publish(legal)
    assert "Imprint and publisher" in footer(reader.get(url))


def test_a_contact_address_changed_in_the_settings_shows_in_the_footer(reader):
    url = practice("municipal-prevention-network").url
    reader.get(url)
    settings = SiteSettings.objects.get()
    settings.contact_email = "desk@example.org"
    settings.save()
    assert "desk@example.org" in footer(reader.get(url))


# Routing --------------------------------------------------------------------


def test_an_unpublished_page_is_a_404_even_after_it_was_read(reader):
    page = new_section("Harbour walks", "harbour-walks")
    assert reader.get(page.url).status_code == 200
    page.unpublish()
    assert reader.get(page.url).status_code == 404


def test_a_page_below_an_unpublished_page_is_a_404(reader):
    parent = new_section("Harbour walks", "harbour-walks")
    child = publish(parent.add_child(instance=StandardPage(title="Quays", slug="quays")))
    assert reader.get(child.url).status_code == 200
    # The admin's "Unpublish" with its subpages, as an editor does it.
    editor = get_user_model().objects.filter(is_superuser=True).first()
    UnpublishPageAction(parent, user=editor, include_descendants=True).execute()
    child.refresh_from_db()
    assert reader.get(child.url).status_code == 404


def test_a_moved_page_answers_at_its_new_address_only(reader):
    page = new_section("Harbour walks", "harbour-walks")
    old_url = page.url
    assert reader.get(old_url).status_code == 200
    target = Page.objects.get(locale__language_code="en", slug="practices").specific
    other = new_section("Quays", "quays")
    page.move(other, pos="last-child")
    page.refresh_from_db()
    # Wagtail's redirects app sends the old address on; the cached route of
    # the old address is not used any more.
    moved = reader.get(old_url)
    assert (moved.status_code, moved["Location"]) == (301, page.url)
    assert reader.get(page.url).status_code == 200
    assert target  # the practice index stays where it was
    assert reader.get(target.url).status_code == 200


def test_a_routed_page_costs_one_query_to_find(reader):
    page = new_section("Harbour walks", "harbour-walks")
    reader.get(page.url)
    with CaptureQueriesContext(connection) as queries:
        assert reader.get(page.url).status_code == 200
    # The page itself (with its locale and its members-only state); nothing
    # for the site, the locale, the tree, the menu, the switcher, the footer.
    assert len(queries) <= 2, [query["sql"][:120] for query in queries]


def test_members_only_pages_still_send_to_sign_in_or_refuse(reader, nonmember_client):
    page = new_section("Partner corner", "partner-corner", members_only=True)
    for _ in range(2):  # the second time from the cached route
        response = reader.get(page.url)
        assert response.status_code == 302 and "/accounts/login/" in response["Location"]
        assert nonmember_client.get(page.url).status_code == 403


def test_a_view_restriction_added_later_applies_at_once(reader):
    page = new_section("Harbour walks", "harbour-walks")
    assert reader.get(page.url).status_code == 200
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.LOGIN
    )
    assert reader.get(page.url).status_code == 302
    assert "Harbour walks" not in menu(reader.get(practice("municipal-prevention-network").url))
    restriction.delete()
    assert reader.get(page.url).status_code == 200


def test_the_exchange_answers_its_own_routes(member_client):
    exchange = ExchangePage.objects.get(locale__language_code="en")
    for route in ("", "new/", "search/"):
        assert member_client.get(exchange.url + route).status_code == 200, route
    assert member_client.get(exchange.url + "no-such-route/").status_code == 404


def test_an_untranslated_placeholder_says_so_in_the_readers_language(reader):
    # The demo's placeholders: pages not yet translated, in any language.
    placeholder = (
        Page.objects.filter(alias_of__locale__language_code="en", depth__gt=2)
        .exclude(locale__language_code="en")
        .first()
    )
    assert placeholder is not None
    source = placeholder.alias_of
    for _ in range(2):
        response = reader.get(placeholder.url)
        assert response.status_code == 404
        assert source.url in body(response)
