"""The HTML page and the JSON endpoint, from the outside."""

import time

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

pytestmark = pytest.mark.django_db

API = "/api/search/"


def test_api_answers_the_documented_shape(client):
    response = client.get(API, {"q": "scuola", "locale": "it"})
    assert response.status_code == 200
    data = response.json()
    assert set(data) >= {"count", "page", "results", "facets"}
    assert data["count"] == len(data["results"]) > 0
    first = data["results"][0]
    assert set(first) >= {
        "kind",
        "id",
        "title",
        "url",
        "locale",
        "summary",
        "highlight",
        "available_locales",
    }
    assert "<mark>" in first["highlight"]
    assert set(data["facets"]) == {
        "kind",
        "language",
        "country",
        "organisation",
        "topic",
        "form",
        "target",
        "approach",
        "evidence",
        "status",
        "year",
        # the exchange's threads (members only: no value counts for the public)
        "has-attachment",
    }
    for values in data["facets"].values():
        for item in values:
            assert set(item) == {"value", "label", "count", "selected"}


def test_api_labels_are_in_the_requested_language(client):
    data = client.get(API, {"locale": "fr", "kind": "practice"}).json()
    labels = {item["value"]: item["label"] for item in data["facets"]["topic"]}
    assert labels["family-support"] == "Soutien aux familles"


@pytest.mark.parametrize(
    ("params", "parameter"),
    [
        ({"topic": "no-such-topic"}, "topic"),
        ({"sort": "random"}, "sort"),
        ({"page": "0"}, "page"),
        ({"page": "two"}, "page"),
        ({"page_size": "1000"}, "page_size"),
        ({"locale": "xx"}, "locale"),
        ({"languages": "some"}, "languages"),
    ],
)
def test_api_bad_parameters_answer_400_naming_the_parameter(client, params, parameter):
    response = client.get(API, params)
    assert response.status_code == 400
    # Problem details (RFC 9457), as every error of the project API; clients read `errors`.
    assert response["Content-Type"] == "application/problem+json"
    assert response.json()["status"] == 400
    assert parameter in response.json()["errors"]


@pytest.mark.parametrize(
    "text",
    ["x" * 10_000, "a\x00b", 'unbalanced "quote', "NEAR(a b) OR * AND -x", "école" * 2000],
)
def test_api_hostile_queries_answer_quickly(client, text):
    started = time.perf_counter()
    response = client.get(API, {"q": text, "locale": "fr"})
    assert response.status_code == 200
    assert time.perf_counter() - started < 1.0


def test_api_hides_members_only_records_from_the_public(client, member_client):
    title = "Structured assessment guide"
    public = client.get(API, {"q": "structured assessment guide", "locale": "en"}).json()
    members = member_client.get(API, {"q": "structured assessment guide", "locale": "en"}).json()
    assert not any(title.casefold() in hit["title"].casefold() for hit in public["results"])
    assert members["count"] >= public["count"]


def count_queries(client, params):
    client.get(API, params)
    with CaptureQueriesContext(connection) as queries:
        assert client.get(API, params).status_code == 200
    return len(queries)


def test_a_search_costs_the_same_queries_whatever_the_facets(client):
    none = count_queries(client, {"q": "school", "locale": "en"})
    one = count_queries(client, {"q": "school", "locale": "en", "topic": "school-resilience"})
    five = count_queries(
        client,
        {
            "q": "school",
            "locale": "en",
            "topic": ["school-resilience", "family-support"],
            "kind": "practice",
            "country": "DE",
            "evidence": "evaluated",
            "approach": "prevention",
        },
    )
    # the index version, the text match, the rows of the page: nothing else
    assert none == one == five == 3


def test_html_search_works_without_javascript_in_italian(client):
    response = client.get("/it/search/", {"q": "scuola", "topic": "school-resilience"})
    assert response.status_code == 200
    body = response.content.decode()
    assert '<html lang="it">' in body
    assert "<mark>scuola</mark>" in body or "<mark>scuole</mark>" in body
    assert 'name="topic" value="school-resilience" checked' in body
    assert "?q=scuola" in body  # the link that removes the selected topic


def test_html_no_results_suggests_all_languages(client):
    response = client.get("/de/search/", {"q": "zzzqqxy"})
    assert response.status_code == 200
    assert "languages=all" in response.content.decode()


def test_html_bad_parameters_are_explained_not_crashed(client):
    response = client.get("/en/search/", {"q": "school", "topic": "no-such-topic"})
    assert response.status_code == 400
    assert 'role="alert"' in response.content.decode()


def test_autocomplete_endpoint(client):
    data = client.get("/api/search/autocomplete/", {"q": "scuo", "locale": "it"}).json()
    assert data["results"]
    assert all("scuol" in hit["title"].casefold() for hit in data["results"])
