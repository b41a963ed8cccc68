"""Attendance over HTTP: the check-in list of a session and the page an
editor's phone opens after scanning a participant's QR code, as every role
(anonymous, registered non-member, member, editor)."""

import re
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
import segno
from django.contrib.auth.models import Group, Permission
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from network.factories import UserFactory
from programme import attendance_views
from programme import registration as service
from programme.factories import open_session
from programme.models import Registration

DEMO_PASSWORD = "liaise-demo"  # load_demo's accounts

pytestmark = pytest.mark.django_db

Status = Registration.Status


@pytest.fixture(autouse=True)
def editors_manage_registrations(db):
    """Editors hold ``programme.change_registration`` (the admin of
    registrations needs it too); given here in case the demo's group does
    not have it yet."""
    Group.objects.get(name="Editors").permissions.add(
        Permission.objects.get(content_type__app_label="programme", codename="change_registration")
    )


@pytest.fixture
def session():
    """A session with two seats: Ada and Bruno confirmed, Chloé waiting."""
    page = open_session(seats=2, title="Prevention in practice")
    participants = [
        service.Participant(
            name=name, email=email, role=role, organisation_name="Ville de Lyon", language="fr"
        )
        for name, email, role in [
            ("Bruno Keller", "bruno@example.org", "Youth worker"),
            ("Ada Lovelace", "ada@example.org", "Prevention officer"),
            ("Chloé Martin", "chloe@example.org", "Mediator"),
        ]
    ]
    service.register(UserFactory(), [page], participants, language="fr")
    return page


def person(email):
    return Registration.objects.get(email=email)


def list_url(session, language="en"):
    return f"/{language}/training/sessions/{session.pk}/check-in/"


def scan_url(registration, language="en"):
    return f"/{language}/training/check-in/{attendance_views.checkin_token(registration)}/"


def qr_drawing(url):
    return segno.make(url, error="m").svg_inline(
        scale=1, border=2, omitsize=True, svgclass="qr__code", lineclass=None
    )


def body(response):
    return response.content.decode()


def assert_private(response):
    cache_control = response["Cache-Control"]
    assert "private" in cache_control and "no-store" in cache_control


# --- The check-in list --------------------------------------------------------


def test_anonymous_reader_is_sent_to_sign_in_from_the_check_in_list(client, session):
    response = client.get(list_url(session))
    assert response.status_code == 302
    location = urlsplit(response["Location"])
    assert location.path == reverse("login")
    assert parse_qs(location.query)["next"] == [list_url(session)]
    assert "Ada" not in body(response)


@pytest.mark.parametrize("role", ["nonmember_client", "member_client"])
def test_signed_in_people_without_the_permission_get_403_naming_nobody(request, role, session):
    client = request.getfixturevalue(role)
    response = client.get(list_url(session))
    assert response.status_code == 403
    text = body(response)
    assert "Check-in is for the network's editors" in text
    for name in ("Ada Lovelace", "Bruno Keller", "Prevention in practice"):
        assert name not in text
    assert_private(response)
    posted = client.post(list_url(session), {"registration": person("ada@example.org").pk})
    assert posted.status_code == 403
    assert person("ada@example.org").attended_at is None


def test_editor_sees_confirmed_participants_with_counts(editor_client, session):
    response = editor_client.get(list_url(session))
    assert response.status_code == 200
    text = body(response)
    assert "<h1>Prevention in practice</h1>" in text
    # Confirmed people only, by name; the waiting list is not at the door.
    assert text.index("Ada Lovelace") < text.index("Bruno Keller")
    assert "Chloé Martin" not in text
    assert "Prevention officer" in text and "Ville de Lyon" in text
    assert "2 confirmed participants" in text and "0 attended" in text
    assert text.count('aria-label="Mark as attended: ') == 2
    assert_private(response)


