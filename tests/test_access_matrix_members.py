"""The members' area (issue 11), driven over HTTP on every surface as six roles.

The same method as ``tests/test_access_matrix.py``: statuses and canary
words. The scenario is built here with the factories and the posting
service (nothing taken from the demo's threads):

- a member (of the organisation a restricted thread names) and a colleague
  of theirs, a member of another organisation, a person whose
  organisation's membership ended yesterday, a registered non-member and
  an editor;
- a public-safe, a members and a restricted thread (naming the member's
  organisation), each with a canary word in its title, its opening post,
  a reply and an attached PDF (its name and its content);
- a thread its author deleted, a reply an editor hid and a reply its
  author deleted, each with their own canaries (moderators only);
- a watching subscription of every role's person to every thread.

Each surface is asked as each role: the status, that no canary of
something a role may not read reaches it (and, as a control that the
canaries are real, that those who may read a thing see it where it is
shown), that a refused POST changed nothing and an accepted one did, and
that personal or members-only answers are ``private, no-store``. Then the
e-mail: replies posted over HTTP notify only the people who may read the
thread, with what the thread's sensitivity allows; ``send_digests`` never
carries a restricted thread, nor a members thread's text.
"""

import datetime
import io
import json
import re
from collections import Counter
from dataclasses import dataclass, field

import pytest
from django.contrib.auth.models import Group
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from exchange import moderation, posting
from exchange.models import Attachment, ExchangePage, Post, Report, Sensitivity, Subscription
from exchange.models import Thread as ThreadModel
from exchange.notifications import Scope, unsubscribe_token
from network.factories import AffiliationFactory, MembershipFactory, UserFactory
from practices.models import Topic

pytestmark = pytest.mark.django_db

ROLES = ("anonymous", "non-member", "expired member", "other member", "member", "editor")
#: The roles whose person may enter the exchange.
READERS = {"other member", "member", "editor"}

PDF = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n"
)


@dataclass
class Canaries:
    """Something one set of roles may read, and its canary words."""

    name: str
    readers: set
    #: Canary words shown where the thing is shown, by part.
    words: dict = field(default_factory=dict)

    @property
    def canaries(self):
        return list(self.words.values())


#: Threads and posts of the scenario; ``words``: title, body, reply, file
#: (the attachment's name; its content holds ``content``), mail (a reply
#: posted in the e-mail test).
GROUPS = {
    "public": Canaries(
        "public",
        READERS,
        {
            "title": "saffronwhelk",
            "body": "saffronlynx",
            "reply": "saffronheron",
            "file": "saffronfile",
            "content": "saffroncontent",
            "mail": "saffronmail",
        },
    ),
    "members": Canaries(
        "members",
        READERS,
        {
            "title": "cobaltwhelk",
            "body": "cobaltlynx",
            "reply": "cobaltheron",
            "file": "cobaltfile",
            "content": "cobaltcontent",
            "mail": "cobaltmail",
        },
    ),
    "restricted": Canaries(
        "restricted",
        {"member", "editor"},
        {
            "title": "crimsonwhelk",
            "body": "crimsonlynx",
            "reply": "crimsonheron",
            "file": "crimsonfile",
            "content": "crimsoncontent",
            "mail": "crimsonmail",
        },
    ),
    "deleted thread": Canaries(
        "deleted thread",
        {"editor"},
        {
            "title": "umberwhelk",
            "body": "umberlynx",
            "file": "umberfile",
            "content": "umbercontent",
        },
    ),
    "hidden reply": Canaries(
        "hidden reply",
        {"editor"},
        {"reply": "ochrehidden", "file": "ochrefile", "content": "ochrecontent"},
    ),
    "deleted reply": Canaries("deleted reply", {"editor"}, {"reply": "slatedeleted"}),
    # The member's role: shown in the directory (members only) and on their own pages.
    "person": Canaries("person", READERS, {"role": "lanternfox"}),
}
#: Words of the threads' texts to search for: the search pages repeat the
#: query, so these are not canaries themselves.
SEARCH = {"public": "pelicanfjord", "members": "meadowfjord", "restricted": "rookfjord"}
DIRECTORY_SEARCH = "kelpmoth"
#: What a page shows of a thing by default (a file's content is in its download).
SHOWN_PARTS = ("title", "body", "reply", "file", "role")


