"""Training registration (issue 12), driven over HTTP on every surface as seven roles.

The same method as ``tests/test_access_matrix.py`` and
``tests/test_access_matrix_members.py``: statuses and canary words. The
scenario is built here with the factories and the registration service
(nothing taken from the demo's sessions):

- a public session S (it began yesterday, ends tomorrow, four seats, full,
  three people waiting) with a material document whose title and contents
  hold canaries; its participant, a registered non-member who booked
  themselves and a colleague, attended (a certificate) and has an invoice;
- a public session T whose only participant is another non-member;
- a members-only session P (a canary in its title) where a member holds a
  place under a canary name;
- a public session D with unlimited seats for what the roles book and
  cancel;
- a service request by the member with a canary topic and description.

The roles: anonymous, a registered non-member, the participant of S, the
participant of T, a person whose organisation's membership ended yesterday,
a member and an editor (given admin access and the programme's permissions on
registrations and service requests explicitly: the demo's Editors group
has admin access from Wagtail, but none of the programme's permissions).

Each surface is asked as each role: the status; that no canary of
something a role may not read reaches it (and, as a control that the
canaries are real, that those who may read a thing see it where it is
shown); that a personal link's secret appears only behind that link and
on its owner's own pages; that a refused POST changed nothing and an
accepted one did; that personal or members-only answers are ``private,
no-store``.
"""

import datetime
import io
import json
import uuid
from collections import Counter
from dataclasses import dataclass, field
from decimal import Decimal

import openpyxl
import pytest
from django.contrib.auth.models import Group, Permission
from django.test import Client
from django.urls import reverse

from cms.factories import DocumentFactory
from network.factories import MembershipFactory, UserFactory
from network.forms import NOT_LISTED
from programme import registration as service
from programme import service_requests
from programme.attendance_views import checkin_token
from programme.factories import open_session
from programme.models import (
    Invoice,
    Registration,
    ServiceRequest,
    SessionIndexPage,
    programme_today,
)

pytestmark = pytest.mark.django_db

ROLES = (
    "anonymous",
    "non-member",
    "participant",
    "other participant",
    "expired member",
    "member",
    "editor",
)
MEMBERS = frozenset({"member", "editor"})
#: The programme's permissions the editor person is given in the fixture.
EDITOR_PERMISSIONS = (
    ("wagtailadmin", "access_admin"),
    ("programme", "view_registration"),
    ("programme", "change_registration"),
    ("programme", "view_servicerequest"),
    ("programme", "change_servicerequest"),
)


@dataclass
class Canaries:
    """Something a set of roles may read, and its canary words by part."""

    readers: set
    #: Who reads it on a person's own pages (profile, booking, own API
    #: answers): the person it belongs to, never an editor.
    owners: set
    words: dict


GROUPS = {
    # S's material: its title on the session page, its contents in the file.
    "material": Canaries(
        {"participant", "member", "editor"},
        {"participant", "member", "editor"},
        {"title": "larchquill", "content": "fernvault"},
    ),
    # The members-only session P.
    "members session": Canaries(set(MEMBERS), set(MEMBERS), {"title": "gannetplume"}),
    # S's participant (registered by themselves) and the colleague they booked.
    "participant": Canaries(
        {"participant", "editor"}, {"participant"}, {"name": "tealwren", "email": "pipitmarsh"}
    ),
    "colleague": Canaries(
        {"participant", "editor"}, {"participant"}, {"name": "ottercliff", "email": "sedgefinch"}
    ),
    # T's participant.
    "other participant": Canaries(
        {"other participant", "editor"},
        {"other participant"},
        {"name": "marlinvale", "email": "cinderlark"},
    ),
    # The member's place in P.
    "member's place": Canaries(
        set(MEMBERS), {"member"}, {"name": "quincebrook", "email": "heronmoss"}
    ),
    # What only editors see: S's other people, the invoice.
    "staff": Canaries(
        {"editor"},
        set(),
        {
            "attendee": "bramblekite",
            "walker": "thistlemere",
            "waiting": "loonharbor",
            "invoice": "slateowl",
        },
    ),
    # The member's service request.
    "request": Canaries(
        set(MEMBERS), {"member"}, {"topic": "fjordmint", "description": "yarrowgild"}
    ),
}
#: A word of P's summary to search for (the search page repeats the query,
#: so it is not a canary itself).
P_SEARCH = "wrenfallow"
#: The personal links' secrets: {registration: its owner's role (None: no role's)}.
TOKEN_OWNERS = {
    "participant": "participant",
    "colleague": None,
    "other participant": "other participant",
    "member's place": "member",
}


