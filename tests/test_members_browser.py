"""The members' network in Debian's Chromium (never a downloaded browser).

One journey, as steps of one test (the live server empties the database
after each test, and the demo network takes a minute to load):

1. a member signs in through the log-in form of the French site, opens a
   thread with a PDF attached from the exchange's list and downloads it;
2. a second member (another browser) replies through the form, in English;
   the first, who watches the thread as its author, receives the e-mail in
   French (the task queue runs tasks at once in tests, and the live server
   runs in this process: ``mail.outbox`` is shared);
3. a signed-in non-member following the same link gets the join prompt,
   never the thread's title or text;
4. an editor hides the reply from the thread page; the member no longer
   sees it;
5. a registered person, signed in, applies through the public form; two
   editors approve the application in the admin (four eyes); the new
   member then opens the exchange.

The people and the thread are the test's own (the network's factories and
``exchange.posting``); the pages and the two editors are the demo's.
``LIAISE_SCREENSHOTS=1`` saves screenshots of a few steps on a phone (390
px) and a desktop (1280 px) into ``docs/screenshots/issue-11/``.
"""

import io
import os
import time
from pathlib import Path
from urllib.parse import quote

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.db import connection, connections
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext
from wagtail.models import Collection, Locale, Page

from exchange import posting
from exchange.models import ExchangePage, Post, Sensitivity
from network.access import is_member
from network.factories import MembershipFactory, UserFactory
from network.models import Application
from search.indexer import TEXT_TABLE

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PASSWORD = "a long test password"  # noqa: S105 (UserFactory's)
DEMO_PASSWORD = "liaise-demo"  # noqa: S105 (load_demo's editors)
PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 900}
SCREENSHOTS = Path(__file__).resolve().parent.parent / "docs" / "screenshots" / "issue-11"
PDF = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
)
TITLE = "Groupes de parole pour parents : vos retours après un an"
OPENING = "Nous avons lancé trois groupes de parole en 2024 ; voici notre bilan."
REPLY = "In Augsburg we reached more fathers by meeting at the football club on Saturdays."


@pytest.fixture
def site():
    """The demo's pages and editors. A live-server test that ran before in
    the same session (``tests/test_browser.py`` in ``pytest -m browser``)
    emptied the database: the demo is loaded again then."""
    if not ExchangePage.objects.filter(locale__language_code="fr").exists():
        what_the_migrations_made()
        call_command("load_demo", quiet_accounts=True, stdout=io.StringIO())
    return {
        language: ExchangePage.objects.get(locale__language_code=language, alias_of__isnull=True)
        for language in ("en", "fr")
    }


@pytest.fixture
def people():
    first = MembershipFactory(
        user__first_name="Élise",
        user__last_name="Lambert",
        user__preferred_language="fr",
        user__email_frequency="each",
        organisation__name="Ville de Liège-sur-Test",
    ).user
    second = MembershipFactory(
        user__first_name="Matthias",
        user__last_name="Brandl",
        user__preferred_language="de",
        organisation__name="Stadt Teststadt",
    ).user
    outsider = UserFactory(first_name="Jan", last_name="Novak", preferred_language="fr")
    applicant = UserFactory(
        first_name="Camille",
        last_name="Rousseau",
        preferred_language="fr",
        job_title="Chargée de mission prévention",
    )
    return {"first": first, "second": second, "outsider": outsider, "applicant": applicant}


@pytest.fixture
def thread(people):
    return posting.create_thread(
        people["first"],
        title=TITLE,
        body=f"<p>{OPENING}</p>",
        language="fr",
        sensitivity=Sensitivity.MEMBERS,
        files=[SimpleUploadedFile("bilan-groupes.pdf", PDF, content_type="application/pdf")],
    )


def test_members_network_journey(live_server, site, people, thread, chromium):
    urls = {
        language: live_server.url + page.url + page.reverse_subpage("thread", args=[thread.pk])
        for language, page in site.items()
    }
    contexts = []

    def browser(viewport=DESKTOP):
        context = chromium.new_context(viewport=viewport, accept_downloads=True)
        contexts.append(context)
        return context.new_page()

    try:
        member = browser()
        a_member_signs_in_in_french_and_downloads_the_pdf_of_a_thread(
            live_server, member, site["fr"], people["first"]
        )
        reply = a_second_member_replies_and_the_first_gets_the_email_in_french(
            live_server, browser(), urls, people
        )
        a_signed_in_nonmember_following_the_link_gets_the_join_prompt(
            live_server, browser(), urls["fr"], people["outsider"]
        )
        an_editor_hides_the_reply_and_the_member_no_longer_sees_it(
            live_server, browser(), member, urls["fr"], reply
        )
        two_editors_approve_an_application_and_the_new_member_opens_the_exchange(
            live_server, browser, site["fr"], people["applicant"]
        )
    finally:
        for context in contexts:
            context.close()
        # The queries made while Playwright runs have connections of their
        # own, out of reach of the test's teardown: on PostgreSQL an open
        # one keeps the test database from being dropped.
        connections.close_all()


# ---------------------------------------------------------------- steps


