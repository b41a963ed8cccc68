"""The XSS corpus (``tests/xss_payloads.py``) through training registration:
what a registrant types for their participants (name, role, an organisation
not listed), what a participant types behind their personal link, what a
requester types for a service (topic, description, organisation) and an
editor's note, and sessions whose title and summary carry the payloads.

Every page that shows them (the booking page, the personal link, the
admin's list of a session's registrations, the check-in list, the
service-request inbox and its detail, the profile, the session page and the
programme), every e-mail and the certificate's HTML must hold no executable
markup, by the inspector of ``tests/test_xss_corpus.py`` (imported, not
copied). A session page's JSON-LD must parse back to the title as typed and
hold no ``</script`` and no raw ``<``.

The service is called with what the site's forms let through: the forms
refuse NUL bytes (Django's ``ProhibitNullCharactersValidator``), so they are
taken out of what is handed to the service directly, and values are cut to
their field's length (PostgreSQL refuses longer ones).
"""

import datetime
import json
import re

import pytest
from django.contrib.auth.models import Group, Permission
from django.core import mail
from django.test import Client
from django.urls import reverse

from network.factories import UserFactory
from network.forms import NOT_LISTED
from programme import certificates, service_requests
from programme import registration as service
from programme.factories import open_session
from programme.models import Registration, ServiceRequest, programme_today
from tests.test_xss_corpus import Checks, short, text_of
from tests.xss_payloads import PAYLOADS

pytestmark = pytest.mark.django_db

#: The editor's permissions (as tests/test_access_matrix_registrations.py).
EDITOR_PERMISSIONS = (
    ("wagtailadmin", "access_admin"),
    ("programme", "view_registration"),
    ("programme", "change_registration"),
    ("programme", "view_servicerequest"),
    ("programme", "change_servicerequest"),
)
#: A Wagtail page title's length.
TITLE_LENGTH = 255
JSON_LD = re.compile(r'<script type="application/ld\+json">(.*?)</script>', re.S)


def days(number):
    return programme_today() + datetime.timedelta(days=number)


def typed(payload, length=None):
    """What a form lets through to the service: no NUL byte, the field's
    length at most, never empty."""
    value = payload.replace("\x00", "")
    value = value[:length] if length else value
    return value if value.strip() else "Nul"


def payload(number):
    return PAYLOADS[number % len(PAYLOADS)]


def signed_in(user):
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def outbox():
    mail.outbox = []
    return mail.outbox


@pytest.fixture
def editor(db):
    editor = UserFactory(is_staff=True, first_name="Edda", last_name="Editor")
    editor.groups.add(Group.objects.get(name="Editors"))
    for app_label, codename in EDITOR_PERMISSIONS:
        editor.user_permissions.add(
            Permission.objects.get(content_type__app_label=app_label, codename=codename)
        )
    return editor


def shows(checks, markup, values, where):
    """A control: the page shows what was typed, as text (so that a page
    that left it out could not pass for a safe one)."""
    text = text_of(markup)
    for value in values:
        value = " ".join(value.split())
        checks.check(value in text, f"{where}: {value[:40]!r} is not shown")


def check_json_ld(checks, markup, title, where):
    scripts = JSON_LD.findall(markup)
    checks.check(len(scripts) == 1, f"{where}: {len(scripts)} JSON-LD scripts")
    for script in scripts:
        checks.check("</script" not in script.lower(), f"{where}: </script in the JSON-LD")
        checks.check("<" not in script, f"{where}: a raw < in the JSON-LD")
        try:
            data = json.loads(script)
        except ValueError as error:
            checks.check(False, f"{where}: the JSON-LD does not parse: {error}")
            continue
        checks.check(data.get("name") == title, f"{where}: JSON-LD name {data.get('name')!r}")


# ---------------------------------------------------------------- participants