def slug(role):
    return role.replace(" ", "-").replace("'", "")


def days(number):
    return programme_today() + datetime.timedelta(days=number)


def person(name, email, **fields):
    return service.Participant(name=name, email=email, **fields)


# ---------------------------------------------------------------- the scenario


def editor_person():
    editor = UserFactory(is_staff=True, first_name="Edda", last_name="Editor")
    editor.groups.add(Group.objects.get(name="Editors"))
    for app_label, codename in EDITOR_PERMISSIONS:
        editor.user_permissions.add(
            Permission.objects.get(content_type__app_label=app_label, codename=codename)
        )
    return editor


@pytest.fixture
def people(db):
    words = {name: group.words for name, group in GROUPS.items()}
    member_affiliation = MembershipFactory(
        user__first_name="Mira", user__last_name="Member", user__email="heronmoss@example.org"
    )
    return {
        "non-member": UserFactory(first_name="Nora"),
        "participant": UserFactory(
            first_name=words["participant"]["name"].title(),
            last_name="Quist",
            email=f"{words['participant']['email']}@example.org",
        ),
        "other participant": UserFactory(
            first_name=words["other participant"]["name"].title(),
            last_name="Soto",
            email=f"{words['other participant']['email']}@example.org",
        ),
        "expired member": MembershipFactory(ended=True, user__first_name="Ex").user,
        "member": member_affiliation.user,
        "member organisation": member_affiliation.organisation,
        "editor": editor_person(),
    }


@pytest.fixture
def scenario(people):
    words = {name: group.words for name, group in GROUPS.items()}
    staff = words["staff"]
    built = dict(people)
    booked_on = days(-5)
    material = DocumentFactory(
        title=f"{words['material']['title'].title()} slides",
        file__filename="session-slides.txt",
        file__data=f"The slides: {words['material']['content']}".encode(),
    )
    built["material"] = material
    built["S"] = open_session(
        title="Matrix session S",
        seats=4,
        start_date=days(-1),
        end_date=days(1),
        registration_opens=days(-30),
        registration_closes=days(-2),
        materials=[material],
    )
    built["T"] = open_session(title="Matrix session T", seats=10)
    built["P"] = open_session(
        title=f"{words['members session']['title'].title()} seminar",
        summary=f"A seminar for members on {P_SEARCH}",
        seats=10,
        members_only=True,
    )
    built["D"] = open_session(title="Matrix session D", seats=None, start_date=days(40))

    # S: the participant books themselves and a colleague, then the others
    # fill the seats and three wait.
    participant = people["participant"]
    mine, colleague = service.register(
        participant,
        [built["S"]],
        [
            person("Tealwren Quist", participant.email, organisation_name="Harbourtown"),
            person(
                f"{words['colleague']['name'].title()} Brann",
                f"{words['colleague']['email']}@example.org",
                organisation_name="Harbourtown",
            ),
        ],
        language="en",
        on=booked_on,
    )
    stranger = UserFactory()
    others = service.register(
        stranger,
        [built["S"]],
        [
            person(f"{staff['attendee'].title()} Ames", "attendee@example.net"),
            person(f"{staff['walker'].title()} Wade", "walker@example.net"),
            *(
                person(f"{staff['waiting'].title()} {number}", f"waiting{number}@example.net")
                for number in (1, 2, 3)
            ),
        ],
        on=booked_on,
    )
    assert [r.status for r in (mine, colleague, *others)] == ["confirmed"] * 4 + ["waiting"] * 3
    built.update(
        {
            "participant's place": mine,
            "colleague's place": colleague,
            "attendee": others[0],
            "walker": others[1],
            "waiting": others[2:],
        }
    )
    service.mark_attended(mine, people["editor"])
    service.record_payment(
        [mine], f"INV-{staff['invoice'].upper()}-1", Decimal("600.00"), days(0), people["editor"]
    )
    # T: the other participant books themselves.
    other = people["other participant"]
    (built["other's place"],) = service.register(
        other, [built["T"]], [person("Marlinvale Soto", other.email)], on=days(0)
    )
    # P: the member books themselves.
    member = people["member"]
    (built["member's place"],) = service.register(
        member,
        [built["P"]],
        [
            person(
                f"{words["member's place"]['name'].title()} Adler",
                member.email,
                organisation=people["member organisation"],
            )
        ],
    )
    # D: a personal link per role to cancel with, a place each signed-in
    # role booked (cancelled through the API), a stranger's place.
    links = service.register(
        stranger,
        [built["D"]],
        [person(f"Link holder {slug(r)}", f"link-{slug(r)}@matrix.example.org") for r in ROLES],
    )
    built["link"] = dict(zip(ROLES, links, strict=True))
    built["own"] = {
        role: service.register(
            people[role],
            [built["D"]],
            [person(f"Booked by {slug(role)}", f"own-{slug(role)}@matrix.example.org")],
        )[0]
        for role in ROLES[1:]
    }
    (built["stranger's place"],) = service.register(
        stranger, [built["D"]], [person("Stranger", "stranger@matrix.example.org")]
    )
    built["request"] = service_requests.create(
        member,
        service=ServiceRequest.Service.TRAINING,
        topic=f"{words['request']['topic'].title()} training",
        description=f"Two days on {words['request']['description']} for our staff.",
        organisation=people["member organisation"],
        language="en",
    )
    built["tokens"] = {
        "participant": mine.token,
        "colleague": colleague.token,
        "other participant": built["other's place"].token,
        "member's place": built["member's place"].token,
    }
    return built


