"""Services on demand (programme.service_requests): the site's form for
every kind of reader, the editors' inbox in the admin (status, history,
e-mails), the requester's profile and data, the API and the day's limit.
Over HTTP, with real e-mail (locmem outbox)."""

import datetime
import json

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.core import mail
from django.test import Client
from django.utils import timezone

from network import tokens
from network.factories import MembershipFactory, UserFactory
from programme import service_requests
from programme.models import ServiceRequest, ServiceRequestEvent
from tests.test_project_api import wsgi_app  # noqa: F401 (a fixture)

pytestmark = pytest.mark.django_db

FORM = "/en/training/services/"
THANKS = "/en/training/services/thanks/"
INBOX = "/admin/programme/service-requests/"
API = "/api/service-requests/"
PROBLEM = "application/problem+json"
Status = ServiceRequest.Status


def user(username):
    return get_user_model().objects.get(username=username)


def signed_in(person):
    client = Client()
    client.force_login(person)
    return client


def token_client(person):
    _token, key = tokens.create(person, "Tests")
    return Client(headers={"Authorization": f"Bearer {key}"})


def answers(**changes):
    data = {
        "service": "training",
        "topic": "Working with families of young people at risk",
        "description": "Two days for our social workers and teachers.\nIn German if possible.",
        "organisation": "",
        "organisation_name": "Stadt Neustadt",
        "preferred_dates": "Spring 2027",
        "participants": "25",
    }
    data.update(changes)
    return data


def make_request(person, **changes):
    fields = {
        "service": "study_visit",
        "topic": "Exit programmes",
        "description": "We would like to visit an exit programme.",
        "organisation_name": "Stadt Neustadt",
        "language": "en",
        **changes,
    }
    return service_requests.create(person, **fields)


@pytest.fixture(autouse=True)
def no_requests(db):
    """The demo has service requests of its own: each test starts without
    them, so that it counts only what it makes."""
    ServiceRequest.objects.all().delete()


@pytest.fixture
def editors_may_handle_requests(db):
    """The permissions the editors need for the inbox (the lead gives them
    to the demo's Editors group)."""
    group = Group.objects.get(name="Editors")
    group.permissions.add(
        *Permission.objects.filter(
            content_type__app_label="programme",
            codename__in=["view_servicerequest", "change_servicerequest"],
        )
    )
    return group


# --- the form ------------------------------------------------------------------


def test_anonymous_reader_sees_the_services_and_is_asked_to_sign_in(client):
    response = client.get(FORM)
    assert response.status_code == 200
    body = response.content.decode()
    assert "Study visit" in body and "Support for a pilot project" in body
    assert "You need an account to send a request" in body
    assert 'href="/en/accounts/login/?next=/en/training/services/"' in body
    assert 'href="/en/accounts/signup/?next=/en/training/services/"' in body
    assert 'name="topic"' not in body  # no form
    assert "private" not in response.get("Cache-Control", "")  # a public page


def test_anonymous_post_goes_to_sign_in_and_records_nothing(client):
    response = client.post(FORM, answers())
    assert response.status_code == 302
    assert response["Location"] == "/en/accounts/login/?next=/en/training/services/"
    assert not ServiceRequest.objects.exists()


def test_signing_in_from_the_introduction_comes_back_to_the_form(client):
    person = UserFactory()
    EmailAddress = pytest.importorskip("allauth.account.models").EmailAddress
    EmailAddress.objects.create(user=person, email=person.email, verified=True, primary=True)
    response = client.post(
        "/en/accounts/login/?next=/en/training/services/",
        {"login": person.username, "password": "a long test password"},
        follow=True,
    )
    assert response.redirect_chain[-1][0] == FORM
    assert 'name="topic"' in response.content.decode()


