"""The XSS corpus (``tests/xss_payloads.py``) through every field a member
writes, over HTTP: a thread's title and text, a reply, an edit, the API's
thread and reply, an attachment's file name, the profile (name, role, an
organisation not listed) and the associate-partner application.

What is stored must be harmless (a post's HTML holds only the allowed
subset; no NUL byte anywhere) and every page that shows it (the thread, the
list, the directory, the profile, the application's review page in the
admin) and every e-mail's HTML must hold no executable markup: no
``<script>`` but the site's own files under ``/static/``, no ``on*``
attribute, no ``href``/``src``/``action``… with a ``javascript:``,
``data:`` or ``vbscript:`` address, no ``<iframe>``, ``<object>``,
``<embed>``, ``<style>``, ``<base>`` or refreshing ``<meta>``. A value a
form refuses comes back, inert, in the form.

Also: CSRF is enforced on every member form (``enforce_csrf_checks``); an
oversize or wrong-type upload is refused with a message and the rest of the
form kept; a post that fails validation keeps the typed text.
"""

import json
import re
from collections import Counter
from html.parser import HTMLParser

import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse

from exchange import posting
from exchange.models import (
    Attachment,
    ExchangePage,
    Post,
    Report,
    Sensitivity,
    Subscription,
    Thread,
)
from network.factories import AffiliationFactory, MembershipFactory, UserFactory
from network.models import Application, Organisation
from practices.models import Topic
from tests.xss_payloads import PAYLOADS

pytestmark = pytest.mark.django_db

PDF = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
)

# ---------------------------------------------------------------- the inspector

#: Attributes holding an address a browser loads or follows.
URL_ATTRIBUTES = {
    "href",
    "src",
    "action",
    "formaction",
    "xlink:href",
    "data",
    "poster",
    "background",
    "cite",
    "ping",
    "lowsrc",
    "dynsrc",
    "codebase",
    "to",
    "from",
    "values",
}
BAD_SCHEMES = ("javascript:", "data:", "vbscript:")
FORBIDDEN_TAGS = {
    "iframe",
    "frame",
    "frameset",
    "object",
    "embed",
    "applet",
    "style",
    "base",
    "animate",
    "set",
    "foreignobject",
    "handler",
    "listener",
}
#: <script> elements that hold data, never run.
DATA_SCRIPTS = {"application/json", "application/ld+json"}
IGNORED = re.compile(r"[\x00-\x20\x7f-\x9f]")
#: The site's own scripts and styles: its static files (the editors' userbar
#: names the host) and the admin's translation catalogue.
OWN_STATIC = re.compile(r"^(?:(?:https?:)?//testserver)?/(?:static/|admin/jsi18n/)")


def scheme_is_bad(value):
    address = IGNORED.sub("", value or "").lower()
    return address.startswith(BAD_SCHEMES)