def words(group, *parts):
    return [GROUPS[group].words[part] for part in parts]


def pdf(word):
    return PDF + f"% {word}\n%%EOF\n".encode()


def attachment_file(group):
    words_ = GROUPS[group].words
    return SimpleUploadedFile(
        f"{words_['file']}.pdf", pdf(words_["content"]), content_type="application/pdf"
    )


def text(group, part, search=""):
    return f"Our notes on this: {GROUPS[group].words[part]} {search}".strip()


# ---------------------------------------------------------------- the scenario


@pytest.fixture
def exchange_pages(db):
    """The demo's exchange page in every language ({language: page})."""
    pages = {
        page.locale.language_code: page
        for page in ExchangePage.objects.live()
        .filter(alias_of__isnull=True)
        .select_related("locale")
    }
    assert set(pages) == {"en", "de", "fr", "it", "es"}
    return pages


@pytest.fixture
def people(db):
    member_affiliation = MembershipFactory(
        user__first_name="Mira",
        user__last_name="Member",
        user__job_title=f"{GROUPS['person'].words['role'].title()} coordinator {DIRECTORY_SEARCH}",
        organisation__name="Named City of Matrixburg",
    )
    named = member_affiliation.organisation
    editor = UserFactory(is_staff=True, first_name="Edda", last_name="Editor")
    editor.groups.add(Group.objects.get(name="Editors"))
    result = {
        "member": member_affiliation.user,
        "colleague": AffiliationFactory(
            organisation=named, user__first_name="Colin", user__last_name="Colleague"
        ).user,
        "other member": MembershipFactory(
            user__first_name="Otto", organisation__name="Other Town of Matrixdorf"
        ).user,
        "expired member": MembershipFactory(ended=True, user__first_name="Ex").user,
        "non-member": UserFactory(first_name="Nora"),
        "editor": editor,
    }
    for language, person in zip(["en", "fr", "de", "it", "es", "en"], result.values(), strict=True):
        person.preferred_language = language
        person.email_frequency = "each"
        person.save()
    result["named organisation"] = named
    return result


@pytest.fixture
def scenario(people, exchange_pages, settings):
    # The colleague writes most of the scenario: no posting limit here.
    settings.EXCHANGE_POST_LIMIT = (1000, 600)
    member, colleague = people["member"], people["colleague"]
    topic = Topic.objects.filter(locale__language_code="en").order_by("pk").first()
    built = {"topic": topic, "pages": exchange_pages, **people}

    def thread(group, author, sensitivity, **fields):
        return posting.create_thread(
            author,
            title=f"{GROUPS[group].words['title'].title()} notes",
            body=text(group, "body", SEARCH.get(group, "")),
            language="en",
            sensitivity=sensitivity,
            topics=[topic],
            files=[attachment_file(group)],
            **fields,
        )

    built["public"] = thread("public", colleague, Sensitivity.PUBLIC_SAFE)
    built["members"] = thread("members", member, Sensitivity.MEMBERS)
    built["restricted"] = thread(
        "restricted",
        colleague,
        Sensitivity.RESTRICTED,
        restricted_to=[people["named organisation"]],
    )
    built["deleted thread"] = thread("deleted thread", colleague, Sensitivity.MEMBERS)
    for group in ("public", "members", "restricted"):
        built[f"{group} reply"] = posting.reply(colleague, built[group], body=text(group, "reply"))
    hidden = posting.reply(
        colleague,
        built["public"],
        body=text("hidden reply", "reply"),
        files=[attachment_file("hidden reply")],
    )
    moderation.hide(hidden, people["editor"])
    built["hidden reply"] = hidden
    deleted = posting.reply(colleague, built["members"], body=text("deleted reply", "reply"))
    posting.delete(deleted, colleague)
    built["deleted reply"] = deleted
    posting.delete(built["deleted thread"].opening_post, colleague)
    # Every role's person watches every thread (a person who lost access
    # keeps the subscriptions they made while they had it).
    for role in ROLES[1:]:
        for group in ("public", "members", "restricted", "deleted thread"):
            Subscription.objects.update_or_create(
                user=people[role],
                thread=built[group],
                defaults={"level": Subscription.Level.WATCHING},
            )
    for group in ("public", "members", "restricted", "deleted thread", "hidden reply"):
        post = built[group] if group == "hidden reply" else built[group].opening_post
        built[f"{group} file"] = Attachment.objects.get(post=post)
    return built


