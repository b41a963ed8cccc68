"""The demo's experts in every language, their roles on session pages in the
reader's language, and slugs transliterated the way each language does
(German ü → ue, ß → ss), as an anonymous reader and a translator meet them."""

import io

import polib
import pytest
from django.core.management import call_command
from django.utils.html import escape
from wagtail.models import Locale, Page
from wagtail_localize.models import StringTranslation, Translation, TranslationSource

from cms.slugs import slugify_for
from home.demo import catalogue, keyed, records
from practices.models import ExpertIndexPage, ExpertPage, PracticePage
from programme.models import SessionPage

pytestmark = pytest.mark.django_db

LANGUAGES = ["fr", "de", "it", "es"]


def demo(name, key):
    return dict(keyed(name))[key]


def in_language(page, language):
    return type(page).objects.get(
        translation_key=page.translation_key, locale__language_code=language
    )


def english(model, **lookup):
    return model.objects.get(locale__language_code="en", **lookup)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_expert_directory_lists_all_twelve_experts_in_every_language(client, language):
    directory = ExpertIndexPage.objects.get(locale__language_code=language)
    experts = ExpertPage.objects.filter(locale__language_code=language, alias_of__isnull=True)
    assert experts.count() == len(records("experts")) == 12

    html = client.get(directory.url).content.decode()

    assert [expert.title for expert in experts if f'href="{expert.url}"' not in html] == []
    for key, entry in keyed("experts"):
        role = catalogue(language)[(f"{key}.role", entry["role"])]
        assert escape(role) in html, role


@pytest.mark.parametrize("language", ["de", "it", "es"])
def test_an_expert_profile_reads_in_the_readers_language(client, language):
    entry = demo("experts", "expert-03")
    profile = in_language(english(ExpertPage, title=entry["name"]), language)

    html = client.get(profile.url).content.decode()

    translations = catalogue(language)
    assert escape(translations[("expert-03.role", entry["role"])]) in html
    assert escape(translations[("expert-03.availability", entry["availability"])]) in html
    assert entry["role"] not in html
    assert "Demo profile" not in html


def test_a_german_session_page_shows_its_speakers_german_profiles_and_roles(client):
    entry = demo("sessions", "london-2015")
    session = in_language(english(SessionPage, slug=entry["slug"]), "de")

    html = client.get(session.url).content.decode()

    german = catalogue("de")
    for key in entry["speakers"]:
        expert = demo("experts", key)
        profile = in_language(english(ExpertPage, title=expert["name"]), "de")
        assert f'href="{profile.url}"' in html
        assert profile.url.startswith("/de/")
        assert escape(german[(f"{key}.role", expert["role"])]) in html
        assert expert["role"] not in html
    assert 'hreflang="en"' not in html.split('id="speakers-heading"')[1]


def test_slugify_for_transliterates_german_the_german_way_and_others_to_ascii():
    assert slugify_for("Düsseldorf Straße", "de") == "duesseldorf-strasse"
    assert slugify_for("ÄRGER über Öl", "de") == "aerger-ueber-oel"
    assert slugify_for("Düsseldorf", "de-AT") == "duesseldorf"
    assert (
        slugify_for("Éducation aux médias, frères et sœurs", "fr")
        == "education-aux-medias-freres-et-soeurs"
    )
    assert slugify_for("Diez años de formación", "es") == "diez-anos-de-formacion"
    assert slugify_for("Malmö", "sv") == "malmo"


def test_german_demo_pages_have_transliterated_slugs(client):
    german = catalogue("de")
    # Düsseldorf's exit programme for football supporters: ü and ß.
    entry = demo("practices", "practice-07")
    practice = in_language(english(PracticePage, slug=entry["slug"]), "de")
    assert practice.slug == "ein-ausstiegsprogramm-fuer-gewaltbereite-fussballfans"
    assert client.get(practice.url).status_code == 200

    entry = demo("sessions", "augsburg-2015")
    session = in_language(english(SessionPage, slug=entry["slug"]), "de")
    assert session.slug == "fachkraefte-vor-ort-sensibilisieren-praevention-in-der-schule"
    assert client.get(session.url).status_code == 200

    for model, name in ((PracticePage, "practices"), (SessionPage, "sessions")):
        for key, entry in keyed(name):
            title = german.get((f"{key}.title", entry["title"]))
            page = model.objects.filter(
                slug=slugify_for(title or "", "de"), locale__language_code="de"
            )
            assert title is None or page.exists(), (key, title)
    assert [
        page.slug
        for page in Page.objects.filter(locale__language_code="de", depth__gt=2)
        if not page.slug.isascii()
    ] == []


