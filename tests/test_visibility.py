"""The one visibility rule, checked from the outside on every surface:
anonymous, registered non-member, member and editor."""

import datetime

import pytest
from django.contrib.auth import get_user_model

from cms.models import CustomDocument
from network.access import can_view_members_content, is_member
from network.models import Membership
from practices.models import ExpertPage
from tests.helpers import practice

pytestmark = pytest.mark.django_db

PRIVATE = "returnee-family-case-management"  # a members-only demo practice
PUBLIC = "municipal-prevention-network"


def test_anonymous_reader_is_sent_to_sign_in_for_a_members_only_practice(client):
    response = client.get(practice(PRIVATE).url)
    assert response.status_code == 302
    assert response["Location"].startswith("/en/accounts/login/?next=")


def test_non_member_is_refused_a_members_only_practice(nonmember_client):
    response = nonmember_client.get(practice(PRIVATE, "fr").url)
    assert response.status_code == 403
    assert "réservé" in response.content.decode()


def test_member_reads_a_members_only_practice(member_client):
    response = member_client.get(practice(PRIVATE).url)
    assert response.status_code == 200


def test_editor_reads_a_members_only_practice(editor_client):
    assert editor_client.get(practice(PRIVATE).url).status_code == 200


def test_listings_hide_members_only_practices_from_the_public(client, member_client):
    title = practice(PRIVATE).title
    assert title not in client.get("/en/practices/?page=1").content.decode()
    client.logout()
    listing = member_client.get("/en/practices/")
    assert listing.context["practices"].paginator.count == 26


def test_expert_contact_details_are_for_members_only(client, member_client):
    expert = ExpertPage.objects.filter(locale__language_code="en").first()
    assert expert.email
    assert expert.email not in client.get(expert.url).content.decode()
    assert expert.email in member_client.get(expert.url).content.decode()


def test_practice_contacts_are_for_members_only(client, member_client):
    page = practice(PUBLIC)
    contact = page.contacts.first().expert
    assert contact.email not in client.get(page.url).content.decode()
    assert contact.email in member_client.get(page.url).content.decode()


def test_an_ended_membership_gives_no_access(client):
    user = get_user_model().objects.get(username="member")
    assert is_member(user)
    membership = Membership.objects.active().get(organisation__affiliations__user=user)
    membership.ends_on = datetime.date.today() - datetime.timedelta(days=1)
    membership.save()
    fresh = get_user_model().objects.get(pk=user.pk)
    assert not is_member(fresh)
    assert not can_view_members_content(fresh)
    client.force_login(fresh)
    assert client.get(practice(PRIVATE).url).status_code == 403


def test_a_person_of_an_organisation_without_membership_has_no_access():
    user = get_user_model().objects.get(username="eastbridge")
    assert user.affiliations.confirmed().exists()
    assert not is_member(user)


def test_members_only_documents_need_membership(client, nonmember_client):
    document = CustomDocument.objects.filter(members_only=True).first()
    assert document is not None
    anonymous = client.get(document.url)
    assert anonymous.status_code == 302
    assert nonmember_client.get(document.url).status_code == 403


def test_members_download_members_only_documents(member_client):
    document = CustomDocument.objects.filter(members_only=True).first()
    response = member_client.get(document.url)
    assert response.status_code == 200
    assert b"Reserved for members" in b"".join(response.streaming_content)


def test_session_materials_are_listed_for_members_only(client, member_client):
    from programme.models import SessionPage

    session = SessionPage.objects.filter(locale__language_code="en").first()
    document = CustomDocument.objects.filter(members_only=True).first()
    assert document.url not in client.get(session.url).content.decode()
    assert document.url in member_client.get(session.url).content.decode()


def test_sitemap_lists_public_translated_pages_only(client):
    body = client.get("/sitemap.xml").content.decode()
    assert practice(PUBLIC, "de").url in body
    assert practice(PUBLIC, "es").url in body
    assert practice(PRIVATE).url not in body
    assert practice(PRIVATE, "fr").url not in body
    # placeholders of a synchronised tree are not pages of their own
    placeholder = practice("youth-debate-spaces", "de")
    assert placeholder.alias_of_id is not None
    assert placeholder.url not in body


def test_api_lists_french_practices_without_members_only_ones(client):
    response = client.get("/api/v2/pages/?type=practices.PracticePage&locale=fr&limit=100")
    assert response.status_code == 200
    data = response.json()
    assert data["meta"]["total_count"] == 24
    titles = {item["title"] for item in data["items"]}
    assert practice(PUBLIC, "fr").title in titles
    assert practice(PRIVATE, "fr").title not in titles
    assert all(item["meta"]["locale"] == "fr" for item in data["items"])


def test_api_refuses_a_members_only_page_even_to_a_member(member_client):
    page = practice(PRIVATE)
    assert member_client.get(f"/api/v2/pages/{page.pk}/").status_code == 404


def test_api_does_not_serve_placeholders_as_translations(client):
    response = client.get("/api/v2/pages/?type=practices.PracticePage&locale=de&limit=100")
    titles = {item["title"] for item in response.json()["items"]}
    assert practice(PUBLIC, "de").title in titles
    assert practice("youth-debate-spaces").title not in titles


def test_api_hides_members_only_documents(client):
    """The demo's documents are practice documents and session materials
    (attached to pages for their members) and the book of practices, linked
    from the public publications page: the API lists the five editions of
    the book and nothing else."""
    from home.demo import books

    response = client.get("/api/v2/documents/?limit=50")
    assert response.status_code == 200
    titles = {item["title"] for item in response.json()["items"]}
    assert titles == {books.document_title(language) for language in books.EDITIONS}
    # The practice documents and session materials exist, and are not listed.
    assert CustomDocument.objects.exclude(title__in=titles).count() > 0


def test_drafts_are_not_shown_anywhere(client):
    page = practice(PUBLIC)
    page.unpublish()
    assert client.get(page.url).status_code == 404
    assert page.title not in client.get("/en/practices/").content.decode()
    assert page.url not in client.get("/sitemap.xml").content.decode()
    api = client.get("/api/v2/pages/?type=practices.PracticePage&locale=en&limit=100").json()
    assert page.title not in {item["title"] for item in api["items"]}
