"""``/api/exchange/``: threads listed, read, opened and replied to, posts
reported, by the same rule as the exchange's pages (``exchange.access``) and
through the same services (``exchange.posting``, ``exchange.moderation``)."""

import pytest
from django.test import Client

from exchange import moderation, posting
from exchange.models import Post, Report, Thread
from practices.models import Topic
from tests.api.conftest import ROLES, assert_problem, organisation_of

pytestmark = pytest.mark.django_db

THREADS = "/api/exchange/threads/"
CANARY = "canary-restricted"


def post_json(client, path, data):
    return client.post(path, data, content_type="application/json")


def new_thread(**fields):
    return {"title": "A question", "body": "Has anyone tried this?", "language": "en", **fields}


# --- the access matrix ---------------------------------------------------------------

#: Expected status per role on a thread restricted to the member's organisation.
RESTRICTED = {
    "anonymous": 401,
    "nonmember": 403,
    "expired": 403,
    "member": 200,
    "other_member": 404,
    "editor": 200,
}


@pytest.mark.parametrize("role", ROLES)
def test_a_restricted_thread_is_read_only_by_its_organisations_and_editors(
    clients, restricted_thread, role
):
    client = clients[role]
    expected = RESTRICTED[role]
    listing = client.get(THREADS)
    detail = client.get(f"{THREADS}{restricted_thread.pk}/")
    assert detail.status_code == expected
    if expected == 200:
        assert CANARY in detail.content.decode()
        assert restricted_thread.pk in [t["id"] for t in listing.json()["results"]]
        assert "no-store" in detail["Cache-Control"]
    else:
        assert_problem(detail, expected)
        assert CANARY not in detail.content.decode()
        assert CANARY not in listing.content.decode()
        assert restricted_thread.title not in listing.content.decode()
        assert listing.status_code == (200 if role == "other_member" else expected)


@pytest.mark.parametrize("role", ROLES)
def test_replying_follows_the_same_rule(clients, restricted_thread, role):
    response = post_json(clients[role], f"{THREADS}{restricted_thread.pk}/posts/", {"body": "Me"})
    assert response.status_code == {200: 201}.get(RESTRICTED[role], RESTRICTED[role])
    replies = restricted_thread.posts.filter(is_opening=False).count()
    assert replies == (1 if RESTRICTED[role] == 200 else 0)


@pytest.mark.parametrize("role", ROLES)
def test_reporting_follows_the_same_rule(clients, restricted_thread, member, role):
    post = restricted_thread.posts.get()
    response = post_json(clients[role], f"/api/exchange/posts/{post.pk}/report/", {})
    if role == "member":  # the author
        assert_problem(response, 400)
    else:
        assert response.status_code == RESTRICTED[role]
    reported = Report.objects.filter(post=post).count()
    assert reported == (1 if role == "editor" else 0)


OPEN = {
    "anonymous": 401,
    "nonmember": 403,
    "expired": 403,
    "member": 201,
    "other_member": 201,
    "editor": 201,
}


@pytest.mark.parametrize("role", ROLES)
def test_only_members_and_editors_open_threads(clients, role):
    before = Thread.objects.count()
    response = post_json(clients[role], THREADS, new_thread())
    assert response.status_code == OPEN[role], response.content[:300]
    assert Thread.objects.count() == before + (1 if OPEN[role] == 201 else 0)


def test_an_unknown_thread_or_post_is_a_404(as_member):
    assert_problem(as_member.get(f"{THREADS}999999/"), 404)
    assert_problem(post_json(as_member, f"{THREADS}999999/posts/", {"body": "x"}), 404)
    assert_problem(post_json(as_member, "/api/exchange/posts/999999/report/", {}), 404)


# --- listing -------------------------------------------------------------------------


