"""Editors review applications in the Wagtail admin, over HTTP."""

import datetime

import pytest
from django.contrib.auth.models import Permission
from django.core import mail
from django.test import Client

from network.factories import OrganisationMembershipFactory, UserFactory, days_from_today
from network.models import Application

from .conftest import application, reviewer

pytestmark = pytest.mark.django_db

INDEX = "/admin/network/applications/"


def review_url(submitted):
    return f"/admin/network/applications/edit/{submitted.pk}/"


def signed_in(user):
    client = Client()
    client.force_login(user)
    return client


def checklist(**changes):
    data = dict.fromkeys(Application.CHECKLIST, "on")
    data.update(changes)
    return {key: value for key, value in data.items() if value is not None}


def test_editor_lists_applications_by_status(editor_client):
    application(organisation_name="Ville de Lyon")
    application(organisation_name="Gemeente Utrecht", status=Application.Status.DECLINED)
    response = editor_client.get(INDEX)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Ville de Lyon" in html and "Gemeente Utrecht" in html
    response = editor_client.get(INDEX, {"status": "submitted"})
    html = response.content.decode()
    assert "Ville de Lyon" in html
    assert "Gemeente Utrecht" not in html


def test_the_admin_has_no_add_view(editor_client):
    assert editor_client.get(INDEX + "new/").status_code == 404
    assert INDEX + "new/" not in editor_client.get(INDEX).content.decode()


def test_editor_reads_the_answers_and_the_checklist(editor_client):
    submitted = application(checklist=False)
    response = editor_client.get(review_url(submitted))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Nous voulons échanger avec d&#x27;autres villes." in html
    assert "camille@lyon.example.org" in html
    assert "Chargée de prévention" in html
    for name in Application.CHECKLIST:
        assert f'name="{name}"' in html
    assert 'name="action-approve"' in html
    assert 'name="action-decline"' in html


def test_two_editors_approve_through_the_admin(editor_client, django_capture_on_commit_callbacks):
    submitted = application(checklist=False)
    # The first editor ticks the checklist and approves.
    response = editor_client.post(review_url(submitted), {**checklist(), "action-approve": "1"})
    assert response.status_code == 302
    submitted.refresh_from_db()
    assert submitted.checklist_complete
    assert submitted.status == Application.Status.SUBMITTED
    assert submitted.approvals.get().approver.username == "editor"
    # The same editor again: refused, with a message.
    response = editor_client.post(
        review_url(submitted), {**checklist(), "action-approve": "1"}, follow=True
    )
    assert "already approved" in response.content.decode()
    assert submitted.approvals.count() == 1
    assert 'name="action-approve"' not in response.content.decode()
    # A second editor completes the four eyes.
    with django_capture_on_commit_callbacks(execute=True):
        response = signed_in(reviewer()).post(
            review_url(submitted), {**checklist(), "action-approve": "1"}, follow=True
        )
    assert response.status_code == 200
    submitted.refresh_from_db()
    assert submitted.status == Application.Status.APPROVED
    assert submitted.membership.organisation.name == "Ville de Lyon"
    assert [message.to for message in mail.outbox] == [["camille@lyon.example.org"]]
    # Decided: nothing can be changed any more.
    response = editor_client.post(review_url(submitted), checklist(check_eligible=None))
    submitted.refresh_from_db()
    assert submitted.check_eligible is True


def test_approving_with_an_incomplete_checklist_saves_it_and_says_why(editor_client):
    submitted = application(checklist=False)
    response = editor_client.post(
        review_url(submitted),
        {**checklist(check_contact=None), "action-approve": "1"},
        follow=True,
    )
    assert "Complete the checklist before approving." in response.content.decode()
    submitted.refresh_from_db()
    assert submitted.check_eligible and not submitted.check_contact
    assert submitted.approvals.count() == 0


def test_editor_declines_with_a_message(editor_client, django_capture_on_commit_callbacks):
    submitted = application(language="de", contact_email="jonas@bremen.example.org")
    response = editor_client.post(
        review_url(submitted), {"action-decline": "1", "decision_message": ""}
    )
    assert response.status_code == 200
    assert "Write a message to the applicant" in response.content.decode()
    submitted.refresh_from_db()
    assert submitted.status == Application.Status.SUBMITTED
    with django_capture_on_commit_callbacks(execute=True):
        response = editor_client.post(
            review_url(submitted),
            {"action-decline": "1", "decision_message": "Leider passt Ihre Arbeit nicht."},
        )
    assert response.status_code == 302
    submitted.refresh_from_db()
    assert submitted.status == Application.Status.DECLINED
    assert mail.outbox[0].to == ["jonas@bremen.example.org"]
    assert mail.outbox[0].subject == "Ihre Bewerbung bei LIAISE"
    assert "Leider passt Ihre Arbeit nicht." in mail.outbox[0].body


def test_people_without_the_permission_are_refused(member_client):
    submitted = application()
    # A member has no admin access at all.
    response = member_client.get(review_url(submitted))
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]
    # A staff member with admin access but not the applications permission.
    staff = UserFactory(is_staff=True)
    staff.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client = signed_in(staff)
    assert client.get(INDEX).status_code in (302, 403)
    assert client.get(review_url(submitted)).status_code in (302, 403)
    response = client.post(review_url(submitted), {**checklist(), "action-approve": "1"})
    assert response.status_code in (302, 403)
    assert submitted.approvals.count() == 0
    response = client.post(
        review_url(submitted), {"action-decline": "1", "decision_message": "No."}
    )
    submitted.refresh_from_db()
    assert submitted.status == Application.Status.SUBMITTED


def test_membership_listing_shows_those_ending_within_60_days(editor_client):
    soon = OrganisationMembershipFactory(
        organisation__name="Ending Soon City", ends_on=days_from_today(30)
    )
    later = OrganisationMembershipFactory(
        organisation__name="Ending Later City", ends_on=days_from_today(100)
    )
    ended = OrganisationMembershipFactory(
        organisation__name="Ended City", ends_on=days_from_today(-1)
    )
    response = editor_client.get("/admin/snippets/network/membership/", {"period": "ending"})
    assert response.status_code == 200
    html = response.content.decode()
    assert soon.organisation.name in html
    assert later.organisation.name not in html
    assert ended.organisation.name not in html
    html = editor_client.get(
        "/admin/snippets/network/membership/", {"period": "ended"}
    ).content.decode()
    assert ended.organisation.name in html and soon.organisation.name not in html
    assert isinstance(soon.ends_on, datetime.date)
