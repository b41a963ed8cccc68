"""Elasticsearch down or slow: the site still answers, nothing is lost."""

import io
import logging

import pytest
from django.core.management import call_command

from search.engine import SearchQuery, search
from search.models import PendingUpdate, SearchDocument

pytestmark = pytest.mark.django_db

UNREACHABLE = "http://127.0.0.1:9"  # the discard port: nothing listens there


@pytest.fixture
def elasticsearch_down(settings):
    settings.SEARCH_ENGINE = "elasticsearch"
    settings.ELASTICSEARCH_URL = UNREACHABLE
    settings.ELASTICSEARCH_NODE_CLASS = ""
    settings.ELASTICSEARCH_TIMEOUT = 0.5
    settings.SEARCH_PUSH_IMMEDIATELY = True


def test_search_answers_from_the_database_when_elasticsearch_is_down(
    elasticsearch_down, client, caplog
):
    with caplog.at_level(logging.ERROR, logger="search.engine"):
        response = client.get("/api/search/", {"q": "school", "locale": "en"})
    assert response.status_code == 200
    data = response.json()
    assert data["incomplete"] is True
    assert data["count"] > 0
    assert any("answering from the database" in record.message for record in caplog.records)


def test_search_page_says_results_may_be_incomplete(elasticsearch_down, client):
    response = client.get("/en/search/", {"q": "school"})
    assert response.status_code == 200
    assert "results may be incomplete" in response.content.decode()


def test_a_failed_index_update_is_kept_and_retried(
    elasticsearch_down, make_practice, settings, request
):
    page = make_practice("en", "Mediation in sports clubs after violent incidents")
    assert PendingUpdate.objects.filter(
        document_id=SearchDocument.objects.get(object_id=page.pk).pk
    ).exists()  # the change is not lost

    # Elasticsearch comes back: the retry brings it up to date.
    from search import elastic

    settings.ELASTICSEARCH_URL = request.getfixturevalue("osmem_clone").url
    settings.ELASTICSEARCH_NODE_CLASS = "tests.search.osmem.OsmemNode"
    settings.ELASTICSEARCH_TIMEOUT = 60  # a busy machine must not decide the result
    elastic.ensure_indices()
    out = io.StringIO()
    call_command("sync_search_index", stdout=out)
    assert "still pending: 0" in out.getvalue()
    assert not PendingUpdate.objects.exists()
    results = search(
        SearchQuery(text="mediation sports clubs", locale="en"),
        engine=elastic.ElasticsearchEngine(),
    )
    assert [hit.title for hit in results.hits] == [page.title]
    assert results.incomplete is False