def test_each_row_has_a_qr_code_of_the_absolute_check_in_address(editor_client, session):
    ada = person("ada@example.org")
    text = body(editor_client.get(list_url(session)))
    expected = "http://testserver" + scan_url(ada)
    assert attendance_views.checkin_url(ada) == expected
    # The same matrix segno draws for that address: the code encodes it.
    assert qr_drawing(expected) in text
    assert 'role="img" aria-label="QR code to check in Ada Lovelace"' in text
    assert text.count('class="qr__code"') == 2


def test_qr_code_does_not_carry_the_personal_link_secret(editor_client, session):
    """The personal link (details, cancellation) must not be printed on a list."""
    ada = person("ada@example.org")
    text = body(editor_client.get(list_url(session)))
    assert ada.token not in text
    # And the personal token is no check-in address either.
    assert editor_client.get(f"/en/training/check-in/{ada.token}/").status_code == 404


def test_editor_marks_a_participant_attended_then_undoes_it(editor_client, session):
    ada = person("ada@example.org")
    response = editor_client.post(list_url(session), {"registration": ada.pk, "attended": "1"})
    assert response.status_code == 302
    assert response["Location"] == f"{list_url(session)}#registration-{ada.pk}"
    ada.refresh_from_db()
    assert ada.attended_at is not None
    assert ada.checked_in_by.username == "editor"
    first_time = ada.attended_at

    text = body(editor_client.get(list_url(session)))
    assert "1 attended" in text
    local = timezone.localtime(first_time).strftime("%H:%M")
    assert f"Attended (checked in at {local})" in text
    assert 'aria-label="Undo check-in: Ada Lovelace"' in text

    # Marking again keeps the first time.
    editor_client.post(list_url(session), {"registration": ada.pk, "attended": "1"})
    ada.refresh_from_db()
    assert ada.attended_at == first_time

    editor_client.post(list_url(session), {"registration": ada.pk, "attended": "0"})
    ada.refresh_from_db()
    assert ada.attended_at is None and ada.checked_in_by is None


def test_editor_cannot_mark_someone_of_another_session_or_the_waiting_list(editor_client, session):
    chloe = person("chloe@example.org")
    assert editor_client.post(list_url(session), {"registration": chloe.pk}).status_code == 404
    other = open_session(seats=5)
    stranger = service.register(
        UserFactory(), [other], [service.Participant(name="Dana", email="dana@example.org")]
    )[0]
    assert editor_client.post(list_url(session), {"registration": stranger.pk}).status_code == 404
    chloe.refresh_from_db()
    stranger.refresh_from_db()
    assert chloe.attended_at is None and stranger.attended_at is None


def test_check_in_list_of_a_translation_lists_the_shared_registrations(
    editor_client, session, django_capture_on_commit_callbacks
):
    from tests.helpers import translate

    french = translate(session, "fr", django_capture_on_commit_callbacks, prefix="FR")
    response = editor_client.get(list_url(french, "fr"))
    text = body(response)
    assert response.status_code == 200
    assert "<h1>FR Prevention in practice</h1>" in text
    assert "2 participants confirmés" in text and "0 présent" in text
    assert "Ada Lovelace" in text
    # The QR codes open the check-in page in the list's language.
    assert qr_drawing(attendance_views.checkin_url(person("ada@example.org"), "fr")) in text


def test_check_in_list_of_an_unknown_session_is_404_for_editors_only(
    client, member_client, editor_client
):
    assert editor_client.get("/en/training/sessions/999999/check-in/").status_code == 404
    assert member_client.get("/en/training/sessions/999999/check-in/").status_code == 403
    assert client.get("/en/training/sessions/999999/check-in/").status_code == 302


def test_check_in_list_prints_as_one_table(editor_client, session):
    from django.contrib.staticfiles import finders

    text = body(editor_client.get(list_url(session)))
    assert text.count("<table") == 1
    assert "programme/attendance.css" in text
    css = Path(finders.find("programme/attendance.css")).read_text()
    print_rules = css.split("@media print")[1]
    for hidden in (".site-header", ".site-footer", ".no-print"):
        assert hidden in print_rules
    # Action buttons are marked not to print.
    assert re.search(r'<td class="no-print">\s*<form method="post"', text)


