"""The public application form: anybody applies, in their language."""

import re

import pytest
from django.core import mail

from network.models import Application, Organisation

pytestmark = pytest.mark.django_db

URL = "/en/network/apply/"


def answers(**changes):
    data = {
        "organisation": "",
        "organisation_name": "Stadt Graz",
        "kind": "city",
        "country": "AT",
        "city": "Graz",
        "website": "https://www.graz.example.org",
        "contact_name": "Anna Huber",
        "contact_email": "anna.huber@graz.example.org",
        "contact_role": "Prevention officer",
        "motivation": "We coordinate a local prevention network and want to learn from peers.",
        "accepts_contribution": "on",
        "nickname": "",
        **changes,
    }
    return {key: value for key, value in data.items() if value is not None}


def test_form_offers_organisations_without_an_active_membership(client):
    response = client.get(URL)
    assert response.status_code == 200
    html = response.content.decode()
    eastbridge = Organisation.objects.get(slug="eastbridge", locale__language_code="en")
    member = Organisation.objects.get(slug="cultures-interactive", locale__language_code="en")
    assert f'<option value="{eastbridge.pk}">' in html
    assert f'<option value="{member.pk}">' not in html
    assert "3,000" in html
    assert 'name="accepts_contribution"' in html


def test_valid_application_is_recorded_acknowledged_and_sent_to_editors(
    client, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/fr/network/apply/", answers())
    assert response.status_code == 302
    assert response["Location"] == "/fr/network/apply/thanks/"
    application = Application.objects.get(organisation_name="Stadt Graz")
    assert application.status == Application.Status.SUBMITTED
    assert application.language == "fr"
    assert application.applicant is None
    assert application.accepts_contribution is True
    assert str(application.country) == "AT"
    acknowledgement = [m for m in mail.outbox if m.to == ["anna.huber@graz.example.org"]]
    assert len(acknowledgement) == 1
    assert acknowledgement[0].subject == "Nous avons bien reçu votre candidature à LIAISE"
    editors = [m for m in mail.outbox if m.to == ["editor@example.org"]]
    assert len(editors) == 1
    assert "Stadt Graz" in editors[0].subject
    assert f"/admin/network/applications/edit/{application.pk}/" in editors[0].body
    assert client.get(response["Location"]).status_code == 200


def test_invalid_application_keeps_everything_typed(client):
    response = client.post(URL, answers(motivation="", website="not a web address"))
    assert response.status_code == 200
    assert not Application.objects.filter(organisation_name="Stadt Graz").exists()
    html = response.content.decode()
    assert 'role="alert"' in html
    assert 'value="Stadt Graz"' in html
    assert 'value="anna.huber@graz.example.org"' in html
    assert 'value="Prevention officer"' in html
    assert 'value="not a web address"' in html
    assert re.search(r'<input type="checkbox" name="accepts_contribution"[^>]*\bchecked\b', html)
    assert 'aria-invalid="true"' in html
    assert 'id="id_motivation_error"' in html


def test_the_contribution_must_be_accepted(client):
    response = client.post(URL, answers(accepts_contribution=None))
    assert response.status_code == 200
    assert "tick the box to accept it" in response.content.decode()
    assert not Application.objects.filter(organisation_name="Stadt Graz").exists()


def test_an_organisation_is_chosen_or_named(client):
    response = client.post(URL, answers(organisation_name="", kind="", country=""))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Choose your organisation in the directory or type its name." in html
    assert "Choose the country." in html
    assert not Application.objects.filter(contact_email="anna.huber@graz.example.org").exists()


def test_choosing_a_directory_organisation_completes_its_details(client):
    eastbridge = Organisation.objects.get(slug="eastbridge", locale__language_code="en")
    response = client.post(
        URL, answers(organisation=str(eastbridge.pk), organisation_name="", kind="", country="")
    )
    assert response.status_code == 302
    application = Application.objects.get(contact_email="anna.huber@graz.example.org")
    assert application.organisation == eastbridge
    assert application.organisation_name == eastbridge.name
    assert application.kind == eastbridge.kind
    assert application.country == eastbridge.country


def test_an_organisation_with_an_active_membership_cannot_be_chosen(client):
    member = Organisation.objects.get(slug="cultures-interactive", locale__language_code="en")
    response = client.post(URL, answers(organisation=str(member.pk)))
    assert response.status_code == 200
    assert not Application.objects.filter(contact_email="anna.huber@graz.example.org").exists()


def test_signed_in_applicant_is_linked(nonmember_client):
    response = nonmember_client.get(URL)
    assert "your account is linked to this application" in response.content.decode()
    assert "private" in response["Cache-Control"] and "no-store" in response["Cache-Control"]
    response = nonmember_client.post(URL, answers())
    assert response.status_code == 302
    application = Application.objects.get(contact_email="anna.huber@graz.example.org")
    assert application.applicant.username == "eastbridge"
    assert application.language == "en"


def test_a_form_that_fills_the_hidden_field_is_dropped(client):
    response = client.post(URL, answers(nickname="buy now"))
    assert response.status_code == 302
    assert not Application.objects.filter(contact_email="anna.huber@graz.example.org").exists()


def test_one_address_sends_a_limited_number_of_applications(client):
    for number in range(5):
        response = client.post(URL, answers(contact_email=f"person{number}@graz.example.org"))
        assert response.status_code == 302
    response = client.post(URL, answers(contact_email="sixth@graz.example.org"))
    assert response.status_code == 429
    html = response.content.decode()
    assert "Too many applications" in html
    assert 'value="sixth@graz.example.org"' in html
    assert not Application.objects.filter(contact_email="sixth@graz.example.org").exists()
