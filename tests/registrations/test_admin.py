"""Editors follow registrations in Wagtail's admin, over HTTP: the sessions
with their fill rate, a session's registrations (filters, actions, payment),
the exports, the dashboard panel, the page buttons, and the daily
``promote_waiting`` command."""

import csv
import datetime
import io
from decimal import Decimal

import openpyxl
import pytest
import tablib
from django.contrib.auth.models import Group, Permission
from django.core import mail
from django.core.management import call_command
from django.test import Client

from network.factories import MembershipFactory, OrganisationFactory, UserFactory
from programme import registration as service
from programme.factories import open_session
from programme.models import Invoice, Registration, programme_today

pytestmark = pytest.mark.django_db

Status = Registration.Status
INDEX = "/admin/programme/registrations/"


def session_url(session):
    return f"{INDEX}sessions/{session.pk}/"


def action_url(registration, action):
    return f"{INDEX}{registration.pk}/{action}/"


def signed_in(user):
    client = Client()
    client.force_login(user)
    return client


def grant(user_or_group, *codenames):
    user_or_group_permissions = (
        user_or_group.permissions
        if isinstance(user_or_group, Group)
        else user_or_group.user_permissions
    )
    user_or_group_permissions.add(
        *Permission.objects.filter(
            codename__in=codenames, content_type__app_label__in=["programme", "wagtailadmin"]
        )
    )


@pytest.fixture
def editor(db):
    """The demo's editor, with the rights on registrations the Editors group
    needs (the lead adds them to the demo's group)."""
    grant(Group.objects.get(name="Editors"), "view_registration", "change_registration")
    return signed_in(UserFactory._meta.model.objects.get(username="editor"))


@pytest.fixture
def viewer(db):
    """Admin access and the view permission only."""
    user = UserFactory(is_staff=True)
    grant(user, "access_admin", "view_registration")
    return signed_in(user)


@pytest.fixture
def other_staff(db):
    """Admin access, no right on registrations."""
    user = UserFactory(is_staff=True)
    grant(user, "access_admin")
    return signed_in(user)


def refused(response):
    """Wagtail answers a signed-in person without the right with a redirect
    to the dashboard and a message (or a 403), never the page."""
    if response.status_code == 302:
        return response["Location"] == "/admin/"
    return response.status_code == 403


def person(name, email, organisation=None, **fields):
    return service.Participant(name=name, email=email, organisation=organisation, **fields)


@pytest.fixture
def full_session(django_capture_on_commit_callbacks):
    """Two seats: Ada (partner, pays nothing) and Ben (outsider, 600 due)
    confirmed; Cleo then Dan (outsiders) waiting."""
    session = open_session(seats=2, contribution="600.00", title="Ghent training")
    partner = MembershipFactory().organisation
    outsider = OrganisationFactory(role="none", name="Eastbridge Council")
    with django_capture_on_commit_callbacks(execute=True):
        ada, ben, cleo, dan = service.register(
            UserFactory(),
            [session],
            [
                person("Ada Lovelace", "ada@example.org", partner, role="Coordinator"),
                person("Ben Ortiz", "ben@example.org", outsider),
                person("Cleo Martin", "cleo@example.org", outsider),
                person("Dan Weber", "dan@example.org", None, organisation_name="Town of Nowhere"),
            ],
        )
    mail.outbox.clear()
    return {
        "session": session,
        "ada": ada,
        "ben": ben,
        "cleo": cleo,
        "dan": dan,
        "partner": partner,
        "outsider": outsider,
    }


def rows(response):
    """The registration rows' ids in the table, in order."""
    html = response.content.decode()
    return [int(part.split('"', 1)[0]) for part in html.split('<tr id="registration-')[1:]]


# ------------------------------------------------------------------ access


def test_people_without_the_permission_cannot_enter(full_session, member_client, other_staff):
    session, ben = full_session["session"], full_session["ben"]
    urls = [
        INDEX,
        session_url(session),
        f"{session_url(session)}export.csv",
        f"{session_url(session)}mark-paid/?registration={ben.pk}",
        f"{INDEX}{ben.pk}/cancel/",
    ]
    for url in urls:
        # Not in the admin at all: sent to sign in.
        response = member_client.get(url)
        assert response.status_code == 302 and "/admin/login/" in response["Location"], url
        assert refused(other_staff.get(url)), url
    for action in ("attended", "up", "down"):
        assert refused(other_staff.post(action_url(ben, action)))
    assert refused(other_staff.post(f"{INDEX}{ben.pk}/cancel/"))
    assert "Ben Ortiz" not in other_staff.get(session_url(session), follow=True).content.decode()
    ben.refresh_from_db()
    assert ben.status == Status.CONFIRMED and ben.attended_at is None


