"""Wagtail's user bar is for the people who may edit: noted in their session
at sign-in, so that a member's page does not ask the permission tables."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.helpers import practice

pytestmark = pytest.mark.django_db

USERBAR = "<wagtail-userbar"


def test_an_editor_has_the_user_bar(editor_client):
    response = editor_client.get(practice("municipal-prevention-network").url)
    assert response.status_code == 200
    assert USERBAR in response.content.decode()


def test_a_member_has_none_and_no_permission_query(member_client):
    url = practice("municipal-prevention-network").url
    member_client.get(url)
    with CaptureQueriesContext(connection) as queries:
        response = member_client.get(url)
    assert response.status_code == 200
    assert USERBAR not in response.content.decode()
    assert not [q for q in queries if "auth_permission" in q["sql"]]


def test_an_anonymous_reader_has_none(client):
    response = client.get(practice("municipal-prevention-network").url)
    assert USERBAR not in response.content.decode()