def clients(built):
    result = {"anonymous": Client()}
    for role in ROLES[1:]:
        result[role] = Client()
        result[role].force_login(built[role])
    return result


# ---------------------------------------------------------------- the surfaces


def expect(anonymous, others, **roles):
    """Statuses by role: ``others`` for every signed-in role not named
    (``non_member=``, ``participant=``, ``other_participant=``,
    ``expired_member=``, ``member=``, ``editor=``)."""
    result = dict.fromkeys(ROLES, others)
    result["anonymous"] = anonymous
    for name, status in roles.items():
        role = name.replace("_", " ").replace("non member", "non-member")
        assert role in result, name
        result[role] = status
    return result


EVERYONE = expect(200, 200)
SIGNED_IN = expect(302, 200)
#: A members-only page: anonymous readers sign in, non-members get a 403.
MEMBERS_ONLY = expect(302, 403, member=200, editor=200)
#: Editors' pages on the site: anonymous readers sign in, others get a 403.
EDITORS_SITE = expect(302, 403, editor=200)
#: Wagtail's admin: whoever has no admin access is sent to its sign-in.
EDITORS_ADMIN = expect(302, 302, editor=200)
#: The project API (signed-in people only).
API = expect(401, 200)
ALL_ROLES = frozenset(ROLES)
SIGNED_IN_ROLES = ALL_ROLES - {"anonymous"}


@dataclass
class Surface:
    name: str
    url: str
    statuses: dict
    #: {group: parts} that a role that may read them must see here (when 200/201).
    shows: dict = field(default_factory=dict)
    #: {group: parts} that anybody who holds this address may see (a
    #: personal link, a certificate's verification).
    reveals: dict = field(default_factory=dict)
    #: A person's own page or answer: groups are read by their owners only.
    own: bool = False
    #: The personal link this address holds (its secret may appear here).
    token: str | None = None
    #: Secrets whose owner must find them here (their own pages).
    tokens_shown: tuple = ()
    #: Text that must be in the answer when it is 200.
    contains: tuple = ()
    method: str = "get"
    #: Form data or JSON body, or a function of the role giving it.
    data: object = None
    json: object = None
    effect: object = None
    changes: set = field(default_factory=set)
    #: Public by nature (sitemap, calendar feed, API v2): no canary for anybody.
    public: bool = False
    #: Private, no-store even for anonymous readers (a personal link).
    personal: bool = False


def status_of(registration):
    return lambda: Registration.objects.get(pk=registration.pk).status


def attended(registration):
    return lambda: Registration.objects.get(pk=registration.pk).attended_at


