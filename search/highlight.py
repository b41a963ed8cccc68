"""Highlighted snippets: the passage of a document's public text that holds
the most query terms, with those words marked. Built from escaped pieces;
no HTML from the document is trusted."""

import re

from django.utils.html import escape
from django.utils.safestring import mark_safe

from search.analysis import terms

WORD_OR_OTHER = re.compile(r"(\w+)", re.UNICODE)
SNIPPET_WORDS = 30


def highlight(text, query_terms, language, fallback=""):
    if not text:
        return escape(fallback)
    wanted = set(query_terms)
    pieces = WORD_OR_OTHER.split(text)
    words = [(index, piece) for index, piece in enumerate(pieces) if index % 2 == 1]
    hits = set()
    if wanted:
        for index, word in words:
            stemmed = terms(word, language)
            if stemmed and stemmed[0] in wanted:
                hits.add(index)
    if not hits:
        return escape(fallback or " ".join(word for _index, word in words[:SNIPPET_WORDS]))
    # the window of SNIPPET_WORDS words with the most hits
    positions = [index for index, _word in words]
    best_start, best_count = 0, -1
    for start in range(0, max(1, len(positions) - SNIPPET_WORDS + 1), 5):
        window = positions[start : start + SNIPPET_WORDS]
        count = sum(1 for index in window if index in hits)
        if count > best_count:
            best_start, best_count = start, count
    window = positions[best_start : best_start + SNIPPET_WORDS]
    first, last = window[0], window[-1]
    out = ["… " if best_start > 0 else ""]
    for index in range(first, last + 1):
        piece = escape(pieces[index])
        out.append(f"<mark>{piece}</mark>" if index in hits else piece)
    if last < positions[-1]:
        out.append(" …")
    return mark_safe("".join(out))  # noqa: S308 (every piece above is escaped)
