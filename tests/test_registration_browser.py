"""Registration for training sessions in Debian's Chromium (never a
downloaded browser), in Spanish: issue 12's "Done when".

One journey, as steps of one test (the live server empties the database
after each test, and the demo network takes a minute to load):

1. a signed-in non-member opens a session page, follows "Inscribirse",
   registers two colleagues for two sessions in one step (one session has a
   single seat), sees the contribution due (€600 per participant and
   session), confirms, and sees one colleague confirmed and the other on
   the waiting list, position 1;
2. the confirmed colleague cancels through the link of their confirmation
   e-mail, without signing in; the colleague waiting is promoted at once;
   both e-mails (the confirmation and the promotion) carry the session's
   ``.ics`` file, whose event links back to the session page;
3. an editor signs in on a phone, opens the check-in page of the promoted
   colleague (the address of their QR code) and marks them attended;
4. that colleague opens the personal link of their e-mail, accepts the
   terms of participation and downloads the certificate of attendance (a
   PDF).

Every page of the journey goes through axe-core (no serious or critical
violation), like ``tests/test_accessibility.py``.

The people and the sessions are the test's own (the network's and the
programme's factories; the sessions are English pages with a Spanish
translation made through wagtail-localize); the editor is the demo's. The
session with one seat starts today, with its registration open until
today: a certificate needs a session that has started. E-mail: the task
queue runs tasks at once in tests and the live server runs in this
process, so ``mail.outbox`` is shared. ``LIAISE_SCREENSHOTS=1`` saves
screenshots of a few steps on a phone (390 px) and a desktop (1280 px) into
``docs/screenshots/issue-12/``.
"""

import datetime
import io
import os
import re
import time
from decimal import Decimal
from pathlib import Path
from urllib.parse import urlsplit

import polib
import pytest
from django.conf import settings
from django.core import mail
from django.core.management import call_command
from django.db import connections
from django.template.defaultfilters import floatformat
from django.utils import translation
from django.utils.translation import gettext, pgettext
from icalendar import Calendar
from wagtail.models import Locale
from wagtail_localize.models import Translation, TranslationSource

from network.access import can_view_members_content
from network.factories import AffiliationFactory, OrganisationFactory, UserFactory
from network.models import Membership, Organisation
from programme.attendance_views import checkin_url
from programme.factories import open_session
from programme.models import Registration, SessionIndexPage, programme_today
from tests.test_members_browser import sign_in, what_the_migrations_made

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

Status = Registration.Status

PASSWORD = "a long test password"  # noqa: S105 (UserFactory's)
DEMO_PASSWORD = "liaise-demo"  # noqa: S105 (load_demo's editors)
PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 900}
SCREENSHOTS = Path(__file__).resolve().parent.parent / "docs" / "screenshots" / "issue-12"
BLOCKING = ("serious", "critical")

ORGANISATION = "Ayuntamiento de Villaprueba"
ANA = {"name": "Ana Ruiz Ortega", "email": "ana.ruiz@villaprueba.example.org"}
LUIS = {"name": "Luis Gil Navarro", "email": "luis.gil@villaprueba.example.org"}
#: The sessions' texts and their Spanish translations.
ROOMY = "Preventing radicalisation locally: a two-day training in Ghent"
SMALL = "Working with families: a training in Lyon"
SPANISH = {
    ROOMY: "Prevenir la radicalización en lo local: formación de dos días en Gante",
    SMALL: "Trabajar con las familias: formación en Lyon",
    "Ghent": "Gante",
    "Lyon": "Lyon",
}


@pytest.fixture
def site():
    """The demo (the editor, the programme in every language). A live-server
    test that ran before in the same session emptied the database: the demo
    is loaded again then."""
    if not SessionIndexPage.objects.filter(locale__language_code="es").exists():
        what_the_migrations_made()
        call_command("load_demo", quiet_accounts=True, stdout=io.StringIO())


@pytest.fixture
def registrant(site):
    """A registered person of a city that is not a partner of the network,
    reading in Spanish."""
    person = UserFactory(
        first_name="Marta",
        last_name="Jiménez",
        preferred_language="es",
        job_title="Coordinadora de prevención",
    )
    organisation = OrganisationFactory(name=ORGANISATION, country="ES")
    AffiliationFactory(user=person, organisation=organisation)
    assert not Membership.objects.filter(organisation=organisation).exists()
    assert not can_view_members_content(person)
    return person


