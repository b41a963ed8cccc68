"""The members-only boundary, driven over HTTP on every surface as every role.

Pages are built for the test, one per way the boundary used to leak:

- a practice whose English source is marked members-only *after* real French
  and German translations were published (their own flag still says public);
- a public page under a Wagtail log-in restriction added after publishing;
- a public child of a members-only page (its URL holds the parent's slug);
- unflagged documents attached to a public practice and to a public session
  (practice documents and session materials are always for members);
- a public expert's contact details;
- a photo used only by a members-only expert, and, as a control, a photo a
  public expert shows;
- a lead image used only by the members-only practice (its alternative text
  holds the practice's canary), and a public practice's lead image.

Each surface is asked as anonymous, a registered non-member, a member whose
membership ended, a member and an editor. The test asserts each status and
that no canary word of members-only content reaches anyone who is not a
member (and, as a control that the canaries are real, that members see them).
"""

import io
import re
from collections import Counter

import pytest
from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.test import Client
from PIL import Image as PILImage
from wagtail.models import PageViewRestriction

from cms.models import CustomDocument, CustomImage
from home.demo.books import document_title
from home.models import HomePage, StandardPage
from network.factories import MembershipFactory
from practices.factories import PracticePageFactory, default_organisation
from practices.models import ExpertIndexPage, ExpertPage, PracticeDocument, PracticeIndexPage
from programme.models import SessionMaterial, SessionPage
from tests.helpers import publish, translate

pytestmark = pytest.mark.django_db

ROLES = ("anonymous", "non-member", "expired member", "member", "editor")
MEMBERS = {"member", "editor"}

#: Canary words, one per members-only thing: none may reach a non-member.
PRACTICE = "zephyrquokka"
PARENT = "plumcrinkle"
CHILD = "xylobramble"
EXPERT = "vortexmarmot"
ATTACHED = "gravelnimbus"
MATERIAL = "mossgable"
EXPERT_EMAIL = "opalina@example.org"  # a public expert's contact details
#: In a page behind a log-in restriction: never shown to anonymous readers,
#: and never listed or found by anybody.
RESTRICTED = "quillfathom"
MEMBERS_CANARIES = (PRACTICE, PARENT, CHILD, EXPERT, ATTACHED, MATERIAL, EXPERT_EMAIL)
#: A word of the members-only practice's text to search for (the search page
#: repeats the query, so it is not a canary itself).
SEARCH_WORD = "snorkelbloom"


def paragraph(text):
    return [{"type": "paragraph", "value": f"<p>{text}</p>"}]


def png(name):
    buffer = io.BytesIO()
    PILImage.new("RGB", (40, 30), (200, 40, 40)).save(buffer, "PNG")
    return ImageFile(io.BytesIO(buffer.getvalue()), name=name)


def expert(title, members_only, photo):
    parent = ExpertIndexPage.objects.get(locale__language_code="en")
    page = ExpertPage(
        title=title,
        summary=title,
        organisation=default_organisation(),
        country="BE",
        members_only=members_only,
        photo=photo,
        email=f"{title.split()[0].lower()}@example.org",
    )
    parent.add_child(instance=page)
    return publish(page)


