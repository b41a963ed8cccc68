"""The registration pages over HTTP: the booking form and its review, the
registrant's booking page, the participant's personal link (details, terms,
cancellation), the profile section and the data export; the e-mails they
send (real templates, the locmem outbox, the calendar file)."""

import datetime
import json
from decimal import Decimal
from html.parser import HTMLParser

import pytest
from django.core import mail
from django.test import Client
from django.urls import reverse
from django.utils import translation
from django.utils.formats import date_format

from network.factories import MembershipFactory, OrganisationFactory, UserFactory
from network.models import Organisation, User
from programme import registration as service
from programme.factories import open_session
from programme.models import Booking, Registration, SessionPage
from tests.helpers import translate

pytestmark = pytest.mark.django_db

Status = Registration.Status
PREFIX = "participants"


# --- Helpers --------------------------------------------------------------------


def url(name, *args, language="en", query=""):
    with translation.override(language):
        return reverse(name, args=args) + query


class FormFields(HTMLParser):
    """The fields a browser would send with the form that holds
    ``button`` (``name=value``), pressing that button."""

    def __init__(self, button):
        super().__init__()
        self.button = button
        self.forms = []
        self.current = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form":
            self.current = {"fields": [], "has_button": False}
            self.forms.append(self.current)
        elif self.current is None:
            return
        elif tag == "input" and attrs.get("name"):
            kind = attrs.get("type", "text")
            if kind in ("checkbox", "radio") and "checked" not in attrs:
                return
            if kind not in ("submit", "button"):
                self.current["fields"].append((attrs["name"], attrs.get("value", "")))
        elif tag == "button" and (attrs.get("name"), attrs.get("value")) == self.button:
            self.current["has_button"] = True

    def handle_endtag(self, tag):
        if tag == "form":
            self.current = None


def form_data(response, button):
    """``{name: [values]}`` of the form with ``button``, as a browser sends it."""
    parser = FormFields(button)
    parser.feed(response.content.decode())
    form = next(form for form in parser.forms if form["has_button"])
    data = {}
    for name, value in form["fields"]:
        data.setdefault(name, []).append(value)
    data[button[0]] = [button[1]]
    return data


def booking_data(sessions, people, action="review"):
    """What the form sends: the sessions ticked and one row per person
    (name, email, organisation: an Organisation, or a typed name)."""
    data = {
        "action": action,
        "sessions": [str(session.pk) for session in sessions],
        f"{PREFIX}-TOTAL_FORMS": str(len(people)),
        f"{PREFIX}-INITIAL_FORMS": "1",
        f"{PREFIX}-MIN_NUM_FORMS": "1",
        f"{PREFIX}-MAX_NUM_FORMS": "30",
    }
    for index, person in enumerate(people):
        organisation = person.get("organisation")
        data.update(
            {
                f"{PREFIX}-{index}-name": person["name"],
                f"{PREFIX}-{index}-email": person["email"],
                f"{PREFIX}-{index}-role": person.get("role", ""),
                f"{PREFIX}-{index}-organisation": str(organisation.pk)
                if isinstance(organisation, Organisation)
                else ("other" if organisation else ""),
                f"{PREFIX}-{index}-organisation_name": organisation
                if isinstance(organisation, str)
                else "",
                f"{PREFIX}-{index}-language": person.get("language", "en"),
            }
        )
    return data


def member_organisation():
    return User.objects.get(username="member").affiliations.get().organisation


def nonmember_organisation():
    return User.objects.get(username="eastbridge").affiliations.get().organisation


def text(response):
    return response.content.decode()


# --- The form -------------------------------------------------------------------


def test_anonymous_readers_are_sent_to_sign_in_and_come_back(client):
    session = open_session()
    address = url("registration-register", query=f"?session={session.pk}")
    response = client.get(address)
    assert response.status_code == 302
    login, _, back = response["Location"].partition("?next=")
    assert login == url("login")
    assert back.replace("%3F", "?").replace("%3D", "=") == address


