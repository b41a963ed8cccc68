"""From thread to practice: an editor turns a thread into a draft practice
page, with the author's consent recorded and the credit kept."""

import html

import pytest
from django.urls import reverse

from exchange.models import PracticeProposal
from practices.models import PracticeIndexPage, PracticePage, Topic
from tests.moderation.conftest import reply_of, signed_in

pytestmark = pytest.mark.django_db


@pytest.fixture
def topical_thread(thread):
    thread.topics.set(Topic.objects.filter(slug="family-support", locale__language_code="en"))
    return thread


def propose_url(thread):
    return reverse("exchange_admin_propose", args=[thread.pk])


def form_data(thread, **changes):
    data = {
        "consent_note": "By e-mail to the secretariat on 3 December",
        "credited_name": "Anna Example",
        "credited_organisation": "City of Example",
        "organisation": thread.organisation_id,
        "approach": PracticePage.Approach.PREVENTION,
        "status": PracticePage.Status.ACTIVE,
        "year_started": 2024,
    }
    data.update(changes)
    return data


def test_the_form_suggests_the_credit(topical_thread, members, editor_client):
    members[0].first_name, members[0].last_name = "Anna", "Example"
    members[0].save()
    response = editor_client.get(propose_url(topical_thread))
    assert response.status_code == 200
    content = response.content.decode()
    assert 'value="Anna Example"' in content
    assert topical_thread.organisation.name in content
    assert "zanzibarcanary" in content  # a reply to choose


def test_a_thread_becomes_a_draft_practice_with_consent_and_credit(
    topical_thread, members, editor, editor_client
):
    reply = reply_of(topical_thread, members[1])
    response = editor_client.post(
        propose_url(topical_thread), form_data(topical_thread, replies=[reply.pk])
    )
    proposal = PracticeProposal.objects.get(thread=topical_thread)
    page = proposal.practice.specific
    assert response.status_code == 302
    assert response["Location"] == reverse("wagtailadmin_pages:edit", args=[page.pk])

    assert not page.live
    assert page.has_unpublished_changes
    assert page.get_latest_revision() is not None
    assert page.get_parent().specific_class is PracticeIndexPage
    assert page.locale.language_code == "en"
    assert page.title == "Working with families after a referral"
    body = str(page.body.render_as_block())
    assert "How do your cities work with families" in body
    assert "zanzibarcanary" in body
    assert "Our social workers call first." not in body
    assert (
        "Contributed by Anna Example (City of Example) through the members' exchange."
        in html.unescape(body)
    )
    assert list(page.topics.values_list("slug", flat=True)) == ["family-support"]
    assert proposal.consent_note == "By e-mail to the secretariat on 3 December"
    assert proposal.consent_given_by == members[0]
    assert proposal.created_by == editor
    assert proposal.credited_name == "Anna Example"
    # not public
    assert PracticePage.objects.live().filter(pk=page.pk).count() == 0


def test_consent_is_required(topical_thread, editor_client):
    pages_before = PracticePage.objects.count()
    response = editor_client.post(
        propose_url(topical_thread), form_data(topical_thread, consent_note="  ")
    )
    assert response.status_code == 200
    assert "This field is required." in response.content.decode()
    assert 'value="Anna Example"' in response.content.decode()  # the rest kept
    assert not PracticeProposal.objects.filter(thread=topical_thread).exists()
    assert PracticePage.objects.count() == pages_before


def test_members_cannot_turn_threads_into_practices(topical_thread, members):
    client = signed_in(members[0])
    assert client.get(propose_url(topical_thread)).status_code == 302
    client.post(propose_url(topical_thread), form_data(topical_thread))
    assert not PracticeProposal.objects.filter(thread=topical_thread).exists()


def test_the_threads_list_offers_the_proposal(topical_thread, editor_client):
    response = editor_client.get("/admin/exchange/threads/?q=families after")
    assert response.status_code == 200
    assert propose_url(topical_thread) in response.content.decode()