def clients(people):
    result = {"anonymous": Client()}
    for role in ROLES[1:]:
        result[role] = Client()
        result[role].force_login(people[role])
    return result


# ---------------------------------------------------------------- the surfaces


def by_role(anonymous, outsider, other, member, editor):
    """Expected answers: outsiders are the non-member and the expired member."""
    return {
        "anonymous": anonymous,
        "non-member": outsider,
        "expired member": outsider,
        "other member": other,
        "member": member,
        "editor": editor,
    }


#: The exchange's pages: a prompt for anonymous readers (200), 403 for
#: people who may not enter.
def exchange(other=200, member=200, editor=200):
    return by_role(200, 403, other, member, editor)


#: The directory: anonymous readers sign in, non-members get a 403.
def members_only(other=200, member=200, editor=200):
    return by_role(302, 403, other, member, editor)


#: The project API.
def api(ok=200, other=None, member=None, editor=None):
    return by_role(401, 403, other or ok, member or ok, editor or ok)


EVERYONE = dict.fromkeys(ROLES, 200)
SIGNED_IN = by_role(302, 200, 200, 200, 200)


@dataclass
class Surface:
    name: str
    url: str
    statuses: dict
    #: Groups whose canaries a role that may read them must see here.
    shows: tuple = ()
    #: Only these parts of the groups in ``shows`` (default: all).
    parts: tuple = ()
    method: str = "get"
    data: dict | None = None
    json: dict | None = None
    #: For a POST: a snapshot of what it changes, and the roles for which it must change.
    effect: object = None
    changes: set = field(default_factory=set)
    #: Public by nature (sitemap, API v2): no canary for anybody, editors included.
    public: bool = False


def route(built, name, *args, language="en"):
    return built["pages"][language].route_url(name, *args)


def thread_url(built, group, language="en"):
    return route(built, "thread", built[group].pk, language=language)