def test_form_lists_the_open_sessions_with_seats_and_prefills_the_reader(
    member_client, django_capture_on_commit_callbacks
):
    asked = open_session(seats=20, title="Ghent training")
    other = open_session(seats=2, title="Lyon training")
    service.register(
        UserFactory(),
        [other],
        [service.Participant(name=f"P{n}", email=f"p{n}@example.org") for n in range(3)],
    )
    closed = open_session(
        title="Closed training",
        registration_closes=datetime.date.today() - datetime.timedelta(days=1),
    )
    response = member_client.get(
        url("registration-register", query=f"?session={asked.pk}&session={closed.pk}")
    )
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]
    html = text(response)
    assert f'value="{asked.pk}" id="session-{asked.pk}" aria-describedby' in html
    assert f'id="session-{asked.pk}" aria-describedby="session-{asked.pk}-details" checked' in html
    assert f'id="session-{other.pk}" aria-describedby="session-{other.pk}-details">' in html
    assert "20 seats free out of 20" in html
    assert "Full: you can join the waiting list (1 waiting)" in html
    # The closed one is not offered; the link that asked for it says why.
    assert f'id="session-{closed.pk}"' not in html
    assert "Registration for Closed training closed on" in html
    # The first participant is the signed-in person.
    member = User.objects.get(username="member")
    assert f'value="{member.get_full_name()}"' in html
    assert f'value="{member.email}"' in html
    organisation = member_organisation()
    assert f'<option value="{organisation.pk}" selected>' in html
    # Adding a participant works with the script too: the empty row is there.
    assert '<template id="participant-template">' in html
    assert f"{PREFIX}-__prefix__-name" in html


def test_sessions_are_named_in_the_readers_language(
    member_client, django_capture_on_commit_callbacks
):
    session = open_session(title="Ghent training")
    spanish = translate(session, "es", django_capture_on_commit_callbacks, prefix="[es]")
    html = text(member_client.get(url("registration-register", language="es")))
    assert "[es] Ghent training" in html
    # Asked for by its Spanish page's address: ticked all the same.
    html = text(
        member_client.get(
            url("registration-register", language="es", query=f"?session={spanish.pk}")
        )
    )
    assert f'aria-describedby="session-{session.pk}-details" checked' in html


def test_adding_a_participant_without_javascript_keeps_what_was_typed(member_client):
    session = open_session()
    people = [
        {"name": "Ana Ruiz", "email": "ana@example.org", "organisation": "Town of Nowhere"},
    ]
    response = member_client.post(
        url("registration-register"), booking_data([session], people, action="add")
    )
    html = text(response)
    assert response.status_code == 200
    assert 'value="Ana Ruiz"' in html and 'value="Town of Nowhere"' in html
    assert f'name="{PREFIX}-TOTAL_FORMS" value="2"' in html
    assert f'name="{PREFIX}-1-name"' in html and "autofocus" in html
    assert "Participant 2" in html
    assert 'role="alert"' not in html  # nothing was submitted yet: no errors
    assert f'aria-describedby="session-{session.pk}-details" checked' in html


# --- Review and confirm -----------------------------------------------------------


def test_member_registers_a_colleague_for_two_sessions_and_pays_nothing(
    member_client, django_capture_on_commit_callbacks
):
    first, second = open_session(title="Ghent training"), open_session(title="Lyon training")
    organisation = member_organisation()
    member = User.objects.get(username="member")
    people = [
        {"name": member.get_full_name(), "email": member.email, "organisation": organisation},
        {"name": "Jonas Weber", "email": "jonas@example.org", "organisation": organisation},
    ]
    review = member_client.post(url("registration-register"), booking_data([first, second], people))
    assert review.status_code == 200
    html = text(review)
    assert "Check and confirm the registration" in html
    assert html.count("Nothing to pay") == 4
    assert "Total due for the seats: €0" in html
    assert Registration.objects.filter(session__in=[first, second]).count() == 0  # nothing yet

    with django_capture_on_commit_callbacks(execute=True):
        done = member_client.post(
            url("registration-register"), form_data(review, ("action", "confirm"))
        )
    assert done.status_code == 302
    booking = Booking.objects.filter(registrant=member).first()  # the newest
    assert done["Location"] == url("registration-booking", booking.pk)
    made = booking.registrations.all()
    assert sorted((r.session_id, r.email, r.status, r.contribution_due) for r in made) == sorted(
        (s.pk, e, Status.CONFIRMED, Decimal("0"))
        for s in (first, second)
        for e in (member.email.lower(), "jonas@example.org")
    )
    page = member_client.get(done["Location"])
    assert page.status_code == 200
    body = text(page)
    assert "The registration is made." in body
    assert body.count("Seat confirmed") == 4
    # Four participants' e-mails and the registrant's summary.
    assert sorted(m.to[0] for m in mail.outbox) == sorted(
        [member.email.lower()] * 2 + ["jonas@example.org"] * 2 + [member.email]
    )