def test_a_viewer_reads_and_exports_but_cannot_act(full_session, viewer):
    session, ben = full_session["session"], full_session["ben"]
    response = viewer.get(session_url(session))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Ben Ortiz" in html
    assert action_url(ben, "attended") not in html
    assert "mark-paid" not in html
    assert viewer.get(f"{session_url(session)}export.csv").status_code == 200
    assert refused(viewer.post(action_url(ben, "attended")))
    assert refused(viewer.get(f"{INDEX}{ben.pk}/cancel/"))
    assert refused(viewer.get(f"{session_url(session)}mark-paid/?registration={ben.pk}"))
    ben.refresh_from_db()
    assert ben.attended_at is None


def test_the_menu_item_shows_only_to_those_with_the_permission(editor, other_staff):
    assert INDEX in editor.get("/admin/").content.decode()
    assert INDEX not in other_staff.get("/admin/").content.decode()


# ------------------------------------------------------------------ lists


def test_editor_sees_upcoming_sessions_with_fill_rate_and_waiting(full_session, editor):
    session = full_session["session"]
    response = editor.get(INDEX)
    assert response.status_code == 200
    assert "private" in response["Cache-Control"] and "no-store" in response["Cache-Control"]
    html = response.content.decode()
    row = html.split(f'<tr data-session="{session.pk}">')[1].split("</tr>")[0]
    assert session_url(session) in row
    assert "2 / 2" in row
    assert "<td>2</td>" in row  # waiting
    assert "100 %" in row


def test_a_past_session_is_listed_among_the_recent_ones(editor):
    today = programme_today()
    past = open_session(
        title="Last month's seminar",
        start_date=today - datetime.timedelta(days=30),
        registration_opens=today - datetime.timedelta(days=60),
    )
    html = editor.get(INDEX).content.decode()
    recent = html.split('id="recent-heading"')[1]
    assert f'<tr data-session="{past.pk}">' in recent


def test_session_page_shows_counts_positions_and_dues(full_session, editor):
    session = full_session["session"]
    response = editor.get(session_url(session))
    assert response.status_code == 200
    html = response.content.decode()
    ada, ben, cleo, dan = (full_session[key] for key in ("ada", "ben", "cleo", "dan"))
    # Confirmed first, then the waiting list in order.
    assert rows(response) == [ada.pk, ben.pk, cleo.pk, dan.pk]
    assert '<dd data-count="confirmed">2 / 2 (100 %)</dd>' in html
    assert '<dd data-count="waiting">2</dd>' in html
    # Ben's seat; the people waiting owe nothing yet.
    assert '<dd data-count="outstanding">600.00</dd>' in html
    cleo_row = html.split(f'id="registration-{cleo.pk}"')[1].split("</tr>")[0]
    assert "Position 1" in cleo_row
    assert "Town of Nowhere" in html
    assert "/training/sessions/" in html and "/check-in/" in html  # the check-in list


def test_a_translations_address_leads_to_the_source_session(full_session, editor):
    from wagtail.models import Locale

    session = full_session["session"]
    french = session.copy_for_translation(Locale.objects.get(language_code="fr"))
    response = editor.get(session_url(french))
    assert response.status_code == 302
    assert response["Location"] == session_url(session)


def test_filters_narrow_the_registrations(full_session, editor):
    session = full_session["session"]
    ada, ben, cleo, dan = (full_session[key] for key in ("ada", "ben", "cleo", "dan"))
    service.mark_attended(ben, None)
    url = session_url(session)
    assert rows(editor.get(url, {"status": "waiting"})) == [cleo.pk, dan.pk]
    assert rows(editor.get(url, {"organisation": str(full_session["outsider"].pk)})) == [
        ben.pk,
        cleo.pk,
    ]
    assert rows(editor.get(url, {"organisation": "typed:town of nowhere"})) == [dan.pk]
    assert rows(editor.get(url, {"paid": "yes"})) == [ada.pk]
    assert rows(editor.get(url, {"paid": "no"})) == [ben.pk, cleo.pk, dan.pk]
    assert rows(editor.get(url, {"attended": "yes"})) == [ben.pk]
    assert rows(editor.get(url, {"attended": "no", "status": "confirmed"})) == [ada.pk]
    html = editor.get(url, {"status": "cancelled"}).content.decode()
    assert "No registration matches these filters." in html