def surfaces(built):
    count_posts = Post.objects.count
    count_threads = ThreadModel.objects.count
    count_reports = Report.objects.count
    member_reply = built["members reply"]
    named = built["named organisation"]

    def hidden(post):
        return lambda: Post.objects.get(pk=post.pk).hidden_at is not None

    def edited(post):
        return lambda: Post.objects.get(pk=post.pk).edited_at

    rows = [
        # the exchange's entry page, in every language
        *(
            Surface(
                f"exchange page ({language})",
                page.url,
                exchange(),
                shows=("public", "members", "restricted"),
                parts=("title",),
            )
            for language, page in built["pages"].items()
        ),
        # threads
        Surface(
            "thread: public-safe",
            thread_url(built, "public"),
            exchange(),
            shows=("public", "hidden reply"),
        ),
        Surface(
            "thread: public-safe (fr)",
            thread_url(built, "public", "fr"),
            exchange(),
            shows=("public",),
        ),
        Surface(
            "thread: members",
            thread_url(built, "members"),
            exchange(),
            shows=("members", "deleted reply"),
            parts=("title", "body", "reply", "file"),
        ),
        Surface(
            "thread: restricted",
            thread_url(built, "restricted"),
            exchange(other=404),
            shows=("restricted",),
            parts=("title", "body", "reply", "file"),
        ),
        Surface(
            "thread: restricted (de)",
            thread_url(built, "restricted", "de"),
            exchange(other=404),
            shows=("restricted",),
            parts=("title",),
        ),
        Surface(
            "thread: deleted",
            thread_url(built, "deleted thread"),
            exchange(other=404, member=404),
            shows=("deleted thread",),
            parts=("title", "body", "file"),
        ),
        Surface("new thread form", route(built, "new-thread"), exchange()),
        # writing (POST)
        Surface(
            "reply: public-safe",
            thread_url(built, "public"),
            exchange(other=302, member=302, editor=302),
            method="post",
            data={"body": "A reply of the matrix."},
            effect=count_posts,
            changes=READERS,
        ),
        Surface(
            "reply: restricted",
            thread_url(built, "restricted"),
            exchange(other=404, member=302, editor=302),
            method="post",
            data={"body": "A reply of the matrix."},
            effect=count_posts,
            changes={"member", "editor"},
        ),
        Surface(
            "reply: deleted thread",
            thread_url(built, "deleted thread"),
            exchange(other=404, member=404, editor=400),
            method="post",
            data={"body": "A reply of the matrix."},
            effect=count_posts,
        ),
        Surface(
            "new thread",
            route(built, "new-thread"),
            exchange(other=302, member=302, editor=302),
            method="post",
            data={
                "title": "A thread of the matrix",
                "body": "Opened by the matrix.",
                "language": "en",
                "sensitivity": Sensitivity.MEMBERS,
            },
            effect=count_threads,
            changes=READERS,
        ),
        Surface(
            "edit form: own post",
            route(built, "edit-post", built["members"].opening_post.pk),
            exchange(other=403),
            shows=("members",),
            parts=("title", "body"),
        ),
        Surface(
            "edit form: restricted",
            route(built, "edit-post", built["restricted"].opening_post.pk),
            exchange(other=404, member=403),
            shows=("restricted",),
            parts=("title", "body"),
        ),
        Surface(
            "edit: own post (POST)",
            route(built, "edit-post", built["members"].opening_post.pk),
            exchange(other=403, member=302, editor=302),
            method="post",
            data={
                "title": f"{GROUPS['members'].words['title'].title()} notes",
                "body": f"{text('members', 'body', SEARCH['members'])} (edited)",
            },
            effect=edited(built["members"].opening_post),
            changes={"member", "editor"},
        ),
        Surface(
            "edit: restricted (POST)",
            route(built, "edit-post", built["restricted"].opening_post.pk),
            exchange(other=404, member=403, editor=302),
            method="post",
            data={
                "title": f"{GROUPS['restricted'].words['title'].title()} notes",
                "body": f"{text('restricted', 'body', SEARCH['restricted'])} (edited)",
            },
            effect=edited(built["restricted"].opening_post),
            changes={"editor"},
        ),
        Surface(
            "delete form: own post",
            route(built, "delete-post", built["members"].opening_post.pk),
            exchange(other=403),
            shows=("members",),
            parts=("title",),
        ),
        Surface(
            "delete form: restricted",
            route(built, "delete-post", built["restricted"].opening_post.pk),
            exchange(other=404, member=403),
        ),
        Surface(
            "delete: restricted reply (POST)",
            route(built, "delete-post", built["restricted reply"].pk),
            exchange(other=404, member=403, editor=302),
            method="post",
            effect=lambda: Post.objects.get(pk=built["restricted reply"].pk).deleted_at,
            changes={"editor"},
        ),
        # attachments
        *(
            Surface(
                f"attachment: {group}",
                reverse("exchange-attachment", args=[built[f"{group} file"].pk]),
                by_role(
                    302,
                    403,
                    200 if "other member" in GROUPS[group].readers else 404,
                    200 if "member" in GROUPS[group].readers else 404,
                    200,
                ),
                shows=(group,),
                parts=("content",),
            )
            for group in ("public", "members", "restricted", "deleted thread", "hidden reply")
        ),
        *(
            Surface(
                f"api: attachment: {group}",
                f"/api/exchange/attachments/{built[f'{group} file'].pk}/",
                api(
                    other=200 if "other member" in GROUPS[group].readers else 404,
                    member=200 if "member" in GROUPS[group].readers else 404,
                ),
                shows=(group,),
                parts=("content",),
            )
            for group in ("public", "restricted", "hidden reply")
        ),
        # the exchange's search and its facets
        *(
            Surface(
                f"exchange search: {group}",
                f"{route(built, 'search')}?q={SEARCH[group]}",
                exchange(),
                shows=(group,) if group != "restricted" else (),
                parts=("title",),
            )
            for group in SEARCH
        ),
        Surface(
            "exchange search: topic facet",
            f"{route(built, 'search')}?topic={built['topic'].slug}&has-attachment=yes",
            exchange(),
            shows=("public", "members"),
            parts=("title",),
        ),
        Surface(
            "exchange search: organisation facet",
            f"{route(built, 'search')}?organisation={named.slug}",
            exchange(),
            shows=("public", "members"),
            parts=("title",),
        ),
        Surface(
            "exchange search (fr)",
            f"{route(built, 'search', language='fr')}?q={SEARCH['public']}",
            exchange(),
            shows=("public",),
            parts=("title",),
        ),
        # the site's search and the search API
        *(
            Surface(
                f"site search: {group}",
                f"/en/search/?q={SEARCH[group]}&languages=all",
                EVERYONE,
                shows=(group,) if group != "restricted" else (),
                parts=("title",),
            )
            for group in SEARCH
        ),
        *(
            Surface(
                f"search api: {group}",
                f"/api/search/?q={SEARCH[group]}&languages=all",
                EVERYONE,
                shows=(group,) if group != "restricted" else (),
                parts=("title",),
            )
            for group in SEARCH
        ),
        Surface(
            "autocomplete",
            f"/api/search/autocomplete/?q={GROUPS['public'].words['title'][:7]}",
            EVERYONE,
        ),
        # the directory
        Surface(
            "directory",
            f"/en/members/directory/?q={DIRECTORY_SEARCH}",
            members_only(),
            shows=("person",),
        ),
        Surface(
            "directory: organisation",
            f"/fr/members/directory/{named.slug}/",
            members_only(),
            shows=("person",),
        ),
        # the project API (session)
        Surface("api: me", "/api/me/", by_role(401, 200, 200, 200, 200)),
        Surface(
            "api: directory", f"/api/directory/?q={DIRECTORY_SEARCH}", api(), shows=("person",)
        ),
        Surface("api: directory entry", f"/api/directory/{named.slug}/", api(), shows=("person",)),
        Surface(
            "api: threads",
            "/api/exchange/threads/?page_size=50",
            api(),
            shows=("public", "members", "restricted", "deleted thread"),
            parts=("title",),
        ),
        *(
            Surface(
                f"api: thread: {group}",
                f"/api/exchange/threads/{built[group].pk}/",
                api(
                    other=200 if "other member" in GROUPS[group].readers else 404,
                    member=200 if "member" in GROUPS[group].readers else 404,
                ),
                shows=(group,),
                parts=("title", "body", "file"),
            )
            for group in ("public", "members", "restricted", "deleted thread")
        ),
        Surface(
            "api: thread with a hidden reply",
            f"/api/exchange/threads/{built['public'].pk}/",
            api(),
            shows=("hidden reply",),
            parts=("reply", "file"),
        ),
        Surface(
            "api: create a thread",
            "/api/exchange/threads/",
            api(201),
            method="post",
            json={
                "title": "A thread of the matrix's API",
                "body": "Opened through the API.",
                "language": "en",
                "sensitivity": "members",
            },
            effect=count_threads,
            changes=READERS,
        ),
        Surface(
            "api: reply to the restricted thread",
            f"/api/exchange/threads/{built['restricted'].pk}/posts/",
            api(201, other=404),
            method="post",
            json={"body": "A reply through the API."},
            effect=count_posts,
            changes={"member", "editor"},
        ),
        Surface(
            "api: reply to the deleted thread",
            f"/api/exchange/threads/{built['deleted thread'].pk}/posts/",
            api(404, editor=400),
            method="post",
            json={"body": "A reply through the API."},
            effect=count_posts,
        ),
        Surface(
            "api: report a reply",
            f"/api/exchange/posts/{built['public reply'].pk}/report/",
            api(),
            method="post",
            json={"reason": "The matrix reports it."},
            effect=count_reports,
            changes=READERS,
        ),
        Surface(
            "api: report the restricted reply",
            f"/api/exchange/posts/{built['restricted reply'].pk}/report/",
            api(other=404),
            method="post",
            json={"reason": "The matrix reports it."},
            effect=count_reports,
            changes={"member", "editor"},
        ),
        Surface(
            "api: report the hidden reply",
            f"/api/exchange/posts/{built['hidden reply'].pk}/report/",
            api(404, editor=200),
            method="post",
            json={"reason": "The matrix reports it."},
            effect=count_reports,
            changes={"editor"},
        ),
        # reports and moderation from the thread page (POST)
        Surface(
            "report an opening post",
            reverse("exchange-post-report", args=[built["public"].opening_post.pk]),
            by_role(302, 403, 302, 302, 302),
            method="post",
            data={"reason": "Reported by the matrix."},
            effect=count_reports,
            changes=READERS,
        ),
        Surface(
            "report the restricted opening post",
            reverse("exchange-post-report", args=[built["restricted"].opening_post.pk]),
            by_role(302, 403, 404, 302, 302),
            method="post",
            data={"reason": "Reported by the matrix."},
            effect=count_reports,
            changes={"member", "editor"},
        ),
        Surface(
            "hide a reply",
            reverse("exchange-post-hide", args=[member_reply.pk]),
            by_role(302, 403, 403, 403, 302),
            method="post",
            effect=hidden(member_reply),
            changes={"editor"},
        ),
        Surface(
            "restore it",
            reverse("exchange-post-restore", args=[member_reply.pk]),
            by_role(302, 403, 403, 403, 302),
            method="post",
            effect=hidden(member_reply),
            changes={"editor"},
        ),
        Surface(
            "hide the restricted opening post",
            reverse("exchange-post-hide", args=[built["restricted"].opening_post.pk]),
            by_role(302, 403, 404, 403, 302),
            method="post",
            effect=hidden(built["restricted"].opening_post),
            changes={"editor"},
        ),
        Surface(
            "restore the restricted opening post",
            reverse("exchange-post-restore", args=[built["restricted"].opening_post.pk]),
            by_role(302, 403, 404, 403, 302),
            method="post",
            effect=hidden(built["restricted"].opening_post),
            changes={"editor"},
        ),
        # the admin's moderation queue
        *(
            Surface(
                f"admin: moderation queue ({show})",
                f"/admin/exchange/moderation/?show={show}",
                by_role(302, 302, 302, 302, 200),
                shows=shows,
                parts=parts,
            )
            for show, shows, parts in (
                ("open", (), ()),
                ("hidden", ("hidden reply",), ("reply",)),
                ("deleted", ("deleted reply", "deleted thread"), ("reply", "title")),
            )
        ),
        Surface("admin: threads", "/admin/exchange/threads/", by_role(302, 302, 302, 302, 200)),
        # e-mail settings
        Surface(
            "subscriptions",
            "/en/exchange/subscriptions/",
            SIGNED_IN,
            shows=("public", "members", "restricted"),
            parts=("title",),
        ),
        Surface(
            "watch the restricted thread (POST)",
            reverse("exchange-thread-subscription", args=[built["restricted"].pk]),
            by_role(302, 404, 404, 302, 302),
            method="post",
            data={"level": "muted"},
            effect=lambda: sorted(
                Subscription.objects.filter(thread=built["restricted"]).values_list(
                    "user_id", "level"
                )
            ),
            changes={"member", "editor"},
        ),
        # the sitemap and API v2: no thread, for anybody
        Surface("sitemap", "/sitemap.xml", EVERYONE, public=True),
        Surface("api v2: pages", "/api/v2/pages/?limit=100&order=-id", EVERYONE, public=True),
        Surface(
            "api v2: exchange page",
            f"/api/v2/pages/{built['pages']['en'].pk}/",
            EVERYONE,
            public=True,
        ),
        Surface("api v2: documents", "/api/v2/documents/?limit=100", EVERYONE, public=True),
        # a person's own pages
        Surface("account: profile", "/en/accounts/profile/", SIGNED_IN),
        Surface("account: data export", "/en/accounts/profile/data/", SIGNED_IN),
        # last: the editor brings the hidden reply back
        Surface(
            "restore the hidden reply",
            reverse("exchange-post-restore", args=[built["hidden reply"].pk]),
            by_role(302, 403, 404, 404, 302),
            method="post",
            effect=hidden(built["hidden reply"]),
            changes={"editor"},
        ),
    ]
    return rows