def a_member_signs_in_in_french_and_downloads_the_pdf_of_a_thread(
    live_server, page, exchange, person
):
    sign_in(page, live_server, "fr", person.username, PASSWORD)
    # Without a "next", the French home page.
    page.wait_for_url(f"{live_server.url}/fr/")
    assert page.locator("html").get_attribute("lang") == "fr"

    page.get_by_role("navigation", name=fr("Main")).get_by_role(
        "link", name=exchange.title, exact=True
    ).click()
    page.wait_for_url(f"{live_server.url}{exchange.url}")
    assert page.get_by_role("heading", level=1).inner_text() == exchange.title
    page.get_by_role("link", name=TITLE, exact=True).click()
    assert page.get_by_role("heading", level=1).inner_text() == TITLE
    assert OPENING in page.locator(".post--opening .post__body").inner_text()
    screenshot(page, "thread-member")

    link = page.get_by_role("link", name="bilan-groupes.pdf")
    with page.expect_download() as download:
        link.click()
    assert download.value.suggested_filename == "bilan-groupes.pdf"
    assert Path(download.value.path()).read_bytes().startswith(b"%PDF")


def a_second_member_replies_and_the_first_gets_the_email_in_french(live_server, page, urls, people):
    first, second = people["first"], people["second"]
    # The second member reads the English site: the e-mail follows the
    # recipient's language, not the writer's.
    sign_in(page, live_server, "en", second.username, PASSWORD, next_url=urls["en"])
    page.wait_for_url(urls["en"])
    mail.outbox.clear()
    page.get_by_label("Your reply").fill(REPLY)
    page.get_by_role("button", name="Publish my reply").click()
    page.wait_for_url(f"{urls['en']}#post-*")
    assert page.get_by_role("status").filter(has_text="Your reply is published.").count() == 1
    reply = Post.objects.get(thread__title=TITLE, is_opening=False)
    assert REPLY in page.locator(f"#post-{reply.pk} .post__body").inner_text()

    sent = wait_for_mail(lambda message: first.email in message.to)
    assert len(sent) == 1
    message = sent[0]
    assert message.subject == " ".join((fr("New reply in “%(title)s”") % {"title": TITLE}).split())
    text = message.body
    assert fr("Hello %(name)s,") % {"name": first.display_name} in text
    assert urls["fr"].removeprefix(live_server.url) in text  # a link to the French page
    # A thread for members: the e-mail carries the title and a link, not the text.
    assert REPLY not in text
    assert not [m for m in mail.outbox if second.email in m.to]  # not to its author
    return reply


def a_signed_in_nonmember_following_the_link_gets_the_join_prompt(
    live_server, page, thread_url, person
):
    sign_in(page, live_server, "fr", person.username, PASSWORD, next_url=thread_url)
    page.wait_for_url(thread_url)
    response = page.reload()
    assert response.status == 403
    assert page.get_by_role("heading", name=fr("For members of the network")).count() == 1
    assert page.get_by_role("heading", name=fr("How to join")).count() == 1
    assert page.get_by_role("link", name=fr("Apply to become an associate partner")).count() == 1
    content = page.content()
    for secret in (TITLE, OPENING, REPLY, "bilan-groupes.pdf"):
        assert secret not in content
    screenshot(page, "exchange-nonmember")


def an_editor_hides_the_reply_and_the_member_no_longer_sees_it(
    live_server, page, member_page, thread_url, reply
):
    sign_in(page, live_server, "fr", "editor", DEMO_PASSWORD, next_url=thread_url)
    page.wait_for_url(thread_url)
    post = page.locator(f"#post-{reply.pk}")
    assert REPLY in post.inner_text()
    post.get_by_role("button", name=fr("Hide this post")).click()
    page.wait_for_url(f"{thread_url}#post-{reply.pk}")
    assert (
        page.get_by_role("status")
        .filter(has_text=fr("The post is hidden. Only editors see it now."))
        .count()
        == 1
    )
    # The editor still sees it, marked hidden, with the way back.
    assert post.get_by_role("button", name=fr("Restore this post")).count() == 1
    screenshot(page, "thread-editor-hidden-reply", at=post)
    reply.refresh_from_db()
    assert reply.hidden_at is not None

    member_page.goto(thread_url)
    assert member_page.get_by_role("heading", level=1).inner_text() == TITLE
    assert member_page.locator(f"#post-{reply.pk}").count() == 0
    assert REPLY not in member_page.content()