# ------------------------------------------------------------------ actions


def test_editor_marks_and_unmarks_attended(full_session, editor):
    session, ben = full_session["session"], full_session["ben"]
    response = editor.post(
        action_url(ben, "attended"), {"next": session_url(session) + "?status=confirmed"}
    )
    assert response.status_code == 302
    assert response["Location"] == session_url(session) + "?status=confirmed"
    ben.refresh_from_db()
    assert ben.attended_at is not None
    assert ben.checked_in_by.username == "editor"
    page = editor.get(response["Location"]).content.decode()
    assert "Ben Ortiz is marked as attended." in page
    editor.post(action_url(ben, "not-attended"))
    ben.refresh_from_db()
    assert ben.attended_at is None and ben.checked_in_by is None


def test_someone_waiting_cannot_be_marked_as_attended(full_session, editor):
    cleo = full_session["cleo"]
    response = editor.post(action_url(cleo, "attended"), follow=True)
    assert "Only a confirmed participant can be marked as attended." in response.content.decode()
    cleo.refresh_from_db()
    assert cleo.attended_at is None


def test_an_address_elsewhere_is_not_followed_after_an_action(full_session, editor):
    response = editor.post(
        action_url(full_session["ben"], "attended"), {"next": "https://evil.example.org/"}
    )
    assert response["Location"] == session_url(full_session["session"])


def test_actions_need_post_and_csrf(full_session):
    from django.contrib.auth import get_user_model

    grant(Group.objects.get(name="Editors"), "view_registration", "change_registration")
    client = Client(enforce_csrf_checks=True)
    client.force_login(get_user_model().objects.get(username="editor"))
    ben = full_session["ben"]
    assert client.get(action_url(ben, "attended")).status_code == 405
    assert client.post(action_url(ben, "attended")).status_code == 403
    ben.refresh_from_db()
    assert ben.attended_at is None


def test_editor_moves_people_on_the_waiting_list(full_session, editor):
    session, cleo, dan = full_session["session"], full_session["cleo"], full_session["dan"]
    html = editor.get(session_url(session)).content.decode()
    assert action_url(cleo, "down") in html and action_url(cleo, "up") not in html
    assert action_url(dan, "up") in html and action_url(dan, "down") not in html
    response = editor.post(action_url(dan, "up"), follow=True)
    assert "Dan Weber moved up the waiting list." in response.content.decode()
    assert rows(editor.get(session_url(session), {"status": "waiting"})) == [dan.pk, cleo.pk]
    dan.refresh_from_db()
    assert service.waiting_position(dan) == 1
    editor.post(action_url(dan, "down"))
    dan.refresh_from_db()
    assert service.waiting_position(dan) == 2
    # Already last: nothing moves, and the editor is told.
    response = editor.post(action_url(dan, "down"), follow=True)
    assert "Dan Weber cannot move further on the waiting list." in response.content.decode()
    assert editor.post(action_url(dan, "sideways")).status_code == 404


def test_editor_cancels_and_the_first_waiting_is_promoted_and_told(
    full_session, editor, django_capture_on_commit_callbacks
):
    ben, cleo, dan = full_session["ben"], full_session["cleo"], full_session["dan"]
    confirm = editor.get(f"{INDEX}{ben.pk}/cancel/")
    assert confirm.status_code == 200
    assert "Cancel the registration of Ben Ortiz (ben@example.org)" in confirm.content.decode()
    ben.refresh_from_db()
    assert ben.status == Status.CONFIRMED  # asking changes nothing
    with django_capture_on_commit_callbacks(execute=True):
        response = editor.post(f"{INDEX}{ben.pk}/cancel/")
    assert response.status_code == 302
    ben.refresh_from_db()
    cleo.refresh_from_db()
    dan.refresh_from_db()
    assert ben.status == Status.CANCELLED
    assert cleo.status == Status.CONFIRMED and cleo.promoted_at is not None
    assert dan.status == Status.WAITING and service.waiting_position(dan) == 1
    assert sorted(message.to[0] for message in mail.outbox) == [
        "ben@example.org",
        "cleo@example.org",
    ]
    promoted = next(message for message in mail.outbox if message.to == ["cleo@example.org"])
    assert promoted.attachments and promoted.attachments[0][0].endswith(".ics")
    page = editor.get(response["Location"]).content.decode()
    assert "The registration of Ben Ortiz is cancelled" in page
    assert "Promoted from the waiting list and told by e-mail: Cleo Martin." in page
    # A second cancellation (an old tab) is harmless.
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        again = editor.post(f"{INDEX}{ben.pk}/cancel/", follow=True)
    assert "was already cancelled" in again.content.decode()
    assert mail.outbox == []
    dan.refresh_from_db()
    assert dan.status == Status.WAITING


