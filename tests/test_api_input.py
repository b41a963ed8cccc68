"""Odd input to the public APIs: never a 500, never slow, never an oracle.

API v2 (``/api/v2/``) and the site search (``/api/search/``,
``/api/search/autocomplete/``, ``/<lang>/search/``) are fed long text,
quotes, NUL bytes, full-text operators, huge numbers, bogus operators and
non-integer ids. Every answer must be something other than a 500 and come
within a second (a bound, not a benchmark). API v2's search is switched off:
it answers 400 and points to ``/api/search/``.
"""

import time

import pytest

from cms.models import CustomDocument, CustomImage
from tests.helpers import practice

pytestmark = pytest.mark.django_db

BOUND = 1.0  # seconds, for any single answer

PRIVATE = "returnee-family-case-management"  # the demo's members-only practice
PRIVATE_WORD = "prosecutor"  # appears in its body and nowhere else in the demo

LONG = " ".join(f"word{number} prevention" for number in range(2_000))  # 4,000 words
HUGE = "99999999999999999999"
FTS = 'AND OR NOT NEAR * ^ : ( ) "'

#: Free text, for search boxes and text-valued parameters.
ODD_TEXT = [
    LONG,
    "prevention " * 3_000,
    '"unbalanced quote',
    "'single' \"double\" ''\"\"",
    "school\x00family",
    "\x00",
    FTS,
    'prevention AND (family OR NOT school) NEAR/3 "case" * ^ title:x',
    "NEAR(a b, 3) body:* ^start",
    "((((((((((((((((((((",
    "-",
    "*",
    "\\",
    "%",
    "\u202e\ufeff\u200b",
    "é" * 2_000,
    HUGE,
    "",
]

#: For offset, limit, ids and page numbers.
ODD_NUMBERS = [HUGE, "-1", "abc", "1e3", "5.5", "0x10", " 5", "١٢", "\x00", "", LONG, "1,2"]

ODD_FIELDS = [
    "*",
    "_",
    "-",
    "*,title",
    "_,-title",
    "title(",
    "title)",
    "a(b(c(d(e(f)))))",
    "(" * 500,
    "title(id)",
    "tags(id)",
    "tags(name)",
    "locale(*)",
    "alias_of(parent(title))",
    "parent",
    "-id,-id",
    "html_url(x)",
    "title," * 150 + "title",
    "\x00",
    LONG,
]

ODD_ORDER = [
    "random",
    "-random",
    "title,random",
    "--title",
    "-",
    ",",
    "title,",
    "?",
    "id;drop table",
    "tags",
    "locale",
    "first_published_at,-title",
    "title__foo",
    ",".join(["title"] * 50),
    LONG,
    "\x00",
]

ODD_TYPES = [
    "bogus",
    "practices.PracticePage.x",
    "practices.Bogus",
    "cms.CustomImage",
    "wagtailcore.Page",
    "practices.PracticePage,",
    ",".join(["practices.PracticePage"] * 50),
    "network.User",
    "cms.BasePage",
    "\x00",
    LONG,
]

ODD_PATHS = ["/", "//", "/../../etc/passwd", "/en/", "/practices/", "/%00/", "/x" * 400, LONG, "?"]


def timed_get(client, path, params=None):
    started = time.perf_counter()
    response = client.get(path, params or {})
    elapsed = time.perf_counter() - started
    if getattr(response, "streaming", False):
        response.close()
    return response, elapsed


def describe(path, params):
    shown = {name[:40]: value[:40] + ("…" if len(value) > 40 else "") for name, value in params}
    return f"{path} {shown}"


def run_cases(client, cases):
    """Every (path, params) once: the problems found, as readable lines."""
    client.raise_request_exception = False  # collect every 500, not the first one
    problems = []
    for path, params in cases:
        response, elapsed = timed_get(client, path, dict(params))
        if response.status_code >= 500:
            error = response.exc_info[1] if response.exc_info else ""
            problems.append(f"{response.status_code} for {describe(path, params)}: {error!r:.200}")
        if elapsed > BOUND:
            problems.append(f"{elapsed:.2f}s for {describe(path, params)}")
    return problems