def count(queryset):
    return lambda: queryset.all().count()


def booking_form(session, email):
    return {
        "sessions": [str(session.pk)],
        "participants-TOTAL_FORMS": "1",
        "participants-INITIAL_FORMS": "0",
        "participants-MIN_NUM_FORMS": "1",
        "participants-MAX_NUM_FORMS": "30",
        "participants-0-name": "Matrix Guest",
        "participants-0-email": email,
        "participants-0-role": "Observer",
        "participants-0-organisation": NOT_LISTED,
        "participants-0-organisation_name": "Matrix town",
        "participants-0-language": "en",
        "action": "confirm",
    }


def api_booking(session, email):
    return {
        "sessions": [session.pk],
        "participants": [
            {"name": "Matrix Guest", "email": email, "organisation_name": "Matrix town"}
        ],
    }


def surfaces(built):
    S, T, P, D = built["S"], built["T"], built["P"], built["D"]
    tokens = built["tokens"]
    mine = built["participant's place"]
    material = built["material"]
    index = SessionIndexPage.objects.get(locale__language_code="en")
    booking = mine.booking
    member_booking = built["member's place"].booking
    request_id = built["request"].pk
    admin = "/admin/programme/registrations/"
    walker, attendee = built["walker"], built["attendee"]
    first_waiting, last_waiting = built["waiting"][1], built["waiting"][2]
    registrations_in = Registration.objects.filter
    seat_line = 'class="session-seats"'

    def training(name, *args):
        return reverse(name, args=args)

    rows = [
        # --- the session pages and the programme
        Surface(
            "session page S",
            S.url,
            EVERYONE,
            shows={"material": ("title",)},
            contains=(seat_line,),
        ),
        Surface("session page T", T.url, EVERYONE, contains=(seat_line,)),
        Surface(
            "session page P (members only)",
            P.url,
            MEMBERS_ONLY,
            shows={"members session": ("title",)},
            contains=(seat_line,),
        ),
        Surface(
            "session index",
            index.url,
            EVERYONE,
            shows={"members session": ("title",)},
            contains=("Matrix session S".lower(),),
        ),
        # --- materials: S's participants and members
        Surface(
            "material download",
            material.url,
            expect(302, 403, participant=200, member=200, editor=200),
            shows={"material": ("content",)},
        ),
        Surface(
            "material file",
            material.file.url,
            expect(302, 403, participant=200, member=200, editor=200),
            shows={"material": ("content",)},
        ),
        # --- registering
        Surface(
            "register form",
            training("registration-register"),
            SIGNED_IN,
            shows={"members session": ("title",)},
        ),
        Surface(
            "register form asking for P",
            f"{training('registration-register')}?session={P.pk}",
            SIGNED_IN,
            shows={"members session": ("title",)},
        ),
        Surface(
            "register for D (POST)",
            training("registration-register"),
            expect(302, 302),
            method="post",
            data=lambda role: booking_form(D, f"site-{slug(role)}@matrix.example.org"),
            effect=count(registrations_in(session=D)),
            changes=SIGNED_IN_ROLES,
        ),
        Surface(
            "register for P (POST)",
            training("registration-register"),
            expect(302, 200, member=302, editor=302),
            method="post",
            data=lambda role: booking_form(P, f"site-p-{slug(role)}@matrix.example.org"),
            effect=count(registrations_in(session=P)),
            changes=MEMBERS,
        ),
        # --- the registrant's booking
        Surface(
            "booking of the participant",
            training("registration-booking", booking.pk),
            expect(302, 404, participant=200),
            own=True,
            shows={"participant": ("name",), "colleague": ("name",)},
        ),
        Surface(
            "booking: cancel the colleague (POST)",
            training("registration-booking", booking.pk),
            expect(302, 404, participant=302),
            own=True,
            method="post",
            data={"registration": str(built["colleague's place"].pk)},
            effect=status_of(built["colleague's place"]),
            changes={"participant"},
        ),
        Surface(
            "booking: cancel another's place through one's own booking (POST)",
            training("registration-booking", member_booking.pk),
            expect(302, 404),
            own=True,
            method="post",
            data={"registration": str(mine.pk)},
            effect=status_of(mine),
        ),
        # --- the personal link: anyone who holds it
        Surface(
            "personal link",
            training("registration-manage", tokens["participant"]),
            EVERYONE,
            reveals={"participant": ("name", "email")},
            shows={"participant": ("name", "email")},
            token="participant",
            personal=True,
        ),
        Surface(
            "personal link: details (POST)",
            training("registration-manage", tokens["participant"]),
            expect(302, 302),
            token="participant",
            personal=True,
            method="post",
            data={
                "name": "Tealwren Quist",
                "role": "Prevention officer",
                "organisation": NOT_LISTED,
                "organisation_name": "Harbourtown",
                "language": "en",
                "accept_terms": "on",
            },
            effect=lambda: Registration.objects.get(pk=mine.pk).details_completed_at,
            changes=ALL_ROLES,
        ),
        Surface(
            "personal link: cancel form",
            training("registration-cancel", tokens["participant"]),
            EVERYONE,
            reveals={"participant": ("name",)},
            shows={"participant": ("name",)},
            token="participant",
            personal=True,
        ),
        Surface(
            "personal link: certificate",
            training("registration-certificate", tokens["participant"]),
            EVERYONE,
            token="participant",
            personal=True,
            contains=("%pdf-",),
        ),
        Surface(
            "personal link: no certificate (not attended)",
            training("registration-certificate", tokens["other participant"]),
            expect(403, 403),
            reveals={"other participant": ("name",)},
            token="other participant",
            personal=True,
        ),
        Surface(
            "personal link: wrong token",
            training("registration-manage", "x" * 43),
            expect(404, 404),
        ),
        Surface(
            "personal link: wrong token, cancel",
            training("registration-cancel", "x" * 43),
            expect(404, 404),
            method="post",
            effect=count(registrations_in(status="cancelled")),
        ),
        Surface(
            "personal link: wrong token, certificate",
            training("registration-certificate", "x" * 43),
            expect(404, 404),
        ),
        # --- certificates: public verification
        Surface(
            "certificate verification",
            training("certificate-verify", mine.certificate_code),
            EVERYONE,
            reveals={"participant": ("name",)},
            shows={"participant": ("name",)},
            personal=True,
        ),
        Surface(
            "certificate verification: not attended",
            training("certificate-verify", built["other's place"].certificate_code),
            expect(404, 404),
        ),
        Surface(
            "certificate verification: unknown",
            training("certificate-verify", uuid.UUID(int=7)),
            expect(404, 404),
        ),
        # --- calendars
        Surface(
            "calendar of S",
            training("session-calendar", S.pk),
            EVERYONE,
            contains=("begin:vevent", "matrix session s"),
        ),
        Surface(
            "calendar of P",
            training("session-calendar", P.pk),
            expect(404, 404, member=200, editor=200),
            shows={"members session": ("title",)},
            contains=("begin:vevent",),
        ),
        Surface(
            "calendar feed",
            training("sessions-calendar-feed"),
            EVERYONE,
            public=True,
            contains=("matrix session s",),
        ),
        # --- attendance: editors only
        Surface(
            "check-in list of S",
            training("checkin-list", S.pk),
            EDITORS_SITE,
            shows={"participant": ("name",), "staff": ("attendee", "walker")},
        ),
        Surface(
            "check-in list of P",
            training("checkin-list", P.pk),
            EDITORS_SITE,
            shows={"member's place": ("name",)},
        ),
        Surface(
            "check-in scan",
            training("checkin-scan", checkin_token(walker)),
            EDITORS_SITE,
            shows={"staff": ("walker",)},
        ),
        Surface(
            "check-in scan (POST)",
            training("checkin-scan", checkin_token(walker)),
            expect(302, 403, editor=302),
            method="post",
            effect=attended(walker),
            changes={"editor"},
        ),
        Surface(
            "check-in list: undo (POST)",
            training("checkin-list", S.pk),
            expect(302, 403, editor=302),
            method="post",
            data={"registration": str(walker.pk), "attended": "0"},
            effect=attended(walker),
            changes={"editor"},
        ),
        # --- services on demand
        Surface("service request form", training("service-request"), EVERYONE),
        Surface(
            "service request (POST)",
            training("service-request"),
            expect(302, 302),
            method="post",
            data={
                "service": ServiceRequest.Service.STUDY_VISIT,
                "topic": "A visit of the matrix",
                "description": "Asked by the access matrix.",
                "organisation_name": "Matrix town",
            },
            effect=count(ServiceRequest.objects),
            changes=SIGNED_IN_ROLES,
        ),
        Surface("service request thanks", training("service-request-thanks"), SIGNED_IN),
        # --- the admin: registrations
        Surface(
            "admin: registrations",
            admin,
            EDITORS_ADMIN,
            shows={"members session": ("title",)},
            contains=("matrix session s",),
        ),
        Surface(
            "admin: registrations of S",
            f"{admin}sessions/{S.pk}/",
            EDITORS_ADMIN,
            shows={
                "participant": ("name", "email"),
                "colleague": ("name", "email"),
                "staff": ("attendee", "walker", "waiting", "invoice"),
            },
        ),
        Surface(
            "admin: registrations of P",
            f"{admin}sessions/{P.pk}/",
            EDITORS_ADMIN,
            shows={"members session": ("title",), "member's place": ("name", "email")},
        ),
        Surface(
            "admin: export of S (CSV)",
            f"{admin}sessions/{S.pk}/export.csv",
            EDITORS_ADMIN,
            shows={
                "participant": ("name", "email"),
                "colleague": ("name", "email"),
                "staff": ("attendee", "walker", "waiting", "invoice"),
            },
        ),
        Surface(
            "admin: export of S (xlsx)",
            f"{admin}sessions/{S.pk}/export.xlsx",
            EDITORS_ADMIN,
            shows={"participant": ("name", "email"), "staff": ("attendee", "invoice")},
        ),
        Surface(
            "admin: mark attended (POST)",
            f"{admin}{attendee.pk}/attended/",
            expect(302, 302),
            method="post",
            effect=attended(attendee),
            changes={"editor"},
        ),
        Surface(
            "admin: unmark attended (POST)",
            f"{admin}{attendee.pk}/not-attended/",
            expect(302, 302),
            method="post",
            effect=attended(attendee),
            changes={"editor"},
        ),
        Surface(
            "admin: move up the waiting list (POST)",
            f"{admin}{last_waiting.pk}/up/",
            expect(302, 302),
            method="post",
            effect=lambda: Registration.objects.get(pk=last_waiting.pk).waiting_rank,
            changes={"editor"},
        ),
        Surface(
            "admin: cancel form",
            f"{admin}{first_waiting.pk}/cancel/",
            EDITORS_ADMIN,
            shows={"staff": ("waiting",)},
        ),
        Surface(
            "admin: cancel (POST)",
            f"{admin}{first_waiting.pk}/cancel/",
            expect(302, 302),
            method="post",
            effect=status_of(first_waiting),
            changes={"editor"},
        ),
        Surface(
            "admin: mark paid form",
            f"{admin}sessions/{S.pk}/mark-paid/?registration={attendee.pk}",
            EDITORS_ADMIN,
            shows={"staff": ("attendee",)},
        ),
        Surface(
            "admin: mark paid (POST)",
            f"{admin}sessions/{S.pk}/mark-paid/",
            expect(302, 302),
            method="post",
            data={
                "registration": str(attendee.pk),
                "number": "INV-MATRIX-2",
                "amount": "600.00",
                "paid_on": programme_today().isoformat(),
            },
            effect=count(Invoice.objects),
            changes={"editor"},
        ),
        Surface("admin: dashboard", "/admin/", EDITORS_ADMIN, contains=("matrix session s",)),
        # --- the admin: service requests
        Surface(
            "admin: service request inbox",
            "/admin/programme/service-requests/",
            EDITORS_ADMIN,
            shows={"request": ("topic",)},
        ),
        Surface(
            "admin: service request",
            f"/admin/programme/service-requests/{request_id}/",
            EDITORS_ADMIN,
            shows={"request": ("topic", "description")},
        ),
        Surface(
            "admin: service request status (POST)",
            f"/admin/programme/service-requests/{request_id}/",
            expect(302, 302),
            method="post",
            data={"status": ServiceRequest.Status.IN_DISCUSSION, "note": "Seen by the matrix."},
            effect=lambda: ServiceRequest.objects.get(pk=request_id).status,
            changes={"editor"},
        ),
        # --- the project API
        Surface(
            "api: sessions",
            "/api/sessions/?page_size=50",
            EVERYONE,
            shows={"members session": ("title",)},
            contains=('"free"',),
        ),
        Surface("api: session S", f"/api/sessions/{S.pk}/", EVERYONE, contains=('"free"',)),
        Surface(
            "api: session P",
            f"/api/sessions/{P.pk}/",
            expect(404, 404, member=200, editor=200),
            shows={"members session": ("title",)},
        ),
        Surface(
            "api: my registrations",
            "/api/registrations/?page_size=50",
            API,
            own=True,
            shows={
                "participant": ("name", "email"),
                "colleague": ("name",),
                "other participant": ("name", "email"),
                "member's place": ("name", "email"),
            },
            tokens_shown=("participant", "other participant", "member's place"),
        ),
        Surface(
            "api: book D",
            "/api/registrations/",
            expect(401, 201),
            method="post",
            json=lambda role: api_booking(D, f"api-{slug(role)}@matrix.example.org"),
            effect=count(registrations_in(session=D)),
            changes=SIGNED_IN_ROLES,
        ),
        Surface(
            "api: book P",
            "/api/registrations/",
            expect(401, 400, member=201, editor=201),
            method="post",
            json=lambda role: api_booking(P, f"api-p-{slug(role)}@matrix.example.org"),
            effect=count(registrations_in(session=P)),
            changes=MEMBERS,
        ),
        Surface(
            "api: cancel another's place",
            f"/api/registrations/{built["stranger's place"].pk}/cancel/",
            expect(401, 404),
            method="post",
            effect=status_of(built["stranger's place"]),
        ),
        Surface(
            "api: cancel the participant's place in S (begun)",
            f"/api/registrations/{mine.pk}/cancel/",
            expect(401, 404, participant=409),
            method="post",
            effect=status_of(mine),
        ),
        Surface(
            "api: my service requests",
            "/api/service-requests/",
            API,
            own=True,
            shows={"request": ("topic",)},
        ),
        Surface(
            "api: the member's service request",
            f"/api/service-requests/{request_id}/",
            expect(401, 404, member=200),
            own=True,
            shows={"request": ("topic", "description")},
        ),
        Surface(
            "api: request a service",
            "/api/service-requests/",
            expect(401, 201),
            method="post",
            json={
                "service": "event",
                "topic": "An event of the matrix",
                "description": "Asked through the API by the access matrix.",
                "organisation_name": "Matrix town",
            },
            effect=count(ServiceRequest.objects),
            changes=SIGNED_IN_ROLES,
        ),
        # --- listings that must not give P away
        Surface("sitemap", "/sitemap.xml", EVERYONE, public=True, contains=(S.url,)),
        Surface(
            "api v2: sessions",
            "/api/v2/pages/?type=programme.SessionPage&limit=100&order=-id",
            EVERYONE,
            public=True,
            contains=("matrix session s",),
        ),
        Surface(
            "search",
            f"/en/search/?q={P_SEARCH}",
            EVERYONE,
            shows={"members session": ("title",)},
        ),
        Surface(
            "search api",
            f"/api/search/?q={P_SEARCH}&languages=all",
            EVERYONE,
            shows={"members session": ("title",)},
        ),
        # --- a person's own pages
        Surface(
            "profile",
            "/en/accounts/profile/",
            SIGNED_IN,
            own=True,
            shows={"request": ("topic",), "members session": ("title",)},
            tokens_shown=("participant", "other participant", "member's place"),
        ),
        Surface(
            "data export",
            "/en/accounts/profile/data/",
            SIGNED_IN,
            own=True,
            shows={
                "participant": ("name", "email"),
                "colleague": ("name",),
                "other participant": ("name", "email"),
                "member's place": ("name", "email"),
                "request": ("topic", "description"),
            },
        ),
    ]
    return rows