@pytest.fixture
def sessions(site):
    """Two sessions open for registration, English pages translated into
    Spanish: one with 20 seats a month from now, one with a single seat that
    starts today (its registration closes today)."""
    today = programme_today()
    roomy = open_session(title=ROOMY, seats=20, contribution="600.00", city="Ghent")
    small = open_session(
        title=SMALL,
        seats=1,
        contribution="600.00",
        city="Lyon",
        start_date=today,
        end_date=today + datetime.timedelta(days=1),
        registration_closes=today,
    )
    return {
        "roomy": roomy,
        "small": small,
        "roomy_es": in_spanish(roomy),
        "small_es": in_spanish(small),
    }


def test_a_nonmember_registers_two_colleagues_in_spanish_through_to_the_certificate(
    live_server, registrant, sessions, chromium
):
    contexts = []
    audited, accessibility = [], []

    def browser(viewport=DESKTOP, **options):
        context = chromium.new_context(viewport=viewport, accept_downloads=True, **options)
        contexts.append(context)
        return context.new_page()

    def audit(page, name):
        audited.append(name)
        accessibility.extend(f"{name} {page.url}: {line}" for line in blocking_violations(page))

    try:
        a_nonmember_registers_two_colleagues_for_two_sessions_and_one_waits(
            live_server, browser(), registrant, sessions, audit
        )
        promoted = the_confirmed_colleague_cancels_by_the_email_link_and_the_other_is_promoted(
            live_server, browser(), sessions, audit
        )
        an_editor_checks_the_promoted_colleague_in_on_a_phone(
            live_server, browser(PHONE, is_mobile=True, has_touch=True), promoted, audit
        )
        the_colleague_downloads_the_certificate_from_their_personal_link(
            live_server, browser(), promoted, sessions, audit
        )
    finally:
        for context in contexts:
            context.close()
        # The queries made while Playwright runs have connections of their
        # own, out of reach of the test's teardown: on PostgreSQL an open
        # one keeps the test database from being dropped.
        connections.close_all()
    assert len(audited) == 9, audited
    assert accessibility == [], "\n".join(accessibility)


# ---------------------------------------------------------------- steps


