"""The services refuse NUL characters themselves, not only their forms and
the API: a caller that skips them (a command, a future form) cannot store
text that PostgreSQL refuses or that breaks exports. Nothing is saved and
nobody is e-mailed."""

import pytest
from django.core import mail
from django.utils import translation

from network.factories import UserFactory
from programme import registration as service
from programme import service_requests
from programme.factories import open_session
from programme.models import Registration, ServiceRequest

pytestmark = pytest.mark.django_db


def person(**changes):
    fields = {"name": "Ada Lovelace", "email": "ada@example.org", "role": "Teacher"}
    fields.update(changes)
    return service.Participant(**fields)


@pytest.mark.parametrize(
    "field", ["name", "email", "role", "organisation_name"], ids=lambda name: name
)
def test_register_refuses_a_participant_with_a_nul(field, django_capture_on_commit_callbacks):
    session = open_session(seats=5)
    value = "ada\x00@example.org" if field == "email" else "Ada\x00"
    second = person(**{"email": "b@example.org", field: value})
    with (
        django_capture_on_commit_callbacks(execute=True),
        pytest.raises(service.RegistrationError) as refused,
    ):
        service.register(UserFactory(), [session], [person(), second])
    assert refused.value.errors == {1: ["Null characters are not allowed."]}
    assert not Registration.objects.filter(session=session).exists()
    assert mail.outbox == []


def test_the_refusal_is_in_the_readers_language():
    session = open_session(seats=5)
    with translation.override("de"):
        with pytest.raises(service.RegistrationError) as refused:
            service.register(UserFactory(), [session], [person(name="A\x00")])
        messages = [str(message) for message in refused.value.errors[0]]
    assert messages == ["Nullzeichen sind nicht erlaubt."]


def test_complete_details_refuses_a_nul(django_capture_on_commit_callbacks):
    session = open_session(seats=5)
    with django_capture_on_commit_callbacks(execute=True):
        (registration,) = service.register(UserFactory(), [session], [person()])
    with pytest.raises(service.RegistrationError):
        service.complete_details(registration, "Ada\x00", "Teacher", None, "", "en", True)
    registration.refresh_from_db()
    assert registration.name == "Ada Lovelace"
    assert registration.details_completed_at is None


@pytest.mark.parametrize("field", ["topic", "description", "organisation_name", "preferred_dates"])
def test_a_service_request_with_a_nul_is_refused(field):
    ServiceRequest.objects.all().delete()
    fields = {
        "service": "study_visit",
        "topic": "Exit programmes",
        "description": "We would like to visit an exit programme.",
        "organisation_name": "Stadt Neustadt",
        "preferred_dates": "Spring",
        "language": "en",
    }
    fields[field] = fields[field] + "\x00"
    with pytest.raises(service_requests.ServiceRequestError) as refused:
        service_requests.create(UserFactory(), **fields)
    assert refused.value.errors == {field: ["Null characters are not allowed."]}
    assert not ServiceRequest.objects.exists()
    assert mail.outbox == []
