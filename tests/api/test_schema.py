"""The OpenAPI schema of the members' routers, and schemathesis against it:
every new operation, as an anonymous client (each answers its documented
401) and, for the reading operations, as a member with a personal token."""

import time

import hypothesis
import pytest
import schemathesis
from hypothesis import HealthCheck, Phase
from schemathesis import GenerationMode

from tests.api.conftest import token_client
from tests.test_project_api import checks, wsgi_app  # noqa: F401 (a fixture)

PROBLEM_REF = {"application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}}

#: Every operation of the routers, with the errors it documents.
OPERATIONS = {
    ("get", "/api/me/"): {400, 401},
    ("patch", "/api/me/"): {400, 401},
    ("get", "/api/me/notifications/"): {400, 401},
    ("put", "/api/me/notifications/"): {400, 401},
    ("get", "/api/directory/"): {400, 401, 403},
    ("get", "/api/directory/{slug}/"): {400, 401, 403, 404},
    ("get", "/api/exchange/threads/"): {400, 401, 403},
    ("post", "/api/exchange/threads/"): {400, 401, 403, 429},
    ("get", "/api/exchange/threads/{thread_id}/"): {400, 401, 403, 404},
    ("post", "/api/exchange/threads/{thread_id}/posts/"): {400, 401, 403, 404, 429},
    ("get", "/api/exchange/attachments/{attachment_id}/"): {400, 401, 403, 404},
    ("post", "/api/exchange/posts/{post_id}/report/"): {400, 401, 403, 404},
    ("get", "/api/registrations/"): {400, 401},
    ("post", "/api/registrations/"): {400, 401, 409},
    ("post", "/api/registrations/{registration_id}/cancel/"): {400, 401, 404, 409},
    ("get", "/api/service-requests/"): {400, 401},
    ("post", "/api/service-requests/"): {400, 401, 429},
    ("get", "/api/service-requests/{request_id}/"): {400, 401, 404},
}
#: Paths read without credentials too (their own tests: the sessions in
#: tests/registrations/test_api.py).
PUBLIC = ("/api/search/", "/api/sessions/")


@pytest.mark.django_db
def test_the_schema_lists_every_operation_with_its_errors_and_security(client):
    schema = client.get("/api/openapi.json").json()
    found = {
        (method, path)
        for path, operations in schema["paths"].items()
        if not path.startswith(PUBLIC)
        for method in operations
    }
    assert found == set(OPERATIONS)
    for (method, path), errors in OPERATIONS.items():
        operation = schema["paths"][path][method]
        assert operation["summary"] and operation["description"], (method, path)
        statuses = {int(status) for status in operation["responses"]}
        assert {status for status in statuses if status >= 400} == errors, (method, path)
        for status in errors:
            assert operation["responses"][str(status)]["content"] == PROBLEM_REF
        assert operation["security"] == [{"TokenAuth": []}, {"SessionAuth": []}]
    assert schema["components"]["securitySchemes"] == {
        "TokenAuth": {"type": "http", "scheme": "bearer"},
        "SessionAuth": {"type": "apiKey", "in": "cookie", "name": "sessionid"},
    }
    retry = schema["paths"]["/api/exchange/threads/"]["post"]["responses"]["429"]
    assert "Retry-After" in retry["headers"]
    components = schema["components"]["schemas"]
    assert components["ThreadIn"]["additionalProperties"] is False
    assert components["ThreadIn"]["examples"]
    assert "Bearer" in schema["info"]["description"]


# --- schemathesis ----------------------------------------------------------------------

ANONYMOUS_CASES = 12  # per operation and mode
MEMBER_CASES = 40  # per reading operation, positive; half as many negative


def run(operation, mode, examples, *, headers=None, statuses=None):
    """``examples`` generated cases of ``operation``, sent and checked
    against the schema; the status codes answered."""
    answered = []

    @hypothesis.settings(
        max_examples=examples,
        derandomize=True,
        database=None,
        deadline=None,
        phases=[Phase.explicit, Phase.generate],
        suppress_health_check=list(HealthCheck),
        print_blob=False,
    )
    @hypothesis.given(case=operation.as_strategy(generation_mode=mode))
    def send(case):
        response = case.call_and_validate(headers=headers, checks=checks())
        if statuses is not None:
            assert response.status_code in statuses, (case.path, response.status_code)
        answered.append(response.status_code)

    send()
    return answered


def members_operations(schema):
    return [
        result.ok()
        for result in schema.get_all_operations()
        if not result.ok().path.startswith(PUBLIC)
    ]


@pytest.mark.django_db
def test_schemathesis_anonymous_every_operation_is_a_documented_401(wsgi_app, capsys):  # noqa: F811
    schema = schemathesis.openapi.from_wsgi("/api/openapi.json", wsgi_app)
    operations = members_operations(schema)
    assert {(op.method.lower(), op.path) for op in operations} == set(OPERATIONS)
    started = time.perf_counter()
    answered = []
    for operation in operations:
        for mode in (GenerationMode.POSITIVE, GenerationMode.NEGATIVE):
            # Negative cases may be refused before authentication (a body
            # that is not JSON, a path that does not match: 400 or 404).
            allowed = {401} if mode == GenerationMode.POSITIVE else {400, 401, 404}
            answered += run(operation, mode, ANONYMOUS_CASES, statuses=allowed)
    elapsed = time.perf_counter() - started
    with capsys.disabled():
        print(f"\nschemathesis, anonymous: {len(answered)} cases in {elapsed:.1f} s")
    assert answered.count(401) >= len(OPERATIONS) * ANONYMOUS_CASES


@pytest.mark.django_db
def test_schemathesis_a_member_reads_with_a_token(wsgi_app, members_thread, capsys):  # noqa: F811
    client = token_client(members_thread.author)
    key = client.defaults["HTTP_AUTHORIZATION"]
    schema = schemathesis.openapi.from_wsgi("/api/openapi.json", wsgi_app)
    operations = [op for op in members_operations(schema) if op.method.lower() == "get"]
    started = time.perf_counter()
    answered = []
    for operation in operations:
        answered += run(
            operation,
            GenerationMode.POSITIVE,
            MEMBER_CASES,
            headers={"Authorization": key},
            statuses={200, 400, 404},
        )
        answered += run(
            operation,
            GenerationMode.NEGATIVE,
            MEMBER_CASES // 2,
            headers={"Authorization": key},
            # What is really invalid must be refused (negative_data_rejection);
            # some negated cases are valid after all (no parameter sent).
            statuses={200, 400, 404},
        )
    elapsed = time.perf_counter() - started
    with capsys.disabled():
        print(f"\nschemathesis, member: {len(answered)} cases in {elapsed:.1f} s")
    assert answered.count(200) >= MEMBER_CASES  # the token was taken
    assert 401 not in answered and 403 not in answered