def unsubscribe_surfaces(built, role):
    """The unsubscribe link of the role's person (the member's for anonymous
    readers: the link works without signing in) for the restricted and the
    members thread: it never names them."""
    person = built["member" if role == "anonymous" else role]
    return [
        Surface(
            f"unsubscribe: {group}",
            reverse(
                "exchange-unsubscribe",
                args=[unsubscribe_token(person.pk, Scope.THREAD, built[group].pk)],
            ),
            EVERYONE,
        )
        for group in ("restricted", "members")
    ]


def content(response):
    if response.streaming:
        return b"".join(response.streaming_content).decode(errors="replace")
    return response.content.decode(errors="replace")


def request(client, surface):
    if surface.method == "get":
        return client.get(surface.url)
    if surface.json is not None:
        return client.post(surface.url, json.dumps(surface.json), content_type="application/json")
    return client.post(surface.url, surface.data or {})


def visible_to(role, group):
    return role in GROUPS[group].readers


def test_access_matrix_of_the_members_area(scenario, capsys):
    built = scenario
    counts, failures = Counter(), []
    rows = surfaces(built)
    role_clients = clients(built)
    for role in ROLES:
        client = role_clients[role]
        for surface in rows + unsubscribe_surfaces(built, role):
            before = surface.effect() if surface.effect else None
            response = request(client, surface)
            body = content(response).lower()
            counts["requests"] += 1

            def check(condition, message, surface=surface, role=role):
                counts["assertions"] += 1
                if not condition:
                    failures.append(f"{surface.name} as {role} ({surface.url}): {message}")

            expected = surface.statuses[role]
            check(
                response.status_code == expected, f"status {response.status_code}, not {expected}"
            )
            if response.status_code == 302 and role == "anonymous" and surface.method == "get":
                check("login" in response["Location"], f"sends to {response['Location']}")
            for name, group in GROUPS.items():
                if surface.public or not visible_to(role, name):
                    for canary in group.canaries:
                        check(canary not in body, f"leaks {canary!r} ({name})")
                elif name in surface.shows and response.status_code == 200:
                    for part, canary in group.words.items():
                        if part not in (surface.parts or SHOWN_PARTS):
                            continue
                        check(canary in body, f"does not show {canary!r} ({name} {part})")
            if surface.public:
                check("/threads/" not in body, "hands out a thread's address")
            if surface.effect is not None:
                changed = surface.effect() != before
                should = role in surface.changes
                check(
                    changed == should,
                    "changed nothing" if should else "a refused request changed something",
                )
            if role != "anonymous":
                cache = response.get("Cache-Control", "")
                check("private" in cache and "no-store" in cache, f"Cache-Control: {cache!r}")
            elif response.status_code == 302:
                check("no-store" in response.get("Cache-Control", ""), "a sign-in answer is cached")
    with capsys.disabled():
        print(
            f"\naccess matrix (members' area): {len(rows) + 2} surfaces x {len(ROLES)} roles, "
            f"{counts['requests']} requests, {counts['assertions']} assertions, "
            f"{len(failures)} failed"
        )
    assert not failures, "\n".join(failures)


