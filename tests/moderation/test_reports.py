"""Members report posts; three different members hide one until an editor
looks. Through the thread page's forms (HTTP), and the service's rules."""

import pytest
from django.core.exceptions import PermissionDenied
from django.test import Client
from django.urls import reverse

from exchange import moderation
from exchange.models import Post, Report, Sensitivity
from network.factories import MembershipFactory
from tests.moderation.conftest import reply_of, signed_in, url_of

pytestmark = pytest.mark.django_db


def report_url(post):
    return reverse("exchange-post-report", args=[post.pk])


def test_three_members_reporting_a_reply_hide_it(thread, members):
    reply = reply_of(thread, members[1])
    for reporter in (members[0], members[2], members[3]):
        response = signed_in(reporter).post(report_url(reply), {"reason": "Names a young person"})
        assert response.status_code == 302
        assert response["Location"].endswith(f"{url_of(thread)}#post-{reply.pk}")
    reply.refresh_from_db()
    assert reply.hidden_at is not None
    assert reply.hidden_reason == Post.HiddenReason.REPORTS
    thread.refresh_from_db()
    assert thread.post_count == 2

    page = signed_in(members[4]).get(url_of(thread))
    assert page.status_code == 200
    assert "zanzibarcanary" not in page.content.decode()


def test_two_reports_do_not_hide_a_post(thread, members):
    reply = reply_of(thread, members[1])
    for reporter in (members[0], members[2]):
        signed_in(reporter).post(report_url(reply), {"reason": ""})
    reply.refresh_from_db()
    assert reply.hidden_at is None
    assert reply.reports.count() == 2
    assert "zanzibarcanary" in signed_in(members[4]).get(url_of(thread)).content.decode()


def test_the_same_member_reporting_twice_counts_once(thread, members):
    reply = reply_of(thread, members[1])
    for _time in range(3):
        signed_in(members[0]).post(report_url(reply), {"reason": "again"})
    moderation.report(reply, members[2])
    reply.refresh_from_db()
    assert reply.reports.count() == 2
    assert reply.hidden_at is None


def test_a_member_cannot_report_their_own_post(thread, members):
    reply = reply_of(thread, members[1])
    response = signed_in(members[1]).post(report_url(reply), {"reason": "test"}, follow=True)
    assert response.status_code == 200
    assert "You cannot report your own post." in response.content.decode()
    assert not Report.objects.filter(post=reply).exists()
    with pytest.raises(moderation.ModerationError):
        moderation.report(reply, members[1])


def test_a_reported_member_sees_the_thanks_and_no_second_form(thread, members):
    reply = reply_of(thread, members[1])
    client = signed_in(members[0])
    response = client.post(report_url(reply), {"reason": "Off topic"}, follow=True)
    content = response.content.decode()
    assert "the editors will look at this post" in content
    assert "You reported this post to the editors." in content
    assert Report.objects.get(post=reply, reporter=members[0]).reason == "Off topic"


def test_a_registered_non_member_cannot_report(thread, members):
    reply = reply_of(thread, members[1])
    response = Client().post(report_url(reply))
    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]
    nonmember = signed_in(MembershipFactory(ended=True).user)
    assert nonmember.post(report_url(reply), {"reason": "x"}).status_code == 403
    assert not Report.objects.filter(post=reply).exists()
    with pytest.raises(PermissionDenied):
        moderation.report(reply, MembershipFactory(ended=True).user)


def test_a_member_outside_a_restricted_thread_gets_404(exchange_page, members):
    from exchange import posting

    author, insider, outsider = members[:3]
    restricted = posting.create_thread(
        author,
        title="Case conference",
        body="Restricted case notes.",
        language="en",
        sensitivity=Sensitivity.RESTRICTED,
        restricted_to=[insider.affiliations.get().organisation],
    )
    opening = restricted.posts.get()
    assert signed_in(outsider).post(report_url(opening)).status_code == 404
    assert signed_in(insider).post(report_url(opening)).status_code == 302
    assert opening.reports.count() == 1


def test_reporting_takes_a_post_only_with_the_csrf_token(thread, members):
    reply = reply_of(thread, members[1])
    client = Client(enforce_csrf_checks=True)
    client.force_login(members[0])
    assert client.post(report_url(reply), {"reason": "x"}).status_code == 403
    assert client.get(report_url(reply)).status_code == 405
    assert not Report.objects.filter(post=reply).exists()


def test_a_reason_too_long_is_answered_with_the_form_and_the_text_kept(thread, members):
    reply = reply_of(thread, members[1])
    reason = "too long " * 200
    response = signed_in(members[0]).post(report_url(reply), {"reason": reason})
    assert response.status_code == 400
    content = response.content.decode()
    assert reason.strip() in content
    assert 'role="alert"' in content
    assert not Report.objects.filter(post=reply).exists()


def test_the_report_form_is_offered_to_members_not_to_the_author(thread, members):
    reply = reply_of(thread, members[1])
    action = report_url(reply)
    assert action in signed_in(members[0]).get(url_of(thread)).content.decode()
    assert action not in signed_in(members[1]).get(url_of(thread)).content.decode()
