"""Languages: the switcher, hreflang, honest placeholders and translated UI."""

import pytest

from tests.helpers import practice

pytestmark = pytest.mark.django_db


def switcher_languages(response):
    switcher = response.content.decode().split('class="language-switcher"')[1].split("</nav>")[0]
    return [code for code in ("en", "fr", "de", "it", "es") if f'lang="{code}"' in switcher]


def test_switcher_lists_only_the_languages_a_page_exists_in(client):
    response = client.get(practice("youth-debate-spaces", "fr").url)
    assert switcher_languages(response) == ["en", "fr"]
    everywhere = client.get(practice("municipal-prevention-network", "it").url)
    assert switcher_languages(everywhere) == ["en", "fr", "de", "it", "es"]


def test_pages_carry_hreflang_alternates_of_real_translations_only(client):
    body = client.get(practice("youth-debate-spaces").url).content.decode()
    assert 'hreflang="fr"' in body
    assert '<link rel="alternate" hreflang="de"' not in body
    assert '<link rel="alternate" hreflang="x-default"' in body


def test_untranslated_page_says_so_in_the_readers_language(client):
    placeholder = practice("youth-debate-spaces", "de")
    response = client.get(placeholder.url)
    assert response.status_code == 404
    body = response.content.decode()
    assert "noindex" in body
    assert "Deutsch" in body  # "not yet available in Deutsch", in German
    assert practice("youth-debate-spaces", "fr").url in body
    assert practice("youth-debate-spaces").url in body


def test_interface_is_translated_in_every_language(client):
    expected = {
        "fr": "Aller au contenu principal",
        "de": "Zum Hauptinhalt springen",
        "it": "Vai al contenuto principale",
        "es": "Saltar al contenido principal",
    }
    for language, text in expected.items():
        assert text in client.get(f"/{language}/").content.decode(), language


def test_not_found_page_is_translated(client):
    response = client.get("/es/no-existe/")
    assert response.status_code == 404
    assert '<html lang="es">' in response.content.decode()
    assert "Page not found" not in response.content.decode()


def test_linked_pages_are_shown_in_the_readers_language_when_translated(client):
    from programme.models import SessionPage

    session = SessionPage.objects.get(slug="augsburg-2015")
    german = session.get_translation(session.locale.__class__.objects.get(language_code="de"))
    body = client.get(german.url).content.decode()
    assert practice("municipal-prevention-network", "de").url in body


def test_linked_pages_without_translation_say_which_language_they_are_in(client):
    from programme.models import SessionPage

    session = SessionPage.objects.get(slug="augsburg-2015")
    spanish = session.get_translation(session.locale.__class__.objects.get(language_code="es"))
    body = client.get(spanish.url).content.decode()
    # practice-02 exists in en, fr and de only: the link goes to the English page, marked
    english = practice("extreme-right-symbols-training")
    assert english.url in body
    assert 'hreflang="en"' in body


def test_every_interface_string_is_translated_in_every_catalogue():
    import glob

    import polib
    from django.conf import settings

    from cms.management.commands.compile_catalogues import catalogue_directories

    catalogues = sorted(glob.glob(str(settings.BASE_DIR / "locale/*/LC_MESSAGES/django.po")))
    assert {path.split("/")[-3] for path in catalogues} == {"fr", "de", "it", "es"}
    for directory in catalogue_directories():
        catalogues += glob.glob(str(directory / "*/LC_MESSAGES/django.po"))
        catalogues += glob.glob(str(directory / "*/LC_MESSAGES/django-*.po"))
    catalogues = sorted(set(catalogues))
    for path in catalogues:
        catalogue = polib.pofile(path)
        untranslated = [entry.msgid for entry in catalogue.untranslated_entries()]
        fuzzy = [entry.msgid for entry in catalogue.fuzzy_entries()]
        assert untranslated == [] and fuzzy == [], path