def test_nonmember_sends_a_request_editors_and_requester_are_emailed(
    django_capture_on_commit_callbacks,
):
    requester = user("eastbridge")
    editor2 = user("editor2")
    editor2.preferred_language = "de"
    editor2.save()
    client = signed_in(requester)
    form = client.get(FORM)
    assert form.status_code == 200
    assert "no-store" in form["Cache-Control"] and "private" in form["Cache-Control"]
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(FORM, answers())
    assert response.status_code == 302 and response["Location"] == THANKS
    made = ServiceRequest.objects.get()
    assert (made.requester, made.service, made.status) == (requester, "training", Status.NEW)
    assert made.organisation is None and made.organisation_name == "Stadt Neustadt"
    assert made.participants == 25 and made.language == "en"
    [event] = made.events.all()
    assert (event.status, event.by, event.note) == (Status.NEW, requester, "")

    by_address = {message.to[0]: message for message in mail.outbox}
    assert set(by_address) == {requester.email, "editor@example.org", "editor2@example.org"}
    receipt = by_address[requester.email]
    assert "We have received your request" in receipt.subject
    assert "Working with families of young people at risk" in receipt.body
    assert "http://testserver/en/accounts/profile/" in receipt.body
    to_editor = by_address["editor@example.org"]
    assert to_editor.subject == "New service request: Training on a topic (Stadt Neustadt)"
    assert f"http://testserver{INBOX}{made.pk}/" in to_editor.body
    assert "Two days for our social workers" in to_editor.body
    german = by_address["editor2@example.org"]
    assert german.subject.startswith("Neue Serviceanfrage")

    thanks = client.get(THANKS)
    assert thanks.status_code == 200
    assert requester.email in thanks.content.decode()


def test_member_chooses_their_organisation_from_the_directory(member_client):
    member = user("member")
    mine = member.affiliations.get().organisation
    form = member_client.get(FORM).content.decode()
    assert f'<option value="{mine.pk}" selected>' in form
    response = member_client.post(
        FORM, answers(service="local_strategy", organisation=str(mine.pk), organisation_name="")
    )
    assert response.status_code == 302
    made = ServiceRequest.objects.get()
    assert made.organisation == mine and made.organisation_name == mine.name


def test_editor_may_send_a_request_too(editor_client):
    assert editor_client.get(FORM).status_code == 200
    assert editor_client.post(FORM, answers(service="event")).status_code == 302
    assert ServiceRequest.objects.get().service == "event"


def test_form_errors_name_the_fields_and_keep_what_was_typed(nonmember_client):
    response = nonmember_client.post(
        FORM,
        answers(service="", description="   ", organisation_name="", participants="0"),
    )
    assert response.status_code == 200
    body = response.content.decode()
    assert 'role="alert"' in body
    assert 'href="#id_service_0"' in body and "Choose one of the services." in body
    assert 'href="#id_description"' in body and "Describe what you need." in body
    assert 'href="#id_organisation_name"' in body
    assert 'href="#id_participants"' in body
    assert 'value="Working with families of young people at risk"' in body  # kept
    assert 'value="Spring 2027"' in body
    assert not ServiceRequest.objects.exists()


def test_form_is_translated(nonmember_client):
    body = nonmember_client.get("/fr/training/services/").content.decode()
    assert "Demander un service" in body
    assert "Visite d’étude" in body or "Visite d'étude" in body


# --- the day's limit -------------------------------------------------------------


def test_at_most_five_requests_a_day_then_a_clear_message(nonmember_client):
    for number in range(service_requests.REQUESTS_PER_DAY):
        response = nonmember_client.post(FORM, answers(topic=f"Request {number}"))
        assert response.status_code == 302, number
    mail.outbox.clear()
    refused = nonmember_client.post(FORM, answers(topic="One too many"))
    assert refused.status_code == 429
    body = refused.content.decode()
    assert "You have sent 5 requests in the last 24 hours" in body
    assert 'value="One too many"' in body  # what was typed is kept
    assert ServiceRequest.objects.count() == 5 and mail.outbox == []
    # The page says so before anything is typed, too.
    assert (
        "the most we accept from one person in a day" in nonmember_client.get(FORM).content.decode()
    )


def test_the_limit_is_per_person_and_per_24_hours(nonmember_client, member_client):
    requester = user("eastbridge")
    for _number in range(5):
        make_request(requester)
    # Requests older than a day no longer count.
    ServiceRequest.objects.filter(pk=ServiceRequest.objects.order_by("pk").first().pk).update(
        created_at=timezone.now() - datetime.timedelta(hours=25)
    )
    assert nonmember_client.post(FORM, answers()).status_code == 302
    assert nonmember_client.post(FORM, answers()).status_code == 429
    assert member_client.post(FORM, answers()).status_code == 302  # someone else


# --- the admin inbox -------------------------------------------------------------