def a_nonmember_registers_two_colleagues_for_two_sessions_and_one_waits(
    live_server, page, registrant, sessions, audit
):
    roomy, small = sessions["roomy_es"], sessions["small_es"]
    session_url = live_server.url + roomy.url
    sign_in(page, live_server, "es", registrant.username, PASSWORD, next_url=session_url)
    page.wait_for_url(session_url)
    assert page.locator("html").get_attribute("lang") == "es"
    assert page.get_by_role("heading", level=1).inner_text() == SPANISH[ROOMY]
    registration = page.get_by_role("region", name=es("Registration"), exact=True)
    assert squash(es("%(free)s of %(total)s seats free", count=20) % {"free": 20, "total": 20}) in (
        squash(registration.inner_text())
    )
    audit(page, "session page")
    screenshot(page, "session-page")

    registration.get_by_role("link", name=es("Register", context="session page button")).click()
    page.wait_for_url(re.compile(r"/es/training/register/\?session=\d+$"))
    assert page.get_by_role("heading", level=1).inner_text() == es("Register for training sessions")
    # The session the reader came from is chosen; the one-seat one is added.
    assert page.get_by_label(SPANISH[ROOMY], exact=True).is_checked()
    small_choice = page.get_by_label(SPANISH[SMALL], exact=True)
    assert not small_choice.is_checked()
    assert squash(es("%(free)s seat free out of %(total)s", count=1) % {"free": 1, "total": 1}) in (
        squash(page.locator(f"#session-{sessions['small'].pk}-details").inner_text())
    )
    small_choice.check()
    # Each choice reads as a line: the checkbox, then the title over the
    # width of the choice, the dates, seats and contribution beneath it.
    pk = sessions["small"].pk
    width = page.locator(f"li:has(> #session-{pk})").bounding_box()["width"]
    for part in (f"label[for=session-{pk}]", f"#session-{pk}-details"):
        assert page.locator(part).bounding_box()["width"] > 0.6 * width, part

    # The first row holds the reader; they register two colleagues instead.
    first = page.locator("#participants-0")
    assert first.get_by_role("textbox", name=required(es("Name"))).input_value() == (
        "Marta Jiménez"
    )
    assert first.get_by_label(es("Organisation"), exact=True).input_value() == str(
        Organisation.objects.get(name=ORGANISATION).pk
    )
    fill_participant(first, ANA, role="Técnica de juventud")
    page.get_by_role("button", name=es("Add another participant")).click()
    second = page.locator("#participants-1")
    # The new row takes the focus (the script adds it in place).
    assert second.get_by_role("textbox", name=required(es("Name"))).evaluate(
        "field => field === document.activeElement"
    )
    fill_participant(second, LUIS, role="Educador social", organisation=ORGANISATION)
    audit(page, "registration form")
    screenshot(page, "register-form")
    page.get_by_role("button", name=es("Review the registration")).click()

    # The review: a seat or the waiting list for each, and what is due.
    assert page.get_by_role("heading", level=1).inner_text() == es(
        "Check and confirm the registration"
    )
    fee = amount(Decimal("600"))
    for title, waiting in ((SPANISH[ROOMY], None), (SPANISH[SMALL], LUIS["name"])):
        table = page.get_by_role("region", name=title, exact=True)
        for person in (ANA, LUIS):
            row = squash(table.get_by_role("row").filter(has_text=person["name"]).inner_text())
            assert fee in row, row
            if person["name"] == waiting:
                assert es("Waiting list: position %(position)s") % {"position": 1} in row
            else:
                assert es("Seat") in row
    text = squash(page.locator("main").inner_text())
    assert squash(es("Total due for the seats: €%(amount)s") % {"amount": number(1800)}) in text
    assert (
        squash(
            es("€%(amount)s more if the people on a waiting list get a seat.")
            % {"amount": number(600)}
        )
        in text
    )
    assert Registration.objects.filter(email__in=[ANA["email"], LUIS["email"]]).count() == 0
    audit(page, "review")
    screenshot(page, "review")
    mail.outbox.clear()
    page.get_by_role("button", name=es("Confirm the registration")).click()

    # The registrant's booking: Ana has both seats, Luis waits for Lyon.
    page.wait_for_url("**/es/training/bookings/*/")
    assert page.get_by_role("heading", level=1).inner_text() == es("Your booking")
    made = {
        (r.session_id, r.email): r
        for r in Registration.objects.filter(session__in=[sessions["roomy"], sessions["small"]])
    }
    assert {key: (r.status, r.contribution_due) for key, r in made.items()} == {
        (sessions["roomy"].pk, ANA["email"]): (Status.CONFIRMED, Decimal("600.00")),
        (sessions["roomy"].pk, LUIS["email"]): (Status.CONFIRMED, Decimal("600.00")),
        (sessions["small"].pk, ANA["email"]): (Status.CONFIRMED, Decimal("600.00")),
        (sessions["small"].pk, LUIS["email"]): (Status.WAITING, Decimal("600.00")),
    }
    assert {r.language for r in made.values()} == {"es"}
    lyon = page.get_by_role("region", name=SPANISH[SMALL], exact=True)
    ana = squash(lyon.get_by_role("listitem").filter(has_text=ANA["name"]).inner_text())
    luis = squash(lyon.get_by_role("listitem").filter(has_text=LUIS["name"]).inner_text())
    assert es("Seat confirmed") in ana
    assert es("Waiting list: position %(position)s") % {"position": 1} in luis
    assert es("Seat confirmed") not in luis
    facts = squash(page.locator("main dl.facts").first.inner_text())
    assert es("Total due for the confirmed seats") in facts
    assert amount(Decimal("1800")) in facts
    audit(page, "booking")
    screenshot(page, "booking")

    # The session page now says it is full, with one person waiting.
    page.goto(live_server.url + small.url)
    seats = squash(page.get_by_role("region", name=es("Registration"), exact=True).inner_text())
    full = es("Full: registrations go to the waiting list (%(waiting)s waiting).", count=1)
    assert squash(full % {"waiting": 1}) in seats

    # Every participant is told, in Spanish; the registrant gets the summary.
    for person in (ANA, LUIS):
        assert len(wait_for_mail(lambda m, p=person: m.to == [p["email"]], count=2)) == 2
    assert wait_for_mail(lambda m: m.to == [registrant.email])


