"""The exchange's pages over HTTP: members read and write; everybody else
gets the prompt and never a thread's title, a count or a post."""

import datetime

import pytest
from django.contrib.auth import get_user_model
from django.test import Client
from django.urls import reverse
from django.utils import timezone, translation

from exchange import posting
from exchange.forms import ThreadForm
from exchange.models import Post, Sensitivity, Thread
from network.factories import AffiliationFactory, MembershipFactory
from tests.exchange.conftest import PDF, signed_in, start_thread, thread_url, upload

pytestmark = pytest.mark.django_db

SECRET = "zebracanary"


def new_thread_url(page):
    return page.route_url("new-thread")


def test_a_member_opens_a_thread_with_a_pdf_and_another_replies(
    exchange_page, member, other_member
):
    author = signed_in(member)
    response = author.post(
        new_thread_url(exchange_page),
        {
            "title": "Families after a referral",
            "body": f"How do you work with families?\n\nOur notes: {SECRET}.",
            "language": "en",
            "sensitivity": Sensitivity.MEMBERS,
            "files": [upload("notes.pdf", PDF, "application/pdf")],
        },
    )
    assert response.status_code == 302
    thread = Thread.objects.get(title="Families after a referral")
    assert response["Location"] == thread_url(exchange_page, thread)
    assert thread.organisation_id in {a.organisation_id for a in member.affiliations.all()}
    assert thread.subscriptions.get().user == member
    attachment = thread.posts.get().attachments.get()
    assert (attachment.name, attachment.content_type) == ("notes.pdf", "application/pdf")

    replier = signed_in(other_member)
    response = replier.post(thread_url(exchange_page, thread), {"body": "We meet them in a week."})
    assert response.status_code == 302
    thread.refresh_from_db()
    assert thread.post_count == 2

    page = author.get(thread_url(exchange_page, thread))
    assert page.status_code == 200
    content = page.content.decode()
    assert SECRET in content
    assert "We meet them in a week." in content
    assert reverse("exchange-attachment", args=[attachment.pk]) in content
    assert "Members" in content  # the sensitivity label
    assert "private" in page["Cache-Control"] and "no-store" in page["Cache-Control"]

    download = replier.get(reverse("exchange-attachment", args=[attachment.pk]))
    assert download.status_code == 200
    assert b"".join(download.streaming_content) == PDF
    assert download["Content-Type"] == "application/pdf"
    assert download["Content-Disposition"].startswith('attachment; filename="notes.pdf"')
    assert download["X-Content-Type-Options"] == "nosniff"
    assert "sandbox" in download["Content-Security-Policy"]
    assert "no-store" in download["Cache-Control"]


def test_the_list_shows_threads_newest_activity_first_with_unread_markers(
    exchange_page, member, other_member
):
    older = start_thread(other_member, title="Older thread")
    newer = start_thread(other_member, title="Newer thread")
    client = signed_in(member)
    content = client.get(exchange_page.url).content.decode()
    assert content.index("Newer thread") < content.index("Older thread")
    assert content.count("Unread") >= 2
    client.get(thread_url(exchange_page, newer))
    posting.reply(other_member, older, body="Back on top")
    content = client.get(exchange_page.url).content.decode()
    assert content.index("Older thread") < content.index("Newer thread")
    newer_card = content[content.index("Newer thread") :].split("</li>")[0]
    assert "Unread" not in newer_card


def test_the_list_filters_by_language(exchange_page, member):
    start_thread(member, title="English thread", language="en")
    start_thread(member, title="Fil français", language="fr")
    content = signed_in(member).get(exchange_page.url, {"language": "fr"}).content.decode()
    assert "Fil français" in content and "English thread" not in content
    response = signed_in(member).get(exchange_page.url, {"language": "xx"})
    assert response.status_code == 400


def test_anonymous_readers_get_the_prompt_and_never_the_content(exchange_page, member):
    thread = start_thread(member, title=f"Title {SECRET}", body=f"Body {SECRET}")
    client = Client()
    index = client.get(exchange_page.url)
    assert index.status_code == 200
    content = index.content.decode()
    assert "Where members talk." in content
    assert "Write to the secretariat to join." in content
    assert f"{reverse('login')}?next=" in content
    assert SECRET not in content
    for url in (thread_url(exchange_page, thread), new_thread_url(exchange_page)):
        response = client.get(url)
        assert response.status_code == 200
        assert SECRET not in response.content.decode()
        assert "Sign in to the exchange" in response.content.decode()
    attachment = client.get(reverse("exchange-attachment", args=[1]))
    assert attachment.status_code == 302
    assert attachment["Location"].startswith(reverse("login"))


