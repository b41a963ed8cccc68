"""Each language names the network's sessions with one word, in its
interface and in the demo content (issue 10: German used "Schulung",
"Veranstaltung" and "Fortbildung" for the same thing). No database: the
catalogues alone.

What is checked, precisely:

- *Interface* (every ``django.po`` of the project in that language): a
  string whose English names a session (``session``, ``sessions``) or a
  training (``training``, ``trainings``) uses the language's word and no
  other word for a session; German strings use none of the words it
  replaced anywhere, unless the English says what that word means there (an
  "event" is a Veranstaltung).
- *Demo content* (``home/demo/locale/<lang>.po`` and its part files), in every
  record but the practices (a practice's own courses, meetings and events are
  not the network's sessions): a text whose English names a session or a
  training session uses the language's word; no text uses a word for a
  session the language does not use, unless the English says what that word
  means there (an "event" is a Veranstaltung, a "seminar" a Seminar).
"""

import re
from pathlib import Path

import polib
import pytest

from home.demo import catalogue_files, keyed

ROOT = Path(__file__).resolve().parents[2]

#: The words each language uses for the network's sessions (stems, matched
#: without case): French "session (de formation)", Italian "sessione (di
#: formazione)", Spanish "sesión (de formación)" ("des formations": trainings),
#: German "Fortbildung" alone.
WORD = {
    "fr": ("session", "formation"),
    "it": ("session", "formazion"),
    "es": ("sesi", "formaci"),
    "de": ("fortbildung",),
}

#: Words a language does not use for a session -> the English words that
#: allow them (what the text then speaks of), matched without case.
OTHER_WORDS = {
    "de": {
        "schulung": (),
        "lehrgang": (),
        r"\btraining": (),
        "sitzung": ("meeting", "chamber", "cookie"),
        "veranstaltung": ("event",),
        "seminar": ("seminar",),
        r"\bkurs": ("course",),
    },
    "fr": {"séance": (), r"\bstage": ()},
    "it": {"seduta": (), r"\bcorso": ("course",)},
    "es": {r"\bjornada": (), r"\bcurso": ("course",)},
}

#: Demo texts where "session" is not one of the network's sessions.
NOT_THE_NETWORKS_SESSIONS = {
    # The participants design awareness-raising sessions for their staff.
    "augsburg-2015.programme.3.description",
}

# A session cookie is the browser's, not the network's.
SESSION = re.compile(r"\bsessions?\b(?! ?(cookie|id))", re.IGNORECASE)
TRAINING = re.compile(r"\btrainings?\b", re.IGNORECASE)
TRAINING_SESSION = re.compile(r"\btraining sessions?\b|\btrainings\b", re.IGNORECASE)


def text_of(entry):
    return entry.msgstr or " ".join(entry.msgstr_plural.values())


def interface_catalogues(language):
    found = sorted(ROOT.glob(f"*/locale/{language}/LC_MESSAGES/django.po"))
    found.append(ROOT / "locale" / language / "LC_MESSAGES" / "django.po")
    return [path for path in found if ".venv" not in path.parts and path.exists()]


def uses_word(language, text):
    return any(stem in text.lower() for stem in WORD[language])


def practice_keys():
    return {key for key, _record in keyed("practices")}


def other_words_in(language, english, translated):
    wrong = []
    for pattern, allowed_by in OTHER_WORDS[language].items():
        if re.search(pattern, translated, re.IGNORECASE) and not any(
            word in english.lower() for word in allowed_by
        ):
            wrong.append(pattern)
    return wrong


@pytest.mark.parametrize("language", sorted(WORD))
def test_the_interface_names_sessions_with_one_word(language):
    wrong = []
    for path in interface_catalogues(language):
        for entry in polib.pofile(str(path)):
            english, translated = entry.msgid + " " + entry.msgid_plural, text_of(entry)
            if not translated:
                continue
            where = f"{path.relative_to(ROOT)}: {entry.msgid!r} -> {translated!r}"
            names_a_session = SESSION.search(english) or TRAINING.search(english)
            if names_a_session and not uses_word(language, translated):
                wrong.append(f"{where}: not {WORD[language]!r}")
            # German: in every string (an "event" may be a Veranstaltung).
            if (names_a_session or language == "de") and (
                found := other_words_in(language, english, translated)
            ):
                wrong.append(f"{where}: {found}")
    assert wrong == []


@pytest.mark.parametrize("language", sorted(WORD))
def test_the_demo_content_names_sessions_with_one_word(language):
    practices = practice_keys()
    wrong = []
    checked = 0
    for path in catalogue_files(language):
        for entry in polib.pofile(str(path)):
            record = entry.msgctxt.split(".")[0]
            if record in practices or not entry.msgstr:
                continue
            where = f"{path.name}: {entry.msgctxt}: {entry.msgstr[:80]!r}"
            names_a_session = (
                SESSION.search(entry.msgid) and entry.msgctxt not in NOT_THE_NETWORKS_SESSIONS
            ) or TRAINING_SESSION.search(entry.msgid)
            if names_a_session:
                checked += 1
                if not uses_word(language, entry.msgstr):
                    wrong.append(f"{where}: not {WORD[language]!r}")
            if found := other_words_in(language, entry.msgid, entry.msgstr):
                wrong.append(f"{where}: {found}")
    assert checked >= 20
    assert wrong == []


def test_german_uses_fortbildung_for_the_session_index_and_its_kinds():
    interface = {}
    for path in interface_catalogues("de"):
        for entry in polib.pofile(str(path)):
            interface.setdefault(entry.msgid, entry.msgstr)
    assert interface["Training session"] == "Fortbildung"
    assert interface["sessions"] == "Fortbildungen"
    assert interface["Upcoming sessions"] == "Kommende Fortbildungen"
    # A thematic seminar is a kind of session with a name of its own.
    assert interface["Thematic seminar"] == "Themenseminar"