def the_confirmed_colleague_cancels_by_the_email_link_and_the_other_is_promoted(
    live_server, page, sessions, audit
):
    small = sessions["small_es"]
    confirmation = only(
        m
        for m in mail.outbox
        if m.to == [ANA["email"]]
        and m.subject == es("Your seat is confirmed: %(session)s") % {"session": SPANISH[SMALL]}
    )
    assert_calendar_file(confirmation, small)
    link = re.search(r"https?://\S+/cancel/", confirmation.body).group()
    assert link.startswith(settings.WAGTAILADMIN_BASE_URL)
    mail.outbox.clear()

    # A browser that never signed in.
    page.goto(live_server.url + urlsplit(link).path)
    assert page.get_by_role("heading", level=1).inner_text() == es("Cancel your place?")
    assert SPANISH[SMALL] in page.locator("main").inner_text()
    audit(page, "cancel")
    screenshot(page, "cancel-by-email-link")
    page.get_by_role("button", name=es("Yes, cancel my place")).click()
    assert page.get_by_role("heading", level=1).inner_text() == es("Your place is cancelled")
    assert (
        page.get_by_role("status")
        .filter(has_text=es("Your place is cancelled. You will receive a confirmation by e-mail."))
        .count()
        == 1
    )
    audit(page, "cancelled")

    cancelled = Registration.objects.get(session=sessions["small"], email=ANA["email"])
    promoted = Registration.objects.get(session=sessions["small"], email=LUIS["email"])
    assert cancelled.status == Status.CANCELLED
    assert promoted.status == Status.CONFIRMED
    assert promoted.promoted_at is not None
    # Ana's other seat stands.
    assert (
        Registration.objects.get(session=sessions["roomy"], email=ANA["email"]).status
        == Status.CONFIRMED
    )

    promotion = only(wait_for_mail(lambda m: m.to == [LUIS["email"]]))
    assert promotion.subject == es("A seat is free for you: %(session)s") % {
        "session": SPANISH[SMALL]
    }
    assert_calendar_file(promotion, small)
    # The event's address opens the session page.
    event_url = calendar_event(promotion)["url"]
    page.goto(live_server.url + urlsplit(str(event_url)).path)
    assert page.get_by_role("heading", level=1).inner_text() == SPANISH[SMALL]
    return {"registration": promoted, "email": promotion}


def an_editor_checks_the_promoted_colleague_in_on_a_phone(live_server, page, promoted, audit):
    registration = promoted["registration"]
    scan = live_server.url + urlsplit(checkin_url(registration, "es")).path
    sign_in(page, live_server, "es", "editor", DEMO_PASSWORD, next_url=scan)
    page.wait_for_url(scan)
    assert page.get_by_role("heading", level=1).inner_text() == LUIS["name"]
    assert SPANISH[SMALL] in page.locator("main").inner_text()
    audit(page, "check-in")
    screenshot(page, "checkin")
    page.get_by_role("button", name=es("Mark as attended")).click()
    page.wait_for_url(re.compile(r"\?done=1$"))
    checked_in = es("Checked in at %(time)s.").split("%(time)s")[0]
    assert page.get_by_role("status").filter(has_text=checked_in).count() == 1
    assert page.get_by_role("button", name=es("Mark as attended")).count() == 0
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    audit(page, "checked in")
    registration.refresh_from_db()
    assert registration.attended_at is not None
    assert registration.checked_in_by.username == "editor"


def the_colleague_downloads_the_certificate_from_their_personal_link(
    live_server, page, promoted, sessions, audit
):
    body = promoted["email"].body
    base = re.escape(settings.WAGTAILADMIN_BASE_URL.rstrip("/"))
    personal = re.search(rf"{base}(/es/training/registrations/[^/\s]+/)\s", body).group(1)
    page.goto(live_server.url + personal)
    assert page.get_by_role("heading", level=1).inner_text() == SPANISH[SMALL]
    assert es("Seat confirmed") in page.locator("main").inner_text()
    # The colleague accepts the terms (a form of the personal link, too).
    page.get_by_label(es("I accept the terms of participation above.")).check()
    page.get_by_role("button", name=es("Save my details and accept the terms")).click()
    page.wait_for_url(live_server.url + personal)
    saved = es("Your details are saved and the terms are accepted. Thank you.")
    assert page.get_by_role("status").filter(has_text=saved).count() == 1
    promoted["registration"].refresh_from_db()
    assert promoted["registration"].terms_accepted_at is not None
    audit(page, "personal link")
    screenshot(page, "personal-link-certificate")
    link = page.get_by_role("link", name=es("Download your certificate of attendance (PDF)"))
    with page.expect_download() as download:
        link.click()
    assert download.value.suggested_filename.endswith(".pdf")
    assert Path(download.value.path()).read_bytes().startswith(b"%PDF")