# ------------------------------------------------------------------ payment


def test_editor_records_one_invoice_for_several_registrations(full_session, editor):
    session = full_session["session"]
    ada, ben, cleo = full_session["ada"], full_session["ben"], full_session["cleo"]
    url = f"{session_url(session)}mark-paid/"
    form = editor.get(url, {"registration": [ada.pk, ben.pk, cleo.pk]})
    assert form.status_code == 200
    html = form.content.decode()
    # Ada owes nothing: left out; the amount proposed is what the others owe.
    assert "Left out, as they are paid already or owe nothing: Ada Lovelace" in html
    assert 'value="1200.00"' in html or 'value="1200"' in html
    response = editor.post(
        url,
        {
            "registration": [ben.pk, cleo.pk],
            "number": "2025-0042",
            "amount": "1150.00",
            "paid_on": programme_today().isoformat(),
            "note": "Bank transfer",
        },
    )
    assert response.status_code == 302
    invoice = Invoice.objects.get(number="2025-0042")
    assert invoice.amount == Decimal("1150.00")
    assert invoice.paid_on == programme_today()
    assert invoice.recorded_by.username == "editor"
    assert set(invoice.registrations.values_list("pk", flat=True)) == {ben.pk, cleo.pk}
    ben.refresh_from_db()
    cleo.refresh_from_db()
    assert ben.is_paid and cleo.is_paid
    assert cleo.status == Status.WAITING  # paying gives no seat
    page = editor.get(response["Location"]).content.decode()
    assert "Invoice 2025-0042 recorded as paid for 2 registrations." in page
    assert rows(editor.get(session_url(session), {"paid": "no"})) == [full_session["dan"].pk]


def test_the_payment_form_names_its_errors_and_keeps_what_was_typed(full_session, editor):
    session, ben = full_session["session"], full_session["ben"]
    Invoice.objects.create(number="2025-0001", amount=Decimal("600"))
    response = editor.post(
        f"{session_url(session)}mark-paid/",
        {
            "registration": [ben.pk],
            "number": "2025-0001",
            "amount": "600.00",
            "paid_on": (programme_today() + datetime.timedelta(days=3)).isoformat(),
            "note": "Cheque 118",
        },
    )
    assert response.status_code == 200
    html = response.content.decode()
    summary = html.split('id="error-summary"')[1].split("</div>")[0]
    assert "Invoice number: An invoice with this number is already recorded." in summary
    assert "Paid on: The payment date cannot be in the future." in summary
    assert 'href="#id_number"' in summary
    assert "Cheque 118" in html and 'value="2025-0001"' in html
    ben.refresh_from_db()
    assert ben.invoice is None


def test_recording_a_payment_without_a_selection_says_so(full_session, editor):
    session, ada = full_session["session"], full_session["ada"]
    response = editor.get(f"{session_url(session)}mark-paid/", {"registration": [ada.pk]})
    assert response.status_code == 302
    page = editor.get(response["Location"]).content.decode()
    assert "Select at least one registration that still has something to pay." in page


def test_a_registration_of_another_session_cannot_be_settled_here(full_session, editor):
    other = open_session(seats=5)
    (stranger,) = service.register(
        UserFactory(),
        [other],
        [person("Eve Stone", "eve@example.org", OrganisationFactory(role="none"))],
    )
    session = full_session["session"]
    response = editor.post(
        f"{session_url(session)}mark-paid/",
        {
            "registration": [stranger.pk],
            "number": "X-1",
            "amount": "600",
            "paid_on": programme_today().isoformat(),
        },
    )
    assert response.status_code == 302
    stranger.refresh_from_db()
    assert stranger.invoice is None
    assert not Invoice.objects.filter(number="X-1").exists()


