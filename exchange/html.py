"""The text members write, made safe: what is stored and shown of a post.

Members type plain text (a blank line starts a paragraph, a line break is
kept) and may use a small subset of HTML: ``p br strong em b i ul ol li
blockquote code pre a``. Links keep only their ``href``, only with the
http, https or mailto schemes, and get ``rel="nofollow noopener noreferrer
ugc"``; bare web addresses become links. Everything else (scripts, styles,
event handlers, other tags and attributes) is removed by nh3, and the
result passes nh3 once more at the end, so whatever the formatting step
does, the output holds only the subset.
"""

import html as html_lib
import re

import nh3
from django.utils.html import escape
from django.utils.safestring import mark_safe

TAGS = {"p", "br", "strong", "em", "b", "i", "ul", "ol", "li", "blockquote", "code", "pre", "a"}
#: "*": no attribute on every tag (ammonia would keep title and lang).
ATTRIBUTES = {"a": {"href"}, "*": set()}
URL_SCHEMES = {"http", "https", "mailto"}
LINK_REL = "nofollow noopener noreferrer ugc"
#: Removed with their content, not only their tags.
CONTENT_TAGS = {"script", "style", "template", "iframe", "object", "noscript", "title", "textarea"}
#: Block elements a member may type: the paragraph step leaves them whole.
BLOCKS = {"p", "ul", "ol", "blockquote", "pre"}

# nh3's output always quotes attribute values with '"', and escapes '"' in them.
TOKEN = re.compile(r'(<[^>"]*(?:"[^"]*"[^>"]*)*>)')
TAG_NAME = re.compile(r"<(/?)([a-zA-Z0-9]+)")
BLANK_LINE = re.compile(r"\n[ \t]*\n\s*")
URL = re.compile(r"\b(?:https?://|www\.)[^\s<>\"]+", re.IGNORECASE)
EDGE_BREAKS = re.compile(r"^(?:<br>\s*)+|(?:\s*<br>)+\s*$")
TRAILING = ".,;:!?'*"
# C0/C1 controls but tab and line feed (a carriage return is a line break).
CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def _sanitise(text, link_rel=None):
    return nh3.clean(
        text,
        tags=TAGS,
        clean_content_tags=CONTENT_TAGS,
        attributes=ATTRIBUTES,
        url_schemes=URL_SCHEMES,
        link_rel=link_rel,
        strip_comments=True,
    )


def _link_end(url):
    """Trailing punctuation belongs to the sentence; a closing parenthesis
    only when the address has no opening one."""
    while url and (url[-1] in TRAILING or (url[-1] == ")" and url.count("(") < url.count(")"))):
        url = url[:-1]
    return url


def _linkify(text):
    """Plain text to escaped HTML with its web addresses as links."""
    parts, start = [], 0
    for match in URL.finditer(text):
        url = _link_end(match.group(0))
        if len(url) < len("www.x"):
            continue
        begin, end = match.start(), match.start() + len(url)
        parts.append(escape(text[start:begin]))
        href = url if "://" in url else f"https://{url}"
        parts.append(f'<a href="{escape(href)}">{escape(url)}</a>')
        start = end
    parts.append(escape(text[start:]))
    return "".join(parts)


def _lines(text, link):
    """Escaped text with its line breaks as ``<br>``."""
    rendered = [(_linkify(line) if link else escape(line)) for line in text.split("\n")]
    return "<br>\n".join(rendered)


