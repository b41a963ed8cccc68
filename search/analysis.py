"""Text analysis shared by every engine: the same words make the same terms.

Words are lower-cased, stemmed with the Snowball stemmer of the document's
language, then folded to ASCII, so ``écoles`` and ``école`` both become
``ecol`` and ``Prévenir`` is found by ``prevenir``. Stemming happens here, in
Python, at index and at query time, because SQLite has no stemmer for French
or German and PostgreSQL's would differ from it; both database engines then
index the same ready-made terms.
"""

import re
import unicodedata
from functools import lru_cache

import Stemmer

STEMMER_LANGUAGES = {
    "en": "english",
    "fr": "french",
    "de": "german",
    "it": "italian",
    "es": "spanish",
}

#: Longest query we analyse; anything beyond is ignored rather than refused.
MAX_QUERY_CHARS = 500
MAX_QUERY_TERMS = 24
#: Longer "words" (pasted hashes, URLs without punctuation) are not indexed.
MAX_WORD_CHARS = 60

WORD = re.compile(r"\w+", re.UNICODE)
# Elisions: l'école, dell'Europa, d'un -> école, Europa, un
ELISION = re.compile(r"\b(?:[ldjmnstc]|qu|dell|dall|nell|sull|all)['’]", re.IGNORECASE)


@lru_cache(maxsize=8)
def stemmer(language):
    return Stemmer.Stemmer(STEMMER_LANGUAGES.get(language, "english"))


COMBINING = re.compile(r"[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")


def fold(text):
    """Remove accents: é -> e, ä -> a (ß and other letters stay)."""
    if text.isascii():
        return text
    return COMBINING.sub("", unicodedata.normalize("NFKD", text))


def _raw_words(text):
    """Lower-cased \\w+ runs, elisions dropped (the regex only runs when
    there is an apostrophe: most texts have none)."""
    text = (text or "").lower()
    if "'" in text or "’" in text:
        text = ELISION.sub("", text)
    return WORD.findall(text)


def words(text):
    return [word for word in _raw_words(text) if "_" not in word]


class _Terms(dict):
    """word -> index term (stemmed, then folded) of one language, computed
    once per word: a full rebuild analyses millions of words drawn from a
    vocabulary of thousands, and a look-up mapped in C is many times
    faster than stemming and folding each occurrence again."""

    #: Bounded, for long-lived processes fed unusual words by readers' queries.
    MAX_WORDS = 200_000

    def __init__(self, language):
        super().__init__()
        self.stemmer = stemmer(language)

    def __missing__(self, word):
        if "_" in word or len(word) > MAX_WORD_CHARS:
            term = ""  # \w matches "_"; a 'word' this long is no word anyone searches
        else:
            term = "".join(fold(self.stemmer.stemWord(word)).split())
        if len(self) >= self.MAX_WORDS:
            self.clear()
        self[word] = term
        return term


_TERMS = {}


def terms(text, language):
    """The index terms of a text in one language (stemmed, then folded)."""
    table = _TERMS.get(language)
    if table is None:
        table = _TERMS[language] = _Terms(language)
    return list(filter(None, map(table.__getitem__, _raw_words(text))))


def query_terms(text, language):
    """Terms of a reader's query: bounded, de-duplicated, order kept.

    Any engine syntax (quotes, operators, NUL bytes) is just punctuation here.
    """
    text = (text or "").replace("\x00", " ")[:MAX_QUERY_CHARS]
    seen = []
    for term in terms(text, language):
        if term not in seen:
            seen.append(term)
    return seen[:MAX_QUERY_TERMS]


def prefix_terms(text, language):
    """Terms for autocomplete: the last word is a prefix, so it is not stemmed."""
    text = (text or "").replace("\x00", " ")[:MAX_QUERY_CHARS]
    raw = words(text)
    if not raw:
        return [], ""
    complete = [fold(term) for term in stemmer(language).stemWords(raw[:-1])]
    return complete[:MAX_QUERY_TERMS], fold(raw[-1])