@pytest.fixture
def scenario(django_capture_on_commit_callbacks):
    built = {}
    # 1. A translated practice, marked members-only on its source afterwards.
    source = PracticePageFactory.in_language(
        "en",
        title=f"{PRACTICE.title()} family circles",
        body=paragraph(f"{PRACTICE} method in detail, {SEARCH_WORD}"),
    )
    built["practice_fr"] = translate(source, "fr", django_capture_on_commit_callbacks)
    built["practice_de"] = translate(source, "de", django_capture_on_commit_callbacks)
    assert not built["practice_fr"].members_only  # the translation's own flag says public
    source.members_only = True
    source.lead_image = CustomImage.objects.create(
        title="Members' lead image", description=f"{PRACTICE} lead image", file=png("lead.png")
    )
    built["practice_en"] = publish(source)
    # 2. A public page, restricted to signed-in readers after publishing.
    restricted = PracticePageFactory.in_language(
        "en", title=f"{RESTRICTED.title()} pilot", body=paragraph(f"{RESTRICTED} notes")
    )
    PageViewRestriction.objects.create(page=restricted, restriction_type=PageViewRestriction.LOGIN)
    built["restricted"] = restricted
    # 3. A public child of a members-only page.
    home = HomePage.objects.get(locale__language_code="en")
    parent = StandardPage(
        title=f"{PARENT.title()} room", slug=f"{PARENT}-room", summary=PARENT, members_only=True
    )
    home.add_child(instance=parent)
    built["parent"] = publish(parent)
    child = StandardPage(title=f"{CHILD.title()} notes", summary=CHILD, members_only=False)
    parent.add_child(instance=child)
    built["child"] = publish(child)
    # 4. An unflagged document attached to a public practice.
    document = CustomDocument(title=f"{ATTACHED.title()} handbook", members_only=False)
    document.file.save(f"{ATTACHED}.txt", ContentFile(f"{ATTACHED} contents".encode()), save=False)
    document.save()
    carrier = PracticePageFactory.in_language("en", title="Open library carrier")
    PracticeDocument.objects.create(page=carrier, document=document)
    carrier.lead_image = CustomImage.objects.create(
        title="Open lead image", description="An open lead image", file=png("open-lead.png")
    )
    built["carrier"], built["document"] = publish(carrier), document
    # ... and as a session's material.
    material = CustomDocument(title=f"{MATERIAL.title()} slides", members_only=False)
    material.file.save(f"{MATERIAL}.txt", ContentFile(f"{MATERIAL} slides".encode()), save=False)
    material.save()
    session = SessionPage.objects.get(slug="augsburg-2015", locale__language_code="en")
    SessionMaterial.objects.create(page=session, document=material)
    built["session"], built["material"] = publish(session), material
    # 5. A photo only a members-only expert shows; a public expert's photo.
    private_photo = CustomImage(title=f"{EXPERT.title()} portrait", file=png(f"{EXPERT}.png"))
    private_photo.save()
    public_photo = CustomImage(title="Open portrait", file=png("open-portrait.png"))
    public_photo.save()
    built["expert"] = expert(f"{EXPERT.title()} Demo-Expert", True, private_photo)
    built["public_expert"] = expert("Opalina Demo-Expert", False, public_photo)
    built["private_photo"], built["public_photo"] = private_photo, public_photo
    return built


def clients():
    User = get_user_model()
    expired = User.objects.create_user("expired-member", "expired@example.org", "x" * 16)
    # A person of an organisation whose membership ended yesterday.
    MembershipFactory(user=expired, ended=True)
    result = {"anonymous": Client()}
    for role, username in (
        ("non-member", "eastbridge"),
        ("expired member", "expired-member"),
        ("member", "member"),
        ("editor", "editor"),
    ):
        result[role] = Client()
        result[role].force_login(User.objects.get(username=username))
    return result


#: What a reader gets of something members-only: anonymous readers are sent
#: to sign in, signed-in non-members are refused, members get it.
def members_only_status(role):
    if role in MEMBERS:
        return 200
    return 302 if role == "anonymous" else 403


def library(language):
    """A practice listing narrowed to the scenario's topic (one page of results)."""
    index = PracticeIndexPage.objects.get(locale__language_code=language)
    return f"{index.url}?topic=family-support"


