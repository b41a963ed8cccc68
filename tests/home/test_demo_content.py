"""The seeds' content in the demo: the five LIAISE 2 seminars ahead of
whatever day the demo is loaded, in every language; the book of practices
as one PDF per language on the publications page, with the languages its
videos exist in; a way to ask for each service on the services page."""

import datetime
import io
import re
from urllib.parse import parse_qs, unquote, urlsplit

import pytest
from django.core.management import call_command
from django.utils import translation
from django.utils.html import escape

from cms.models import CustomDocument, SiteSettings
from home.demo import books, schedule
from home.models import StandardPage
from programme.models import SessionIndexPage, SessionPage, programme_today

pytestmark = pytest.mark.django_db

LANGUAGES = ("en", "fr", "de", "it", "es")


def seminars(language):
    return SessionPage.objects.filter(
        locale__language_code=language, kind=SessionPage.Kind.SEMINAR, alias_of__isnull=True
    ).order_by("start_date")


def snapshot():
    return sorted(
        (
            page.pk,
            page.locale.language_code,
            page.start_date,
            page.end_date,
            page.latest_revision_id,
        )
        for page in SessionPage.objects.select_related("locale")
    ) + [("documents", CustomDocument.objects.count())]


def test_the_first_seminar_is_six_weeks_ahead_on_a_thursday_then_every_nine_weeks():
    for today in (datetime.date(2026, 12, 4), datetime.date(2031, 2, 28)):
        starts = [schedule.dates({"week": week, "days": 2}, today) for week in (0, 9, 18)]
        first, last = starts[0]
        assert first.weekday() == 3 and last == first + datetime.timedelta(days=1)
        assert datetime.timedelta(weeks=6) <= first - today < datetime.timedelta(weeks=7)
        assert [start - first for start, _end in starts] == [
            datetime.timedelta(weeks=week) for week in (0, 9, 18)
        ]


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_demo_has_five_upcoming_liaise_2_seminars_in_every_language(client, language):
    pages = list(seminars(language))
    assert len(pages) == 5
    assert all(page.end_date >= programme_today() and page.is_demo for page in pages)
    assert len({page.city for page in pages}) == 5
    index = SessionIndexPage.objects.get(locale__language_code=language)
    html = client.get(index.url).content.decode()
    upcoming = html.split('id="past-heading"')[0]
    for page in pages:
        assert escape(page.title) in upcoming
    for page in pages[:1]:
        assert re.search(r"LIAISE[ -]2", page.title)
        response = client.get(page.url)
        assert response.status_code == 200
        assert 'class="badge badge--demo"' in response.content.decode()


def test_a_second_load_changes_nothing_and_a_late_load_moves_the_seminars_ahead():
    before = snapshot()
    call_command("load_demo", quiet_accounts=True, stdout=io.StringIO())
    assert snapshot() == before

    # Loaded again a year later: the seminars had passed, they move ahead together.
    SessionPage.objects.filter(kind=SessionPage.Kind.SEMINAR).update(
        start_date=datetime.date(2020, 1, 9), end_date=datetime.date(2020, 1, 10)
    )
    call_command("load_demo", quiet_accounts=True, stdout=io.StringIO())
    first = schedule.first_day(programme_today())
    for language in LANGUAGES:
        starts = [page.start_date for page in seminars(language)]
        assert starts == [first + datetime.timedelta(weeks=week) for week in (0, 9, 18, 27, 36)]


def publications(language):
    return StandardPage.objects.get(
        locale__language_code=language,
        translation_key=StandardPage.objects.get(
            slug="publications", locale__language_code="en"
        ).translation_key,
    )


def open_document(client, url):
    response = client.get(url, follow=True)
    content = b"".join(response.streaming_content) if response.streaming else response.content
    return response, content


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_publications_page_links_the_book_in_five_languages_as_pdf_files(client, language):
    html = client.get(publications(language).url).content.decode()
    links = re.findall(r'<a href="([^"]+)" hreflang="(\w\w)" type="application/pdf">', html)
    assert sorted(code for _url, code in links) == sorted(LANGUAGES)
    for url, code in links:
        response, content = open_document(client, url)
        assert response.status_code == 200, url
        assert response["Content-Type"] == "application/pdf"
        assert content.startswith(b"%PDF-1.4") and content.rstrip().endswith(b"%%EOF")
        # Real text: the edition's title, in its language, and "demo edition".
        assert books.document_title(code) in html
        assert b"/Count 5" in content


def test_the_book_editions_are_public_documents_with_the_contents_of_the_training(client):
    document = CustomDocument.objects.get(title=books.document_title("de"))
    assert not document.members_only
    content = open_document(client, document.file.url)[1]
    assert "Demo-Ausgabe".encode("cp1252") in content
    assert "Kapitel 6.".encode("cp1252") in content


@pytest.mark.parametrize(
    ("language", "available", "soon"),
    [
        (
            "en",
            ["Videos in English", "Videos in French", "Videos in Spanish"],
            ["Videos in Italian: coming soon", "Videos in German: coming soon"],
        ),
        (
            "fr",
            ["Vidéos en anglais", "Vidéos en français", "Vidéos en espagnol"],
            ["Vidéos en italien : bientôt disponibles", "Vidéos en allemand : bientôt disponibles"],
        ),
    ],
)
def test_the_publications_page_names_the_languages_of_the_videos(client, language, available, soon):
    html = client.get(publications(language).url).content.decode()
    section = html[html.index("video-versions") :]
    for text in available:
        assert re.search(r'<a href="https://[^"]+" hreflang="\w\w" rel="external">' + text, section)
    for text in soon:
        # Announced, not out yet: said, not linked.
        assert f"<li>{escape(text)}</li>" in section
    assert "<iframe" not in html


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_services_page_offers_an_email_with_a_subject_for_each_service(client, language):
    source = StandardPage.objects.get(slug="services", locale__language_code="en")
    page = StandardPage.objects.get(
        translation_key=source.translation_key, locale__language_code=language
    )
    html = client.get(page.url).content.decode()
    address = SiteSettings.objects.get().contact_email
    assert address
    links = re.findall(r'href="(mailto:[^"]+\?subject=[^"]+)"', html)
    assert len(links) == 4
    with translation.override(language):
        from cms.blocks import SERVICES

        subjects = {str(subject) for _key, _label, subject in SERVICES}
    for link in links:
        parts = urlsplit(link)
        assert unquote(parts.path) == address
        assert parse_qs(parts.query)["subject"][0] in subjects
    assert "through this platform" not in html