def assert_search_moved(response):
    assert response.status_code == 400, response.content[:300]
    assert "/api/search/" in response.json()["message"]


# --- API v2 ------------------------------------------------------------------


@pytest.fixture
def api_paths(db):
    """Every API v2 endpoint: listings, find and detail views of public objects."""
    page = practice("municipal-prevention-network")
    assert not page.members_only
    paths = [
        "/api/v2/pages/",
        "/api/v2/pages/find/",
        f"/api/v2/pages/{page.pk}/",
        f"/api/v2/pages/{HUGE}/",
        "/api/v2/images/",
        "/api/v2/images/find/",
        f"/api/v2/images/{HUGE}/",
        "/api/v2/documents/",
        "/api/v2/documents/find/",
        f"/api/v2/documents/{HUGE}/",
    ]
    document = CustomDocument.objects.filter(members_only=False).first()
    if document is not None:
        paths.append(f"/api/v2/documents/{document.pk}/")
    image = CustomImage.objects.first()
    if image is not None:
        paths.append(f"/api/v2/images/{image.pk}/")
    return paths


def common_cases(path):
    for value in ODD_NUMBERS:
        yield path, [("offset", value)]
        yield path, [("limit", value)]
        yield path, [("id", value)]
    yield path, [("limit", "101")]
    yield path, [("offset", "100000"), ("limit", "100")]
    for value in ODD_FIELDS:
        yield path, [("fields", value)]
    for value in ODD_ORDER:
        yield path, [("order", value)]
    yield path, [("order", "random"), ("offset", "0")]
    yield path, [("order", "random"), ("offset", "5")]
    for value in ("bogus", "", "\x00", "html", "raw"):
        yield path, [("rich_text_format", value)]
    for value in ("bogus", "json", "api", "\x00"):
        yield path, [("format", value)]
    for text in ODD_TEXT:
        yield path, [("title", text)]
        yield path, [("tags", text)]
    yield path, [("tags", ",".join(["a"] * 200))]
    yield path, [("\x00", "1")]
    yield path, [("title\x00", "x")]
    yield path, [("bogus", "1")]
    yield path, [("x" * 5_000, "1")]
    yield path, [("_", "1")]


def page_cases(path):
    for value in ODD_TYPES:
        yield path, [("type", value)]
    for name in ("child_of", "descendant_of", "ancestor_of", "translation_of"):
        for value in [*ODD_NUMBERS, "root", "0"]:
            yield path, [(name, value)]
    yield path, [("child_of", "root"), ("descendant_of", "root")]
    for value in ("xx", "EN", "en-gb", "", "\x00", LONG, "fr"):
        yield path, [("locale", value)]
    for value in (
        "bogus",
        "localhost:abc",
        f"localhost:{HUGE}",
        "testserver:80",
        ":",
        "\x00",
        LONG,
    ):
        yield path, [("site", value)]
    for name, value in [
        ("first_published_at", "not a date"),
        ("first_published_at", "2020-13-45"),
        ("first_published_at", HUGE),
        ("show_in_menus", "maybe"),
        ("alias_of", "abc"),
        ("alias_of", HUGE),
        ("slug", LONG),
        ("seo_title", "\x00"),
    ]:
        yield path, [(name, value)]
    for name, value in [
        ("year_started", HUGE),
        ("year_started", "abc"),
        ("is_demo", "maybe"),
        ("approach", LONG),
        ("public_body", "x"),
    ]:
        yield path, [("type", "practices.PracticePage"), (name, value)]
    for name, value in [
        ("start_date", "not a date"),
        ("start_date", "2020-02-30"),
        ("seats", HUGE),
        ("seats", "-1"),
        ("registration_opens", "yesterday"),
    ]:
        yield path, [("type", "programme.SessionPage"), (name, value)]
    for value in ODD_PATHS:
        yield path, [("html_path", value)]


