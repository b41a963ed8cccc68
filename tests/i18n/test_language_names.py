"""Every interface string that names a language reads right in every
language: inside a sentence the name is in the reader's language, in lower
case where the language wants it ("en anglais", "in inglese", "en inglés",
"auf Englisch"); in the switcher each language names itself."""

import re

import pytest
from bs4 import BeautifulSoup

from tests.i18n.conftest import DECEMBER_3, LANGUAGES, NOVEMBER_2, TITLES, make_stale

pytestmark = pytest.mark.django_db

#: Names that must never appear inside a French, Italian or Spanish sentence:
#: English names, and the autonyms these languages write in lower case.
WRONG_IN_SENTENCE = ("English", "French", "German", "Italian", "Spanish")
CAPITALISED = ("Español", "Italiano", "Français")

NOT_YET_AVAILABLE = {
    "fr": "Cette page n’est pas encore disponible en français",
    "de": "Diese Seite ist noch nicht auf Deutsch verfügbar",
    "it": "Questa pagina non è ancora disponibile in italiano",
    "es": "Esta página aún no está disponible en español",
}
#: "in <language>" for (reader, language).
IN = {
    "en": {"en": "in English", "fr": "in French", "de": "in German"},
    "fr": {"en": "en anglais", "fr": "en français", "de": "en allemand", "it": "en italien"},
    "de": {"en": "auf Englisch", "fr": "auf Französisch", "de": "auf Deutsch"},
    "it": {"en": "in inglese", "fr": "in francese", "de": "in tedesco", "it": "in italiano"},
    "es": {"en": "en inglés", "fr": "en francés", "de": "en alemán", "es": "en español"},
}
STALE = {
    "fr": "La version anglaise a été mise à jour le 3 décembre 2026, après cette traduction.",
    "de": "Die englische Fassung wurde am 3. Dezember 2026 nach dieser Übersetzung aktualisiert.",
    "it": "La versione inglese è stata aggiornata il 3 dicembre 2026, dopo questa traduzione.",
    "es": (
        "La versión en inglés se actualizó el 3 de diciembre de 2026, después de esta traducción."
    ),
}
SWITCHER_SENTENCE = {
    "en": "This page exists in 5 languages:",
    "fr": "Cette page existe en 5 langues :",
    "de": "Diese Seite gibt es in 5 Sprachen:",
    "it": "Questa pagina esiste in 5 lingue:",
    "es": "Esta página existe en 5 idiomas:",
}
AUTONYMS = {"en": "English", "fr": "Français", "de": "Deutsch", "it": "Italiano", "es": "Español"}


def soup_of(response):
    return BeautifulSoup(response.content.decode(), "html.parser")


def text(element):
    return re.sub(r"\s+", " ", element.get_text(" ")).strip()


def reader_text(element, reader):
    """The text of ``element`` in the reader's language: without what is
    marked as written in another language (titles, links to versions)."""
    element = BeautifulSoup(str(element), "html.parser")
    for other in element.find_all(attrs={"lang": True}):
        if other["lang"] != reader and other.parent is not None:
            other.decompose()
    return text(element)


def assert_reads_right(phrase_text, reader):
    for name in WRONG_IN_SENTENCE:
        assert not re.search(rf"\b{name}\b", phrase_text), (reader, name, phrase_text)
    if reader in ("fr", "it", "es"):
        for name in CAPITALISED:
            assert name not in phrase_text, (reader, name, phrase_text)


def test_the_not_yet_available_page_names_the_languages_as_the_reader_says_them(
    client, make_translated
):
    pages = make_translated(["fr", "de"])
    for reader in ("it", "es"):
        response = client.get(pages[reader].url)
        assert response.status_code == 404
        main = soup_of(response).find("main")
        assert text(main.find("h1")) == NOT_YET_AVAILABLE[reader]
        items = [text(item) for item in main.select(".available-languages li")]
        assert items == [f"{TITLES[code]} ({IN[reader][code]})" for code in ("en", "fr", "de")]
        assert_reads_right(reader_text(main, reader), reader)


def test_the_not_yet_available_page_reads_right_in_every_language_of_a_placeholder(
    client, english_only_link
):
    practice, _sessions = english_only_link
    for reader in LANGUAGES[1:]:
        placeholder = practice.get_translation(
            practice.locale.__class__.objects.get(language_code=reader)
        )
        response = client.get(placeholder.url)
        assert response.status_code == 404
        main = soup_of(response).find("main")
        assert text(main.find("h1")) == NOT_YET_AVAILABLE[reader]
        assert [text(item) for item in main.select(".available-languages li")] == [
            f"Quayside outreach walks ({IN[reader]['en']})"
        ]
        assert_reads_right(reader_text(main, reader), reader)