class Inspector(HTMLParser):
    """The executable markup of a page, as a list of findings."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.findings = []
        self.text = []
        self._script = None

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        for name, value in attrs:
            if name.startswith("on"):
                self.findings.append(f"<{tag}> has an event handler {name}={value!r}")
            if name in URL_ATTRIBUTES and scheme_is_bad(value):
                self.findings.append(f"<{tag} {name}={value!r}>")
            if name == "srcset" and any(
                scheme_is_bad(part.strip()) for part in (value or "").split(",")
            ):
                self.findings.append(f"<{tag} srcset={value!r}>")
            if name == "style" and re.search(
                r"expression\(|url\(|javascript:", IGNORED.sub("", value or ""), re.IGNORECASE
            ):
                self.findings.append(f"<{tag} style={value!r}>")
        if tag in FORBIDDEN_TAGS:
            self.findings.append(f"<{tag}> element")
        if tag == "meta" and (attributes.get("http-equiv") or "").lower() == "refresh":
            self.findings.append("<meta http-equiv=refresh>")
        if (
            tag == "link"
            and re.search(
                r"stylesheet|import|preload|modulepreload", attributes.get("rel") or "", re.I
            )
            and not OWN_STATIC.match(attributes.get("href") or "")
        ):
            self.findings.append(f"<link> loads {attributes.get('href')!r}")
        if tag == "script":
            src = attributes.get("src")
            kind = (attributes.get("type") or "").lower()
            if src is not None:
                if not OWN_STATIC.match(src):
                    self.findings.append(f"<script src={src!r}>")
            elif kind not in DATA_SCRIPTS:
                self.findings.append("an inline <script>")
            self._script = kind

    handle_startendtag = handle_starttag

    def handle_data(self, data):
        self.text.append(data)


def findings(markup):
    inspector = Inspector()
    inspector.feed(markup)
    inspector.close()
    return inspector.findings


def text_of(markup):
    inspector = Inspector()
    inspector.feed(markup)
    inspector.close()
    return " ".join("".join(inspector.text).split())


class Checks:
    """Collects failures (all of them, not only the first) and counts."""

    def __init__(self):
        self.failures = []
        self.counts = Counter()

    def check(self, condition, message):
        self.counts["assertions"] += 1
        if not condition:
            self.failures.append(message)

    def page(self, response, where, statuses=(200,)):
        """A page answered as expected and holds no executable markup."""
        self.counts["pages"] += 1
        self.check(
            response.status_code in statuses,
            f"{where}: status {response.status_code}, expected one of {statuses}",
        )
        markup = content(response)
        for finding in findings(markup):
            self.check(False, f"{where}: {finding}")
        return markup

    def fragment(self, markup, where):
        for finding in findings(markup or ""):
            self.check(False, f"{where}: {finding}")

    def stored(self, value, where):
        self.check("\x00" not in (value or ""), f"{where}: a NUL byte is stored")

    def emails(self, where):
        for message in mail.outbox:
            self.counts["e-mails"] += 1
            self.stored(message.subject, f"{where}: e-mail subject")
            self.check("\n" not in message.subject, f"{where}: a line break in a subject")
            for alternative in getattr(message, "alternatives", []):
                if "html" in alternative.mimetype:
                    self.fragment(alternative.content, f"{where}: e-mail {message.subject!r}")

    def done(self, capsys, what):
        with capsys.disabled():
            print(
                f"\nXSS corpus: {len(PAYLOADS)} payloads through {what}: "
                f"{self.counts['pages']} pages, {self.counts['e-mails']} e-mails, "
                f"{self.counts['assertions']} assertions, {len(self.failures)} failed"
            )
        assert not self.failures, "\n".join(self.failures[:60])


def content(response):
    if response.streaming:
        return b"".join(response.streaming_content).decode(errors="replace")
    return response.content.decode(errors="replace")


def short(payload):
    return repr(payload[:60])


# ---------------------------------------------------------------- the people


@pytest.fixture
def setting_up(settings):
    settings.EXCHANGE_POST_LIMIT = (100000, 600)
    mail.outbox = []


@pytest.fixture
def page(db):
    return ExchangePage.objects.live().get(locale__language_code="en", alias_of__isnull=True)


@pytest.fixture
def topic(db):
    return Topic.objects.filter(locale__language_code="en").order_by("pk").first()


@pytest.fixture
def writer(db, topic):
    """The member who types the corpus; a colleague watches the topic (and
    so gets the e-mails of every post)."""
    affiliation = MembershipFactory(user__first_name="Wanda", user__last_name="Writer")
    watcher = AffiliationFactory(organisation=affiliation.organisation).user
    watcher.email_frequency = "each"
    watcher.save()
    Subscription.objects.create(user=watcher, topic=topic, level=Subscription.Level.WATCHING)
    return affiliation.user


@pytest.fixture
def editor(db):
    from django.contrib.auth.models import Group

    user = UserFactory(is_staff=True, first_name="Edda")
    user.groups.add(Group.objects.get(name="Editors"))
    return user


def signed_in(user, **kwargs):
    client = Client(**kwargs)
    client.force_login(user)
    return client


def thread_data(title, body, topic):
    return {
        "title": title,
        "body": body,
        "language": "en",
        "sensitivity": Sensitivity.PUBLIC_SAFE,
        "topics": [topic.pk],
    }


# ---------------------------------------------------------------- threads, replies, edits


def test_threads_replies_and_edits_store_and_show_the_corpus_inert(
    setting_up, page, topic, writer, django_capture_on_commit_callbacks, capsys
):
    checks = Checks()
    client = signed_in(writer)
    threads = []
    with django_capture_on_commit_callbacks(execute=True):
        for number, payload in enumerate(PAYLOADS):
            where = f"payload {number} {short(payload)}"
            before = Thread.objects.count()
            response = client.post(
                page.route_url("new-thread"), thread_data(payload, payload, topic)
            )
            if response.status_code != 302:
                checks.page(response, f"{where}: refused thread form", statuses=(400,))
                # The text alone, under a plain title.
                response = client.post(
                    page.route_url("new-thread"), thread_data(f"Corpus {number}", payload, topic)
                )
            if response.status_code != 302:
                checks.page(response, f"{where}: refused thread text", statuses=(400,))
                checks.check(Thread.objects.count() == before, f"{where}: a refused thread stored")
                response = client.post(
                    page.route_url("new-thread"),
                    thread_data(f"Corpus {number}", f"Corpus {number}", topic),
                )
            checks.check(response.status_code == 302, f"{where}: no thread could be opened")
            thread = Thread.objects.filter(author=writer).order_by("-pk").first()
            threads.append(thread)
            url = page.route_url("thread", thread.pk)
            response = client.post(url, {"body": payload})
            if response.status_code != 302:
                checks.page(response, f"{where}: refused reply", statuses=(400,))
            opening = thread.posts.get(is_opening=True)
            response = client.post(
                page.route_url("edit-post", opening.pk), {"title": payload, "body": payload}
            )
            if response.status_code != 302:
                checks.page(response, f"{where}: refused edit", statuses=(400,))
            thread.refresh_from_db()
            checks.stored(thread.title, f"{where}: title")
            for post in thread.posts.all():
                checks.stored(post.body, f"{where}: post")
                checks.fragment(post.body, f"{where}: stored post")
            markup = checks.page(client.get(url), f"{where}: thread page")
            checks.check(
                " ".join(thread.title.split()) in text_of(markup),
                f"{where}: the thread page does not show the title (control)",
            )
            detail = client.get(f"/api/exchange/threads/{thread.pk}/")
            checks.check(detail.status_code == 200, f"{where}: API {detail.status_code}")
            for post in detail.json().get("posts", []):
                checks.fragment(post["body"], f"{where}: API post body")
    number = 1
    while True:
        response = client.get(f"{page.url}?page={number}")
        if response.status_code == 404:
            break
        checks.page(response, f"thread list, page {number}")
        number += 1
    checks.check(number > 3, "the list has fewer pages than the corpus needs (control)")
    checks.page(client.get(page.route_url("search") + "?q=alert"), "exchange search")
    checks.page(client.get("/en/search/?q=alert&languages=all"), "site search")
    checks.check(len(mail.outbox) >= len(PAYLOADS), "the watcher got too few e-mails (control)")
    checks.emails("post e-mails")
    checks.done(capsys, "thread titles, texts, replies and edits")


def test_the_api_stores_and_shows_the_corpus_inert(setting_up, page, writer, capsys):
    checks = Checks()
    client = signed_in(writer)
    thread = posting.create_thread(
        writer,
        title="API replies",
        body="Replies of the corpus.",
        language="en",
        sensitivity=Sensitivity.MEMBERS,
    )
    for number, payload in enumerate(PAYLOADS):
        where = f"payload {number} {short(payload)}"
        response = client.post(
            "/api/exchange/threads/",
            json.dumps(
                {"title": payload, "body": payload, "language": "en", "sensitivity": "members"}
            ),
            content_type="application/json",
        )
        checks.check(response.status_code in (201, 400), f"{where}: create {response.status_code}")
        if response.status_code == 201:
            created = Thread.objects.get(pk=response.json()["id"])
            checks.stored(created.title, f"{where}: API title")
            checks.fragment(response.json()["posts"][0]["body"], f"{where}: API answer")
            checks.page(client.get(page.route_url("thread", created.pk)), f"{where}: thread page")
        response = client.post(
            f"/api/exchange/threads/{thread.pk}/posts/",
            json.dumps({"body": payload}),
            content_type="application/json",
        )
        checks.check(response.status_code in (201, 400), f"{where}: reply {response.status_code}")
        if response.status_code == 201:
            checks.fragment(response.json()["body"], f"{where}: API reply answer")
            post = Post.objects.get(pk=response.json()["id"])
            checks.stored(post.body, f"{where}: API reply")
            checks.fragment(post.body, f"{where}: stored API reply")
    checks.page(client.get(page.route_url("thread", thread.pk)), "thread of the API's replies")
    checks.page(client.get(page.url), "thread list")
    checks.done(capsys, "the API's threads and replies")


def test_attachment_names_are_stored_clean_and_shown_inert(setting_up, page, writer, capsys):
    checks = Checks()
    client = signed_in(writer)
    thread = posting.create_thread(
        writer,
        title="Files",
        body="Files of the corpus.",
        language="en",
        sensitivity=Sensitivity.MEMBERS,
    )
    url = page.route_url("thread", thread.pk)
    for number, payload in enumerate(PAYLOADS):
        where = f"payload {number} {short(payload)}"
        name = f"{payload[:150]}.pdf"
        response = client.post(
            url,
            {
                "body": f"File {number}",
                "files": [SimpleUploadedFile(name, PDF, content_type="application/pdf")],
            },
        )
        if response.status_code != 302:
            checks.page(response, f"{where}: refused file", statuses=(400,))
            continue
        attachment = Attachment.objects.filter(post__thread=thread).order_by("-pk").first()
        checks.check(attachment.name.endswith(".pdf"), f"{where}: stored as {attachment.name!r}")
        checks.check(
            not re.search(r'[\x00-\x1f\x7f<>"/\\]', attachment.name),
            f"{where}: the stored name {attachment.name!r} keeps markup or control characters",
        )
        download = client.get(reverse("exchange-attachment", args=[attachment.pk]))
        disposition = download["Content-Disposition"]
        checks.check(download.status_code == 200, f"{where}: download {download.status_code}")
        checks.check(disposition.startswith("attachment;"), f"{where}: shown inline")
        checks.check(not re.search(r"[\r\n]", disposition), f"{where}: a line break in a header")
        content(download)
    markup = checks.page(client.get(url), "thread with every file")
    checks.check(markup.count("/exchange/attachments/") >= len(PAYLOADS) // 2, "files not listed")
    checks.page(client.get(f"/api/exchange/threads/{thread.pk}/"), "API thread with every file")
    checks.done(capsys, "attachments' file names")


# ---------------------------------------------------------------- profile and application


def profile_data(payload):
    return {
        "first_name": payload,
        "last_name": payload,
        "job_title": payload,
        "organisation": "",
        "requested_organisation": payload,
        "preferred_language": "en",
        "email_frequency": "each",
    }


def test_profile_fields_are_shown_inert_everywhere(
    setting_up, page, topic, writer, editor, django_capture_on_commit_callbacks, capsys
):
    checks = Checks()
    client = signed_in(writer)
    reader = signed_in(editor)
    thread = posting.create_thread(
        writer,
        title="By the writer",
        body="Their thread.",
        language="en",
        sensitivity=Sensitivity.PUBLIC_SAFE,
        topics=[topic],
    )
    organisation = writer.affiliations.get().organisation
    with django_capture_on_commit_callbacks(execute=True):
        for number, payload in enumerate(PAYLOADS):
            where = f"payload {number} {short(payload)}"
            response = client.post(reverse("account-profile"), profile_data(payload))
            if response.status_code != 302:
                checks.page(response, f"{where}: refused profile", statuses=(400, 200))
                response = client.post(
                    reverse("account-profile"),
                    profile_data(payload[:100].replace("\x00", "") or "Nul"),
                )
            checks.check(response.status_code == 302, f"{where}: profile {response.status_code}")
            writer.refresh_from_db()
            for name in ("first_name", "last_name", "job_title", "requested_organisation"):
                checks.stored(getattr(writer, name), f"{where}: {name}")
            checks.page(client.get(reverse("account-profile")), f"{where}: profile")
            checks.page(
                reader.get(f"/en/members/directory/{organisation.slug}/"),
                f"{where}: directory",
            )
            response = client.post(page.route_url("thread", thread.pk), {"body": f"Reply {number}"})
            checks.check(response.status_code == 302, f"{where}: reply {response.status_code}")
            checks.page(reader.get(page.route_url("thread", thread.pk)), f"{where}: thread page")
    checks.page(reader.get(f"/en/members/directory/?q={organisation.name}"), "directory list")
    checks.page(reader.get(page.url), "thread list")
    checks.emails("profile e-mails")
    checks.done(capsys, "profile fields (name, role, organisation not listed)")


def application_data(payload, number, website=None):
    return {
        "organisation": "",
        "organisation_name": payload,
        "kind": Organisation.Kind.CITY,
        "country": "FR",
        "city": payload,
        "website": payload if website is None else website,
        "contact_name": payload,
        "contact_email": f"applicant{number}@example.org",
        "contact_role": payload,
        "motivation": payload,
        "accepts_contribution": "on",
    }


def test_application_fields_are_shown_inert_to_the_editors(
    setting_up, editor, django_capture_on_commit_callbacks, capsys
):
    checks = Checks()
    reader = signed_in(editor)
    with django_capture_on_commit_callbacks(execute=True):
        for number, payload in enumerate(PAYLOADS):
            where = f"payload {number} {short(payload)}"
            applicant = Client(REMOTE_ADDR=f"10.1.{number // 200}.{number % 200 + 1}")
            url = reverse("associate-application")
            before = Application.objects.count()
            response = applicant.post(url, application_data(payload, number))
            if response.status_code != 302:
                checks.page(response, f"{where}: refused application", statuses=(200, 400))
                response = applicant.post(
                    url, application_data(payload, number, website="https://example.org/")
                )
            if response.status_code != 302:
                checks.page(response, f"{where}: refused application", statuses=(200, 400))
                response = applicant.post(
                    url,
                    application_data(
                        payload[:100].replace("\x00", "") or "Nul",
                        number,
                        website="https://example.org/",
                    ),
                )
            checks.check(response.status_code == 302, f"{where}: apply {response.status_code}")
            if Application.objects.count() == before:
                continue
            application = Application.objects.order_by("-pk").first()
            for name in ("organisation_name", "city", "contact_name", "contact_role", "motivation"):
                checks.stored(getattr(application, name), f"{where}: {name}")
            checks.check(
                not scheme_is_bad(application.website), f"{where}: website {application.website!r}"
            )
            checks.page(
                reader.get(reverse("network_applications:edit", args=[application.pk])),
                f"{where}: review page",
            )
    checks.page(reader.get(reverse("network_applications:index")), "applications list")
    checks.emails("application e-mails")
    checks.done(capsys, "the associate-partner application")


# ---------------------------------------------------------------- CSRF


def test_every_member_form_needs_the_csrf_token(setting_up, page, topic, writer, editor):
    thread = posting.create_thread(
        writer,
        title="Guarded",
        body="Guarded text.",
        language="en",
        sensitivity=Sensitivity.MEMBERS,
        topics=[topic],
    )
    other = MembershipFactory().user
    theirs = posting.reply(other, thread, body="Another member's reply.")
    own = thread.posts.get(is_opening=True)
    member = signed_in(writer, enforce_csrf_checks=True)
    moderator = signed_in(editor, enforce_csrf_checks=True)
    json_body = {"content_type": "application/json"}
    forms = [
        (member, page.route_url("new-thread"), thread_data("T", "B", topic), {}),
        (member, page.route_url("thread", thread.pk), {"body": "A reply"}, {}),
        (member, page.route_url("edit-post", own.pk), {"title": "T", "body": "B"}, {}),
        (member, page.route_url("delete-post", own.pk), {}, {}),
        (member, reverse("exchange-post-report", args=[theirs.pk]), {"reason": "R"}, {}),
        (member, reverse("exchange-subscriptions"), {"email_frequency": "off"}, {}),
        (member, reverse("exchange-thread-subscription", args=[thread.pk]), {"level": "muted"}, {}),
        (member, reverse("exchange-topic-subscription", args=[topic.pk]), {"level": "muted"}, {}),
        (member, reverse("account-profile"), profile_data("Changed"), {}),
        (member, reverse("account-delete"), {"password": "a long test password"}, {}),
        (member, reverse("associate-application"), application_data("Org", 1, "https://e.org"), {}),
        (member, reverse("api-tokens"), {"name": "A token"}, {}),
        (member, "/en/accounts/password/change/", {"oldpassword": "x", "password1": "y"}, {}),
        (member, "/en/accounts/email/", {"email": "new@example.org", "action_add": ""}, {}),
        (moderator, reverse("exchange-post-hide", args=[theirs.pk]), {}, {}),
        (moderator, reverse("exchange-post-restore", args=[theirs.pk]), {}, {}),
        (moderator, reverse("exchange_moderation_post", args=[theirs.pk, "hide"]), {}, {}),
    ]
    api = [
        (
            member,
            "post",
            "/api/exchange/threads/",
            {"title": "T", "body": "B", "language": "en", "sensitivity": "members"},
        ),
        (member, "post", f"/api/exchange/threads/{thread.pk}/posts/", {"body": "B"}),
        (member, "post", f"/api/exchange/posts/{theirs.pk}/report/", {"reason": "R"}),
        (member, "patch", "/api/me/", {"first_name": "Changed"}),
        (member, "put", "/api/me/notifications/", {"email_frequency": "off"}),
    ]

    def state():
        writer.refresh_from_db()
        return (
            Thread.objects.count(),
            Post.objects.count(),
            Post.objects.filter(deleted_at__isnull=False).count(),
            Post.objects.filter(hidden_at__isnull=False).count(),
            Post.objects.get(pk=own.pk).body,
            Report.objects.count(),
            sorted(Subscription.objects.values_list("pk", "level")),
            Application.objects.count(),
            writer.first_name,
            writer.email_frequency,
            writer.is_active,
        )

    failures = []
    before = state()
    for client, url, data, _extra in forms:
        response = client.post(url, data)
        if response.status_code != 403:
            failures.append(f"POST {url} without a token: {response.status_code}")
    for client, method, url, data in api:
        response = getattr(client, method)(url, json.dumps(data), **json_body)
        if response.status_code != 403:
            failures.append(f"{method.upper()} {url} without a token: {response.status_code}")
    if state() != before:
        failures.append("a request without a token changed something")
    # Control: with the token, the same client gets through.
    reply = member.get(page.route_url("thread", thread.pk))
    token = (
        reply.cookies["csrftoken"].value
        if "csrftoken" in reply.cookies
        else (member.cookies["csrftoken"].value)
    )
    response = member.post(
        page.route_url("thread", thread.pk),
        {"body": "With the token", "csrfmiddlewaretoken": token},
    )
    if response.status_code != 302:
        failures.append(f"with the token the reply is refused: {response.status_code}")
    response = member.post(
        f"/api/exchange/threads/{thread.pk}/posts/",
        json.dumps({"body": "With the token"}),
        HTTP_X_CSRFTOKEN=token,
        **json_body,
    )
    if response.status_code != 201:
        failures.append(f"with the token the API reply is refused: {response.status_code}")
    assert not failures, "\n".join(failures)


# ---------------------------------------------------------------- uploads and failed posts


def big_pdf(megabytes):
    return PDF + b"%" + b"0" * int(megabytes * 1024 * 1024) + b"\n%%EOF\n"


def textarea(markup, name):
    match = re.search(rf'<textarea[^>]*name="{name}"[^>]*>(.*?)</textarea>', markup, re.S)
    return match.group(1).strip() if match else None


def input_value(markup, name):
    match = re.search(rf'<input[^>]*name="{name}"[^>]*value="([^"]*)"', markup)
    return match.group(1) if match else None


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("too-large.pdf", big_pdf(1.2), "too large"),
        ("program.pdf", b"MZ\x90\x00" + b"\x00" * 200, "cannot be attached"),
        ("page.pdf", b"<html><script>alert(1)</script></html>", "cannot be attached"),
        ("photo.png", PDF, "does not match"),
    ],
)
def test_a_refused_upload_says_why_and_keeps_the_form(
    setting_up, settings, page, topic, writer, name, data, message
):
    settings.EXCHANGE_MAX_UPLOAD_MB = 1
    client = signed_in(writer)
    thread = posting.create_thread(
        writer, title="Uploads", body="Uploads.", language="en", sensitivity=Sensitivity.MEMBERS
    )
    before = (Thread.objects.count(), Post.objects.count(), Attachment.objects.count())

    response = client.post(
        page.route_url("new-thread"),
        {
            **thread_data("My kept title", "My kept text, line one.", topic),
            "files": [SimpleUploadedFile(name, data, content_type="application/pdf")],
        },
    )
    markup = content(response)
    assert response.status_code == 400
    assert message in markup and name in markup
    assert input_value(markup, "title") == "My kept title"
    assert textarea(markup, "body") == "My kept text, line one."
    assert 'aria-invalid="true"' in markup

    response = client.post(
        page.route_url("thread", thread.pk),
        {
            "body": "My kept reply.",
            "files": [SimpleUploadedFile(name, data, content_type="application/pdf")],
        },
    )
    markup = content(response)
    assert response.status_code == 400
    assert message in markup
    assert textarea(markup, "body") == "My kept reply."
    assert (Thread.objects.count(), Post.objects.count(), Attachment.objects.count()) == before


def test_a_post_that_fails_validation_keeps_the_typed_text(setting_up, page, topic, writer):
    client = signed_in(writer)
    thread = posting.create_thread(
        writer, title="Kept", body="Kept.", language="en", sensitivity=Sensitivity.MEMBERS
    )
    before = (Thread.objects.count(), Post.objects.count())
    typed = "Half of my question, <b>typed</b> & waiting"

    # A thread without a title.
    response = client.post(page.route_url("new-thread"), thread_data("", typed, topic))
    assert response.status_code == 400
    markup = content(response)
    assert textarea(markup, "body") == "Half of my question, &lt;b&gt;typed&lt;/b&gt; &amp; waiting"
    assert 'id="id_title_error"' in markup or "required" in markup.lower()

    # A restricted thread that names nobody.
    response = client.post(
        page.route_url("new-thread"),
        {**thread_data("A restricted one", typed, topic), "sensitivity": Sensitivity.RESTRICTED},
    )
    assert response.status_code == 400
    markup = content(response)
    assert input_value(markup, "title") == "A restricted one"
    assert textarea(markup, "body").startswith("Half of my question")
    assert "Name at least one organisation" in markup

    # A reply that is only markup the sanitiser removes.
    response = client.post(
        page.route_url("thread", thread.pk), {"body": "<script>my typed reply</script>"}
    )
    assert response.status_code == 400
    markup = content(response)
    assert textarea(markup, "body") == "&lt;script&gt;my typed reply&lt;/script&gt;"
    assert "Write a text." in markup
    assert not findings(markup)

    # An edit that empties the text.
    opening = thread.posts.get(is_opening=True)
    response = client.post(
        page.route_url("edit-post", opening.pk), {"title": "A new title I typed", "body": " "}
    )
    assert response.status_code == 400
    assert input_value(content(response), "title") == "A new title I typed"
    assert (Thread.objects.count(), Post.objects.count()) == before
    assert Thread.objects.get(pk=thread.pk).title == "Kept"


@pytest.mark.parametrize(
    "markup",
    [
        "<script>alert(1)</script>",
        '<script src="https://evil.example/x.js"></script>',
        "<img src=x onerror=alert(1)>",
        '<a href=" jav&#x09;ascript:alert(1)">x</a>',
        '<a href="DATA:text/html,x">x</a>',
        '<a href="VBScript:msgbox(1)">x</a>',
        '<svg><a xlink:href="javascript:alert(1)">x</a></svg>',
        "<iframe src=https://evil.example/></iframe>",
        "<object data=x></object>",
        "<embed src=x>",
        "<style>body{}</style>",
        '<meta http-equiv="refresh" content="0;url=https://evil.example/">',
        '<link rel="stylesheet" href="https://evil.example/x.css">',
        "<base href=https://evil.example/>",
        '<div style="background:url(javascript:alert(1))">',
    ],
)
def test_the_inspector_finds_executable_markup(markup):
    """A control: the inspector the corpus relies on sees each kind of
    executable markup, and lets the site's own files and links pass."""
    assert findings(f"<p>Text</p>{markup}")
    assert not findings(
        '<script src="/static/js/site.js"></script><link rel="stylesheet" href="/static/x.css">'
        '<a href="https://example.org/" rel="nofollow">x</a><a href="mailto:a@example.org">m</a>'
        '<script type="application/json">{"a": "<b>"}</script>'
    )
