"""The project API (django-ninja, ``cms.project_api``) at /api/: its schema,
its docs page under the site's Content-Security-Policy, its one error shape
(problem details), and schemathesis against the schema, in-process."""

import time

import hypothesis
import pytest
import schemathesis
from django.core.handlers.wsgi import WSGIHandler
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from django.test import Client
from django.urls import reverse
from hypothesis import HealthCheck, Phase
from schemathesis import GenerationMode

from search.engine import FacetIndex
from search.models import IndexVersion
from search.registry import facet_names

PROBLEM = "application/problem+json"
SEARCH = "/api/search/"
AUTOCOMPLETE = "/api/search/autocomplete/"


def assert_problem(response, status):
    assert response.status_code == status, response.content[:500]
    assert response["Content-Type"] == PROBLEM
    data = response.json()
    assert set(data) == {"type", "title", "status", "detail", "errors"}
    assert data["type"] == "about:blank"
    assert data["status"] == status
    assert data["title"] and data["detail"]
    return data


# --- the schema ------------------------------------------------------------------


@pytest.mark.django_db
def test_the_schema_is_openapi_3_1_and_documents_every_search_parameter(client):
    response = client.get("/api/openapi.json")
    assert response.status_code == 200
    schema = response.json()
    assert schema["openapi"] == "3.1.0"
    # The members' routers are tests/api/test_schema.py's.
    assert {path for path in schema["paths"] if path.startswith("/api/search/")} == {
        SEARCH,
        AUTOCOMPLETE,
    }
    search = schema["paths"][SEARCH]["get"]
    parameters = {parameter["name"]: parameter for parameter in search["parameters"]}
    assert set(parameters) == {
        "q",
        "locale",
        "languages",
        "sort",
        "page",
        "page_size",
        *facet_names(),
    }
    assert parameters["page_size"]["schema"] == {
        "type": "integer",
        "minimum": 1,
        "maximum": 50,
        "default": 20,
    }
    assert parameters["sort"]["schema"]["enum"] == ["relevance", "newest", "title"]
    assert parameters["languages"]["schema"]["enum"] == ["all"]
    assert parameters["locale"]["schema"]["enum"] == ["en", "fr", "de", "it", "es"]
    for name in facet_names():
        assert parameters[name]["schema"]["type"] == "array"
        assert parameters[name]["explode"] is True
    ok = search["responses"]["200"]["content"]["application/json"]["schema"]
    assert ok == {"$ref": "#/components/schemas/SearchResults"}
    for operation in (search, schema["paths"][AUTOCOMPLETE]["get"]):
        bad = operation["responses"]["400"]["content"]
        assert bad == {PROBLEM: {"schema": {"$ref": "#/components/schemas/Problem"}}}
    components = schema["components"]["schemas"]
    assert set(components["SearchFacets"]["properties"]) == set(facet_names())
    assert set(components["Problem"]["properties"]) == {
        "type",
        "title",
        "status",
        "detail",
        "errors",
    }


def test_the_site_search_keeps_its_addresses_and_names():
    assert reverse("search-api") == reverse("api:search") == SEARCH
    assert reverse("search-autocomplete") == reverse("api:autocomplete") == AUTOCOMPLETE
    assert reverse("api:openapi-json") == "/api/openapi.json"
    assert reverse("api:openapi-view") == "/api/docs"


# --- the docs page -----------------------------------------------------------------


@pytest.mark.django_db
def test_the_docs_page_needs_no_cdn_and_no_inline_script(client):
    response = client.get("/api/docs")
    assert response.status_code == 200
    body = response.content.decode()
    assert "/static/ninja/swagger-ui-bundle.js" in body
    assert "/static/ninja/swagger-ui-init.js" in body
    assert "http://" not in body and "https://" not in body  # nothing from elsewhere
    # The only inline <script> is data (the settings as JSON), which CSP does not run.
    assert body.count("<script") == 3
    assert body.count('<script type="application/json" id="swagger-settings">') == 1
    # ... so the site's policy is sent unchanged: no 'unsafe-inline', no nonce.
    policy = response["Content-Security-Policy"]
    assert "script-src 'self';" in policy and "style-src 'self';" in policy
    assert "unsafe" not in policy and "nonce" not in policy


