"""/healthz and /readyz over HTTP, as a load balancer asks them: any Host
header, plain http, no cookie, never cached; readiness fails for real when
the cache or the search engine cannot be reached."""

import json
import socket

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext, override_settings

from cms.tasks import deliver_email

pytestmark = pytest.mark.django_db

#: The address a probe uses: the container's, which ALLOWED_HOSTS never lists.
PROBE_HOST = "10.42.0.17:8000"
DATABASE_QUEUE = {
    "default": {"BACKEND": "django.tasks.backends.immediate.ImmediateBackend"},
    "queue": {"BACKEND": "django_tasks_db.DatabaseBackend"},
}


def closed_port():
    """A local port nothing listens on: connecting to it is refused."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def assert_never_cached(response):
    directives = {part.strip() for part in response["Cache-Control"].split(",")}
    assert "no-store" in directives


def test_liveness_answers_ok_without_a_query(client):
    with CaptureQueriesContext(connection) as queries:
        response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok"}
    assert response["Content-Type"] == "application/json"
    assert len(queries) == 0, [query["sql"] for query in queries]


@pytest.mark.parametrize("path", ["/healthz", "/readyz"])
def test_probes_set_no_cookie_and_are_never_cached(client, path):
    response = client.get(path)
    assert response.status_code == 200
    assert not response.cookies
    assert "Set-Cookie" not in response.headers
    assert_never_cached(response)
    assert response["X-Request-ID"]


@pytest.mark.parametrize("path", ["/healthz", "/readyz"])
def test_probes_answer_whatever_the_host_and_over_plain_http(client, path):
    with override_settings(ALLOWED_HOSTS=["example.org"], SECURE_SSL_REDIRECT=True):
        response = client.get(path, HTTP_HOST=PROBE_HOST)
        # The control: the same request for a page is refused (unknown host).
        page = client.get("/en/", HTTP_HOST=PROBE_HOST)
        # ... and from the right host, sent to https.
        redirected = client.get("/en/", HTTP_HOST="example.org")
    assert response.status_code == 200
    assert page.status_code == 400
    assert redirected.status_code == 301
    assert redirected["Location"].startswith("https://")


@pytest.mark.parametrize("path", ["/healthz", "/readyz"])
def test_probes_stay_outside_the_language_prefixes(client, path):
    response = client.get(path, HTTP_ACCEPT_LANGUAGE="fr")
    assert response.status_code == 200
    assert "Location" not in response


def test_a_head_request_gets_the_status_only(client):
    response = client.head("/readyz")
    assert response.status_code == 200
    assert response.content == b""


def test_probes_refuse_to_be_posted_to(client):
    assert client.post("/readyz").status_code == 405


def test_readiness_checks_every_part(client):
    response = client.get("/readyz")
    assert response.status_code == 200
    data = response.json()
    assert data["status"] == "ok"
    assert set(data["checks"]) == {"database", "cache", "search", "queue"}
    assert all(check["status"] == "ok" for check in data["checks"].values())
    assert data["checks"]["search"]["engine"] == "database"
    assert "failed" not in data


def test_readiness_counts_the_queued_tasks(client, settings):
    settings.TASKS = DATABASE_QUEUE
    before = client.get("/readyz").json()["checks"]["queue"]["queued"]
    deliver_email.enqueue("Subject", "Text", "", ["someone@example.org"], {})
    assert client.get("/readyz").json()["checks"]["queue"]["queued"] == before + 1


def test_readiness_fails_when_the_cache_is_unreachable(client):
    port = closed_port()
    unreachable = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": f"redis://127.0.0.1:{port}/0",
        }
    }
    with override_settings(CACHES=unreachable):
        response = client.get("/readyz")
        # Liveness does not look at the cache: the process is alive.
        alive = client.get("/healthz")
    assert response.status_code == 503
    data = response.json()
    assert data["status"] == "fail"
    assert data["failed"] == ["cache"]
    assert data["checks"]["cache"]["status"] == "fail"
    assert data["checks"]["cache"]["reason"] == "ConnectionError"
    assert data["checks"]["database"]["status"] == "ok"
    # No host, port or error text in the answer.
    assert str(port) not in response.content.decode()
    assert "127.0.0.1" not in response.content.decode()
    assert_never_cached(response)
    assert alive.status_code == 200


def test_readiness_fails_when_elasticsearch_is_unreachable(client, settings):
    port = closed_port()
    settings.SEARCH_ENGINE = "elasticsearch"
    settings.ELASTICSEARCH_URL = f"http://127.0.0.1:{port}"
    response = client.get("/readyz")
    assert response.status_code == 503
    data = response.json()
    assert data["failed"] == ["search"]
    assert data["checks"]["search"]["status"] == "fail"
    assert data["checks"]["search"]["reason"] == "ConnectionError"
    assert str(port) not in response.content.decode()


def test_readiness_asks_the_elasticsearch_cluster(client, settings, osmem_clone):
    settings.SEARCH_ENGINE = "elasticsearch"
    settings.ELASTICSEARCH_URL = osmem_clone.url
    settings.ELASTICSEARCH_NODE_CLASS = "tests.search.osmem.OsmemNode"
    response = client.get("/readyz")
    assert response.status_code == 200, response.content
    search = response.json()["checks"]["search"]
    assert search["engine"] == "elasticsearch"
    assert search["cluster"] in {"green", "yellow"}
    assert search["pending"] == 0


def test_the_failure_is_logged_for_operators(client, caplog):
    unreachable = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": f"redis://127.0.0.1:{closed_port()}/0",
        }
    }
    with override_settings(CACHES=unreachable), caplog.at_level("ERROR", logger="cms.health"):
        response = client.get("/readyz")
    assert response.status_code == 503
    records = [record for record in caplog.records if record.name == "cms.health"]
    assert len(records) == 1
    assert "cache" in records[0].getMessage()
    assert records[0].exc_info is not None
    assert json.loads(response.content)["checks"]["cache"]["reason"] == "ConnectionError"