# ---------------------------------------------------------------- e-mail


def thread_of(message, built):
    """The scenario's thread an e-mail is about (by its address), or None."""
    found = re.findall(r"/threads/(\d+)/", message.body)
    for group in ("public", "members", "restricted", "deleted thread"):
        if str(built[group].pk) in found:
            return group
    return None


def texts(message):
    parts = [message.subject, message.body]
    parts += [alternative.content for alternative in getattr(message, "alternatives", [])]
    return "\n".join(str(part) for part in parts).lower()


def check_mail(message, role, built, check):
    """No canary of what ``role`` may not read; what each sensitivity allows."""
    everything = texts(message)
    for name, group in GROUPS.items():
        if name != "person" and not visible_to(role, name):
            for canary in group.canaries:
                check(canary not in everything, f"leaks {canary!r} ({name})")
    for canary in GROUPS["restricted"].canaries:
        check(canary not in everything, f"a restricted thread's {canary!r} in an e-mail")
    for part in ("body", "reply", "mail", "file", "content"):
        canary = GROUPS["members"].words[part]
        check(canary not in everything, f"a members thread's text {canary!r} in an e-mail")


def test_notifications_reach_only_readers_with_what_the_sensitivity_allows(
    scenario, django_capture_on_commit_callbacks, capsys
):
    built = scenario
    role_clients = clients(built)
    colleague = Client()
    colleague.force_login(built["colleague"])
    failures, counts = [], Counter()
    received = {role: set() for role in ROLES[1:]}
    expected = {
        # the member replies (they hear nothing of their own posts)
        "member": {
            "non-member": set(),
            "expired member": set(),
            "other member": {"public", "members"},
            "member": set(),
            "editor": {"public", "members", "restricted"},
        },
        # then the member's colleague
        "colleague": {
            "non-member": set(),
            "expired member": set(),
            "other member": {"public", "members"},
            "member": {"public", "members", "restricted"},
            "editor": {"public", "members", "restricted"},
        },
    }
    for writer, client in (("member", role_clients["member"]), ("colleague", colleague)):
        mail.outbox = []
        received = {role: set() for role in ROLES[1:]}
        with django_capture_on_commit_callbacks(execute=True):
            for group in ("public", "members", "restricted"):
                response = client.post(
                    thread_url(built, group),
                    {"body": f"{writer} writes: {GROUPS[group].words['mail']}"},
                )
                assert response.status_code == 302, (writer, group, response.status_code)
        for message in mail.outbox:
            for role in ROLES[1:]:
                if built[role].email not in message.to:
                    continue

                def check(condition, text, role=role, message=message):
                    counts["assertions"] += 1
                    if not condition:
                        failures.append(f"e-mail to {role} ({message.subject!r}): {text}")

                check_mail(message, role, built, check)
                group = thread_of(message, built)
                if group is not None:
                    received[role].add(group)
                if group == "public":
                    public = GROUPS["public"].words["mail"]
                    check(public in texts(message), "the public-safe post's text is missing")
                if group == "members":
                    title = GROUPS["members"].words["title"]
                    check(title in texts(message), "the members thread's title is missing")
        counts["e-mails"] += len(mail.outbox)
        for role, groups in expected[writer].items():
            counts["assertions"] += 1
            if received[role] != groups:
                failures.append(
                    f"replies by the {writer}: {role} was told of {sorted(received[role])}, "
                    f"expected {sorted(groups)}"
                )

    # The digests of the same people (the posts are recent; nobody has read
    # the colleague's replies but the colleague).
    get_user = type(built["member"]).objects
    get_user.filter(pk__in=[built[role].pk for role in ROLES[1:]]).update(email_frequency="daily")
    mail.outbox = []
    with django_capture_on_commit_callbacks(execute=True):
        call_command(
            "send_digests",
            frequency="daily",
            now=(timezone.now() + datetime.timedelta(minutes=1)).isoformat(),
            stdout=io.StringIO(),
        )
    digests = {role: [m for m in mail.outbox if built[role].email in m.to] for role in ROLES[1:]}
    counts["digests"] = sum(len(found) for found in digests.values())
    for role, found in digests.items():

        def check(condition, text, role=role):
            counts["assertions"] += 1
            if not condition:
                failures.append(f"digest of {role}: {text}")

        if role in READERS:
            check(len(found) == 1, f"{len(found)} digests, expected one")
        else:
            check(not found, "a person who may not enter the exchange got a digest")
        for message in found:
            check_mail(message, role, built, check)
            everything = texts(message)
            check(GROUPS["public"].words["mail"] in everything, "the public-safe post is missing")
            check(GROUPS["members"].words["title"] in everything, "the members thread is missing")
    with capsys.disabled():
        print(
            f"\naccess matrix (members' e-mail): {counts['e-mails']} notifications, "
            f"{counts['digests']} digests, {counts['assertions']} assertions, "
            f"{len(failures)} failed"
        )
    assert not failures, "\n".join(failures)
