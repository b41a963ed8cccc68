"""What members type is stored as a small safe subset of HTML (exchange.html)."""

import pytest

from exchange.html import clean, editable, excerpt

REL = 'rel="nofollow noopener noreferrer ugc"'


def test_blank_lines_make_paragraphs_and_line_breaks_stay():
    assert str(clean("Hello\nworld\n\nSecond")) == "<p>Hello<br>\nworld</p><p>Second</p>"


def test_scripts_are_removed_with_their_content():
    assert str(clean("<script>alert(1)</script>Safe")) == "<p>Safe</p>"
    assert "alert" not in clean("<svg><script>alert(1)</script></svg>")


def test_event_handlers_and_their_tags_are_removed():
    cleaned = str(clean('<img src=x onerror="alert(1)">Hi <b onclick="x()">there</b>'))
    assert cleaned == "<p>Hi <b>there</b></p>"


def test_javascript_links_lose_their_address():
    cleaned = str(clean('<a href="javascript:alert(1)">click</a> <a href="JaVaScRiPt:x">two</a>'))
    assert "javascript" not in cleaned.lower()
    assert "href" not in cleaned


def test_style_attributes_and_style_elements_are_removed():
    cleaned = str(clean('<p style="position:fixed">A</p><style>p{color:red}</style>B'))
    assert "style" not in cleaned
    assert "color" not in cleaned
    assert "A" in cleaned and "B" in cleaned


def test_other_attributes_are_removed_even_harmless_looking_ones():
    assert str(clean('<a href="https://x.org" title="t" id="i" class="c">x</a>')) == (
        f'<p><a href="https://x.org" {REL}>x</a></p>'
    )


def test_allowed_formatting_is_kept():
    cleaned = str(
        clean("<strong>a</strong> <em>b</em> <code>c</code>\n\n<blockquote>q</blockquote>")
    )
    assert "<strong>a</strong>" in cleaned
    assert "<em>b</em>" in cleaned
    assert "<code>c</code>" in cleaned
    assert "<blockquote>q</blockquote>" in cleaned


def test_lists_are_kept_without_line_breaks_between_items():
    cleaned = str(clean("<ul>\n<li>one</li>\n<li>two</li>\n</ul>"))
    assert cleaned == "<ul>\n<li>one</li>\n<li>two</li>\n</ul>"


def test_bare_addresses_become_safe_links_and_sentence_punctuation_stays_out():
    cleaned = str(clean("See https://example.org/a?b=1&c=2. And www.efus.eu"))
    assert f'<a href="https://example.org/a?b=1&amp;c=2" {REL}>' in cleaned
    assert "</a>." in cleaned
    assert f'<a href="https://www.efus.eu" {REL}>www.efus.eu</a>' in cleaned


def test_typed_links_get_the_safe_rel_and_mailto_is_allowed():
    cleaned = str(clean('<a href="mailto:a@b.eu" rel="opener">mail</a>'))
    assert cleaned == f'<p><a href="mailto:a@b.eu" {REL}>mail</a></p>'


def test_an_address_inside_code_or_a_link_is_not_linked_again():
    cleaned = str(clean("<code>https://x.org</code> <a href='https://y.org'>https://y.org</a>"))
    assert cleaned.count("<a ") == 1
    assert "<code>https://x.org</code>" in cleaned


def test_text_that_looks_like_html_is_escaped():
    assert str(clean("a < b & c > d")) == "<p>a &lt; b &amp; c &gt; d</p>"
    cleaned = str(clean('"><img src=x onerror=alert(1)>'))
    assert "<img" not in cleaned and "onerror" not in cleaned


@pytest.mark.parametrize(
    "payload",
    [
        "<iframe src=javascript:alert(1)></iframe>",
        "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
        '<a href="data:text/html,<script>alert(1)</script>">x</a>',
        "<form action=javascript:alert(1)><button>x</button></form>",
        "<object data=x></object><embed src=x>",
        "<!--<img src=x onerror=alert(1)>-->",
        '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>',
        '<a href="&#106;avascript:alert(1)">x</a>',
    ],
)
def test_known_attacks_leave_nothing_active(payload):
    cleaned = str(clean(payload)).lower()
    for active in (
        "<script",
        "<img",
        "<iframe",
        "onerror",
        "javascript:",
        "data:",
        "<form",
        "<style",
    ):
        assert active not in cleaned


def test_empty_and_control_characters():
    assert str(clean("")) == ""
    assert str(clean("  \n\n ")) == ""
    assert str(clean("a\x00b\x07c")) == "<p>abc</p>"


def test_excerpt_is_plain_text_cut_at_a_word():
    stored = clean("<strong>Hello</strong> world\n\nand a second paragraph that goes on")
    assert excerpt(stored, 200) == "Hello world and a second paragraph that goes on"
    short = excerpt(stored, 20)
    assert short.endswith("…") and len(short) <= 20
    assert "<" not in short


def test_editing_gives_back_the_text_that_was_typed():
    typed = "Hello\nworld\n\nSee https://example.org and <strong>this</strong>."
    assert editable(clean(typed)) == typed
    assert clean(editable(clean(typed))) == clean(typed)
