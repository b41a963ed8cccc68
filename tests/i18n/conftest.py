"""Pages built for the language tests: a practice in English and some
translations (placeholders in the other languages); a practice only in
English, presented at a session that exists in every language."""

import datetime

import pytest
from wagtail.models import Page
from wagtail_localize.synctree import create_aliases_for_new_page

from practices.factories import PracticePageFactory
from programme.models import SessionPage, SessionPractice
from tests.helpers import translate

LANGUAGES = ("en", "fr", "de", "it", "es")

#: Titles of the translations, each in its language.
TITLES = {
    "en": "Harbour mentoring circles",
    "fr": "Cercles de parrainage du port",
    "de": "Mentoringkreise am Hafen",
    "it": "Circoli di mentoring del porto",
    "es": "Círculos de mentoría del puerto",
}


@pytest.fixture
def make_translated(django_capture_on_commit_callbacks):
    """Build a practice in English translated into ``languages`` (each with
    its own title, ``TITLES``); the other languages have only the
    placeholder (an alias of the source). Returns {language: page}."""

    def make(languages):
        source = PracticePageFactory.in_language("en", title=TITLES["en"])
        create_aliases_for_new_page(source)
        pages = {"en": source}
        for language in LANGUAGES[1:]:
            if language in languages:
                page = translate(source, language, django_capture_on_commit_callbacks)
                page.title = TITLES[language]
                page.save_revision().publish()
                page.refresh_from_db()
            else:
                page = Page.objects.get(
                    translation_key=source.translation_key, locale__language_code=language
                ).specific
                assert page.alias_of_id == source.pk
            pages[language] = page
        return pages

    return make


def make_stale(pages, source_published, translated_published):
    """The source published at ``source_published``, every translation at
    ``translated_published`` (as if the source changed after them)."""
    for language, page in pages.items():
        if page.alias_of_id is None:
            when = source_published if language == "en" else translated_published
            Page.objects.filter(pk=page.pk).update(last_published_at=when)


@pytest.fixture
def english_only_link():
    """A practice only in English, presented at the Augsburg session in every
    language the session exists in: {language: session page}."""
    practice = PracticePageFactory.in_language("en", title="Quayside outreach walks")
    create_aliases_for_new_page(practice)
    source = SessionPage.objects.get(slug="augsburg-2015", locale__language_code="en")
    sessions = {}
    for session in SessionPage.objects.filter(
        translation_key=source.translation_key, alias_of__isnull=True
    ).select_related("locale"):
        SessionPractice.objects.create(page=session, practice=practice, sort_order=99)
        sessions[session.locale.language_code] = session
    return practice, sessions


DECEMBER_3 = datetime.datetime(2026, 12, 3, 12, 0, tzinfo=datetime.UTC)
NOVEMBER_2 = datetime.datetime(2026, 11, 2, 12, 0, tzinfo=datetime.UTC)