def test_nonmember_in_spanish_owes_600_per_participant_and_session_and_one_waits(
    nonmember_client, django_capture_on_commit_callbacks
):
    roomy = open_session(title="Ghent training", seats=20)
    small = open_session(title="Lyon training", seats=1)
    translate(roomy, "es", django_capture_on_commit_callbacks, prefix="[es]")
    organisation = nonmember_organisation()
    people = [
        {
            "name": "Ana Ruiz",
            "email": "ana@example.org",
            "organisation": organisation,
            "language": "es",
        },
        {
            "name": "Luis Gil",
            "email": "luis@example.org",
            "organisation": organisation,
            "language": "es",
        },
    ]
    address = url("registration-register", language="es")
    review = nonmember_client.post(address, booking_data([roomy, small], people))
    html = text(review)
    assert review.status_code == 200
    assert '<html lang="es">' in html
    assert "[es] Ghent training" in html
    # Three seats and one place on the waiting list, €600 each.
    assert html.count("600\xa0€") + html.count("600 €") == 4 or html.count("600") >= 4
    assert "Lista de espera: posición 1" in html
    assert "Total a pagar por las plazas: 1\xa0800\xa0€" in html  # the seats, in Spanish
    assert "600\xa0€ más si las personas en lista de espera obtienen plaza." in html
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        done = nonmember_client.post(address, form_data(review, ("action", "confirm")))
    assert done.status_code == 302
    made = Registration.objects.filter(session__in=[roomy, small]).order_by("session", "pk")
    assert [(r.email, r.status, r.contribution_due) for r in made] == [
        ("ana@example.org", Status.CONFIRMED, Decimal("600.00")),
        ("luis@example.org", Status.CONFIRMED, Decimal("600.00")),
        ("ana@example.org", Status.CONFIRMED, Decimal("600.00")),
        ("luis@example.org", Status.WAITING, Decimal("600.00")),
    ]
    # The booking page shows the waiting position and what is due.
    booking = made[0].booking
    page = text(nonmember_client.get(url("registration-booking", booking.pk, language="es")))
    assert "Lista de espera: posición 1" in page
    assert "1\xa0800\xa0€" in page

    # E-mails in Spanish, with the calendar file for the seats.
    to_luis = [m for m in mail.outbox if m.to == ["luis@example.org"]]
    assert len(to_luis) == 2
    seat = next(m for m in to_luis if m.attachments)
    waiting = next(m for m in to_luis if not m.attachments)
    assert seat.subject.startswith("Su plaza está confirmada")
    assert "[es] Ghent training" in seat.subject
    assert seat.attachments[0][0].endswith(".ics")
    assert "BEGIN:VEVENT" in seat.attachments[0][1]
    assert seat.attachments[0][2] == "text/calendar"
    assert "600" in seat.body and "factura" in seat.body
    assert "/es/training/registrations/" in seat.body  # the personal link, in Spanish
    assert "/cancel/" in seat.body
    assert waiting.subject.startswith("Está en la lista de espera")
    assert "Su posición en la lista de espera: 1." in waiting.body
    summary = next(
        m for m in mail.outbox if m.to == [User.objects.get(username="eastbridge").email]
    )
    # The registrant's summary, in the language of their account (English).
    assert "Total due for the confirmed seats: €1,800." in summary.body
    assert "Waiting list: position 1" in summary.body