def role_surfaces(built, role):
    """What depends on who asks: the role's own personal link to cancel a
    place in D (twice: the second changes nothing), and a place in D the
    role's person booked, cancelled through the API (the member's, for
    anonymous readers)."""
    link = built["link"][role]
    own = built["own"]["member" if role == "anonymous" else role]
    cancel_link = reverse("registration-cancel", args=[link.token])
    return [
        Surface(
            "personal link: cancel (POST)",
            cancel_link,
            EVERYONE,
            method="post",
            effect=status_of(link),
            changes=ALL_ROLES,
            personal=True,
            token="link",
        ),
        Surface(
            "personal link: cancel again (POST)",
            cancel_link,
            EVERYONE,
            method="post",
            effect=status_of(link),
            personal=True,
            token="link",
        ),
        Surface(
            "api: cancel a place one booked",
            f"/api/registrations/{own.pk}/cancel/",
            expect(401, 200),
            method="post",
            effect=status_of(own),
            changes=SIGNED_IN_ROLES,
        ),
    ]


# ---------------------------------------------------------------- asking


def content(response):
    """The answer's text: a spreadsheet's cells, a PDF as is."""
    raw = b"".join(response.streaming_content) if response.streaming else response.content
    if response.get("Content-Type", "").startswith("application/vnd.openxmlformats"):
        book = openpyxl.load_workbook(io.BytesIO(raw), read_only=True)
        return "\n".join(
            " ".join(str(cell) for cell in row if cell is not None)
            for sheet in book.worksheets
            for row in sheet.iter_rows(values_only=True)
        )
    return raw.decode(errors="replace")