def _format(safe_html):
    """Blank lines to paragraphs and line breaks to ``<br>`` outside the
    blocks a member typed (``pre`` is left as it is); bare addresses to links
    outside ``a``, ``code`` and ``pre``."""
    out, paragraph, stack = [], [], []

    def flush():
        content = EDGE_BREAKS.sub("", "".join(paragraph).strip())
        if content:
            out.append(f"<p>{content}</p>")
        paragraph.clear()

    for index, token in enumerate(TOKEN.split(safe_html)):
        in_block = bool(stack) and stack[0] in BLOCKS
        target = out if in_block else paragraph
        if index % 2:  # a tag
            match = TAG_NAME.match(token)
            closing, name = match.group(1) == "/", match.group(2).lower()
            if closing:
                if name in stack:
                    del stack[len(stack) - 1 - stack[::-1].index(name) :]
                target.append(token)
                continue
            if not stack and name in BLOCKS:
                flush()
                out.append(token)
            else:
                target.append(token)
            if name != "br":
                stack.append(name)
            continue
        if not token:
            continue
        text = html_lib.unescape(token)
        link = not {"a", "code", "pre"} & set(stack)
        if "pre" in stack:
            target.append(escape(text))
        elif in_block:
            if text.strip():
                target.append(_lines(text.strip("\n"), link))
            else:
                target.append(escape(text))
        else:
            for number, chunk in enumerate(BLANK_LINE.split(text)):
                if number:
                    flush()
                if not paragraph:
                    chunk = chunk.lstrip()
                if chunk:
                    paragraph.append(_lines(chunk, link))
    flush()
    return "".join(out)


def clean(text):
    """Safe HTML of what a member typed (see the module's docstring)."""
    text = str(text or "").replace("\r\n", "\n").replace("\r", "\n")
    text = CONTROLS.sub("", text).strip()
    if not text:
        return mark_safe("")
    # nh3's output holds only the subset above: safe to render as it is.
    return mark_safe(_sanitise(_format(_sanitise(text)), link_rel=LINK_REL))  # noqa: S308


BREAKS = {"p", "br", "li", "ul", "ol", "blockquote", "pre"}


def text(safe_html):
    """The plain text of stored HTML, blocks separated by spaces."""
    pieces = []
    for index, token in enumerate(TOKEN.split(str(safe_html or ""))):
        if index % 2:
            match = TAG_NAME.match(token)
            if match and match.group(2).lower() in BREAKS:
                pieces.append(" ")
        else:
            pieces.append(html_lib.unescape(token))
    return " ".join("".join(pieces).split())


def excerpt(safe_html, length=200):
    """Plain text of stored HTML, cut at a word within ``length`` characters."""
    plain = text(safe_html)
    if len(plain) <= length:
        return plain
    cut = plain[: max(length - 1, 1)]
    if " " in cut[length // 2 :]:
        cut = cut[: cut.rindex(" ")]
    return cut.rstrip(" ,.;:") + "…"


AUTO_LINK = re.compile(r'<a href="([^"]*)" rel="[^"]*">([^<]*)</a>')
TYPED_LINK_REL = re.compile(r'(<a href="[^"]*") rel="[^"]*"')


def _typed_link(match):
    href, label = match.group(1), match.group(2)
    if label == href or f"https://{label}" == href:
        return label  # a bare address the member typed: it becomes a link again
    return f'<a href="{href}">{label}</a>'


def editable(safe_html):
    """Stored HTML back to the text a member edits: paragraphs as blank
    lines, line breaks as new lines, links made from bare addresses as the
    addresses; the formatting they typed stays as tags. ``clean`` of the
    result gives the same HTML again."""
    value = str(safe_html or "")
    value = AUTO_LINK.sub(_typed_link, value)
    value = TYPED_LINK_REL.sub(r"\1", value)
    value = re.sub(r"<br>\n?", "\n", value)
    value = re.sub(r"</p>\s*<p>", "\n\n", value)
    value = re.sub(r"</p>\s*", "\n\n", value)
    value = value.replace("<p>", "")
    pieces = TOKEN.split(value)
    # Text outside tags back from entities (a member typed "<" as "<"),
    # except what would read as a tag: "<" and ">" before letters stay escaped.
    for index in range(0, len(pieces), 2):
        text_piece = html_lib.unescape(pieces[index])
        pieces[index] = re.sub(r"<(?=[/!a-zA-Z?])", "&lt;", text_piece)
    return "".join(pieces).strip()