# --- The scan ----------------------------------------------------------------------


def test_anonymous_scan_is_sent_to_sign_in_and_back(client, session):
    ada = person("ada@example.org")
    response = client.get(scan_url(ada))
    assert response.status_code == 302
    assert urlsplit(response["Location"]).path == reverse("login")
    assert "Ada" not in body(response)
    # After signing in, the editor lands back on the scan.
    editor = Client()
    login = editor.post(
        response["Location"], {"login": "editor", "password": DEMO_PASSWORD}, follow=False
    )
    assert login.status_code == 302
    assert login["Location"] == scan_url(ada)


@pytest.mark.parametrize("role", ["nonmember_client", "member_client"])
def test_scan_by_someone_without_the_permission_is_403_naming_nobody(request, role, session):
    client = request.getfixturevalue(role)
    ada = person("ada@example.org")
    for response in (client.get(scan_url(ada)), client.post(scan_url(ada))):
        assert response.status_code == 403
        assert "Ada" not in body(response) and "Prevention in practice" not in body(response)
    ada.refresh_from_db()
    assert ada.attended_at is None


def test_editor_scans_and_checks_a_participant_in(editor_client, session):
    ada = person("ada@example.org")
    page = editor_client.get(scan_url(ada))
    assert page.status_code == 200
    text = body(page)
    assert "<h1>Ada Lovelace</h1>" in text
    assert "Prevention in practice" in text and "Confirmed" in text
    assert 'class="checkin-button">Mark as attended</button>' in text
    assert "csrfmiddlewaretoken" in text
    assert_private(page)

    done = editor_client.post(scan_url(ada))
    assert done.status_code == 302 and done["Location"] == scan_url(ada) + "?done=1"
    ada.refresh_from_db()
    assert ada.attended_at is not None and ada.checked_in_by.username == "editor"
    time = timezone.localtime(ada.attended_at).strftime("%H:%M")
    after = body(editor_client.get(done["Location"]))
    assert f"Checked in at {time}." in after
    assert "checkin-button" not in after

    # A second scan says so, and a second tap changes nothing.
    again = body(editor_client.get(scan_url(ada)))
    assert f"Already checked in at {time}." in again
    first_time = ada.attended_at
    editor_client.post(scan_url(ada))
    ada.refresh_from_db()
    assert ada.attended_at == first_time


def test_scan_needs_the_csrf_token(session):
    editor = Client(enforce_csrf_checks=True)
    editor.force_login(_editor())
    ada = person("ada@example.org")
    assert editor.post(scan_url(ada)).status_code == 403
    ada.refresh_from_db()
    assert ada.attended_at is None


def test_scan_of_someone_on_the_waiting_list_offers_no_check_in(editor_client, session):
    chloe = person("chloe@example.org")
    text = body(editor_client.get(scan_url(chloe)))
    assert "Waiting list" in text and "cannot be checked in" in text
    assert "checkin-button" not in text
    editor_client.post(scan_url(chloe))
    chloe.refresh_from_db()
    assert chloe.attended_at is None


def test_forged_or_unknown_scan_is_404_for_editors(editor_client, session):
    ada = person("ada@example.org")
    token = attendance_views.checkin_token(ada)
    forged = str(ada.pk + 1) + token[len(str(ada.pk)) :]
    assert editor_client.get(f"/en/training/check-in/{forged}/").status_code == 404
    assert editor_client.get("/en/training/check-in/nonsense/").status_code == 404


def test_scan_page_in_french(editor_client, session):
    ada = person("ada@example.org")
    text = body(editor_client.get(scan_url(ada, "fr")))
    assert '<html lang="fr">' in text
    assert "Marquer comme présent" in text and "Liste d’émargement de cette session" in text


def _editor():
    from django.contrib.auth import get_user_model

    return get_user_model().objects.get(username="editor")