def surfaces(built):
    """(surface, url, expected status by role, canaries members must see there)."""
    everyone = dict.fromkeys(ROLES, 200)
    members_only = {role: members_only_status(role) for role in ROLES}
    nobody = dict.fromkeys(ROLES, 404)
    signed_in = {role: 302 if role == "anonymous" else 200 for role in ROLES}
    document, private_photo = built["document"], built["private_photo"]
    rendition = private_photo.get_rendition("fill-20x20")
    public_rendition = built["public_photo"].get_rendition("fill-20x20")
    publications = StandardPage.objects.get(slug="publications", locale__language_code="en")
    book = CustomDocument.objects.get(title=document_title("fr"))
    rows = [
        # pages, in every language of the members-only practice
        ("page: members-only source", built["practice_en"].url, members_only, [PRACTICE]),
        ("page: its French translation", built["practice_fr"].url, members_only, [PRACTICE]),
        ("page: its German translation", built["practice_de"].url, members_only, [PRACTICE]),
        ("page: members-only parent", built["parent"].url, members_only, [PARENT]),
        ("page: public child of it", built["child"].url, members_only, [CHILD]),
        ("page: members-only expert", built["expert"].url, members_only, [EXPERT]),
        (
            "page: restricted (log-in)",
            built["restricted"].url,
            {role: 302 if role == "anonymous" else 200 for role in ROLES},
            [],
        ),
        ("page: public practice", built["carrier"].url, everyone, [ATTACHED]),
        ("page: public expert", built["public_expert"].url, everyone, [EXPERT_EMAIL]),
        ("page: public session", built["session"].url, everyone, [MATERIAL]),
        # listings and the home page
        ("listing: practices (en)", library("en"), everyone, [PRACTICE]),
        ("listing: practices (fr)", library("fr"), everyone, [PRACTICE]),
        ("listing: practices (de)", library("de"), everyone, [PRACTICE]),
        (
            "listing: experts",
            ExpertIndexPage.objects.get(locale__language_code="en").url,
            everyone,
            [],
        ),
        # listings through the search: other languages, keywords, counts
        (
            "listing: practices, all languages (es)",
            f"{library('es')}&languages=all",
            everyone,
            [PRACTICE],
        ),
        ("listing: practices, keyword", f"{library('en')}&q={SEARCH_WORD}", everyone, [PRACTICE]),
        (
            "listing: experts, all languages (de)",
            ExpertIndexPage.objects.get(locale__language_code="de").url
            + "?languages=all&sort=newest",
            everyone,
            [EXPERT],
        ),
        ("home page (en)", "/en/", everyone, []),
        # a forgotten password (the same answers for everybody)
        ("password reset form", "/en/accounts/password/reset/", everyone, []),
        ("password reset form (de)", "/de/accounts/password/reset/", everyone, []),
        ("password reset sent", "/fr/accounts/password/reset/done/", everyone, []),
        (
            "password reset link, invalid",
            "/it/accounts/password/reset/key/MQ-set-password/",
            everyone,
            [],
        ),
        ("password reset done", "/es/accounts/password/reset/key/done/", everyone, []),
        # a person's own pages (network.views): anyone signed in, nobody else
        ("account: profile", "/en/accounts/profile/", signed_in, []),
        ("account: profile (fr)", "/fr/accounts/profile/", signed_in, []),
        ("account: data export", "/de/accounts/profile/data/", signed_in, []),
        ("account: deletion", "/it/accounts/delete/", signed_in, []),
        # search, every surface and the cross-language collapse
        ("search page", f"/en/search/?q={SEARCH_WORD}", everyone, [PRACTICE]),
        ("search page (fr)", f"/fr/search/?q={SEARCH_WORD}", everyone, [PRACTICE]),
        (
            "search page, all languages",
            f"/en/search/?q={SEARCH_WORD}&languages=all",
            everyone,
            [PRACTICE],
        ),
        ("search api", f"/api/search/?q={SEARCH_WORD}", everyone, [PRACTICE]),
        (
            "search api, all languages",
            f"/api/search/?q={SEARCH_WORD}&languages=all",
            everyone,
            [PRACTICE],
        ),
        ("search api (de)", f"/api/search/?q={SEARCH_WORD}&locale=de", everyone, [PRACTICE]),
        ("search api: child", f"/api/search/?q={CHILD}&languages=all", everyone, []),
        ("search api: expert", f"/api/search/?q={EXPERT}", everyone, [EXPERT]),
        ("search api: restricted", f"/api/search/?q={RESTRICTED}&languages=all", everyone, []),
        ("autocomplete", f"/api/search/autocomplete/?q={PRACTICE[:6]}", everyone, [PRACTICE]),
        (
            "autocomplete (fr)",
            f"/api/search/autocomplete/?q={PRACTICE[:6]}&locale=fr",
            everyone,
            [PRACTICE],
        ),
        ("autocomplete: restricted", f"/api/search/autocomplete/?q={RESTRICTED[:6]}", everyone, []),
        # API v2 (it always answers as the public sees the site)
        (
            "api v2: practices",
            "/api/v2/pages/?type=practices.PracticePage&limit=100&fields=title,summary",
            everyone,
            [],
        ),
        ("api v2: pages of the tree", "/api/v2/pages/?limit=100&order=-id", everyone, []),
        ("api v2: experts", "/api/v2/pages/?type=practices.ExpertPage&limit=100", everyone, []),
        ("api v2: source detail", f"/api/v2/pages/{built['practice_en'].pk}/", nobody, []),
        ("api v2: French detail", f"/api/v2/pages/{built['practice_fr'].pk}/", nobody, []),
        ("api v2: German detail", f"/api/v2/pages/{built['practice_de'].pk}/", nobody, []),
        ("api v2: child detail", f"/api/v2/pages/{built['child'].pk}/", nobody, []),
        ("api v2: restricted detail", f"/api/v2/pages/{built['restricted'].pk}/", nobody, []),
        (
            "api v2: find the French page",
            f"/api/v2/pages/find/?html_path={built['practice_fr'].url}",
            nobody,
            [],
        ),
        ("api v2: documents", "/api/v2/documents/?limit=100", everyone, []),
        ("api v2: attached document", f"/api/v2/documents/{document.pk}/", nobody, []),
        ("api v2: images", "/api/v2/images/?limit=100", everyone, []),
        ("api v2: members' photo", f"/api/v2/images/{private_photo.pk}/", nobody, []),
        ("sitemap", "/sitemap.xml", everyone, []),
        ("robots.txt", "/robots.txt", everyone, []),
        # health checks (cms.health): the same answer for everybody, no private data
        ("health: liveness", "/healthz", everyone, []),
        ("health: readiness", "/readyz", everyone, []),
        ("site icon", "/favicon.ico", dict.fromkeys(ROLES, 301), []),
        ("project api: schema", "/api/openapi.json", everyone, []),
        ("project api: docs", "/api/docs", everyone, []),
        ("project api: sessions", "/api/sessions/?page_size=50", everyone, []),
        (
            "project api: my registrations",
            "/api/registrations/",
            {role: 401 if role == "anonymous" else 200 for role in ROLES},
            [],
        ),
        # files
        ("document download", document.url, members_only, [ATTACHED]),
        ("document file", document.file.url, members_only, [ATTACHED]),
        ("session material download", built["material"].url, members_only, [MATERIAL]),
        ("session material file", built["material"].file.url, members_only, [MATERIAL]),
        ("api v2: session material", f"/api/v2/documents/{built['material'].pk}/", nobody, []),
        ("members' photo", private_photo.file.url, members_only, []),
        ("members' photo rendition", rendition.url, members_only, []),
        ("public photo", built["public_photo"].file.url, everyone, []),
        ("public photo rendition", public_rendition.url, everyone, []),
        (
            "members' photo: practice lead image rendition",
            built["practice_en"].lead_image.get_rendition("fill-640x360|format-webp").url,
            members_only,
            [],
        ),
        (
            "public practice lead image rendition",
            built["carrier"].lead_image.get_rendition("fill-640x360|format-webp").url,
            everyone,
            [],
        ),
        # the book of practices: public documents, linked from the public
        # publications page (the demo's copy)
        ("page: publications", publications.url, everyone, []),
        ("book edition download", book.url, everyone, []),
        ("book edition file", book.file.url, everyone, []),
    ]
    return rows