# --- one error shape ----------------------------------------------------------------


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("path", "params", "parameter"),
    [
        (SEARCH, {"topic": "no-such-topic"}, "topic"),
        (SEARCH, {"page_size": "51"}, "page_size"),
        (SEARCH, {"locale": "xx"}, "locale"),
        (AUTOCOMPLETE, {"q": "scuo", "locale": "xx"}, "locale"),
    ],
)
def test_bad_parameters_are_problems_naming_the_parameter(client, path, params, parameter):
    data = assert_problem(client.get(path, params), 400)
    assert data["title"] == "Bad Request"
    assert set(data["errors"]) == {parameter}
    assert parameter in data["detail"]


@pytest.mark.django_db
def test_every_parameter_at_fault_is_named(client):
    data = assert_problem(client.get(SEARCH, {"sort": "random", "page": "0", "year": "1"}), 400)
    assert set(data["errors"]) == {"sort", "page", "year"}
    assert all(data["errors"].values())


@pytest.mark.django_db
@pytest.mark.parametrize("path", ["/api/", "/api/nothing-here/", "/api/search/nothing/"])
def test_unknown_addresses_are_404_problems(client, path):
    data = assert_problem(client.get(path), 404)
    assert data["errors"] == {}
    assert "/api/docs" in data["detail"]


@pytest.mark.django_db
def test_an_address_without_its_slash_is_redirected_then_a_problem(client):
    response = client.get("/api/search", {"q": "school"})
    assert response.status_code == 301
    assert response["Location"] == "/api/search/?q=school"
    assert client.get("/api/nothing", follow=True).status_code == 404


@pytest.mark.django_db
@pytest.mark.parametrize("method", ["post", "put", "patch", "delete", "options"])
def test_other_methods_are_405_problems(client, method):
    response = getattr(client, method)(SEARCH)
    data = assert_problem(response, 405)
    assert response["Allow"] == "GET"
    assert method.upper() in data["detail"]


@pytest.mark.django_db
def test_head_is_answered_as_get(client):
    assert client.head(SEARCH, {"q": "school"}).status_code == 200
    assert client.head(AUTOCOMPLETE, {"locale": "xx"}).status_code == 400