def test_the_same_email_twice_is_refused_next_to_the_participant_and_kept(member_client):
    session = open_session()
    people = [
        {"name": "Ana Ruiz", "email": "ana@example.org", "organisation": "Town of Nowhere"},
        {"name": "Ana Again", "email": "ANA@example.org", "organisation": "Town of Nowhere"},
    ]
    response = member_client.post(url("registration-register"), booking_data([session], people))
    html = text(response)
    assert response.status_code == 200
    assert 'role="alert"' in html
    error = "Participant 2 – E-mail address: ana@example.org is already in this booking."
    assert f'<a href="#id_{PREFIX}-1-email">{error}</a>' in html
    assert f'id="id_{PREFIX}-1-email_error"' in html
    assert 'value="Ana Again"' in html and 'value="ANA@example.org"' in html
    assert Registration.objects.filter(session=session).count() == 0


def test_someone_already_registered_is_refused_with_everything_kept(
    member_client, django_capture_on_commit_callbacks
):
    session = open_session(title="Ghent training")
    service.register(UserFactory(), [session], [service.Participant("Ana", "ana@example.org")])
    people = [
        {"name": "Ana Ruiz", "email": "ana@example.org", "organisation": "Town of Nowhere"},
        {"name": "Luis Gil", "email": "luis@example.org", "organisation": "Town of Nowhere"},
    ]
    response = member_client.post(url("registration-register"), booking_data([session], people))
    html = text(response)
    assert "ana@example.org already has a place in Ghent training." in html
    assert 'value="Luis Gil"' in html
    assert Registration.objects.filter(session=session).count() == 1


def test_a_participant_needs_an_organisation_and_a_valid_address(member_client):
    session = open_session()
    people = [{"name": "Ana Ruiz", "email": "not-an-address"}]
    html = text(member_client.post(url("registration-register"), booking_data([session], people)))
    assert f'href="#id_{PREFIX}-0-email"' in html
    assert f'href="#id_{PREFIX}-0-organisation"' in html
    assert 'aria-invalid="true"' in html


def test_a_closed_window_is_refused_even_between_review_and_confirm(
    member_client, django_capture_on_commit_callbacks
):
    session = open_session(title="Ghent training")
    people = [{"name": "Ana Ruiz", "email": "ana@example.org", "organisation": "Town of Nowhere"}]
    review = member_client.post(url("registration-register"), booking_data([session], people))
    assert review.status_code == 200
    yesterday = datetime.date.today() - datetime.timedelta(days=1)
    SessionPage.objects.filter(pk=session.pk).update(registration_closes=yesterday)
    with django_capture_on_commit_callbacks(execute=True):
        response = member_client.post(
            url("registration-register"), form_data(review, ("action", "confirm"))
        )
    html = text(response)
    assert response.status_code == 200
    closed_on = date_format(yesterday, "DATE_FORMAT")
    assert f"Registration for Ghent training closed on {closed_on}." in html
    assert 'value="Ana Ruiz"' in html
    assert not Registration.objects.filter(session=session).exists()
    assert mail.outbox == []


def test_members_only_sessions_cannot_be_booked_by_non_members(nonmember_client):
    hidden = open_session(members_only=True, title="Members' training")
    html = text(nonmember_client.get(url("registration-register", query=f"?session={hidden.pk}")))
    assert "Members&#x27; training" not in html and "Members' training" not in html
    people = [{"name": "Ana", "email": "ana@example.org", "organisation": "Town"}]
    response = nonmember_client.post(url("registration-register"), booking_data([hidden], people))
    assert "This session cannot be booked here." in text(response)
    assert not Registration.objects.filter(session=hidden).exists()


def test_preview_says_what_register_then_does():
    """The review step's outlook (``registration.preview``) matches the
    booking that follows, the organisation cap included."""
    session = open_session(
        seats=3,
        organisation_seat_cap=1,
        organisation_cap_until=datetime.date.today() + datetime.timedelta(days=5),
    )
    partner = MembershipFactory().organisation
    outsider = OrganisationFactory(role="none")
    service.register(
        UserFactory(), [session], [service.Participant("A", "a@example.org", organisation=outsider)]
    )
    people = [
        service.Participant("B", "b@example.org", organisation=outsider),
        service.Participant("C", "c@example.org", organisation=partner),
        service.Participant("D", "d@example.org", organisation_name="Town"),
        service.Participant("E", "e@example.org", organisation_name="Village"),
    ]
    outlook = service.preview([session], people)
    assert [(o.participant.email, o.status, o.position, o.contribution) for o in outlook] == [
        ("b@example.org", Status.WAITING, 1, Decimal("600.00")),
        ("c@example.org", Status.CONFIRMED, None, Decimal("0")),
        ("d@example.org", Status.CONFIRMED, None, Decimal("600.00")),
        ("e@example.org", Status.WAITING, 2, Decimal("600.00")),
    ]
    made = service.register(UserFactory(), [session], people)
    assert [(r.status, service.waiting_position(r)) for r in made] == [
        (o.status, o.position) for o in outlook
    ]
    with pytest.raises(service.RegistrationError) as refused:
        service.preview([session], [people[0]])
    assert refused.value.errors == {0: [f"b@example.org already has a place in {session.title}."]}


