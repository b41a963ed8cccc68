"""Editors hide and restore posts from the thread page and from the
admin's moderation queue."""

import pytest
from django.test import Client
from django.urls import reverse

from exchange import moderation, posting
from exchange.models import Post, Report
from tests.moderation.conftest import reply_of, signed_in, url_of

pytestmark = pytest.mark.django_db

QUEUE = "/admin/exchange/moderation/"


def test_an_editor_hides_a_reply_from_the_page(thread, members, editor_client):
    reply = reply_of(thread, members[1])
    response = editor_client.post(reverse("exchange-post-hide", args=[reply.pk]), follow=True)
    assert response.status_code == 200
    content = response.content.decode()
    assert "The post is hidden." in content
    # the editor still sees it, marked
    assert "zanzibarcanary" in content
    assert "Hidden by an editor" in content
    assert reverse("exchange-post-restore", args=[reply.pk]) in content

    reply.refresh_from_db()
    assert reply.hidden_reason == Post.HiddenReason.EDITOR
    thread.refresh_from_db()
    assert thread.post_count == 2
    member_page = signed_in(members[4]).get(url_of(thread)).content.decode()
    assert "zanzibarcanary" not in member_page
    assert "Working with families" in member_page
    anonymous = Client().get(url_of(thread))
    assert "zanzibarcanary" not in anonymous.content.decode()
    assert "Working with families" not in anonymous.content.decode()


def test_members_may_not_hide_or_restore(thread, members):
    reply = reply_of(thread, members[1])
    member = signed_in(members[0])
    assert member.post(reverse("exchange-post-hide", args=[reply.pk])).status_code == 403
    assert member.post(reverse("exchange-post-restore", args=[reply.pk])).status_code == 403
    reply.refresh_from_db()
    assert reply.hidden_at is None
    assert (
        reverse("exchange-post-hide", args=[reply.pk])
        not in member.get(url_of(thread)).content.decode()
    )


def test_an_editor_restores_a_hidden_reply_and_its_reports_are_closed(
    thread, members, editor, editor_client
):
    reply = reply_of(thread, members[1])
    for reporter in (members[0], members[2], members[3]):
        moderation.report(reply, reporter, "spam")
    reply.refresh_from_db()
    assert reply.hidden_reason == Post.HiddenReason.REPORTS

    response = editor_client.post(reverse("exchange-post-restore", args=[reply.pk]))
    assert response.status_code == 302
    reply.refresh_from_db()
    assert reply.hidden_at is None
    assert reply.reviewed_at is not None
    assert not moderation.open_reports(reply).exists()
    assert Report.objects.filter(post=reply, resolved_by=editor).count() == 3
    thread.refresh_from_db()
    assert thread.post_count == 3
    assert "zanzibarcanary" in signed_in(members[4]).get(url_of(thread)).content.decode()


def test_an_editor_restores_what_an_author_deleted(thread, members, editor):
    reply = reply_of(thread, members[1])
    posting.delete(reply, members[1])
    opening = thread.posts.get(is_opening=True)
    posting.delete(opening, members[0])
    thread.refresh_from_db()
    assert thread.deleted_at is not None
    assert signed_in(members[4]).get(url_of(thread)).status_code == 404

    moderation.restore(opening, editor)
    moderation.restore(reply, editor)
    thread.refresh_from_db()
    assert thread.deleted_at is None
    assert thread.post_count == 3
    page = signed_in(members[4]).get(url_of(thread))
    assert page.status_code == 200
    assert "zanzibarcanary" in page.content.decode()


def test_the_queue_lists_a_reported_post_with_its_reasons(thread, members, editor_client):
    reply = reply_of(thread, members[1])
    moderation.report(reply, members[0], "Names a young person in the town")
    response = editor_client.get(QUEUE)
    assert response.status_code == 200
    content = response.content.decode()
    assert "zanzibarcanary" in content
    assert "Names a young person in the town" in content
    assert f"{url_of(thread)}#post-{reply.pk}" in content
    assert reverse("exchange_moderation_post", args=[reply.pk, "review"]) in content


def test_the_queue_is_refused_to_members(thread, members, member_client):
    moderation.report(reply_of(thread, members[1]), members[0], "Names a young person")
    response = signed_in(members[0]).get(QUEUE)
    assert response.status_code == 302
    assert "zanzibarcanary" not in response.content.decode()
    assert member_client.get(QUEUE).status_code == 302
    assert Client().get(QUEUE).status_code == 302


def test_keep_visible_from_the_queue_closes_the_reports(thread, members, editor_client):
    reply = reply_of(thread, members[1])
    for reporter in (members[0], members[2], members[3]):
        moderation.report(reply, reporter)
    response = editor_client.post(
        reverse("exchange_moderation_post", args=[reply.pk, "review"]), {"next": QUEUE}
    )
    assert response.status_code == 302
    assert response["Location"] == QUEUE
    reply.refresh_from_db()
    assert reply.is_visible
    assert not moderation.open_reports(reply).exists()
    assert "zanzibarcanary" not in editor_client.get(QUEUE).content.decode()
    # three new members may still report it later
    for reporter in (members[4],):
        moderation.report(reply, reporter)
    assert moderation.queue("open").filter(pk=reply.pk).exists()


def test_hide_and_restore_from_the_queue(thread, members, editor_client):
    reply = reply_of(thread, members[1])
    editor_client.post(reverse("exchange_moderation_post", args=[reply.pk, "hide"]))
    reply.refresh_from_db()
    assert not reply.is_visible
    assert "zanzibarcanary" in editor_client.get(f"{QUEUE}?show=hidden").content.decode()
    editor_client.post(reverse("exchange_moderation_post", args=[reply.pk, "restore"]))
    reply.refresh_from_db()
    assert reply.is_visible


def test_the_queue_lists_deleted_threads_and_replies_with_restore(thread, members, editor_client):
    reply = reply_of(thread, members[2])
    posting.delete(reply, members[2])
    content = editor_client.get(f"{QUEUE}?show=deleted").content.decode()
    assert "Our social workers call first." in content
    assert "Deleted by its author" in content

    posting.delete(thread.posts.get(is_opening=True), members[0])
    content = editor_client.get(f"{QUEUE}?show=deleted").content.decode()
    restore = reverse("exchange_moderation_thread_restore", args=[thread.pk])
    assert restore in content
    editor_client.post(restore)
    thread.refresh_from_db()
    assert thread.deleted_at is None


def test_queue_actions_are_refused_to_members(thread, members):
    reply = reply_of(thread, members[1])
    response = signed_in(members[0]).post(
        reverse("exchange_moderation_post", args=[reply.pk, "hide"])
    )
    assert response.status_code in (302, 403)
    reply.refresh_from_db()
    assert reply.is_visible


def test_a_hidden_reply_is_no_longer_found_in_the_search_and_comes_back(
    thread, members, editor, exchange_page
):
    reply = reply_of(thread, members[1])
    member = signed_in(members[4])
    search = exchange_page.route_url("search")

    def found():
        return thread.title in member.get(search, {"q": "zanzibarcanary"}).content.decode()

    assert found()
    moderation.hide(reply, editor)
    assert not found()
    moderation.restore(reply, editor)
    assert found()