def test_record_payment_settles_the_registrations_and_keeps_their_status(full_session):
    ben, dan = full_session["ben"], full_session["dan"]
    invoice = service.record_payment([ben, dan], "R-7", Decimal("1200"), programme_today())
    assert invoice.registrations.count() == 2
    for item in (ben, dan):
        item.refresh_from_db()
        assert item.invoice == invoice and item.is_paid
    assert (ben.status, dan.status) == (Status.CONFIRMED, Status.WAITING)


# ------------------------------------------------------------------ exports


HEADER = [
    "Name",
    "E-mail",
    "Role",
    "Organisation",
    "Status",
    "Waiting position",
    "Contribution due (EUR)",
    "Paid",
    "Invoice number",
    "Attended",
    "Registered at",
    "Language",
]


def read_csv(response):
    return list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))


def test_csv_export_holds_every_column_and_the_filters_apply(full_session, editor):
    session = full_session["session"]
    service.record_payment([full_session["ben"]], "2025-0100", Decimal("600"), programme_today())
    service.mark_attended(full_session["ben"], None)
    response = editor.get(f"{session_url(session)}export.csv")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    assert "attachment" in response["Content-Disposition"]
    assert f"registrations-{session.slug}-" in response["Content-Disposition"]
    assert "private" in response["Cache-Control"] and "no-store" in response["Cache-Control"]
    table = read_csv(response)
    assert table[0] == HEADER
    by_name = {line[0]: dict(zip(HEADER, line, strict=True)) for line in table[1:]}
    assert list(by_name) == ["Ada Lovelace", "Ben Ortiz", "Cleo Martin", "Dan Weber"]
    ben = by_name["Ben Ortiz"]
    assert ben["E-mail"] == "ben@example.org"
    assert ben["Organisation"] == "Eastbridge Council"
    assert ben["Status"] == "Confirmed"
    assert ben["Contribution due (EUR)"] == "600.00"
    assert ben["Paid"] == "Yes" and ben["Invoice number"] == "2025-0100"
    assert ben["Attended"] != "" and ben["Language"] == "en"
    assert by_name["Ada Lovelace"]["Paid"] == "Nothing due"
    assert by_name["Ada Lovelace"]["Role"] == "Coordinator"
    assert by_name["Dan Weber"]["Waiting position"] == "2"
    assert by_name["Dan Weber"]["Organisation"] == "Town of Nowhere"
    assert by_name["Cleo Martin"]["Paid"] == "No"
    waiting = read_csv(editor.get(f"{session_url(session)}export.csv", {"status": "waiting"}))
    assert [line[0] for line in waiting[1:]] == ["Cleo Martin", "Dan Weber"]


def test_xlsx_export_loads_back(full_session, editor):
    session = full_session["session"]
    response = editor.get(f"{session_url(session)}export.xlsx", {"paid": "no"})
    assert response.status_code == 200
    assert response["Content-Type"] == (
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    )
    sheet = openpyxl.load_workbook(io.BytesIO(response.content)).active
    values = list(sheet.iter_rows(values_only=True))
    assert list(values[0]) == HEADER
    assert [line[0] for line in values[1:]] == ["Ben Ortiz", "Cleo Martin", "Dan Weber"]
    assert values[1][6] == 600  # a number, not text
    data = tablib.Dataset().load(io.BytesIO(response.content), format="xlsx")
    assert data.headers == HEADER and len(data) == 3


def test_exports_neutralise_formulas(editor, django_capture_on_commit_callbacks):
    session = open_session(seats=10)
    with django_capture_on_commit_callbacks(execute=True):
        service.register(
            UserFactory(),
            [session],
            [
                person(
                    '=HYPERLINK("https://evil.example.org","Click")',
                    "one@example.org",
                    None,
                    role="+1+cmd|' /C calc'!A0",
                    organisation_name="@SUM(A1:A9)",
                ),
                person("-2+3", "two@example.org", None, role="Plain role"),
            ],
        )
    table = read_csv(editor.get(f"{session_url(session)}export.csv"))
    first, second = table[1], table[2]
    assert first[0] == '\'=HYPERLINK("https://evil.example.org","Click")'
    assert first[2] == "'+1+cmd|' /C calc'!A0"
    assert first[3] == "'@SUM(A1:A9)"
    assert second[0] == "'-2+3" and second[2] == "Plain role"
    sheet = openpyxl.load_workbook(
        io.BytesIO(editor.get(f"{session_url(session)}export.xlsx").content)
    ).active
    cell = sheet["A2"]
    assert cell.data_type == "s" and cell.value.startswith("'=HYPERLINK")
    assert all(
        not (isinstance(c.value, str) and c.value.startswith("=")) for row in sheet for c in row
    )


