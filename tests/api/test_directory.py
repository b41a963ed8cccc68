"""``/api/directory/``: the member directory for members, with the page's
search and filters (``exchange.filters``), the same rule as the page."""

import pytest

from network.factories import MembershipFactory, OrganisationFactory
from network.models import Organisation
from tests.api.conftest import ROLES, assert_problem, organisation_of

pytestmark = pytest.mark.django_db

DIRECTORY = "/api/directory/"
STATUS = {
    "anonymous": 401,
    "nonmember": 403,
    "expired": 403,
    "member": 200,
    "other_member": 200,
    "editor": 200,
}


@pytest.mark.parametrize("role", ROLES)
def test_the_directory_is_for_members(clients, member, role):
    slug = organisation_of(member).slug
    for path in (DIRECTORY, f"{DIRECTORY}{slug}/"):
        response = clients[role].get(path)
        assert response.status_code == STATUS[role], (path, response.content[:300])
        body = response.content.decode()
        if STATUS[role] != 200:
            assert_problem(response, STATUS[role])
            assert member.email not in body and slug not in body
        else:
            assert "no-store" in response["Cache-Control"]


def test_an_organisation_lists_its_people_and_what_it_works_on(member, as_member):
    member.job_title = "Prevention officer"
    member.languages_spoken = ["de"]
    member.save()
    organisation = organisation_of(member)
    data = as_member.get(f"{DIRECTORY}{organisation.slug}/").json()
    assert data["slug"] == organisation.slug
    assert data["name"] == organisation.name
    assert data["kind"] == "city" and data["country"] == "DE"
    assert data["country_name"] == "Germany"
    assert data["tier"] == "partner"
    assert data["url"] == f"/en/members/directory/{organisation.slug}/"
    assert data["people"] == [
        {
            "name": "Mira Member",
            "role": "Prevention officer",
            "email": member.email,
            "languages": ["German"],
        }
    ]
    assert isinstance(data["like_this"], list)
    # In another language: names and labels in it.
    french = as_member.get(f"{DIRECTORY}{organisation.slug}/", {"locale": "fr"}).json()
    assert french["country_name"] == "Allemagne"
    assert french["people"][0]["languages"] == ["allemand"]


def test_an_organisation_outside_the_network_is_a_404(as_member, expired):
    outside = OrganisationFactory()
    ended = organisation_of(expired)
    for slug in (outside.slug, ended.slug, "no-such-organisation"):
        assert_problem(as_member.get(f"{DIRECTORY}{slug}/"), 404)
    data = assert_problem(as_member.get(f"{DIRECTORY}a%00b/"), 400)
    assert set(data["errors"]) == {"slug"}


def test_the_directory_is_searched_and_filtered(as_member):
    MembershipFactory(organisation__name="Zeelandia Prevention Office", organisation__country="NL")
    MembershipFactory(
        organisation__name="Zeelandia Research Lab",
        organisation__country="BE",
        organisation__kind=Organisation.Kind.RESEARCH,
    )
    names = lambda params: [o["name"] for o in as_member.get(DIRECTORY, params).json()["results"]]  # noqa: E731
    assert names({"q": "zeelandia"}) == ["Zeelandia Prevention Office", "Zeelandia Research Lab"]
    assert names({"q": "zeelandia", "country": "BE"}) == ["Zeelandia Research Lab"]
    assert names({"q": "zeelandia", "country": ["BE", "NL"]}) == [
        "Zeelandia Prevention Office",
        "Zeelandia Research Lab",
    ]
    assert names({"q": "zeelandia", "kind": "city"}) == ["Zeelandia Prevention Office"]
    assert names({"q": "zeelandia office"}) == ["Zeelandia Prevention Office"]


def test_the_directory_is_paginated(as_member):
    first = as_member.get(DIRECTORY, {"page_size": 2}).json()
    assert first["page"] == 1 and first["page_size"] == 2 and len(first["results"]) == 2
    total = first["count"]
    assert total > 2
    last = as_member.get(DIRECTORY, {"page_size": 2, "page": 10_000}).json()
    assert last["page"] == (total + 1) // 2
    assert {o["slug"] for o in first["results"]}.isdisjoint(o["slug"] for o in last["results"])


@pytest.mark.parametrize(
    ("params", "parameter"),
    [
        ({"kind": "castle"}, "kind"),
        ({"country": "XX"}, "country"),
        ({"topic": "no-such-topic"}, "topic"),
        ({"topic": "a\x00b"}, "topic"),
        ({"q": "a\x00b", "kind": "castle"}, "kind"),
        ({"q": "x" * 201}, "q"),
        ({"page_size": "51"}, "page_size"),
        ({"page": "0"}, "page"),
        ({"locale": "xx"}, "locale"),
    ],
)
def test_a_bad_parameter_is_a_400_naming_it(as_member, params, parameter):
    data = assert_problem(as_member.get(DIRECTORY, params), 400)
    assert set(data["errors"]) == {parameter}