# --- The registrant's booking page --------------------------------------------------


def booked(registrant_username="member", seats=1, people=2, title="Booked training"):
    """A session of ``seats`` seats, and ``people`` booked for it by a demo
    account: the first ones get the seats, the others wait."""
    session = open_session(seats=seats, title=title)
    made = service.register(
        User.objects.get(username=registrant_username),
        [session],
        [
            service.Participant(f"Person {n}", f"person{n}@example.org", organisation_name="Town")
            for n in range(people)
        ],
    )
    return session, made


def test_the_booking_page_is_only_for_its_registrant(member_client, member2_client, client):
    _session, made = booked()
    address = url("registration-booking", made[0].booking_id)
    page = member_client.get(address)
    assert page.status_code == 200
    assert "private" in page["Cache-Control"] and "no-store" in page["Cache-Control"]
    html = text(page)
    assert "Person 0" in html and "Person 1" in html
    assert "Waiting list: position 1" in html
    assert "Contribution due: €600" in html and "not paid yet" in html
    assert member2_client.get(address).status_code == 404
    assert client.get(address).status_code == 302  # to sign in
    assert member2_client.post(address, {"registration": made[0].pk}).status_code == 404
    made[0].refresh_from_db()
    assert made[0].status == Status.CONFIRMED


def test_the_registrant_cancels_a_place_and_the_next_person_gets_it(
    member_client, django_capture_on_commit_callbacks
):
    _session, (first, second) = booked()
    address = url("registration-booking", first.booking_id)
    with django_capture_on_commit_callbacks(execute=True):
        response = member_client.post(address, {"registration": first.pk})
    assert response.status_code == 302
    first.refresh_from_db()
    second.refresh_from_db()
    assert (first.status, second.status) == (Status.CANCELLED, Status.CONFIRMED)
    html = text(member_client.get(address))
    assert "The place of Person 0 is cancelled." in html
    assert html.count("Seat confirmed") == 1
    # Another booking's registration cannot be cancelled through this page.
    _other_session, other = booked("member2", title="Another training")
    assert member_client.post(address, {"registration": other[0].pk}).status_code == 404


# --- The personal link -----------------------------------------------------------


def assert_personal(response):
    assert "no-store" in response["Cache-Control"] and "private" in response["Cache-Control"]
    assert response["Referrer-Policy"] == "same-origin"
    assert '<meta name="robots" content="noindex">' in text(response)


def test_the_personal_link_shows_the_place_and_the_terms(client):
    _session, (first, second) = booked()
    response = client.get(url("registration-manage", second.token))
    assert response.status_code == 200
    assert_personal(response)
    html = text(response)
    assert "Booked training" in html and "Person 1" in html
    assert "Waiting list: position 1" in html
    assert "Terms of participation" in html and "Photos" in html and "14 days" in html
    assert 'name="accept_terms"' in html
    assert url("registration-cancel", second.token) in html
    assert url("registration-certificate", second.token) not in html
    assert client.get(url("registration-manage", "not-a-token")).status_code == 404


