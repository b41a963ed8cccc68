"""Logs: a request id on every response and on every log record of the
request, one JSON object per line, and one request line per request that
names no one."""

import io
import json
import logging
import re

import pytest
from django.core.exceptions import ImproperlyConfigured

from cms.logs import JsonFormatter, RequestIdFilter, formatter_name
from network.models import User
from tests.helpers import practice
from tests.test_deploy import run_production

pytestmark = pytest.mark.django_db

MEMBERS_ONLY_PRACTICE = "returnee-family-case-management"
GENERATED = re.compile(r"[0-9a-f]{32}")


@pytest.fixture
def json_log():
    """What the console handler of production writes (the request id
    filter, the JSON formatter), captured: the parsed lines."""
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.addFilter(RequestIdFilter())
    handler.setFormatter(JsonFormatter())
    root, request_logger = logging.getLogger(), logging.getLogger("cms.request")
    root.addHandler(handler)
    level = request_logger.level
    request_logger.setLevel(logging.INFO)
    try:
        yield lambda: [json.loads(line) for line in stream.getvalue().splitlines()]
    finally:
        root.removeHandler(handler)
        request_logger.setLevel(level)


def request_lines(lines):
    return [line for line in lines if line["logger"] == "cms.request"]


def test_a_page_request_gets_an_id_in_its_header_and_its_log_line(client, json_log):
    response = client.get("/en/")
    assert response.status_code == 200
    request_id = response["X-Request-ID"]
    assert GENERATED.fullmatch(request_id)
    [line] = request_lines(json_log())
    assert line["request_id"] == request_id
    assert line["level"] == "INFO"
    assert line["method"] == "GET"
    assert line["path"] == "/en/"
    assert line["status"] == 200
    assert isinstance(line["duration_ms"], float)
    assert line["user_id"] is None
    assert line["time"].endswith("+00:00")
    assert line["message"].startswith("GET /en/ 200 ")


def test_each_request_gets_its_own_id(client):
    assert client.get("/en/")["X-Request-ID"] != client.get("/en/")["X-Request-ID"]


def test_a_proxys_id_is_kept(client, json_log):
    given = "3f2b8c1e-5d4a-4c1b-9e8f-0a1b2c3d4e5f"
    response = client.get("/en/", HTTP_X_REQUEST_ID=given)
    assert response["X-Request-ID"] == given
    assert request_lines(json_log())[0]["request_id"] == given


@pytest.mark.parametrize(
    "given",
    ["short", "x" * 200, 'abc"defghij', "abcdefgh\nINFO forged line", "<script>abcdefg</script>"],
    ids=["too short", "too long", "quote", "newline", "markup"],
)
def test_a_bad_id_is_replaced(client, json_log, given):
    response = client.get("/en/", HTTP_X_REQUEST_ID=given)
    assert GENERATED.fullmatch(response["X-Request-ID"])
    [line] = request_lines(json_log())
    assert line["request_id"] == response["X-Request-ID"]


def test_every_record_of_the_request_carries_its_id(nonmember_client, json_log):
    """Django's own warning about the refused request, written by another
    logger (and after the middleware), has the request's id too."""
    response = nonmember_client.get(practice(MEMBERS_ONLY_PRACTICE).url)
    assert response.status_code == 403
    lines = json_log()
    forbidden = [line for line in lines if line["logger"] == "django.request"]
    assert forbidden, lines
    assert {line["request_id"] for line in lines} == {response["X-Request-ID"]}
    # Outside a request, no id.
    logging.getLogger("cms.test").warning("between requests")
    assert json_log()[-1]["request_id"] is None


def test_the_request_line_names_the_user_by_id_only(member_client, json_log):
    member = User.objects.get(username="member")
    response = member_client.get(practice(MEMBERS_ONLY_PRACTICE).url)
    assert response.status_code == 200
    [line] = request_lines(json_log())
    assert line["user_id"] == member.pk
    text = json.dumps(line)
    for private in (member.email, member.username, member.first_name):
        assert private not in text


def test_secrets_in_the_path_are_not_logged(client, json_log):
    token = "c2VjcmV0LXVuc3Vic2NyaWJlLXRva2Vu-signature"
    client.get(f"/en/exchange/unsubscribe/{token}/")
    [line] = request_lines(json_log())
    assert token not in json.dumps(line)
    assert line["path"] == "/en/exchange/unsubscribe/…/"


def test_static_files_and_healthy_probes_are_not_logged(client, json_log):
    client.get("/static/css/site.css")
    client.get("/healthz")
    client.get("/readyz")
    assert request_lines(json_log()) == []
    client.get("/en/")
    assert len(request_lines(json_log())) == 1


def test_the_json_formatter_writes_one_parsable_line_per_record():
    formatter = JsonFormatter()
    try:
        raise ValueError("broken\nacross lines")
    except ValueError:
        record = logging.LogRecord(
            "cms.test", logging.ERROR, __file__, 1, "failed: %s", ("ünïcode",), exc_info=True
        )
        record.exc_info = __import__("sys").exc_info()
    output = formatter.format(record)
    assert "\n" not in output
    entry = json.loads(output)
    assert entry["message"] == "failed: ünïcode"
    assert entry["level"] == "ERROR"
    assert entry["logger"] == "cms.test"
    assert entry["request_id"] is None
    assert "ValueError: broken" in entry["exception"]


def test_log_format_must_be_known():
    assert formatter_name("JSON") == "json"
    assert formatter_name("") == "plain"
    with pytest.raises(ImproperlyConfigured):
        formatter_name("xml")


@pytest.mark.parametrize(("log_format", "is_json"), [(None, True), ("plain", False)])
def test_production_logs_json_lines_unless_told_otherwise(tmp_path, log_format, is_json):
    program = "import logging; logging.getLogger('cms.probe').warning('hello %s', 'there')"
    result = run_production(tmp_path, "shell", "--no-imports", "-c", program, LOG_FORMAT=log_format)
    assert result.returncode == 0, result.stderr
    last = result.stderr.strip().splitlines()[-1]
    if is_json:
        entry = json.loads(last)
        assert entry["message"] == "hello there"
        assert entry["logger"] == "cms.probe"
        assert entry["level"] == "WARNING"
    else:
        assert last == "WARNING cms.probe hello there"


def test_the_request_id_middleware_comes_first(settings):
    """Every answer gets an id, the health checks' and the page cache's too."""
    assert settings.MIDDLEWARE[:2] == [
        "cms.middleware.RequestIdMiddleware",
        "cms.middleware.HealthCheckMiddleware",
    ]
