"""A translator's round trip: export a PO file, fill it, import it, publish."""

import polib
import pytest
from wagtail.models import Locale
from wagtail_localize.models import Translation, TranslationSource

from tests.helpers import practice

pytestmark = pytest.mark.django_db


def test_po_export_fill_import_publish(client, django_capture_on_commit_callbacks):
    source_page = practice("youth-debate-spaces")  # English and French only
    german = Locale.objects.get(language_code="de")
    source, _created = TranslationSource.get_or_create_from_instance(source_page)
    translation = Translation.objects.create(source=source, target_locale=german)

    po = polib.pofile(str(translation.export_po()))
    assert len(po) >= 5
    for entry in po:
        entry.msgstr = f"[de] {entry.msgid}" if entry.msgctxt != "slug" else "debattenraeume"
    warnings = translation.import_po(po)
    assert warnings == []

    with django_capture_on_commit_callbacks(execute=True):
        translation.save_target(publish=True)

    translated = source_page.get_translation(german)
    assert translated.alias_of_id is None
    assert translated.live
    assert translated.title == f"[de] {source_page.title}"
    response = client.get(translated.url)
    assert response.status_code == 200
    assert f"[de] {source_page.title}" in response.content.decode()
    assert 'lang="de"' in response.content.decode().split('class="language-switcher"')[1]