def test_a_translator_typing_a_german_slug_gets_it_transliterated(
    client, django_capture_on_commit_callbacks
):
    source = english(PracticePage, slug=demo("practices", "practice-05")["slug"])
    locale = Locale.objects.get(language_code="de")
    translation_source, _created = TranslationSource.get_or_create_from_instance(source)
    translation = Translation.objects.create(source=translation_source, target_locale=locale)
    po = polib.pofile(str(translation.export_po()))
    for entry in po:
        entry.msgstr = "Debattierräume in Düsseldorf" if entry.msgctxt == "title" else entry.msgid
        if entry.msgctxt == "slug":
            entry.msgstr = "debattierräume-für-düsseldorfer-straßen"
    translation.import_po(po)

    stored = StringTranslation.objects.get(
        locale=locale, context__path="slug", translation_of__data=source.slug
    )
    assert stored.data == "debattierraeume-fuer-duesseldorfer-strassen"
    with django_capture_on_commit_callbacks(execute=True):
        translation.save_target(publish=True)
    page = in_language(source, "de")
    assert page.slug == "debattierraeume-fuer-duesseldorfer-strassen"
    assert client.get(page.url).status_code == 200


def test_a_german_slug_saved_with_umlauts_is_stored_transliterated(client):
    page = in_language(english(PracticePage, slug=demo("practices", "practice-01")["slug"]), "de")
    page.slug = "präventionsnetzwerk-düsseldorf-straße"
    page.save_revision().publish()
    page.refresh_from_db()

    assert page.slug == "praeventionsnetzwerk-duesseldorf-strasse"
    assert page.url.endswith("/praeventionsnetzwerk-duesseldorf-strasse/")
    assert client.get(page.url).status_code == 200


def test_load_demo_brings_an_earlier_translation_up_to_date_and_then_changes_nothing(
    client, django_capture_on_commit_callbacks
):
    # An earlier load: the German slug without its umlauts, a role in English.
    entry = demo("practices", "practice-07")
    source = english(PracticePage, slug=entry["slug"])
    expert_entry = demo("experts", "expert-03")
    expert = english(ExpertPage, title=expert_entry["name"])
    locale = Locale.objects.get(language_code="de")
    for instance, path, old in (
        (source, "slug", "ein-ausstiegsprogramm-fur-gewaltbereite-fuballfans"),
        (expert, "role", expert_entry["role"]),
    ):
        StringTranslation.objects.filter(
            locale=locale,
            context__path=path,
            translation_of__data=getattr(instance, path),
        ).update(data=old)
        translation = Translation.objects.get(
            source=TranslationSource.objects.get_for_instance(instance), target_locale=locale
        )
        with django_capture_on_commit_callbacks(execute=True):
            translation.save_target(publish=True)
    old_url = in_language(source, "de").url
    assert old_url.endswith("/ein-ausstiegsprogramm-fur-gewaltbereite-fuballfans/")
    assert in_language(expert, "de").role == expert_entry["role"]

    with django_capture_on_commit_callbacks(execute=True):
        call_command("load_demo", quiet_accounts=True, stdout=io.StringIO(), stderr=io.StringIO())

    practice = in_language(source, "de")
    assert practice.slug == "ein-ausstiegsprogramm-fuer-gewaltbereite-fussballfans"
    # The old address leads to the new one.
    assert client.get(old_url).headers["Location"].endswith(practice.url)
    assert (
        in_language(expert, "de").role == catalogue("de")[("expert-03.role", expert_entry["role"])]
    )
    revisions = sum(page.revisions.count() for page in Page.objects.filter(locale=locale))
    with django_capture_on_commit_callbacks(execute=True):
        call_command("load_demo", quiet_accounts=True, stdout=io.StringIO(), stderr=io.StringIO())
    assert sum(page.revisions.count() for page in Page.objects.filter(locale=locale)) == revisions
