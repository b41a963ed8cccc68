"""The site's frame on every page: the logo, the menu, the footer with the
legal pages and contact details (an editable site setting), Open Graph and
Twitter cards."""

import re
from html import unescape

import pytest
from wagtail.models import Page, Site

from cms.models import SiteSettings
from home.models import StandardPage
from tests.helpers import practice

pytestmark = pytest.mark.django_db

LEGAL_TITLES = {
    "en": ["Legal notice", "Privacy policy", "Accessibility statement"],
    "fr": ["Mentions légales", "Politique de confidentialité", "Déclaration d'accessibilité"],
    "de": ["Impressum", "Datenschutzerklärung", "Erklärung zur Barrierefreiheit"],
    "it": ["Note legali", "Informativa sulla privacy", "Dichiarazione di accessibilità"],
    "es": ["Aviso legal", "Política de privacidad", "Declaración de accesibilidad"],
}


def meta(body, key):
    """The content of every <meta property|name="key">, in order."""
    pattern = rf'<meta (?:property|name)="{re.escape(key)}" content="([^"]*)">'
    return [unescape(value) for value in re.findall(pattern, body)]


def footer(body):
    return body.split('<footer class="site-footer">')[1].split("</footer>")[0]


def test_a_practice_carries_open_graph_and_twitter_tags_in_english_and_in_german(client):
    for language, locale in (("en", "en_GB"), ("de", "de_DE")):
        page = practice("municipal-prevention-network", language)
        body = client.get(page.url).content.decode()
        assert meta(body, "og:title") == [page.title]
        assert meta(body, "og:description") == [page.search_description or page.summary]
        assert meta(body, "og:url") == [page.get_full_url()]
        assert meta(body, "og:url")[0].startswith("http")
        assert meta(body, "og:type") == ["article"]
        assert meta(body, "og:site_name") == ["LIAISE"]
        assert meta(body, "og:locale") == [locale]
        others = {"en_GB", "fr_FR", "de_DE", "it_IT", "es_ES"} - {locale}
        assert set(meta(body, "og:locale:alternate")) == others
        assert meta(body, "twitter:card")[0] in ("summary", "summary_large_image")
        assert f'<link rel="canonical" href="{page.get_full_url()}">' in body


def test_the_home_page_is_an_open_graph_website(client):
    body = client.get("/fr/").content.decode()
    assert meta(body, "og:type") == ["website"]
    assert meta(body, "og:locale") == ["fr_FR"]


def test_open_graph_offers_only_the_languages_a_page_really_exists_in(client):
    # Translated into French only: German, Italian and Spanish are placeholders.
    body = client.get(practice("youth-debate-spaces").url).content.decode()
    assert meta(body, "og:locale:alternate") == ["fr_FR"]


def test_the_footer_links_the_legal_pages_in_the_readers_language(client):
    for language, titles in LEGAL_TITLES.items():
        body = client.get(f"/{language}/").content.decode()
        links = re.findall(r'<li><a href="([^"]+)">([^<]+)</a></li>', footer(body))
        assert [unescape(title) for _url, title in links] == titles, language
        for url, _title in links:
            assert url.startswith(f"/{language}/")
            page = client.get(url)
            assert page.status_code == 200
            assert f'<html lang="{language}">' in page.content.decode()


def test_the_footer_gives_the_contact_details_of_the_site_settings(client):
    contact = footer(client.get("/fr/").content.decode())
    assert 'href="mailto:liaise@example.org"' in contact
    assert "European Forum for Urban Security (Efus)<br>Paris, France" in contact


def test_an_editor_changes_the_footer_in_the_sites_settings(client, admin_client):
    site = Site.objects.get(is_default_site=True)
    settings = SiteSettings.for_site(site)
    url = f"/admin/settings/cms/sitesettings/{site.pk}/"
    assert admin_client.get(url).status_code == 200
    response = admin_client.post(
        url,
        {
            "legal_notice_page": settings.legal_notice_page_id,
            "privacy_page": "",
            "accessibility_page": settings.accessibility_page_id,
            "contact_email": "office@example.org",
            "contact_address": "Rue de l'Exemple 1\nBruxelles",
        },
    )
    assert response.status_code == 302
    contact = footer(client.get("/en/").content.decode())
    assert "office@example.org" in contact
    assert "Rue de l&#x27;Exemple 1<br>Bruxelles" in contact
    assert "Privacy policy" not in contact
    assert "Legal notice" in contact


def test_the_legal_pages_exist_in_every_language_and_stay_out_of_the_menu(client):
    home = Site.objects.get(is_default_site=True).root_page
    for slug in ("legal-notice", "privacy-policy", "accessibility-statement"):
        source = StandardPage.objects.child_of(home).get(slug=slug)
        assert not source.show_in_menus
        translations = Page.objects.filter(
            translation_key=source.translation_key, alias_of__isnull=True
        )
        assert translations.count() == 5
    body = client.get("/de/").content.decode()
    menu = body.split('class="main-menu"')[1].split("</nav>")[0]
    assert "Impressum" not in menu


def test_the_menu_is_a_disclosure_named_in_the_readers_language(client):
    body = client.get("/de/").content.decode()
    menu = body.split('class="main-menu"')[1].split("</nav>")[0]
    assert '<nav class="main-menu" aria-label="Hauptnavigation">' in body
    assert "<details" in menu
    assert '<summary class="main-menu__toggle">Menü</summary>' in menu
    assert 'aria-current="page">Startseite</a>' in menu


def test_the_logo_is_an_image_with_a_name_in_the_readers_language(client):
    body = client.get("/it/").content.decode()
    header = body.split('<header class="site-header">')[1].split("</header>")[0]
    assert 'role="img" aria-labelledby="brand-title"' in header
    title = header.split('<title id="brand-title">')[1].split("</title>")[0]
    assert unescape(title) == "LIAISE – Istituzioni locali contro l’estremismo (pagina iniziale)"