# ---------------------------------------------------------------- helpers


def in_spanish(page):
    """The Spanish translation of ``page``, made as a translator would with
    wagtail-localize (every segment filled from ``SPANISH``, then published)."""
    locale = Locale.objects.get(language_code="es")
    source, _created = TranslationSource.get_or_create_from_instance(page)
    work = Translation.objects.create(source=source, target_locale=locale)
    po = polib.pofile(str(work.export_po()))
    for entry in po:
        if entry.msgctxt == "slug":
            entry.msgstr = f"{entry.msgid}-es"
        else:
            entry.msgstr = SPANISH.get(entry.msgid, entry.msgid)
    work.import_po(po)
    work.save_target(publish=True)
    return page.get_translation(locale)


def fill_participant(row, person, role, organisation=None):
    row.get_by_role("textbox", name=required(es("Name"))).fill(person["name"])
    row.get_by_role("textbox", name=required(es("E-mail address"))).fill(person["email"])
    row.get_by_role("textbox", name=es("Role"), exact=True).fill(role)
    if organisation:
        row.get_by_label(es("Organisation"), exact=True).select_option(label=organisation)
    assert row.get_by_label(required(es("Language of their e-mails"))).input_value() == "es"


def required(label):
    """A field's accessible name: its label and "(required)"."""
    return f"{label} ({es('required')})"


def es(message, context=None, count=None):
    """``message`` as the Spanish site says it (and it is translated)."""
    with translation.override("es"):
        if count is not None:
            translated = translation.ngettext(message, message, count)
        elif context:
            translated = pgettext(context, message)
        else:
            translated = gettext(message)
    assert translated != message, f"not translated into Spanish: {message}"
    return translated


def number(value):
    """A whole amount as Spanish pages write it."""
    with translation.override("es"):
        return floatformat(Decimal(value), "-2g")


def amount(value):
    return squash(es("€%(amount)s") % {"amount": number(value)})


def squash(text):
    """Text with its white space (no-break spaces too) folded."""
    return " ".join(text.replace("\xa0", " ").replace("\u202f", " ").split())


def wait_for_mail(matches, count=1, timeout=5.0):
    """The messages of ``mail.outbox`` that ``matches``, once there are
    ``count`` of them (or the time is up)."""
    deadline = time.monotonic() + timeout
    while True:
        found = [message for message in mail.outbox if matches(message)]
        if len(found) >= count or time.monotonic() > deadline:
            return found
        time.sleep(0.05)


def only(items):
    items = list(items)
    assert len(items) == 1, items
    return items[0]


def calendar_event(message):
    """The one event of the message's one ``.ics`` attachment."""
    name, content, mimetype = only(message.attachments)
    assert name.endswith(".ics")
    assert mimetype == "text/calendar"
    return only(Calendar.from_ical(content).walk("VEVENT"))


def assert_calendar_file(message, session):
    """The message carries the session's event, in Spanish, linking back
    to its Spanish page."""
    event = calendar_event(message)
    assert str(event["summary"]) == session.title
    assert event.decoded("dtstart") == session.start_date
    assert event.decoded("dtend") == session.end_date + datetime.timedelta(days=1)
    assert urlsplit(str(event["url"])).path == urlsplit(session.get_full_url()).path


def blocking_violations(page):
    """axe-core's serious and critical violations of the page (as in
    ``tests/test_accessibility.py``)."""
    from axe_playwright_python.sync_playwright import Axe

    from tests.test_accessibility import blocking_violations as axe_violations

    return axe_violations(Axe(), page)


def screenshot(page, name, at=None):
    """On a phone and on a desktop, when LIAISE_SCREENSHOTS is set: the top
    of the page, or the element ``at``."""
    if not os.environ.get("LIAISE_SCREENSHOTS"):
        return
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    size = page.viewport_size
    for label, viewport in (("phone", PHONE), ("desktop", DESKTOP)):
        page.set_viewport_size(viewport)
        if at is None:
            page.evaluate("window.scrollTo(0, 0)")
        else:
            at.evaluate("node => node.scrollIntoView({block: 'start'})")
        page.screenshot(path=SCREENSHOTS / f"{name}-{label}.png", full_page=at is None)
    page.set_viewport_size(size)