def request(client, surface, role):
    if surface.method == "get":
        return client.get(surface.url)
    body = surface.json(role) if callable(surface.json) else surface.json
    if body is not None:
        return client.post(surface.url, json.dumps(body), content_type="application/json")
    data = surface.data(role) if callable(surface.data) else surface.data
    return client.post(surface.url, data or {})


def parts_allowed(surface, role, name, group):
    """The parts of ``group`` that ``role`` may read in ``surface``'s answer."""
    if surface.public:
        return set()
    allowed = set(surface.reveals.get(name, ()))
    readers = group.owners if surface.own else group.readers
    if role in readers:
        allowed |= set(group.words)
    return allowed


def test_access_matrix_of_registrations(scenario, capsys):
    built = scenario
    counts, failures = Counter(), []
    rows = surfaces(built)
    role_clients = clients(built)
    tokens = built["tokens"]
    role_rows = 0
    for role in ROLES:
        client = role_clients[role]
        extra = role_surfaces(built, role)
        role_rows = len(extra)
        for surface in rows + extra:
            before = surface.effect() if surface.effect else None
            response = request(client, surface, role)
            body = content(response).lower()
            ok = response.status_code in (200, 201)
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
                allowed = parts_allowed(surface, role, name, group)
                for part, canary in group.words.items():
                    if part not in allowed:
                        check(canary not in body, f"leaks {canary!r} ({name} {part})")
                    elif ok and part in surface.shows.get(name, ()):
                        check(canary in body, f"does not show {canary!r} ({name} {part})")
            for name, token in tokens.items():
                owner = TOKEN_OWNERS[name]
                if surface.token == name or (surface.own and role == owner):
                    if ok and role == owner and name in surface.tokens_shown:
                        check(token.lower() in body, f"does not show {name}'s personal link")
                else:
                    check(token.lower() not in body, f"hands out {name}'s personal link")
            if ok:
                for text in surface.contains:
                    check(text.lower() in body, f"does not show {text!r}")
            if surface.public:
                check(built["P"].url not in body, "hands out P's address")
            if surface.effect is not None:
                changed = surface.effect() != before
                should = role in surface.changes
                check(
                    changed == should,
                    "changed nothing" if should else "a refused request changed something",
                )
            cache = response.get("Cache-Control", "")
            if role != "anonymous" or (surface.personal and response.status_code in (200, 403)):
                check("private" in cache and "no-store" in cache, f"Cache-Control: {cache!r}")
            elif response.status_code == 302 and surface.method == "get":
                check("no-store" in cache, "a sign-in answer is cached")
    with capsys.disabled():
        print(
            f"\naccess matrix (registrations): {len(rows) + role_rows} surfaces x {len(ROLES)} "
            f"roles, {counts['requests']} requests, {counts['assertions']} assertions, "
            f"{len(failures)} failed"
        )
    assert not failures, "\n".join(failures)