def two_editors_approve_an_application_and_the_new_member_opens_the_exchange(
    live_server, browser, exchange, applicant
):
    page = browser()
    with translation.override("fr"):
        apply_url = live_server.url + reverse("associate-application")
        thanks_url = live_server.url + reverse("associate-application-thanks")
    sign_in(page, live_server, "fr", applicant.username, PASSWORD, next_url=apply_url)
    page.wait_for_url(apply_url)
    # Not a member yet: the exchange answers with the prompt.
    assert page.goto(live_server.url + exchange.url).status == 403
    assert not member_now(applicant)

    page.goto(apply_url)
    assert page.get_by_role("heading", level=1).inner_text() == fr(
        "Apply to become an associate partner"
    )
    # The account's details are already there.
    assert page.get_by_label(fr("Contact person")).input_value() == "Camille Rousseau"
    assert page.get_by_label(fr("E-mail address")).input_value() == applicant.email
    page.get_by_label(fr("Name of the organisation")).fill("Ville de Montrivage-sur-Test")
    page.get_by_label(fr("Kind of organisation")).select_option("city")
    page.get_by_label(fr("Country")).select_option("FR")
    page.get_by_label(fr("City")).fill("Montrivage")
    page.get_by_label(fr("Why do you want to join the network?")).fill(
        "Notre plan local de prévention comprend un volet sur la radicalisation violente."
    )
    page.locator("#id_accepts_contribution").check()
    screenshot(page, "application-form")
    page.get_by_role("button", name=fr("Send the application")).click()
    page.wait_for_url(thanks_url)
    application = Application.objects.get(applicant=applicant)
    assert application.organisation_name == "Ville de Montrivage-sur-Test"
    assert application.language == "fr"
    assert application.status == Application.Status.SUBMITTED

    review_url = live_server.url + reverse("network_applications:edit", args=[application.pk])
    mail.outbox.clear()
    for editor, outcome in (("editor", "recorded"), ("editor2", "approved")):
        reviewer = browser()
        sign_in(reviewer, live_server, "en", editor, DEMO_PASSWORD, next_url=review_url)
        reviewer.wait_for_url(review_url)
        for name in Application.CHECKLIST:
            reviewer.locator(f"input[name={name}]").check()
        reviewer.locator('button[name="action-approve"]').click()
        reviewer.wait_for_url(review_url)
        application.refresh_from_db()
        if outcome == "recorded":
            assert application.approvals.count() == 1
            assert application.status == Application.Status.SUBMITTED
            # Four eyes: the first reviewer cannot approve a second time.
            assert reviewer.locator('button[name="action-approve"]').count() == 0
            assert not member_now(applicant)
        else:
            assert application.status == Application.Status.APPROVED
            assert application.approvals.count() == 2

    assert member_now(applicant)
    sent = wait_for_mail(lambda message: applicant.email in message.to)
    # cms.mail folds a subject's white space (the French no-break spaces too).
    welcome = " ".join(fr("Welcome to LIAISE: your application is approved").split())
    assert [message.subject for message in sent] == [welcome]

    # The applicant's browser, still signed in, now opens the exchange.
    response = page.goto(live_server.url + exchange.url)
    assert response.status == 200
    assert page.get_by_role("heading", level=1).inner_text() == exchange.title
    screenshot(page, "exchange-new-member")
    page.get_by_role("link", name=TITLE, exact=True).click()
    assert page.get_by_role("heading", level=1).inner_text() == TITLE


# ---------------------------------------------------------------- helpers


def what_the_migrations_made():
    """What the migrations create and ``load_demo`` builds on, gone when a
    live-server test empties the database (only the models' tables): the
    default locale, the root page and collection, the editors' access to
    the admin; and the search's text table, which is not a model's, emptied
    like the rest."""
    with connection.cursor() as cursor:
        cursor.execute(f"DELETE FROM {TEXT_TABLE[connection.vendor][0]}")  # noqa: S608
    locale = Locale.objects.get_or_create(language_code=settings.LANGUAGE_CODE)[0]
    if Page.get_first_root_node() is None:
        Page.add_root(instance=Page(title="Root", slug="root", locale=locale, url_path="/"))
    if Collection.get_first_root_node() is None:
        Collection.add_root(name="Root")
    Group.objects.get_or_create(name="Editors")[0].permissions.add(
        Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
    )


def fr(message):
    """``message`` as the French site says it (and it is translated)."""
    with translation.override("fr"):
        translated = gettext(message)
    assert translated != message, f"not translated into French: {message}"
    return translated


def sign_in(page, live_server, language, username, password, next_url=None):
    """Through the site's log-in form, in ``language``."""
    with translation.override(language):
        login_label, password_label, button = (
            gettext(text) for text in ("E-mail address or username", "Password", "Sign in")
        )
    address = f"{live_server.url}/{language}/accounts/login/"
    if next_url:
        address += "?next=" + quote(next_url.removeprefix(live_server.url))
    page.goto(address)
    page.get_by_label(login_label).fill(username)
    page.get_by_label(password_label, exact=False).first.fill(password)
    page.get_by_role("main").get_by_role("button", name=button, exact=True).click()
    page.wait_for_load_state()


def member_now(user):
    """The rule's answer today (``is_member`` caches it on the user object)."""
    return is_member(get_user_model().objects.get(pk=user.pk))


def wait_for_mail(matches, timeout=5.0):
    """The messages of ``mail.outbox`` that ``matches``, once there are any."""
    deadline = time.monotonic() + timeout
    while True:
        found = [message for message in mail.outbox if matches(message)]
        if found or time.monotonic() > deadline:
            return found
        time.sleep(0.05)


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
        page.screenshot(path=SCREENSHOTS / f"{name}-{label}.png")
    page.set_viewport_size(size)