def test_the_list_is_filtered_by_topic_and_language(member, as_member, other_member):
    topic = Topic.objects.filter(locale__language_code="en").order_by("pk").first()
    german = posting.create_thread(
        other_member, title="Auf Deutsch", body="Hallo", language="de", sensitivity="members"
    )
    tagged = posting.create_thread(
        other_member,
        title="Tagged",
        body="About a topic",
        language="en",
        sensitivity="members",
        topics=[topic],
    )
    ids = lambda params: [t["id"] for t in as_member.get(THREADS, params).json()["results"]]  # noqa: E731
    assert german.pk in ids({"language": "de"}) and tagged.pk not in ids({"language": "de"})
    assert tagged.pk in ids({"topic": topic.slug}) and german.pk not in ids({"topic": topic.slug})
    data = assert_problem(as_member.get(THREADS, {"topic": "no-such-topic"}), 400)
    assert set(data["errors"]) == {"topic"}
    data = assert_problem(as_member.get(THREADS, {"language": "pt"}), 400)
    assert set(data["errors"]) == {"language"}
    data = assert_problem(as_member.get(THREADS, {"topic": "a\x00b"}), 400)
    assert set(data["errors"]) == {"topic"}
    row = next(t for t in as_member.get(THREADS).json()["results"] if t["id"] == tagged.pk)
    assert row["topics"] == [{"slug": topic.slug, "name": topic.name}]
    assert row["author"] == "Otto Other"
    assert row["organisation"]["slug"] == organisation_of(other_member).slug
    assert row["post_count"] == 1 and row["unread"] is True


def test_the_list_is_paginated_newest_activity_first(as_member, other_member, settings):
    settings.EXCHANGE_POST_LIMIT = (100, 60)
    before = as_member.get(THREADS).json()["count"]
    made = [
        posting.create_thread(
            other_member, title=f"T{n}", body="x", language="it", sensitivity="members"
        )
        for n in range(3)
    ]
    posting.reply(other_member, made[0], body="bump")
    data = as_member.get(THREADS, {"page_size": 2}).json()
    assert data["count"] == before + 3 and data["page"] == 1 and data["page_size"] == 2
    assert [t["id"] for t in data["results"]] == [made[0].pk, made[2].pk]
    data = as_member.get(THREADS, {"page_size": 2, "page": 2}).json()
    assert data["page"] == 2 and data["results"][0]["id"] == made[1].pk
    last = as_member.get(THREADS, {"page_size": 2, "page": 10_000}).json()
    assert last["page"] == (before + 3 + 1) // 2


# --- reading ---------------------------------------------------------------------------


def test_hidden_and_deleted_posts_are_for_moderators(
    clients, member, other_member, members_thread, editor
):
    visible = posting.reply(member, members_thread, body="Visible reply")
    hidden = posting.reply(member, members_thread, body="Hidden reply")
    moderation.hide(hidden, editor)
    as_member = clients["member"]
    posts = as_member.get(f"{THREADS}{members_thread.pk}/").json()["posts"]
    assert [p["id"] for p in posts] == [members_thread.posts.get(is_opening=True).pk, visible.pk]
    posts = clients["editor"].get(f"{THREADS}{members_thread.pk}/").json()["posts"]
    assert [(p["id"], p["hidden"]) for p in posts][-1] == (hidden.pk, True)
    assert_problem(post_json(as_member, f"/api/exchange/posts/{hidden.pk}/report/", {}), 404)


def test_a_deleted_thread_is_gone_for_members(clients, members_thread, other_member):
    posting.delete(members_thread.posts.get(is_opening=True), other_member)
    assert_problem(clients["member"].get(f"{THREADS}{members_thread.pk}/"), 404)
    data = clients["editor"].get(f"{THREADS}{members_thread.pk}/").json()
    assert data["deleted"] is True


def test_a_thread_reads_with_its_links_and_site_address(as_member, members_thread):
    data = as_member.get(f"{THREADS}{members_thread.pk}/").json()
    assert data["title"] == "Mentoring schemes for families"
    assert data["sensitivity"] == "members" and data["restricted_to"] == []
    assert data["practices"] == [] and data["sessions"] == []
    (opening,) = data["posts"]
    assert opening["is_opening"] is True and opening["attachments"] == []
    assert "mentoring scheme" in opening["body"]


# --- writing -----------------------------------------------------------------------------

XSS = '<script>alert("x")</script><p onclick="steal()">Hi <a href="javascript:alert(1)">me</a></p>'


