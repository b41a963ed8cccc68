"""A practice's contacts (experts linked to it) are for members, on
practices and experts built by the factories."""

import pytest

from network.factories import OrganisationFactory
from practices.factories import ExpertPageFactory, PracticePageFactory
from practices.models import PracticeContact
from tests.helpers import translate

pytestmark = pytest.mark.django_db


def new_practice(language="en", **kwargs):
    return PracticePageFactory.in_language(
        language, organisation=OrganisationFactory(), topics=(), **kwargs
    )


def pks(pages):
    return [page.pk for page in pages]


def test_contacts_are_shown_to_members_only(client, nonmember_client, member_client):
    first, second = ExpertPageFactory.in_language("en"), ExpertPageFactory.in_language("en")
    page = new_practice(contacts=[second, first])
    for reader in (client, nonmember_client):
        response = reader.get(page.url)
        assert response.status_code == 200
        assert "contacts" not in response.context
        body = response.content.decode()
        for expert in (first, second):
            assert expert.url not in body and expert.email not in body
        assert 'class="members-only-notice"' in body
    response = member_client.get(page.url)
    assert pks(response.context["contacts"]) == pks([second, first])  # the editor's order
    body = response.content.decode()
    for expert in (first, second):
        assert f'<a href="{expert.url}">{expert.title}</a>' in body
        assert f'<a href="mailto:{expert.email}">' in body


def test_members_see_the_contacts_in_their_language(
    member_client, django_capture_on_commit_callbacks
):
    capture = django_capture_on_commit_callbacks
    expert = ExpertPageFactory.in_language("en")
    page = new_practice(contacts=[expert])
    page_fr = translate(page, "fr", capture)
    expert_fr = translate(expert, "fr", capture)
    response = member_client.get(page_fr.url)
    assert pks(response.context["contacts"]) == pks([expert_fr])
    assert f'<a href="{expert_fr.url}">{expert_fr.title}</a>' in response.content.decode()


def test_a_contact_reads_as_its_expert():
    expert = ExpertPageFactory.in_language("en")
    page = new_practice(contacts=[expert])
    assert str(page.contacts.get()) == expert.title
    assert str(PracticeContact()) == ""