def image_cases(path):
    for name in ("width", "height"):
        for value in (HUGE, "abc", "-1"):
            yield path, [(name, value)]


def search_cases(path):
    for text in ODD_TEXT:
        yield path, [("search", text)]
        yield path, [("search", "prevention"), ("search_operator", text)]
    for operator in ("and", "or", "bogus", HUGE):
        yield path, [("search", "prevention"), ("search_operator", operator)]
        yield path, [("search_operator", operator)]
    yield path, [("type", "practices.PracticePage"), ("search", LONG)]


def api_cases(path):
    yield from common_cases(path)
    if path.startswith("/api/v2/pages/"):
        yield from page_cases(path)
    if path.startswith("/api/v2/images/"):
        yield from image_cases(path)


def test_api_v2_never_answers_500_nor_slowly(client, api_paths):
    client.get("/api/v2/pages/")  # warm up (first queries, caches)
    problems = []
    for path in api_paths:
        problems += run_cases(client, api_cases(path))
    assert not problems, "\n".join(problems)


def test_api_v2_search_answers_400_pointing_to_the_site_search(client, api_paths):
    problems = []
    for path in api_paths:
        for _path, params in search_cases(path):
            response, elapsed = timed_get(client, path, dict(params))
            message = response.json().get("message", "") if response.status_code == 400 else ""
            if "/api/search/" not in message:
                problems.append(f"{response.status_code} for {describe(path, params)}")
            if elapsed > BOUND:
                problems.append(f"{elapsed:.2f}s for {describe(path, params)}")
    assert not problems, "\n".join(problems)


def test_api_v2_search_parameters_answer_400_with_the_reason(client):
    response = client.get("/api/v2/documents/", {"search": "pack"})
    assert_search_moved(response)
    assert "switched off" in response.json()["message"]


def test_api_v2_answers_400_for_invalid_numbers_and_names(client):
    cases = [
        ("/api/v2/pages/", {"offset": HUGE}),
        ("/api/v2/pages/", {"limit": "101"}),
        ("/api/v2/pages/", {"limit": "-1"}),
        ("/api/v2/pages/", {"order": "random", "offset": "0"}),
        ("/api/v2/pages/", {"order": "--title"}),
        ("/api/v2/pages/", {"type": "bogus"}),
        ("/api/v2/pages/", {"child_of": "abc"}),
        ("/api/v2/pages/", {"translation_of": HUGE}),
        ("/api/v2/pages/", {"locale": "xx"}),
        ("/api/v2/pages/", {"fields": "a(b(c(d(e))))"}),
        ("/api/v2/pages/", {"first_published_at": "not a date"}),
        ("/api/v2/pages/", {"title": "a\x00b"}),
        ("/api/v2/pages/find/", {"id": "abc"}),
        ("/api/v2/images/", {"tags": ",".join(["a"] * 200)}),
    ]
    for path, params in cases:
        response = client.get(path, params)
        assert response.status_code == 400, (path, params, response.content[:300])
        assert response.json()["message"]


def test_api_v2_still_answers_ordinary_requests(client):
    page = practice("municipal-prevention-network")
    listing = client.get(
        "/api/v2/pages/",
        {"type": "practices.PracticePage", "locale": "en", "order": "-title", "limit": "100"},
    )
    assert listing.status_code == 200
    assert page.pk in [item["id"] for item in listing.json()["items"]]
    children = client.get("/api/v2/pages/", {"child_of": "root", "fields": "_,id,title"})
    assert children.status_code == 200
    found = client.get("/api/v2/pages/find/", {"id": str(page.pk)})
    assert found.status_code == 302
    assert client.get(f"/api/v2/pages/{page.pk}/", {"fields": "title"}).status_code == 200
    assert client.get("/api/v2/pages/find/", {"html_path": "/practices/"}).status_code == 302