def test_an_unknown_export_format_is_not_found(full_session, editor):
    assert editor.get(f"{session_url(full_session['session'])}export.pdf").status_code == 404


# ------------------------------------------------------------------ dashboard, buttons


def test_dashboard_panel_shows_upcoming_sessions_to_those_who_may_see_them(
    full_session, editor, other_staff
):
    session = full_session["session"]
    html = editor.get("/admin/").content.decode()
    panel = html.split('id="programme-upcoming-sessions-section"')[1].split("</section>")[0]
    assert "Upcoming sessions" in html
    row = panel.split(f'<tr data-session="{session.pk}">')[1].split("</tr>")[0]
    assert session_url(session) in row
    assert "2 / 2" in row and "100 %" in row and "<td>2</td>" in row
    assert (
        'id="programme-upcoming-sessions-section"'
        not in other_staff.get("/admin/").content.decode()
    )


def test_session_pages_have_a_registrations_button(full_session, editor, other_staff):
    session = full_session["session"]
    edit = editor.get(f"/admin/pages/{session.pk}/edit/")
    assert edit.status_code == 200
    assert session_url(session) in edit.content.decode()
    listing = editor.get(f"/admin/pages/{session.get_parent().pk}/")
    assert session_url(session) in listing.content.decode()
    # The index page of the programme is no session: no such button for it.
    index_edit = editor.get(f"/admin/pages/{session.get_parent().pk}/edit/").content.decode()
    assert f"{INDEX}sessions/{session.get_parent().pk}/" not in index_edit


# ------------------------------------------------------------------ promote_waiting


def test_promote_waiting_gives_seats_once_the_organisation_limit_ends(
    django_capture_on_commit_callbacks,
):
    today = programme_today()
    cap_until = today + datetime.timedelta(days=5)
    session = open_session(
        seats=3, organisation_seat_cap=1, organisation_cap_until=cap_until, title="Capped session"
    )
    city = OrganisationFactory(role="none", name="Big City")
    first, second, third = service.register(
        UserFactory(),
        [session],
        [person(f"Officer {n}", f"officer{n}@example.org", city) for n in range(3)],
    )
    assert [r.status for r in (first, second, third)] == [
        Status.CONFIRMED,
        Status.WAITING,
        Status.WAITING,
    ]
    mail.outbox.clear()

    out = io.StringIO()
    with django_capture_on_commit_callbacks(execute=True):
        call_command("promote_waiting", "--date", cap_until.isoformat(), stdout=out)
    assert "Capped session" not in out.getvalue()
    assert not [message for message in mail.outbox if "officer" in message.to[0]]

    out = io.StringIO()
    with django_capture_on_commit_callbacks(execute=True):
        call_command(
            "promote_waiting",
            "--date",
            (cap_until + datetime.timedelta(days=1)).isoformat(),
            stdout=out,
        )
    output = out.getvalue()
    assert f"Capped session ({session.pk}): promoted Officer 1 (registration {second.pk})" in output
    assert "Officer 2" in output
    assert "Waiting lists: " in output
    second.refresh_from_db()
    third.refresh_from_db()
    assert second.status == third.status == Status.CONFIRMED
    assert sorted(m.to[0] for m in mail.outbox if "officer" in m.to[0]) == [
        "officer1@example.org",
        "officer2@example.org",
    ]
    # Run again: nothing left to give.
    out = io.StringIO()
    call_command("promote_waiting", stdout=out)
    assert "Capped session" not in out.getvalue()


def test_promote_waiting_refuses_a_bad_date():
    from django.core.management.base import CommandError

    with pytest.raises(CommandError):
        call_command("promote_waiting", "--date", "tomorrow", stdout=io.StringIO())


def test_the_admin_speaks_the_editors_language(full_session, editor):
    from django.contrib.auth import get_user_model
    from wagtail.users.models import UserProfile

    profile = UserProfile.get_for_user(get_user_model().objects.get(username="editor"))
    profile.preferred_language = "fr"
    profile.save()
    html = editor.get(session_url(full_session["session"])).content.decode()
    assert "Reste à payer pour les places confirmées (EUR)" in html
    assert "Exporter en tableur (.xlsx)" in html
    table = read_csv(editor.get(f"{session_url(full_session['session'])}export.csv"))
    assert table[0][:2] == ["Nom", "E-mail"]