def test_opening_a_thread_sanitises_the_body_and_watches_it(member, as_member):
    topic = Topic.objects.filter(locale__language_code="en").order_by("pk").first()
    response = post_json(
        as_member,
        THREADS,
        new_thread(
            title="Case conference",
            body=XSS,
            sensitivity="restricted",
            restricted_to=[organisation_of(member).slug],
            topics=[topic.slug],
        ),
    )
    assert response.status_code == 201, response.content
    data = response.json()
    thread = Thread.objects.get(pk=data["id"])
    stored = thread.posts.get().body
    for body in (stored, data["posts"][0]["body"]):
        assert "<script" not in body and "onclick" not in body and "javascript:" not in body
        assert "Hi" in body
    assert data["sensitivity"] == "restricted"
    assert [o["slug"] for o in data["restricted_to"]] == [organisation_of(member).slug]
    assert data["topics"][0]["slug"] == topic.slug
    assert thread.subscriptions.get(user=member).level == "watching"


def test_a_reply_is_sanitised(as_member, members_thread):
    response = post_json(as_member, f"{THREADS}{members_thread.pk}/posts/", {"body": XSS})
    assert response.status_code == 201
    body = Post.objects.get(pk=response.json()["id"]).body
    assert "<script" not in body and "onclick" not in body and "javascript:" not in body


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        ({"title": ""}, "title"),
        ({"title": "x" * 201}, "title"),
        ({"body": "<script>only()</script>"}, "body"),
        ({"language": "pt"}, "language"),
        ({"sensitivity": "secret"}, "sensitivity"),
        ({"sensitivity": "restricted"}, "restricted_to"),
        ({"sensitivity": "restricted", "restricted_to": ["nowhere"]}, "restricted_to"),
        ({"topics": ["no-such-topic"]}, "topics"),
        ({"practices": [999999]}, "practices"),
        ({"sessions": [999999]}, "sessions"),
        ({"files": ["x.pdf"]}, "files"),
    ],
)
def test_a_refused_thread_names_the_field(as_member, fields, field):
    before = Thread.objects.count()
    data = assert_problem(post_json(as_member, THREADS, new_thread(**fields)), 400)
    assert set(data["errors"]) == {field}, data
    assert Thread.objects.count() == before


def test_posting_too_much_is_a_429_with_retry_after(as_member, members_thread, settings):
    settings.EXCHANGE_POST_LIMIT = (2, 600)
    path = f"{THREADS}{members_thread.pk}/posts/"
    assert post_json(as_member, path, {"body": "one"}).status_code == 201
    assert post_json(as_member, path, {"body": "two"}).status_code == 201
    response = post_json(as_member, path, {"body": "three"})
    data = assert_problem(response, 429)
    assert 1 <= int(response["Retry-After"]) <= 600
    assert "wait" in data["detail"]
    assert members_thread.posts.count() == 3


def test_three_reports_hide_a_post(clients, member, members_thread, nonmember, editor):
    from network.factories import MembershipFactory
    from tests.api.conftest import token_client

    post = posting.reply(member, members_thread, body="Reported")
    path = f"/api/exchange/posts/{post.pk}/report/"
    first = post_json(clients["other_member"], path, {"reason": "Names a pupil"})
    assert first.status_code == 200
    assert first.json()["reason"] == "Names a pupil"
    again = post_json(clients["other_member"], path, {"reason": "Again"})
    assert again.json()["reported_at"] == first.json()["reported_at"]
    post_json(token_client(MembershipFactory().user), path, {})
    post.refresh_from_db()
    assert post.hidden_at is None
    post_json(token_client(MembershipFactory().user), path, {})
    post.refresh_from_db()
    assert post.hidden_reason == Post.HiddenReason.REPORTS


def test_a_post_in_a_restricted_thread_is_not_reported_by_outsiders(as_other, restricted_thread):
    post = restricted_thread.posts.get()
    assert_problem(post_json(as_other, f"/api/exchange/posts/{post.pk}/report/", {}), 404)


def test_the_session_of_a_signed_in_member_writes_too(member, members_thread):
    client = Client()
    client.force_login(member)
    response = post_json(client, f"{THREADS}{members_thread.pk}/posts/", {"body": "By session"})
    assert response.status_code == 201
    assert response.json()["author"] == "Mira Member"