def body(response):
    if response.streaming:
        return b"".join(response.streaming_content).decode(errors="replace")
    return response.content.decode(errors="replace")


def test_access_matrix(scenario, capsys):
    built = scenario
    counts, failures = Counter(), []
    rows = surfaces(built)
    # The API is public-only: the members' photo and attached document must not
    # be listed, the public photo must (a control that the listing works).
    listed_ids = {
        "api v2: images": (built["public_photo"].pk, built["private_photo"].pk),
    }
    private_urls = [
        built[name].url for name in ("practice_en", "practice_fr", "practice_de", "parent", "child")
    ] + [built["expert"].url, built["restricted"].url]
    for role, client in clients().items():
        for surface, url, statuses, member_canaries in rows:
            response = client.get(url)
            text = body(response)
            counts["requests"] += 1

            def check(condition, message, surface=surface, role=role, url=url):
                counts["assertions"] += 1
                if not condition:
                    failures.append(f"{surface} as {role} ({url}): {message}")

            check(
                response.status_code == statuses[role],
                f"status {response.status_code}, expected {statuses[role]}",
            )
            if response.status_code == 302 and statuses[role] == 302:
                check(
                    "/accounts/login/" in response["Location"],
                    f"redirects to {response['Location']}, not to sign in",
                )
            lowered = text.lower()
            if role in MEMBERS:
                for canary in member_canaries:
                    check(canary in lowered, f"a member does not see {canary!r}")
            else:
                for canary in MEMBERS_CANARIES:
                    check(canary not in lowered, f"leaks {canary!r}")
            if role == "anonymous":
                check(RESTRICTED not in lowered, f"leaks {RESTRICTED!r}")
            listing = ("listing", "search", "autocomplete", "api", "sitemap", "robots", "home")
            if surface.startswith(listing):
                check(RESTRICTED not in lowered, f"lists the restricted page ({RESTRICTED!r})")
                if role not in MEMBERS or surface.startswith(("api", "sitemap", "robots")):
                    for private_url in private_urls:
                        check(private_url not in text, f"hands out {private_url}")
                    check(f"{PARENT}-room" not in text, "hands out the parent's slug")
            if surface in listed_ids and response.status_code == 200:
                public_id, private_id = listed_ids[surface]
                ids = {item["id"] for item in response.json()["items"]}
                check(public_id in ids, "does not list the public photo")
                check(private_id not in ids, "lists the members' photo")
            private_file = surface.startswith(("document", "session material", "members' photo"))
            if private_file and role not in MEMBERS:
                check(
                    "no-store" in response.get("Cache-Control", "")
                    or response.status_code in (302, 403),
                    "a members-only file is cacheable",
                )
            if private_file and role in MEMBERS:
                check(
                    "no-store" in response.get("Cache-Control", ""),
                    "a members-only file may be kept by a shared cache",
                )
    with capsys.disabled():
        print(
            f"\naccess matrix: {len(rows)} surfaces x {len(ROLES)} roles, "
            f"{counts['requests']} requests, {counts['assertions']} assertions, "
            f"{len(failures)} failed"
        )
    assert not failures, "\n".join(failures)


def test_no_file_is_reachable_under_the_media_root_address(scenario, client):
    """Uploaded files have no address but the checking view: the old
    ``/media/`` address serves nothing, members-only or not."""
    document = scenario["document"]
    for name in (document.file.name, scenario["public_photo"].file.name):
        assert client.get(f"/media/{name}").status_code == 404
    assert re.match(r"^/files/", document.file.url)
