"""The demo data files agree with each other: every English text a record
uses is translated in the PO file of each language the record is translated
into, and no PO file holds an entry that no record uses (home/demo/SCHEMA.md).
No database: the data files alone."""

from collections import Counter

import polib
import pytest

from home.demo import (
    BLOCKS,
    FIELDS,
    LOCALE,
    PROGRAMME,
    catalogue,
    catalogue_files,
    keyed,
    target_languages,
    texts,
    translated_into,
)

LANGUAGES = target_languages()


def expected(language):
    """{(msgctxt, msgid)} that the records translated into ``language`` use."""
    return {
        (context, text)
        for name in FIELDS
        for key, record in keyed(name)
        if language in translated_into(record)
        for context, _kind, text in texts(name, key, record)
    }


def test_record_keys_are_unique_across_files():
    # A msgctxt starts with the record's key: two records may not share one.
    counts = Counter(key for name in FIELDS for key, _record in keyed(name))
    assert [key for key, count in counts.items() if count > 1] == []


def test_records_hold_english_texts_only():
    wrong = []
    for name, fields in FIELDS.items():
        for key, record in keyed(name):
            for field, shape in fields.items():
                value = record.get(field, "")
                if shape == BLOCKS:
                    ok = isinstance(value, list) and all(
                        isinstance(block, list)
                        and len(block) == 2
                        and block[0] in ("heading", "paragraph")
                        and isinstance(block[1], str)
                        for block in value
                    )
                elif shape == PROGRAMME:
                    ok = isinstance(value, list) and all(
                        isinstance(item.get("title"), str)
                        and isinstance(item.get("description", ""), str)
                        for item in value
                    )
                else:
                    ok = isinstance(value, str)
                if not ok:
                    wrong.append(f"{name}: {key}.{field}")
            languages = record.get("translated_into", LANGUAGES)
            if not set(languages) <= set(LANGUAGES):
                wrong.append(f"{name}: {key}.translated_into {languages}")
    assert wrong == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_po_file_translates_every_text_the_records_use(language):
    translations = catalogue(language)
    missing = sorted(
        f"{context}: {text[:60]!r}"
        for context, text in expected(language)
        if (context, text) not in translations
    )
    assert not missing, f"{language}.po lacks {len(missing)} translation(s):\n" + "\n".join(missing)


@pytest.mark.parametrize("language", LANGUAGES)
def test_po_file_holds_no_stale_entry(language):
    assert (LOCALE / f"{language}.po").exists()
    used = expected(language)
    entries = []
    for path in catalogue_files(language):
        po = polib.pofile(str(path))
        assert po.metadata.get("Language") == language, path
        assert po.obsolete_entries() == [], path
        entries += [(entry.msgctxt, entry.msgid) for entry in po]
    stale = sorted(
        f"{context}: {text[:60]!r}" for context, text in entries if (context, text) not in used
    )
    assert not stale, f"{language}: {len(stale)} entry(ies) no record uses:\n" + "\n".join(stale)
    twice = [context for context, count in Counter(c for c, _t in entries).items() if count > 1]
    assert twice == []