def test_the_corpus_typed_for_participants_runs_nowhere(
    outbox,
    editor,
    django_capture_on_commit_callbacks,
    capsys,
):
    """Each participant carries three payloads (name, role, organisation);
    70 seats for 91 people: confirmed, waiting, cancelled and promoted
    places, each with its e-mail."""
    checks = Checks()
    registrant = UserFactory(first_name="Rita", last_name="Registrant")
    session = open_session(
        title="Corpus session",
        seats=70,
        start_date=days(-1),
        end_date=days(1),
        registration_opens=days(-30),
        registration_closes=days(-2),
    )
    people = [
        service.Participant(
            name=typed(payload(number), 160),
            email=f"xss{number}@registrations.example.org",
            role=typed(payload(number + 1), 160),
            organisation_name=typed(payload(number + 2), 255),
        )
        for number in range(len(PAYLOADS))
    ]
    with django_capture_on_commit_callbacks(execute=True):
        created = service.register(registrant, [session], people, language="en", on=days(-5))
        checks.check(len(created) == len(PAYLOADS), f"{len(created)} registrations")
        confirmed = [r for r in created if r.status == Registration.Status.CONFIRMED]
        checks.check(len(confirmed) == 70, f"{len(confirmed)} confirmed")
        # Three give their place back: three of those waiting are promoted.
        for registration in confirmed[:3]:
            service.cancel(registration, by=registrant)
    for registration in Registration.objects.filter(session=session):
        for name in ("name", "role", "organisation_name"):
            checks.stored(getattr(registration, name), f"{registration.email}: {name}")

    markup = checks.page(
        signed_in(registrant).get(reverse("registration-booking", args=[created[0].booking_id])),
        "booking page",
    )
    shows(checks, markup, [person.name for person in people], "booking page")
    checks.page(signed_in(registrant).get(reverse("account-profile")), "registrant's profile")
    anybody = Client()
    for number, registration in enumerate(created):
        where = f"payload {number} {short(payload(number))}"
        markup = checks.page(
            anybody.get(reverse("registration-manage", args=[registration.token])),
            f"{where}: personal link",
        )
        shows(checks, markup, [registration.name], f"{where}: personal link")
    reader = signed_in(editor)
    markup = checks.page(
        reader.get(reverse("programme_admin_session_registrations", args=[session.pk])),
        "admin: the session's registrations",
    )
    shows(checks, markup, [person.name for person in people], "admin registrations")
    markup = checks.page(reader.get(reverse("checkin-list", args=[session.pk])), "check-in list")
    shows(checks, markup, [r.name for r in confirmed[3:]], "check-in list")

    # The certificates of those who attended: their HTML (the PDF is made
    # from it). Its QR code is the certificate's own data: image.
    for registration in Registration.objects.confirmed().filter(session=session):
        service.mark_attended(registration, editor)
        qr_code = certificates.qr_data_uri(certificates.verify_url(registration))
        markup = certificates.certificate_html(registration)
        checks.check(qr_code in markup, f"{registration.email}: the certificate's QR code")
        checks.fragment(
            markup.replace(qr_code, "/static/qr.svg"), f"{registration.email}: certificate"
        )
        checks.counts["certificates"] += 1
    checks.page(
        anybody.get(reverse("certificate-verify", args=[registration.certificate_code])),
        "certificate verification",
    )
    checks.check(checks.counts["certificates"] == 70, "70 certificates")
    checks.emails("registration e-mails")
    checks.done(capsys, "registrations (name, role, organisation)")


def test_the_corpus_typed_behind_the_personal_link_runs_nowhere(
    outbox,
    editor,
    capsys,
):
    """The participant's own details form: a value it saves is shown inert,
    a value it refuses comes back inert in the form."""
    checks = Checks()
    session = open_session(title="Corpus details session", seats=None)
    people = [
        service.Participant(name=f"Person {number}", email=f"own{number}@details.example.org")
        for number in range(len(PAYLOADS))
    ]
    created = service.register(UserFactory(), [session], people, language="en")
    anybody = Client()
    for number, registration in enumerate(created):
        where = f"payload {number} {short(payload(number))}"
        url = reverse("registration-manage", args=[registration.token])
        response = anybody.post(
            url,
            {
                "name": payload(number),
                "role": payload(number + 1),
                "organisation": NOT_LISTED,
                "organisation_name": payload(number + 2),
                "language": "en",
                "accept_terms": "on",
            },
        )
        if response.status_code != 302:
            checks.page(response, f"{where}: refused details", statuses=(200, 400))
        registration.refresh_from_db()
        for name in ("name", "role", "organisation_name"):
            checks.stored(getattr(registration, name), f"{where}: {name}")
        checks.page(anybody.get(url), f"{where}: personal link")
    checks.page(
        signed_in(editor).get(reverse("programme_admin_session_registrations", args=[session.pk])),
        "admin: the session's registrations",
    )
    checks.page(signed_in(editor).get(reverse("checkin-list", args=[session.pk])), "check-in list")
    checks.done(capsys, "the personal link's details form")


# ---------------------------------------------------------------- session titles


def titles():
    """The payloads packed into page titles (several per title, each cut to
    the title's length)."""
    packed, current = [], ""
    for text in PAYLOADS:
        text = typed(text, TITLE_LENGTH)
        if current and len(current) + 1 + len(text) > TITLE_LENGTH:
            packed.append(current)
            current = ""
        current = f"{current} {text}" if current else text
    return [*packed, current]