def test_a_signed_in_non_member_and_an_expired_member_get_403_with_the_prompt(
    exchange_page, member
):
    thread = start_thread(member, title=f"Title {SECRET}", files=[upload("a.pdf", PDF)])
    attachment = thread.posts.get().attachments.get()
    expired = MembershipFactory(ended=True).user
    for person in (get_user_model().objects.get(username="eastbridge"), expired):
        client = signed_in(person)
        for url in (exchange_page.url, thread_url(exchange_page, thread)):
            response = client.get(url)
            assert response.status_code == 403
            assert SECRET not in response.content.decode()
            assert "Where members talk." in response.content.decode()
        refused = client.post(thread_url(exchange_page, thread), {"body": "let me in"})
        assert refused.status_code == 403
        assert client.get(reverse("exchange-attachment", args=[attachment.pk])).status_code == 403
    assert thread.posts.count() == 1


def test_a_restricted_thread_is_404_for_another_organisations_member(
    exchange_page, member, other_member
):
    own_organisation = member.affiliations.get().organisation
    thread = start_thread(
        member,
        title=f"Case {SECRET}",
        sensitivity=Sensitivity.RESTRICTED,
        restricted_to=[own_organisation],
        files=[upload("case.pdf", PDF)],
    )
    attachment = thread.posts.get().attachments.get()
    colleague = AffiliationFactory(organisation=own_organisation).user
    assert signed_in(colleague).get(thread_url(exchange_page, thread)).status_code == 200
    outsider = signed_in(other_member)
    assert outsider.get(thread_url(exchange_page, thread)).status_code == 404
    assert SECRET not in outsider.get(exchange_page.url).content.decode()
    assert outsider.get(reverse("exchange-attachment", args=[attachment.pk])).status_code == 404
    assert outsider.post(thread_url(exchange_page, thread), {"body": "x"}).status_code == 404
    editor = signed_in(get_user_model().objects.get(username="editor"))
    assert editor.get(thread_url(exchange_page, thread)).status_code == 200


def test_a_refused_upload_keeps_the_typed_text_and_says_why(exchange_page, member, settings):
    client = signed_in(member)
    data = {
        "title": "My typed title",
        "body": "My typed text that must not be lost",
        "language": "en",
        "sensitivity": Sensitivity.MEMBERS,
    }
    response = client.post(
        new_thread_url(exchange_page),
        {**data, "files": [upload("report.pdf", b"<html><script>alert(1)</script></html>")]},
    )
    assert response.status_code == 400
    content = response.content.decode()
    assert "My typed text that must not be lost" in content
    assert 'value="My typed title"' in content
    assert "“report.pdf” cannot be attached" in content
    settings.EXCHANGE_MAX_UPLOAD_MB = 1
    response = client.post(
        new_thread_url(exchange_page),
        {**data, "files": [upload("big.pdf", PDF + b"0" * (1024 * 1024 + 1))]},
    )
    assert response.status_code == 400
    assert "too large" in response.content.decode()
    assert "My typed text that must not be lost" in response.content.decode()
    assert not Thread.objects.filter(title="My typed title").exists()


def test_an_empty_reply_keeps_the_form_and_says_why(exchange_page, member):
    thread = start_thread(member)
    response = signed_in(member).post(
        thread_url(exchange_page, thread), {"body": "<script>x</script>"}
    )
    assert response.status_code == 400
    assert "Write a text." in response.content.decode()
    assert thread.posts.count() == 1


def test_the_author_edits_within_the_window_only(exchange_page, member, other_member, settings):
    thread = start_thread(member, title="First title", body="First text")
    opening = thread.posts.get()
    client = signed_in(member)
    edit_url = exchange_page.route_url("edit-post", opening.pk)
    form = client.get(edit_url)
    assert form.status_code == 200
    assert "First text" in form.content.decode()
    response = client.post(edit_url, {"title": "Second title", "body": "Second text"})
    assert response.status_code == 302
    opening.refresh_from_db()
    thread.refresh_from_db()
    assert (thread.title, opening.body) == ("Second title", "<p>Second text</p>")
    assert opening.edited_at is not None

    assert signed_in(other_member).get(edit_url).status_code == 403

    Post.objects.filter(pk=opening.pk).update(
        created_at=timezone.now() - datetime.timedelta(minutes=settings.EXCHANGE_EDIT_MINUTES + 1)
    )
    opening.refresh_from_db()
    assert client.get(edit_url).status_code == 403
    assert client.post(edit_url, {"title": "Third", "body": "Third"}).status_code == 403
    with pytest.raises(posting.PostingError):
        posting.edit(opening, member, body="Third")
    editor = get_user_model().objects.get(username="editor")
    posting.edit(opening, editor, body="Corrected by an editor")
    opening.refresh_from_db()
    assert "Corrected by an editor" in opening.body


def test_deleting_is_soft_and_the_opening_post_takes_the_thread(
    exchange_page, member, other_member
):
    thread = start_thread(member)
    reply = posting.reply(other_member, thread, body=f"A reply {SECRET}")
    client = signed_in(other_member)
    delete_url = exchange_page.route_url("delete-post", reply.pk)
    assert client.get(delete_url).status_code == 200
    assert signed_in(MembershipFactory().user).post(delete_url).status_code == 403
    assert client.post(delete_url).status_code == 302
    reply.refresh_from_db()
    thread.refresh_from_db()
    assert reply.deleted_at is not None and reply.deleted_by == other_member
    assert thread.post_count == 1
    assert SECRET not in signed_in(member).get(thread_url(exchange_page, thread)).content.decode()

    opening = thread.posts.get(is_opening=True)
    response = signed_in(member).post(exchange_page.route_url("delete-post", opening.pk))
    assert response.status_code == 302
    thread.refresh_from_db()
    assert thread.deleted_at is not None
    assert Thread.objects.filter(pk=thread.pk).exists()
    assert signed_in(other_member).get(thread_url(exchange_page, thread)).status_code == 404


