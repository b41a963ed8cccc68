import os
import uuid

import pytest

#: Engines the contract suite runs against. Elasticsearch is a real cluster
#: when ELASTICSEARCH_URL is set, otherwise osmem-server (in memory).
ENGINES = ["database", "elasticsearch"]

#: The client's request timeout in these fixtures, in seconds. Production's
#: ELASTICSEARCH_TIMEOUT (2 s) is for readers, who must not wait; a test
#: server on a busy machine (osmem-server shares the test run's processors)
#: can take longer than that to create indices, and a test must not fail
#: because the machine is busy. The fault tests set their own short timeout.
TEST_TIMEOUT = 60


@pytest.fixture(params=ENGINES)
def engine(request, db, settings):
    from search.engine import DatabaseEngine

    if request.param == "database":
        return DatabaseEngine()
    return request.getfixturevalue("elasticsearch_engine")


@pytest.fixture
def elasticsearch_engine(request, db, settings):
    from search import elastic

    real_cluster = os.environ.get("ELASTICSEARCH_URL")
    if real_cluster:
        settings.ELASTICSEARCH_URL = real_cluster
        settings.ELASTICSEARCH_NODE_CLASS = ""
    else:
        settings.ELASTICSEARCH_URL = request.getfixturevalue("osmem_clone").url
        settings.ELASTICSEARCH_NODE_CLASS = "tests.search.osmem.OsmemNode"
    settings.ELASTICSEARCH_TIMEOUT = TEST_TIMEOUT
    settings.SEARCH_ENGINE = "elasticsearch"
    settings.SEARCH_PUSH_IMMEDIATELY = True
    settings.ELASTICSEARCH_INDEX_PREFIX = f"test-{uuid.uuid4().hex[:8]}"
    elastic.rebuild()
    yield elastic.ElasticsearchEngine()
    if real_cluster:
        elastic.client().indices.delete(
            index=f"{settings.ELASTICSEARCH_INDEX_PREFIX}-*", ignore_unavailable=True
        )


@pytest.fixture
def make_practice(db):
    """Publish a practice in one language (signals index it, as in production)."""
    from practices.factories import PracticePageFactory

    def make(language, title, body="", members_only=False, publish=True):
        return PracticePageFactory.in_language(
            language,
            publish=publish,
            title=title,
            summary=body or title,
            body=[{"type": "paragraph", "value": f"<p>{body}</p>"}] if body else [],
            members_only=members_only,
        )

    return make