def test_inbox_is_for_editors_only(editors_may_handle_requests, editor_client, member_client):
    made = make_request(user("eastbridge"))
    for path in (INBOX, f"{INBOX}{made.pk}/"):
        assert editor_client.get(path).status_code == 200
        # Signed in without admin access: sent to the admin's sign-in.
        response = member_client.get(path)
        assert response.status_code == 302 and "/admin/login/" in response["Location"]
        # In the admin, but not an editor (a translator): refused.
        assert signed_in(user("translator")).get(path).status_code == 403
    assert Client().get(INBOX).status_code == 302
    refused = signed_in(user("translator")).post(
        f"{INBOX}{made.pk}/", {"status": "agreed", "note": ""}
    )
    assert refused.status_code == 403
    assert "they are for the network's editors" in refused.content.decode()
    # Who may read but not change sees no form, and cannot post one.
    reader = UserFactory(is_staff=True)
    reader.user_permissions.add(
        Permission.objects.get(codename="access_admin"),
        Permission.objects.get(codename="view_servicerequest"),
    )
    page = signed_in(reader).get(f"{INBOX}{made.pk}/")
    assert page.status_code == 200 and 'name="note"' not in page.content.decode()
    response = signed_in(reader).post(f"{INBOX}{made.pk}/", {"status": "agreed", "note": ""})
    assert response.status_code == 403
    made.refresh_from_db()
    assert made.status == Status.NEW and made.events.count() == 1


def test_inbox_lists_with_counts_per_status_and_filters(editors_may_handle_requests, editor_client):
    requester = user("eastbridge")
    first = make_request(requester, topic="Visit to Augsburg")
    second = make_request(requester, topic="Training in Liège")
    make_request(requester, topic="Conference in Lyon")
    service_requests.change_status(first, Status.AGREED, "See you in May.", by=user("editor"))
    service_requests.change_status(second, Status.IN_DISCUSSION, by=user("editor"))
    body = editor_client.get(INBOX).content.decode()
    assert "All (3)" in body and "New (1)" in body and "In discussion (1)" in body
    assert "Agreed (1)" in body and "Declined (0)" in body
    assert all(topic in body for topic in ("Visit to Augsburg", "Training in", "Lyon"))
    narrowed = editor_client.get(INBOX, {"status": "agreed"}).content.decode()
    assert "Visit to Augsburg" in narrowed
    assert "Lyon" not in narrowed and "Training in" not in narrowed
    assert 'aria-current="page"' in narrowed
    # An unknown status shows everything.
    assert "Lyon" in editor_client.get(INBOX, {"status": "nonsense"}).content.decode()


def test_menu_shows_the_inbox_with_new_requests_to_editors(
    editors_may_handle_requests, editor_client
):
    make_request(user("eastbridge"))
    body = editor_client.get("/admin/").content.decode()
    assert "Service requests (1 new)" in body
    assert "Service requests" not in signed_in(user("translator")).get("/admin/").content.decode()


def test_status_change_is_recorded_and_requester_told_in_their_language(
    editors_may_handle_requests, editor_client, django_capture_on_commit_callbacks
):
    requester = user("member2")  # e-mails in French
    made = make_request(requester, topic="Visite à Liège")
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        response = editor_client.post(
            f"{INBOX}{made.pk}/",
            {"status": "in_discussion", "note": "Nous vous appelons la semaine prochaine."},
        )
    assert response.status_code == 302 and response["Location"] == f"{INBOX}{made.pk}/"
    made.refresh_from_db()
    assert made.status == Status.IN_DISCUSSION
    event = made.events.order_by("-pk").first()
    assert (event.status, event.by) == (Status.IN_DISCUSSION, user("editor"))
    assert event.note == "Nous vous appelons la semaine prochaine."
    [message] = mail.outbox
    assert message.to == [requester.email]
    assert message.subject == "Votre demande « Visite à Liège » : En discussion"
    assert "Nous vous appelons la semaine prochaine." in message.body
    assert "http://testserver/fr/accounts/profile/" in message.body

    # The history shows both steps, oldest first.
    page = editor_client.get(f"{INBOX}{made.pk}/").content.decode()
    assert page.index("Received") < page.index("Status changed to “In discussion”")
    assert "Nous vous appelons la semaine prochaine." in page