def test_posting_is_rate_limited_and_moderators_are_exempt(exchange_page, member, settings):
    settings.EXCHANGE_POST_LIMIT = (3, 600)
    thread = start_thread(member)
    client = signed_in(member)
    for number in range(2):
        assert (
            client.post(thread_url(exchange_page, thread), {"body": f"r{number}"}).status_code
            == 302
        )
    response = client.post(thread_url(exchange_page, thread), {"body": "One too many, kept"})
    assert response.status_code == 429
    assert "One too many, kept" in response.content.decode()
    assert "wait 10 minutes" in response.content.decode()
    assert thread.posts.count() == 3
    # Older posts leave the window.
    Post.objects.filter(author=member).update(
        created_at=timezone.now() - datetime.timedelta(seconds=601)
    )
    assert client.post(thread_url(exchange_page, thread), {"body": "later"}).status_code == 302
    editor = get_user_model().objects.get(username="editor")
    for number in range(5):
        posting.reply(editor, thread, body=f"editor {number}")


def test_a_deleted_account_shows_as_former_member(exchange_page, member, other_member):
    thread = start_thread(member, title="Kept after the author left")
    member.delete()
    content = signed_in(other_member).get(thread_url(exchange_page, thread)).content.decode()
    assert "former member" in content


def test_forms_need_the_csrf_token(exchange_page, member):
    thread = start_thread(member)
    client = signed_in(member, enforce_csrf_checks=True)
    assert client.post(thread_url(exchange_page, thread), {"body": "no token"}).status_code == 403
    assert thread.posts.count() == 1


def test_the_french_exchange_speaks_french(exchange_page, member):
    from wagtail.models import Locale

    french_page = exchange_page.get_translation_or_none(Locale.objects.get(language_code="fr"))
    if french_page is None or french_page.alias_of_id is not None:
        pytest.skip("the demo has no French exchange page")
    thread = start_thread(member)
    client = signed_in(member)
    assert "Lancer une discussion" in client.get(french_page.url).content.decode()
    content = client.get(french_page.route_url("thread", thread.pk)).content.decode()
    assert "Publier ma réponse" in content
    assert "Membres" in content
    anonymous = Client().get(french_page.url).content.decode()
    assert "Se connecter à l'espace d'échange" in anonymous


def test_what_members_write_is_rendered_inert(exchange_page, member):
    payload = '<img src=x onerror="alert(1)"><script>alert(2)</script>'
    thread = start_thread(
        member,
        title=f"Title {payload}",
        body=f"Body {payload} <a href='javascript:alert(3)'>x</a>",
        files=[upload(f"{payload}.pdf", PDF)],
    )
    content = signed_in(member).get(thread_url(exchange_page, thread)).content.decode()
    assert "<script>alert" not in content
    assert "<img src=x" not in content and 'onerror="alert' not in content
    assert "javascript:alert" not in content
    assert "Title &lt;img src=x" in content
    listing = signed_in(member).get(exchange_page.url).content.decode()
    assert "<img src=x" not in listing and "<script>alert" not in listing


def test_a_thread_links_practices_and_sessions_chosen_in_the_form(exchange_page, member):
    """The form offers the practices and sessions the member may see, named
    in the interface's language; the thread page links them."""
    from practices.models import PracticePage
    from programme.models import SessionPage

    practice = PracticePage.objects.live().filter(locale__language_code="en").first()
    session = SessionPage.objects.live().filter(locale__language_code="en").first()
    french = PracticePage.objects.get(
        translation_key=practice.translation_key, locale__language_code="fr"
    )
    with translation.override("fr"):
        choices = dict(ThreadForm(user=member).fields["practices"].choices)
    assert choices[practice.pk] == french.title
    author = signed_in(member)
    form = author.get(new_thread_url(exchange_page)).content.decode()
    assert 'name="practices"' in form and 'name="sessions"' in form
    response = author.post(
        new_thread_url(exchange_page),
        {
            "title": "About a practice",
            "body": "Has anyone tried this?",
            "language": "en",
            "sensitivity": Sensitivity.MEMBERS,
            "practices": [practice.pk],
            "sessions": [session.pk],
        },
    )
    assert response.status_code == 302
    thread = Thread.objects.get(title="About a practice")
    assert list(thread.practices.all()) == [practice]
    assert list(thread.sessions.all()) == [session]
    content = author.get(thread_url(exchange_page, thread)).content.decode()
    assert practice.url in content and session.url in content