@pytest.mark.django_db
def test_a_failure_of_the_code_is_a_500_problem(monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("broken on purpose")

    monkeypatch.setattr("search.api.autocomplete", broken)
    client = Client(raise_request_exception=False)
    data = assert_problem(client.get(AUTOCOMPLETE, {"q": "scuo"}), 500)
    assert "broken on purpose" not in data["detail"]


@pytest.mark.django_db
def test_wagtail_api_v2_is_left_as_it_was(client):
    assert client.get("/api/v2/pages/", {"limit": "1"}).status_code == 200
    response = client.get("/api/v2/pages/", {"limit": "101"})
    assert response.status_code == 400
    assert response["Content-Type"] == "application/json"
    assert "message" in response.json()
    assert client.get("/api/v2/nothing/")["Content-Type"] != PROBLEM


# --- schemathesis ----------------------------------------------------------------------

#: The series of generated cases: (operation, generation mode, facet values as
#: generated or taken from the index, number of cases): 800 in all. Facet values
#: generated from the schema are any strings, which the search refuses (400): the
#: "known" series draws them from the index instead, so that its cases are all
#: valid and must all be answered 200 (``positive_data_acceptance``).
SERIES = [
    (SEARCH, GenerationMode.POSITIVE, "generated", 200),
    (SEARCH, GenerationMode.POSITIVE, "known", 250),
    (SEARCH, GenerationMode.NEGATIVE, "generated", 150),
    (AUTOCOMPLETE, GenerationMode.POSITIVE, "generated", 120),
    (AUTOCOMPLETE, GenerationMode.NEGATIVE, "generated", 80),
]


@pytest.fixture
def wsgi_app():
    """Django's WSGI application, in this thread and this test's transaction.
    As Django's test client does, the connection is not closed at the end of
    each request (that would end the test's transaction)."""
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    try:
        yield WSGIHandler()
    finally:
        request_started.connect(close_old_connections)
        request_finished.connect(close_old_connections)


def checks(*, all_valid=False):
    from schemathesis.checks import not_a_server_error
    from schemathesis.specs.openapi.checks import (
        content_type_conformance,
        negative_data_rejection,
        positive_data_acceptance,
        response_headers_conformance,
        response_schema_conformance,
        status_code_conformance,
    )

    run = [
        not_a_server_error,
        status_code_conformance,
        content_type_conformance,
        response_headers_conformance,
        response_schema_conformance,
        negative_data_rejection,
    ]
    return [*run, positive_data_acceptance] if all_valid else run


def with_known_facet_values(strategy):
    """``strategy``'s cases with each facet parameter they send given values
    drawn from the index (none to three per facet)."""
    strategies = hypothesis.strategies
    index = FacetIndex.get(IndexVersion.current())
    values = strategies.fixed_dictionaries(
        {
            name: strategies.lists(strategies.sampled_from(sorted(index.values[name])), max_size=3)
            for name in facet_names()
        }
    )

    def known(pair):
        case, chosen = pair
        for name in facet_names():
            if name in case.query:
                case.query[name] = chosen[name]
        return case

    return strategies.tuples(strategy, values).map(known)


def exercise(operation, mode, facets, examples):
    """``examples`` cases of ``operation`` generated in ``mode``, each sent
    and checked; the number of cases sent."""
    sent = 0
    strategy = operation.as_strategy(generation_mode=mode)
    if facets == "known":
        strategy = with_known_facet_values(strategy)
    run = checks(all_valid=facets == "known")

    @hypothesis.settings(
        max_examples=examples,
        derandomize=True,
        database=None,
        deadline=None,
        phases=[Phase.explicit, Phase.generate],
        suppress_health_check=list(HealthCheck),
        print_blob=False,
    )
    @hypothesis.given(case=strategy)
    def send(case):
        nonlocal sent
        sent += 1
        case.call_and_validate(checks=run)

    send()
    return sent


@pytest.mark.django_db
def test_schemathesis_finds_no_server_error_and_no_schema_violation(wsgi_app, capsys):
    """Generated requests (valid ones, and invalid ones that must be refused
    with a 4xx), each answer checked against the schema: status, content type,
    headers and body. Deterministic (derandomized Hypothesis, no example
    database) and bounded (a fixed number of cases, no shrinking)."""
    schema = schemathesis.openapi.from_wsgi("/api/openapi.json", wsgi_app)
    operations = {
        result.ok().path: result.ok()
        for result in schema.get_all_operations()
        if result.ok().path.startswith("/api/search/")
    }
    assert set(operations) == {SEARCH, AUTOCOMPLETE}
    started = time.perf_counter()
    counts = {
        (path, mode.value, facets): exercise(operations[path], mode, facets, examples)
        for path, mode, facets, examples in SERIES
    }
    elapsed = time.perf_counter() - started
    total = sum(counts.values())
    with capsys.disabled():
        detail = ", ".join(f"{' '.join(series)}: {count}" for series, count in counts.items())
        print(f"\nschemathesis: {total} cases in {elapsed:.1f} s ({detail})")
    assert total >= 500


# --- the docs page in a browser ----------------------------------------------------


@pytest.fixture
def chromium_page(chromium):
    page = chromium.new_page()
    yield page


@pytest.mark.browser
def test_the_docs_page_works_in_chromium_under_the_sites_policy(live_server, chromium_page):
    """Swagger UI from the site's own static files, under the site's
    Content-Security-Policy: it lists the operations, shows a schema, and
    the browser reports no violation and fetches nothing from elsewhere.
    (No database: the docs page and the schema need none.)"""
    page = chromium_page
    page.add_init_script(
        "window.violations = [];"
        "document.addEventListener('securitypolicyviolation', event =>"
        " window.violations.push(event.violatedDirective + ' ' + event.blockedURI));"
    )
    messages, elsewhere = [], []
    page.on("console", lambda message: messages.append(f"{message.type}: {message.text}"))
    page.on(
        "request",
        lambda request: (
            None
            if request.url.startswith((live_server.url, "data:"))
            else elsewhere.append(request.url)
        ),
    )
    response = page.goto(f"{live_server.url}/api/docs")
    assert "script-src 'self'" in response.headers["content-security-policy"]
    page.locator(".opblock-summary-path", has_text=SEARCH).first.wait_for()
    assert page.locator(".opblock-summary-path").all_inner_texts()[:2] == [SEARCH, AUTOCOMPLETE]
    assert "LIAISE project API" in page.locator(".info .title").inner_text()
    page.locator(".opblock-summary", has_text=AUTOCOMPLETE).click()
    page.get_by_text("Titles that complete what is typed").first.wait_for()
    assert page.evaluate("window.violations") == []
    assert not [message for message in messages if "Content Security Policy" in message]
    assert elsewhere == []
