"""The demo network as data: the records in English, one JSON file per kind
of record in ``data/``, and their translations, one PO file per language in
``locale/`` (schema: SCHEMA.md), read by ``load_demo`` and the benchmark's
generator.

Each translatable text of a record has a name, ``<record>.<field>``
(``practice-01.title``; a block of a body ``practice-01.body.2``, an item of a
programme ``london-2015.programme.0.title``): the msgctxt of its translations.
"""

import json
from functools import cache
from pathlib import Path

import polib
from django.conf import settings

DATA = Path(__file__).resolve().parent / "data"
LOCALE = Path(__file__).resolve().parent / "locale"

#: How a field's text reaches its page: as it is, as a paragraph of rich
#: text, as a body (a list of ["heading"|"paragraph", text] blocks) or as a
#: session's programme (items whose title and description are translated).
PLAIN, RICH, BLOCKS, PROGRAMME = "plain", "rich", "blocks", "programme"

#: The translatable fields of each data file, in the order of the PO files.
FIELDS = {
    "topics": {"name": PLAIN, "description": PLAIN},
    "forms_of_extremism": {"name": PLAIN},
    "target_groups": {"name": PLAIN},
    "organisations": {"name": PLAIN, "city": PLAIN, "description": PLAIN},
    "home": {"title": PLAIN, "intro": RICH, "body": BLOCKS},
    # "join_text": the exchange's entry page only (home/demo/exchange.py).
    "index_pages": {"title": PLAIN, "intro": RICH, "join_text": PLAIN},
    "pages": {"title": PLAIN, "intro": RICH, "body": BLOCKS},
    "experts": {"role": PLAIN, "availability": PLAIN, "biography": RICH},
    "practices": {"title": PLAIN, "summary": PLAIN, "body": BLOCKS},
    "sessions": {
        "title": PLAIN,
        "summary": PLAIN,
        "city": PLAIN,
        "venue": PLAIN,
        "programme": PROGRAMME,
    },
}


@cache
def records(name):
    """The records of ``data/<name>.json`` (read once per process)."""
    with (DATA / f"{name}.json").open(encoding="utf-8") as file:
        return json.load(file)


def keyed(name):
    """(key, record) of every record of ``data/<name>.json``: a list of
    records with a "key", a dict of records by key, or the one record "home"."""
    data = records(name)
    if isinstance(data, list):
        return [(record["key"], record) for record in data]
    if name == "home":
        return [("home", data)]
    return list(data.items())


def target_languages():
    return [code for code, _name in settings.LANGUAGES if code != settings.LANGUAGE_CODE]


def translated_into(record):
    """The languages ``record`` is translated into: its "translated_into",
    every language but English when it has none."""
    languages = record.get("translated_into")
    return [code for code in target_languages() if languages is None or code in languages]


def translate(name, key, record, lookup):
    """{field: value} of the translatable fields of a record, each text
    replaced by ``lookup(context, kind, text)``; ``kind`` is PLAIN or RICH
    (a heading is PLAIN, a paragraph RICH, a programme's title and
    description PLAIN). Empty texts are left as they are."""
    result = {}
    for field, shape in FIELDS[name].items():
        if field not in record:
            continue
        value, context = record[field], f"{key}.{field}"
        if shape in (PLAIN, RICH):
            value = lookup(context, shape, value) if value else value
        elif shape == BLOCKS:
            value = [
                [block, lookup(f"{context}.{index}", PLAIN if block == "heading" else RICH, text)]
                if text
                else [block, text]
                for index, (block, text) in enumerate(value)
            ]
        else:
            value = [
                {
                    **item,
                    **{
                        part: lookup(f"{context}.{index}.{part}", PLAIN, item[part])
                        for part in ("title", "description")
                        if item.get(part)
                    },
                }
                for index, item in enumerate(value)
            ]
        result[field] = value
    return result


def texts(name, key, record):
    """(context, kind, English text) of every non-empty translatable text of
    a record, in order."""
    found = []

    def collect(context, kind, text):
        found.append((context, kind, text))
        return text

    translate(name, key, record, collect)
    return found


def catalogue_files(language):
    """``locale/<language>.po`` and any ``locale/<language>.<part>.po``: one
    language's translations may be split by subject (``de.programme.po``)."""
    main = LOCALE / f"{language}.po"
    return [path for path in [main, *sorted(LOCALE.glob(f"{language}.*.po"))] if path.exists()]


@cache
def catalogue(language):
    """{(msgctxt, msgid): msgstr} of a language's PO files (parsed once
    per process); untranslated and fuzzy entries are left out, as gettext
    does."""
    return {
        (entry.msgctxt, entry.msgid): entry.msgstr
        for path in catalogue_files(language)
        for entry in polib.pofile(str(path))
        if entry.msgstr and not entry.fuzzy and not entry.obsolete
    }


def localized(name):
    """The records of ``data/<name>.json`` with each translatable field as
    {language: value}, in English and every language the record is translated
    into (a text the PO file lacks stays in English): the form in which the
    benchmark's generator recombines texts per language."""
    source = settings.LANGUAGE_CODE
    result = []
    for key, record in keyed(name):
        entry = {field: value for field, value in record.items() if field != "translated_into"}
        for field in FIELDS[name]:
            if field in record:
                entry[field] = {source: record[field]}
        for language in translated_into(record):
            translations = catalogue(language)

            def lookup(context, _kind, text, translations=translations):
                return translations.get((context, text), text)

            for field, value in translate(name, key, record, lookup).items():
                entry[field][language] = value
        result.append((key, entry))
    if isinstance(records(name), list):
        return [entry for _key, entry in result]
    if name == "home":
        return result[0][1]
    return dict(result)