# --- the site search -----------------------------------------------------------


def site_search_cases():
    for path in ("/api/search/", "/api/search/autocomplete/", "/en/search/"):
        for text in ODD_TEXT:
            yield path, [("q", text)]
            yield path, [("q", "prevention"), ("locale", text)]
        for value in ODD_NUMBERS:
            yield path, [("q", "prevention"), ("page", value)]
            yield path, [("q", "prevention"), ("page_size", value)]
        for name, value in [
            ("sort", "bogus"),
            ("sort", LONG),
            ("languages", "bogus"),
            ("topic", "bogus"),
            ("topic", "\x00"),
            ("kind", LONG),
            ("country", HUGE),
            ("search_operator", "bogus"),
        ]:
            yield path, [("q", "prevention"), (name, value)]


def test_site_search_never_answers_500_nor_slowly(client):
    for path in ("/api/search/", "/api/search/autocomplete/", "/en/search/"):
        client.get(path, {"q": "prevention"})  # warm up (the facet index, templates)
    problems = run_cases(client, site_search_cases())
    assert not problems, "\n".join(problems)


# --- members-only text is no oracle ------------------------------------------------


def test_a_members_only_word_is_not_findable_by_the_public(client, member_client):
    page = practice(PRIVATE)
    assert page.members_only
    assert PRIVATE_WORD in str(page.body).lower()

    for path in ("/api/v2/pages/", "/api/v2/documents/", "/api/v2/images/"):
        assert_search_moved(
            client.get(path, {"type": "practices.PracticePage", "search": PRIVATE_WORD})
            if path == "/api/v2/pages/"
            else client.get(path, {"search": PRIVATE_WORD})
        )

    public = client.get("/api/search/", {"q": PRIVATE_WORD})
    assert public.status_code == 200
    assert public.json()["count"] == 0
    suggestions = client.get("/api/search/autocomplete/", {"q": PRIVATE_WORD})
    assert page.url not in [hit["url"] for hit in suggestions.json()["results"]]

    # The word is really there: a member finds the practice by it.
    members = member_client.get("/api/search/", {"q": PRIVATE_WORD})
    assert page.pk in [hit["id"] for hit in members.json()["results"]]


# --- listings, pages and files ------------------------------------------------------


def page_and_file_cases():
    """The filters of every listing, and the file and document addresses."""
    from cms.models import CustomDocument
    from practices.models import ExpertIndexPage, PracticeIndexPage

    listings = [
        PracticeIndexPage.objects.get(locale__language_code=code).url for code in ["en", "fr"]
    ]
    listings.append(ExpertIndexPage.objects.get(locale__language_code="en").url)
    names = ["page", "topic", "country", "organisation", "form", "target", "approach"]
    names += ["evidence", "status", "year", "expertise", "language", "q", "sort"]
    values = [HUGE, "-1", "abc", "\x00", "", LONG, '"unbalanced quote', FTS]
    for path in [*listings, "/en/"]:
        for name in names:
            for value in values:
                yield path, [(name, value)]
    document = CustomDocument.objects.first()
    for path in [
        *(f"/en/practices{odd}" for odd in ODD_PATHS),
        *(f"/files{odd}" for odd in ODD_PATHS),
        "/files/documents/%00",
        f"/files/{document.file.name}x",
        f"/documents/{HUGE}/{document.filename}",
        f"/documents/{document.pk}/{'x' * 300}",
        "/documents/abc/x.pdf",
    ]:
        yield path, []
    for value in ODD_TEXT[:6]:
        yield "/en/accounts/login/", [("next", value)]


def test_listings_pages_and_files_never_answer_500_nor_slowly(client):
    client.get("/en/practices/")  # warm up
    problems = run_cases(client, page_and_file_cases())
    assert not problems, "\n".join(problems)