def test_the_participant_completes_their_details_and_accepts_the_terms_once(client):
    _session, (first, _second) = booked()
    address = url("registration-manage", first.token)
    organisation = nonmember_organisation()
    details = {
        "name": "Person Zero",
        "role": "Social worker",
        "organisation": str(organisation.pk),
        "organisation_name": "",
        "language": "de",
    }
    refused = client.post(address, details)
    assert refused.status_code == 200
    assert_personal(refused)
    assert "Please accept the terms of participation." in text(refused)
    assert 'value="Person Zero"' in text(refused)
    first.refresh_from_db()
    assert first.terms_accepted_at is None and first.name == "Person 0"

    saved = client.post(address, {**details, "accept_terms": "on"})
    assert saved.status_code == 302
    assert saved["Referrer-Policy"] == "same-origin"
    first.refresh_from_db()
    assert (
        first.name,
        first.role,
        first.organisation,
        first.organisation_name,
        first.language,
    ) == (
        "Person Zero",
        "Social worker",
        organisation,
        "",
        "de",
    )
    accepted = first.terms_accepted_at
    assert accepted is not None and first.details_completed_at is not None
    html = text(client.get(address))
    assert "You accepted these terms on" in html
    assert 'name="accept_terms"' not in html
    # A later correction needs no second acceptance and keeps the first date.
    client.post(address, {**details, "role": "Coordinator"})
    first.refresh_from_db()
    assert first.role == "Coordinator" and first.terms_accepted_at == accepted


def test_the_certificate_link_appears_once_the_participant_attended(client):
    session, (first, _second) = booked()
    address = url("registration-manage", first.token)
    assert url("registration-certificate", first.token) not in text(client.get(address))
    today = datetime.date.today()
    SessionPage.objects.filter(pk=session.pk).update(start_date=today, end_date=today)
    service.mark_attended(first, User.objects.get(username="editor"))
    assert url("registration-certificate", first.token) in text(client.get(address))


def test_cancelling_by_link_frees_the_seat_and_twice_is_harmless(
    django_capture_on_commit_callbacks,
):
    _session, (first, second) = booked()
    reader = Client()
    address = url("registration-cancel", first.token, language="fr")
    confirm = reader.get(address)
    assert confirm.status_code == 200
    assert_personal(confirm)
    assert '<html lang="fr">' in text(confirm)
    first.refresh_from_db()
    assert first.status == Status.CONFIRMED  # a GET changes nothing
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        done = reader.post(address)
    assert done.status_code == 200
    assert_personal(done)
    first.refresh_from_db()
    second.refresh_from_db()
    assert (first.status, second.status) == (Status.CANCELLED, Status.CONFIRMED)
    html = text(done)
    # Nothing about who got the seat: someone else's business.
    assert "Person 1" not in html and "person1" not in html
    assert sorted(m.to[0] for m in mail.outbox) == ["person0@example.org", "person1@example.org"]
    # Twice, or the old link later: calm, 200, nothing changes.
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        again = reader.post(address)
    assert again.status_code == 200
    assert reader.get(address).status_code == 200
    assert mail.outbox == []
    second.refresh_from_db()
    assert second.status == Status.CONFIRMED
    # The personal page says cancelled and offers no form any more.
    page = text(reader.get(url("registration-manage", first.token)))
    assert 'name="name"' not in page


def test_a_past_session_cannot_be_cancelled(client):
    session, (first, _second) = booked()
    past = datetime.date.today() - datetime.timedelta(days=3)
    SessionPage.objects.filter(pk=session.pk).update(start_date=past, end_date=past)
    response = client.post(url("registration-cancel", first.token))
    assert response.status_code == 200
    first.refresh_from_db()
    assert first.status == Status.CONFIRMED


# --- Profile and data export --------------------------------------------------------


def test_the_profile_lists_the_persons_places_and_bookings(member_client):
    member = User.objects.get(username="member")
    session = open_session(title="Ghent training")
    service.register(UserFactory(), [session], [service.Participant("Lena", member.email.upper())])
    _other, made = booked()
    html = text(member_client.get(url("account-profile")))
    assert "Your registrations for sessions" in html
    mine = Registration.objects.get(session=session)
    assert url("registration-manage", mine.token) in html
    assert url("registration-booking", made[0].booking_id) in html
    assert "2 participants" in html
    # Nobody else's personal link is on the registrant's profile.
    assert made[0].token not in html and made[1].token not in html


