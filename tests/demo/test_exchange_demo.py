"""The members' side of the demo network (home/demo/exchange.py): the
exchange's entry page in every language and in the menu, demo threads
between the demo members in several languages and sensitivities, a PDF
attachment, a pending application waiting for a second editor, and a
membership that ends soon."""

import datetime
import re

import pytest
from django.contrib.auth import get_user_model
from django.utils import timezone
from django.utils.html import escape

from exchange import access
from exchange.models import Attachment, ExchangePage, Post, Sensitivity, Thread
from network.access import is_member, member_organisation_ids
from network.models import Affiliation, Application, Membership

pytestmark = pytest.mark.django_db

LANGUAGES = ["en", "fr", "de", "it", "es"]
#: How each language's opening post says that it is a demo.
DEMO_WORD = re.compile(r"d[eé]mo|dimostra", re.IGNORECASE)


def user(username):
    return get_user_model().objects.get(username=username)


def menu_of(html):
    return html.split('class="main-menu"', 1)[1].split("</nav>", 1)[0]


def demo_threads():
    return Thread.objects.filter(is_demo=True).order_by("created_at")


def test_the_exchange_page_is_in_the_menu_of_every_language(client):
    source = ExchangePage.objects.get(locale__language_code="en")
    titles = set()
    for language in LANGUAGES:
        page = ExchangePage.objects.get(
            translation_key=source.translation_key, locale__language_code=language
        )
        assert page.live and page.show_in_menus and page.alias_of_id is None, language
        assert not page.members_only and not page.access.members_only, language
        assert page.introduction and page.join_text, language
        titles.add(page.title)
        response = client.get(f"/{language}/")
        assert response.status_code == 200
        menu = menu_of(response.content.decode())
        assert f'<a href="{page.url}">{escape(page.title)}</a>' in menu, language
    # Translated, not the English title five times.
    assert len(titles) == 5
    assert source.title == "Members' exchange"


def test_the_exchange_page_is_in_the_menu_for_members_too(member_client):
    page = ExchangePage.objects.get(locale__language_code="fr")
    menu = menu_of(member_client.get("/fr/").content.decode())
    assert f'href="{page.url}"' in menu


def test_threads_are_in_several_languages_with_one_of_each_sensitivity():
    threads = list(demo_threads())
    assert 6 <= len(threads) <= 10
    assert len({thread.language for thread in threads}) >= 3
    assert {thread.sensitivity for thread in threads} == set(Sensitivity.values)
    assert len({thread.author_id for thread in threads}) >= 3


def test_every_demo_thread_and_post_is_marked_demo_and_says_so():
    threads = demo_threads()
    assert threads.exists()
    assert not Post.objects.filter(thread__in=threads, is_demo=False).exists()
    for thread in threads:
        assert DEMO_WORD.search(thread.opening_post.body), thread.title


def test_threads_have_replies_links_and_counters_that_agree():
    now = timezone.now()
    for thread in demo_threads():
        posts = list(thread.posts.order_by("created_at"))
        assert 2 <= len(posts) <= 6, thread.title
        assert posts[0].is_opening and not any(post.is_opening for post in posts[1:])
        assert thread.post_count == len(posts)
        assert thread.last_post_at == posts[-1].created_at
        assert thread.created_at == posts[0].created_at
        assert all(post.created_at < now for post in posts)
        assert thread.topics.exists(), thread.title
        assert thread.organisation is not None
        # Bodies are stored as the exchange stores them: paragraphs, no script.
        assert all(post.body.startswith("<p>") for post in posts)
    threads = demo_threads()
    assert threads.first().created_at < now - datetime.timedelta(days=14)
    assert threads.last().last_post_at > now - datetime.timedelta(days=3)
    assert threads.filter(practices__isnull=False).distinct().count() >= 5
    assert threads.filter(sessions__isnull=False).distinct().count() >= 4


def test_the_restricted_thread_is_for_the_organisations_of_member_and_member2_only():
    thread = demo_threads().get(sensitivity=Sensitivity.RESTRICTED)
    named = set(thread.restricted_to.values_list("pk", flat=True))
    member, member2, member3 = user("member"), user("member2"), user("member3")
    assert named == set(member_organisation_ids(member)) | set(member_organisation_ids(member2))
    assert access.can_read(member, thread)
    assert access.can_read(member2, thread)
    # member3 is a member, of an organisation the thread does not name.
    assert is_member(member3)
    assert not access.can_read(member3, thread)
    assert access.can_read(member3, demo_threads().exclude(pk=thread.pk).first())


def test_the_demo_members_belong_to_three_organisations_in_their_languages():
    people = [user(name) for name in ("member", "member2", "member3")]
    organisations = [member_organisation_ids(person) for person in people]
    assert all(len(ids) == 1 for ids in organisations)
    assert len(set().union(*organisations)) == 3
    assert {person.preferred_language for person in people} >= {"fr", "de"}
    for person in people:
        assert person.get_full_name() and person.job_title and person.languages_spoken
        assert Affiliation.objects.get(user=person).is_contact
    assert not is_member(user("eastbridge"))
    assert not is_member(user("applicant"))


def test_one_thread_has_a_pdf_attached():
    attachment = Attachment.objects.get(post__thread__is_demo=True)
    assert attachment.content_type == "application/pdf"
    assert attachment.name.endswith(".pdf")
    with attachment.file.open("rb") as file:
        content = file.read()
    assert content.startswith(b"%PDF-")
    assert content.rstrip().endswith(b"%%EOF")
    assert len(content) == attachment.size
    assert b"/Type /Page " in content


def test_the_pending_application_waits_for_a_second_editor():
    application = Application.objects.get(status=Application.Status.SUBMITTED)
    assert application.language == "fr"
    assert application.accepts_contribution
    done = [getattr(application, name) for name in Application.CHECKLIST]
    assert done.count(True) == len(done) // 2
    assert [approval.approver.username for approval in application.approvals.all()] == ["editor"]
    editor2 = user("editor2")
    assert editor2.is_staff and editor2.groups.filter(name="Editors").exists()
    assert application.applicant.preferred_language == "fr"


def test_a_membership_ends_within_sixty_days_and_its_contact_is_a_demo_member():
    today = timezone.localdate()
    ending = Membership.objects.active().filter(
        ends_on__gte=today, ends_on__lte=today + datetime.timedelta(days=60)
    )
    assert ending.count() == 1
    membership = ending.get()
    assert (membership.ends_on - today).days > 14
    contact = Affiliation.objects.confirmed().get(
        organisation=membership.organisation, is_contact=True
    )
    assert contact.user.username == "member3"


def test_editors_moderate_the_exchange():
    assert access.can_moderate(user("editor"))
    assert access.can_moderate(user("editor2"))
    assert not access.can_moderate(user("member"))


def test_the_new_demo_clients_are_signed_in(member2_client, member3_client, editor2_client):
    for client, username in (
        (member2_client, "member2"),
        (member3_client, "member3"),
        (editor2_client, "editor2"),
    ):
        response = client.get("/en/")
        assert response.status_code == 200
        assert response.wsgi_request.user.username == username