def test_a_note_alone_is_sent_and_declining_needs_one(
    editors_may_handle_requests, editor_client, django_capture_on_commit_callbacks
):
    made = make_request(user("eastbridge"))
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        response = editor_client.post(
            f"{INBOX}{made.pk}/", {"status": "new", "note": "Which dates suit you?"}
        )
    assert response.status_code == 302
    note = made.events.order_by("-pk").first()
    assert (note.status, note.note) == ("", "Which dates suit you?")
    assert len(mail.outbox) == 1 and "Which dates suit you?" in mail.outbox[0].body

    # Nothing to record: same status, no note.
    refused = editor_client.post(f"{INBOX}{made.pk}/", {"status": "new", "note": ""})
    assert refused.status_code == 200
    assert "already has this status" in refused.content.decode()
    declined = editor_client.post(
        f"{INBOX}{made.pk}/", {"status": "declined", "note": ""}
    ).content.decode()
    assert "Tell the requester why the request is declined." in declined
    made.refresh_from_db()
    assert made.status == Status.NEW and made.events.count() == 2
    assert len(mail.outbox) == 1


def test_each_change_is_an_event(django_capture_on_commit_callbacks):
    made = make_request(user("eastbridge"))
    editor = user("editor")
    with django_capture_on_commit_callbacks(execute=True):
        service_requests.change_status(made, Status.IN_DISCUSSION, by=editor)
        service_requests.change_status(made, Status.AGREED, "Agreed for May.", by=editor)
    steps = [(event.status, event.note) for event in service_requests.history(made)]
    assert steps == [
        (Status.NEW, ""),
        (Status.IN_DISCUSSION, ""),
        (Status.AGREED, "Agreed for May."),
    ]
    assert ServiceRequestEvent.objects.filter(request=made).count() == 3


def test_a_request_that_names_only_its_directory_organisation_shows_its_name(
    editors_may_handle_requests, editor_client, member_client
):
    """As the demo's requests are made: the organisation linked, no name typed."""
    member = user("member")
    organisation = member.affiliations.get().organisation
    made = ServiceRequest.objects.create(
        requester=member,
        service="training",
        organisation=organisation,
        topic="Online recruitment",
        description="A training for youth workers.",
        language="en",
    )
    assert organisation.name in editor_client.get(INBOX).content.decode()
    assert organisation.name in editor_client.get(f"{INBOX}{made.pk}/").content.decode()
    assert (
        f"For {organisation.name}, sent on"
        in member_client.get("/en/accounts/profile/").content.decode()
    )


# --- the requester's profile and data ----------------------------------------------


def test_profile_shows_each_request_with_its_status_and_the_teams_note(member2_client):
    requester = user("member2")
    made = make_request(requester, topic="Visite à Liège")
    other = make_request(user("eastbridge"), topic="Someone else's request")
    service_requests.change_status(made, Status.AGREED, "Rendez-vous en mai.", by=user("editor"))
    response = member2_client.get("/en/accounts/profile/")
    body = response.content.decode()
    assert "Your service requests" in body
    assert "Visite à Liège" in body and "Status: Agreed" in body
    assert "Rendez-vous en mai." in body
    assert other.topic not in body
    assert "no-store" in response["Cache-Control"]
    # Nothing is shown to a person who never sent one.
    assert (
        "Your service requests"
        not in signed_in(UserFactory()).get("/en/accounts/profile/").content.decode()
    )


def test_data_export_holds_the_requests_and_their_history(member2_client):
    made = make_request(user("member2"), topic="Visite à Liège")
    service_requests.change_status(made, Status.DECLINED, "Pas cette année.", by=user("editor"))
    data = json.loads(member2_client.get("/en/accounts/profile/data/").content)
    [exported] = data["service_requests"]
    assert exported["topic"] == "Visite à Liège" and exported["status"] == "declined"
    assert [step["status"] for step in exported["history"]] == ["new", "declined"]
    assert exported["history"][1]["note"] == "Pas cette année."


# --- the API -----------------------------------------------------------------------


def api_body(**changes):
    return {
        "service": "pilot_project",
        "topic": "Mentoring pilot",
        "description": "Advice on evaluating our mentoring pilot.",
        "organisation_name": "Stadt Neustadt",
        "participants": 12,
        **changes,
    }


def test_api_needs_credentials():
    client = Client()
    assert client.get(API).status_code == 401
    assert client.post(API, api_body(), content_type="application/json").status_code == 401
    assert client.get(f"{API}1/").status_code == 401