def test_a_linked_page_in_another_language_is_marked_as_the_reader_says_it(
    client, english_only_link
):
    _practice, sessions = english_only_link
    assert set(sessions) == set(LANGUAGES)
    for reader in LANGUAGES[1:]:
        page = soup_of(client.get(sessions[reader].url))
        link = page.find("a", string="Quayside outreach walks")
        assert link["lang"] == "en" and link["hreflang"] == "en"
        marker = link.find_next_sibling("span")
        assert text(marker) == IN[reader]["en"]
        assert marker["lang"] == reader
        assert_reads_right(text(marker), reader)
    english = soup_of(client.get(sessions["en"].url))
    assert english.find("a", string="Quayside outreach walks").find_next_sibling("span") is None


def test_the_stale_notice_names_the_source_language_as_the_reader_says_it(client, make_translated):
    pages = make_translated(["fr", "de", "it", "es"])
    make_stale(pages, DECEMBER_3, NOVEMBER_2)
    for reader in LANGUAGES[1:]:
        notice = soup_of(client.get(pages[reader].url)).select_one(".translation-notice")
        assert notice is not None, reader
        assert text(notice).startswith(STALE[reader]), reader
        assert_reads_right(reader_text(notice, reader), reader)


def test_the_switcher_names_each_language_in_itself_and_says_so_in_the_readers_language(
    client, make_translated
):
    pages = make_translated(["fr", "de", "it", "es"])
    for reader in LANGUAGES:
        switcher = soup_of(client.get(pages[reader].url)).select_one("nav.language-switcher")
        names = {
            element["lang"]: text(element) for element in switcher.find_all(attrs={"lang": True})
        }
        assert names == AUTONYMS, reader
        assert text(switcher.select_one(".visually-hidden")) == SWITCHER_SENTENCE[reader]
        current = switcher.find(attrs={"aria-current": "page"})
        assert current["lang"] == reader
        for link in switcher.find_all("a"):
            assert link["hreflang"] == link["lang"]


def test_the_switcher_of_a_page_without_translations_names_each_language_in_itself(client):
    for reader in LANGUAGES:
        switcher = soup_of(client.get(f"/{reader}/search/")).select_one("nav.language-switcher")
        names = {
            element["lang"]: text(element) for element in switcher.find_all(attrs={"lang": True})
        }
        assert names == AUTONYMS, reader


def test_the_helpers_name_every_language_and_date_in_every_language():
    from django.utils import translation

    from cms.i18n import date_in_sentence, in_language, language_name_in_sentence

    expected_names = {
        "en": ["English", "French", "German", "Italian", "Spanish"],
        "fr": ["anglais", "français", "allemand", "italien", "espagnol"],
        "de": ["Englisch", "Französisch", "Deutsch", "Italienisch", "Spanisch"],
        "it": ["inglese", "francese", "tedesco", "italiano", "spagnolo"],
        "es": ["inglés", "francés", "alemán", "italiano", "español"],
    }
    prepositions = {"en": "in", "fr": "en", "de": "auf", "it": "in", "es": "en"}
    dates = {
        "en": "December 3, 2026",
        "fr": "3 décembre 2026",
        "de": "3. Dezember 2026",
        "it": "3 dicembre 2026",
        "es": "3 de diciembre de 2026",
    }
    for reader, names in expected_names.items():
        with translation.override(reader):
            assert [language_name_in_sentence(code) for code in LANGUAGES] == names
            assert [in_language(code) for code in LANGUAGES] == [
                f"{prepositions[reader]} {name}" for name in names
            ]
            assert date_in_sentence(DECEMBER_3) == dates[reader]
            # A language the site does not offer: Django's name, lower-case
            # where the reader's language writes it so.
            dutch = language_name_in_sentence("nl")
            assert dutch[0].islower() == (reader in ("fr", "it", "es")), dutch


def test_an_experts_languages_are_named_as_the_reader_names_them(client):
    from practices.factories import ExpertPageFactory

    expected = {
        "en": "English, French, Dutch",
        "fr": "anglais, français, néerlandais",
        "de": "Englisch, Französisch, Niederländisch",
        "it": "inglese, francese, olandese",
        "es": "inglés, francés, holandés",
    }
    for reader in LANGUAGES:
        expert = ExpertPageFactory.in_language(reader, languages="en, fr, nl")
        page = soup_of(client.get(expert.url))
        values = [text(dd) for dd in page.find_all("dd")]
        assert expected[reader] in values, (reader, values)