def test_the_profile_has_no_section_for_people_without_registrations():
    reader = Client()
    reader.force_login(UserFactory())
    html = text(reader.get(url("account-profile")))
    assert "Your account" in html
    assert "Your registrations for sessions" not in html


def test_the_data_export_holds_the_persons_registrations(member_client):
    member = User.objects.get(username="member")
    session = open_session(title="Ghent training")
    service.register(UserFactory(), [session], [service.Participant("Lena", member.email)])
    booked()
    data = json.loads(member_client.get(url("account-data")).content)
    part = data["registrations"]
    place = next(p for p in part["places"] if p["session"] == "Ghent training")
    assert place["status"] == Status.CONFIRMED and place["contribution_due"] == "600.00"
    assert place["terms_accepted_at"] is None
    ours = [b for b in part["bookings"] if b["registrations"][0]["session"] == "Booked training"]
    assert [len(b["registrations"]) for b in ours] == [2]
    assert "person0@example.org" not in json.dumps(part["bookings"])


# --- E-mails ------------------------------------------------------------------------------


def test_a_colleague_is_told_who_registered_them_in_their_language(
    django_capture_on_commit_callbacks,
):
    session = open_session(title="Ghent training")
    registrant = User.objects.get(username="member2")
    with django_capture_on_commit_callbacks(execute=True):
        service.register(
            registrant,
            [session],
            [service.Participant("Carla", "carla@example.org", language="it")],
            language="fr",
        )
    to_carla = next(m for m in mail.outbox if m.to == ["carla@example.org"])
    assert registrant.get_full_name() in to_carla.body
    assert "Il tuo posto è confermato" in to_carla.subject
    assert "/it/training/registrations/" in to_carla.body
    summary = next(m for m in mail.outbox if m.to == [registrant.email])
    assert "Vous avez inscrit" in summary.body
    booking = Booking.objects.filter(registrant=registrant).first()  # the newest
    assert url("registration-booking", booking.pk, language="fr") in summary.body


# --- The script -----------------------------------------------------------------------


@pytest.mark.browser
def test_the_script_adds_a_participant_row_in_place(member_client):
    """The booking form as the server renders it, in Chromium with the
    site's script: "Add another participant" adds a numbered row (no
    request) and moves the focus into it; the server then reads it. The
    browser starts after the page is rendered and stops before the form is
    sent: the test's database stays with the test's own connection."""
    from pathlib import Path

    sync_api = pytest.importorskip("playwright.sync_api")
    from tests.conftest import CHROMIUM

    session = open_session()
    html = text(member_client.get(url("registration-register", query=f"?session={session.pk}")))
    assert '<script src="/static/programme/registration.js" defer></script>' in html
    script = Path(__file__).resolve().parents[2] / "programme/static/programme/registration.js"
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"]
        )
        page = browser.new_page()
        page.set_content(
            html.replace('<script src="/static/programme/registration.js" defer>', "<script>")
        )
        page.add_script_tag(content=script.read_text())
        add = page.get_by_role("button", name="Add another participant")
        add.click()
        add.click()
        total = page.locator(f"input[name='{PREFIX}-TOTAL_FORMS']").input_value()
        legends = page.locator("fieldset.participant legend").all_inner_texts()
        focused = page.evaluate("document.activeElement.name")
        page.keyboard.type("Ana Ruiz")
        page.fill(f"#id_{PREFIX}-2-email", "ana@example.org")
        page.select_option(f"#id_{PREFIX}-2-organisation", "other")
        page.fill(f"#id_{PREFIX}-2-organisation_name", "Town of Nowhere")
        # What the browser would send now.
        pairs = page.evaluate(
            """() => Array.from(new FormData(document.querySelector("form.registration-form")))"""
        )
        browser.close()
    assert total == "3"
    assert legends == ["Participant 1", "Participant 2", "Participant 3"]
    assert focused == f"{PREFIX}-2-name"
    sent = {}
    for name, value in pairs:
        sent.setdefault(name, []).append(value)
    sent["action"] = ["review"]
    # The server takes the third row and leaves the empty second one out.
    body = text(member_client.post(url("registration-register"), sent))
    assert "Check and confirm the registration" in body
    assert "Ana Ruiz" in body and "Lena Hoffmann" in body
    assert body.count('<th scope="row">') == 2
