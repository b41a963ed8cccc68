"""An expert's page lists what links the expert: the practices it is a
contact for (members only) and the sessions it spoke at, found through the
reverse relations the links declare (``contact_for``, ``spoke_at``)."""

import pytest

from network.factories import OrganisationFactory
from practices.factories import ExpertPageFactory, PracticePageFactory
from programme.factories import SessionPageFactory
from tests.helpers import translate

pytestmark = pytest.mark.django_db


def new_practice(language="en", **kwargs):
    return PracticePageFactory.in_language(
        language, organisation=OrganisationFactory(), topics=(), **kwargs
    )


def pks(pages):
    return [page.pk for page in pages]


@pytest.fixture
def expert():
    return ExpertPageFactory.in_language("en")


def test_members_see_the_practices_the_expert_is_a_contact_for(
    client, nonmember_client, member_client, expert
):
    other = ExpertPageFactory.in_language("en")
    second = new_practice(title="Zinnia harbour mentoring", contacts=[expert])
    first = new_practice(title="Alder court dialogue", contacts=[other, expert])
    elsewhere = new_practice(contacts=[other])
    response = member_client.get(expert.url)
    assert pks(response.context["practices"]) == pks([first, second])  # by title
    body = response.content.decode()
    for practice in (first, second):
        assert f'<a href="{practice.url}">{practice.title}</a>' in body
    assert elsewhere.url not in body
    for reader in (client, nonmember_client):
        response = reader.get(expert.url)
        assert response.status_code == 200
        assert response.context["practices"] == []
        assert first.url not in response.content.decode()


def test_the_practices_are_listed_in_the_readers_language(
    member_client, expert, django_capture_on_commit_callbacks
):
    capture = django_capture_on_commit_callbacks
    practice = new_practice(contacts=[expert])
    expert_fr = translate(expert, "fr", capture)
    practice_fr = translate(practice, "fr", capture)
    response = member_client.get(expert_fr.url)
    assert pks(response.context["practices"]) == pks([practice_fr])


def test_everybody_sees_the_sessions_the_expert_spoke_at(client, expert):
    spoke = SessionPageFactory.in_language("en", speakers=[expert])
    SessionPageFactory.in_language("en", speakers=[ExpertPageFactory.in_language("en")])
    response = client.get(expert.url)
    assert pks(response.context["sessions"]) == pks([spoke])
    assert f'<a href="{spoke.url}">{spoke.title}</a>' in response.content.decode()