def test_api_creates_a_request_and_tells_the_editors(django_capture_on_commit_callbacks):
    person = MembershipFactory().user
    organisation = person.affiliations.get().organisation
    client = token_client(person)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            API,
            api_body(organisation=organisation.slug, organisation_name="", language="de"),
            content_type="application/json",
        )
    assert response.status_code == 201, response.content
    data = response.json()
    made = ServiceRequest.objects.get(pk=data["id"])
    assert made.requester == person and made.organisation == organisation
    assert made.language == "de"
    assert data["status"] == "new" and data["service_label"] == "Support for a pilot project"
    assert data["organisation"]["slug"] == organisation.slug
    assert [step["status"] for step in data["history"]] == ["new"]
    assert {message.to[0] for message in mail.outbox} == {
        person.email,
        "editor@example.org",
        "editor2@example.org",
    }
    assert "no-store" in response["Cache-Control"]


def test_api_lists_only_the_persons_own_requests_and_reads_one():
    person, someone = UserFactory(), UserFactory()
    mine = make_request(person, topic="Mine")
    theirs = make_request(someone, topic="Theirs")
    service_requests.change_status(mine, Status.IN_DISCUSSION, "We call you.", by=user("editor"))
    client = token_client(person)
    listing = client.get(API, {"locale": "fr"}).json()
    assert listing["count"] == 1
    [row] = listing["results"]
    assert row["id"] == mine.pk and row["status"] == "in_discussion"
    assert row["status_label"] == "En discussion"
    one = client.get(f"{API}{mine.pk}/").json()
    assert one["description"] == mine.description
    assert [(step["status"], step["note"]) for step in one["history"]] == [
        ("new", ""),
        ("in_discussion", "We call you."),
    ]
    refused = client.get(f"{API}{theirs.pk}/")
    assert refused.status_code == 404 and refused["Content-Type"] == PROBLEM
    assert client.get(f"{API}999999999/").status_code == 404


def test_api_refuses_bad_input_naming_the_fields():
    client = token_client(UserFactory())
    response = client.post(
        API, api_body(organisation="no-such-organisation"), content_type="application/json"
    )
    assert response.status_code == 400 and response["Content-Type"] == PROBLEM
    assert set(response.json()["errors"]) == {"organisation"}
    response = client.post(
        API,
        api_body(organisation_name="", topic="   ", service="lunch"),
        content_type="application/json",
    )
    assert response.status_code == 400
    assert {"topic", "service"} <= set(response.json()["errors"])
    response = client.post(API, api_body(organisation_name=""), content_type="application/json")
    assert set(response.json()["errors"]) == {"organisation_name"}
    assert not ServiceRequest.objects.exists()


def test_api_applies_the_days_limit_with_retry_after():
    person = UserFactory()
    client = token_client(person)
    for _number in range(5):
        assert client.post(API, api_body(), content_type="application/json").status_code == 201
    refused = client.post(API, api_body(), content_type="application/json")
    assert refused.status_code == 429 and refused["Content-Type"] == PROBLEM
    assert 0 < int(refused["Retry-After"]) <= 24 * 3600
    assert "24 hours" in refused.json()["detail"]
    assert ServiceRequest.objects.filter(requester=person).count() == 5


def test_schemathesis_a_person_uses_the_service_requests_api(wsgi_app, capsys):  # noqa: F811
    """Generated requests (valid and invalid) to the three operations, as a
    signed-in person with a token, each answer checked against the schema;
    the person has sent four requests already, so the first valid creation
    is the day's fifth (201) and the next one meets the limit (a documented
    429), however few of the generated payloads are valid."""
    import schemathesis
    from schemathesis import GenerationMode

    from tests.api.test_schema import run

    person = UserFactory()
    for _ in range(service_requests.REQUESTS_PER_DAY - 1):
        make_request(person)
    key = token_client(person).defaults["HTTP_AUTHORIZATION"]
    schema = schemathesis.openapi.from_wsgi("/api/openapi.json", wsgi_app)
    operations = [
        result.ok() for result in schema.get_all_operations() if result.ok().path.startswith(API)
    ]
    assert {(op.method.lower(), op.path) for op in operations} == {
        ("get", API),
        ("post", API),
        ("get", f"{API}{{request_id}}/"),
    }
    answered = []
    for operation in operations:
        for mode in (GenerationMode.POSITIVE, GenerationMode.NEGATIVE):
            answered += run(
                operation,
                mode,
                30,
                headers={"Authorization": key},
                statuses={200, 201, 400, 404, 429},
            )
    with capsys.disabled():
        print(f"\nschemathesis, service requests: {len(answered)} cases")
    assert answered.count(200) >= 10 and 201 in answered and 429 in answered