def test_sessions_titled_with_the_corpus_run_nowhere(
    outbox,
    editor,
    django_capture_on_commit_callbacks,
    capsys,
):
    """Session pages whose title and summary carry the payloads: the page,
    its JSON-LD, the programme, and the title where registrations show it
    (e-mails, booking, personal link, profile, admin, check-in, certificate)."""
    checks = Checks()
    registrant = UserFactory(first_name="Tess", last_name="Titles")
    sessions = [
        open_session(
            title=title,
            slug=f"xss-session-{number}",
            summary=title,
            seats=5,
            start_date=days(-1),
            end_date=days(1),
            registration_opens=days(-30),
            registration_closes=days(-2),
        )
        for number, title in enumerate(titles())
    ]
    anybody = Client()
    for number, session in enumerate(sessions):
        where = f"session {number} {short(session.title)}"
        markup = checks.page(anybody.get(session.url), f"{where}: page")
        shows(checks, markup, [session.title], f"{where}: page")
        check_json_ld(checks, markup, session.title, where)
    checks.page(anybody.get(sessions[0].get_parent().url), "the programme")

    with django_capture_on_commit_callbacks(execute=True):
        created = service.register(
            registrant,
            sessions,
            [
                service.Participant(name="Tess Titles", email=registrant.email),
                service.Participant(name="Colleague", email="colleague@titles.example.org"),
            ],
            language="en",
            on=days(-5),
        )
    reader = signed_in(editor)
    own = signed_in(registrant)
    checks.page(own.get(reverse("account-profile")), "registrant's profile")
    checks.page(own.get(reverse("registration-booking", args=[created[0].booking_id])), "booking")
    checks.page(reader.get(reverse("programme_admin_registrations")), "admin: sessions")
    for number, session in enumerate(sessions):
        where = f"session {number} {short(session.title)}"
        checks.page(
            reader.get(reverse("programme_admin_session_registrations", args=[session.pk])),
            f"{where}: admin registrations",
        )
        checks.page(reader.get(reverse("checkin-list", args=[session.pk])), f"{where}: check-in")
    for registration in created:
        checks.page(
            anybody.get(reverse("registration-manage", args=[registration.token])),
            f"{registration.session.title[:40]!r}: personal link",
        )
        service.mark_attended(registration, editor)
        qr_code = certificates.qr_data_uri(certificates.verify_url(registration))
        markup = certificates.certificate_html(registration)
        checks.fragment(markup.replace(qr_code, "/static/qr.svg"), "certificate")
    checks.emails("session e-mails")
    checks.done(capsys, f"session titles ({len(sessions)} sessions)")


# ---------------------------------------------------------------- service requests


def test_the_corpus_typed_into_service_requests_runs_nowhere(
    outbox,
    editor,
    django_capture_on_commit_callbacks,
    capsys,
):
    """Each request carries three payloads (topic, description, organisation)
    and the editor's note a fourth; a requester sends at most the day's
    limit, so the corpus is spread over several people."""
    checks = Checks()
    requesters = []
    made = []
    with django_capture_on_commit_callbacks(execute=True):
        for number in range(len(PAYLOADS)):
            if number % service_requests.REQUESTS_PER_DAY == 0:
                requesters.append(UserFactory(first_name=f"Requester{number}"))
            made.append(
                service_requests.create(
                    requesters[-1],
                    service=ServiceRequest.Service.TRAINING,
                    topic=typed(payload(number), 255),
                    description=typed(payload(number + 1)),
                    organisation_name=typed(payload(number + 2), 255),
                    language="en",
                )
            )
        for number, service_request in enumerate(made):
            service_requests.change_status(
                service_request,
                ServiceRequest.Status.IN_DISCUSSION,
                note=typed(payload(number + 3)),
                by=editor,
            )
    for service_request in ServiceRequest.objects.filter(pk__in=[r.pk for r in made]):
        for name in ("topic", "description", "organisation_name"):
            checks.stored(getattr(service_request, name), f"request {service_request.pk}: {name}")

    reader = signed_in(editor)
    inbox = reverse("programme_service_requests")
    pages = -(-ServiceRequest.objects.count() // 25)
    for number in range(1, pages + 1):
        checks.page(reader.get(f"{inbox}?p={number}"), f"inbox page {number}")
    for number, service_request in enumerate(made):
        where = f"payload {number} {short(payload(number))}: request"
        markup = checks.page(
            reader.get(reverse("programme_service_request", args=[service_request.pk])), where
        )
        shows(checks, markup, [service_request.topic, service_request.organisation_name], where)
    for requester in requesters:
        checks.page(signed_in(requester).get(reverse("account-profile")), "requester's profile")
    checks.emails("service-request e-mails")
    checks.done(capsys, "service requests (topic, description, organisation, note)")
