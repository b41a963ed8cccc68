"""The member directory (/<lang>/members/directory/): who may see it, what
it lists, its search and filters, and what it costs."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation
from wagtail.models import Locale

from network.factories import MembershipFactory, OrganisationFactory
from network.models import Affiliation, Organisation

from .conftest import client_of, form, network_organisation, person, practice, topic

pytestmark = pytest.mark.django_db

DIRECTORY = "/en/members/directory/"


def organisation_url(organisation, language="en"):
    return f"/{language}/members/directory/{organisation.slug}/"


def text(response):
    return response.content.decode()


@pytest.fixture
def quillmouth(db):
    organisation = network_organisation(
        "Quillmouth", kind="city", country="BE", city="Quillmouth-on-Sea"
    )
    person(
        organisation,
        "Ada",
        "Quartermain",
        job_title="Prevention coordinator",
        email="ada.quartermain@example.org",
        languages_spoken=["fr", "nl"],
    )
    return organisation


# ---- Who may see it -------------------------------------------------------------


def test_the_urls_are_named():
    with translation.override("en"):
        assert reverse("member-directory") == DIRECTORY
        assert reverse("member-directory-organisation", args=["x"]) == DIRECTORY + "x/"


def test_member_sees_organisations_and_their_people(reader_client, quillmouth):
    response = reader_client.get(DIRECTORY, {"q": "Quillmouth"})
    assert response.status_code == 200
    body = text(response)
    assert "Quillmouth" in body
    assert "Ada Quartermain" in body
    assert "Prevention coordinator" in body
    assert "Belgium" in body
    assert "City or local authority" in body
    assert organisation_url(quillmouth) in body


def test_member_sees_an_organisations_people_with_their_contact_details(reader_client, quillmouth):
    response = reader_client.get(organisation_url(quillmouth))
    assert response.status_code == 200
    body = text(response)
    assert "<h1>Quillmouth</h1>" in body
    assert "Ada Quartermain" in body
    assert 'href="mailto:ada.quartermain@example.org"' in body
    assert "French, Dutch" in body
    assert "Partner" in body  # the tier of its membership


def test_demo_member_and_editor_see_the_directory(member_client, editor_client, quillmouth):
    for client in (member_client, editor_client):
        response = client.get(DIRECTORY, {"q": "Quillmouth"})
        assert response.status_code == 200
        assert "Ada Quartermain" in text(response)


@pytest.mark.parametrize("path", [DIRECTORY, DIRECTORY + "quillmouth/"])
def test_anonymous_reader_is_sent_to_sign_in_and_back(client, quillmouth, path):
    response = client.get(path)
    assert response.status_code == 302
    assert response["Location"] == f"/en/accounts/login/?next={path}"
    assert "private" in response["Cache-Control"]


@pytest.mark.parametrize("path", [DIRECTORY, DIRECTORY + "quillmouth/"])
def test_signed_in_non_member_is_refused_and_told_how_to_join(nonmember_client, quillmouth, path):
    response = nonmember_client.get(path)
    assert response.status_code == 403
    body = text(response)
    assert "Quillmouth" not in body
    assert "Quartermain" not in body
    assert "How to join" in body
    assert "no-store" in response["Cache-Control"]


def test_the_refusal_links_to_the_application_when_it_exists(nonmember_client):
    body = text(nonmember_client.get(DIRECTORY))
    try:
        with translation.override("en"):
            apply = reverse("associate-application")
    except Exception:  # the application form is not mounted: no link, no error
        assert "associate partner" not in body
    else:
        assert f'href="{apply}"' in body


@pytest.mark.parametrize("path", [DIRECTORY, DIRECTORY + "quillmouth/"])
def test_expired_member_is_refused(quillmouth, path):
    expired = MembershipFactory(ended=True).user
    response = client_of(expired).get(path)
    assert response.status_code == 403
    assert "Quartermain" not in text(response)


def test_member_pages_are_never_kept_by_shared_caches(reader_client, quillmouth):
    for path in (DIRECTORY, organisation_url(quillmouth)):
        cache_control = reader_client.get(path)["Cache-Control"]
        assert "private" in cache_control
        assert "no-store" in cache_control


def test_unsafe_methods_are_refused(reader_client):
    assert reader_client.post(DIRECTORY).status_code == 405


# ---- What it lists --------------------------------------------------------------


def test_organisation_without_an_active_membership_is_not_listed(reader_client):
    network_organisation("Nomemberham Lapsed", member="ended")
    network_organisation("Nomemberham Never", member=False)
    network_organisation("Nomemberham Future", member=False).memberships.create(
        starts_on="2999-01-01"
    )
    body = text(reader_client.get(DIRECTORY, {"q": "Nomemberham"}))
    assert "Nomemberham" not in body.split('id="results-heading"')[1]
    assert "0 organisations" in body
    for slug in ("nomemberham-lapsed", "nomemberham-never", "nomemberham-future"):
        assert reader_client.get(DIRECTORY + slug + "/").status_code == 404


def test_only_confirmed_people_with_active_accounts_are_shown(reader_client, quillmouth):
    person(quillmouth, "Rex", "Requested", status=Affiliation.Status.REQUESTED)
    person(quillmouth, "Ina", "Inactive", is_active=False)
    for response in (
        reader_client.get(DIRECTORY, {"q": "Quillmouth"}),
        reader_client.get(organisation_url(quillmouth)),
    ):
        body = text(response)
        assert "Ada Quartermain" in body
        assert "Requested" not in body
        assert "Inactive" not in body


def test_translations_of_an_organisation_are_listed_once(reader_client, quillmouth):
    OrganisationFactory.translation(quillmouth, "fr", name="Quillmouth-sur-Mer")
    body = text(reader_client.get(DIRECTORY, {"q": "Quillmouth"}))
    assert "1 organisation<" in body


def test_topics_and_forms_come_from_published_practices(reader_client, quillmouth):
    published, draft = topic("Quayside mentoring"), topic("Quayside drafts")
    violent = form("Quayside extremism")
    practice(quillmouth, topics=[published], forms=[violent])
    practice(quillmouth, topics=[draft], publish=False)
    body = text(reader_client.get(organisation_url(quillmouth)))
    assert "Quayside mentoring" in body
    assert "Quayside extremism" in body
    assert "Quayside drafts" not in body
    listing = text(reader_client.get(DIRECTORY, {"q": "Quillmouth"}))
    assert "Quayside mentoring" in listing


# ---- Search and filters -----------------------------------------------------------


@pytest.fixture
def filtered_network(db):
    """Three organisations to tell apart, on a topic of their own."""
    shared = topic("Fjordwork")
    alpha = network_organisation("Filterby Alpha", kind="city", country="DK", city="Vejleby")
    beta = network_organisation("Filterby Beta", kind="ngo", country="DK")
    gamma = network_organisation("Filterby Gamma", kind="city", country="SE")
    person(beta, "Bo", "Brinkmose", job_title="Street mediator")
    practice(gamma, topics=[shared])
    return alpha, beta, gamma


def listed(client, **params):
    """The names of the organisations on the first page of results."""
    response = client.get(DIRECTORY, params)
    assert response.status_code == 200, text(response)
    results = text(response).split('id="results-heading"')[1].split("</section>")[0]
    return set(re.findall(r">(Filterby \w+)</a></h3>", results))


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({}, {"Alpha", "Beta", "Gamma"}),
        ({"country": "DK"}, {"Alpha", "Beta"}),
        ({"country": ["DK", "SE"]}, {"Alpha", "Beta", "Gamma"}),
        ({"kind": "city"}, {"Alpha", "Gamma"}),
        ({"kind": "city", "country": "DK"}, {"Alpha"}),
        ({"topic": "fjordwork"}, {"Gamma"}),
        ({"country": "FR"}, set()),
    ],
)
def test_filters_narrow_the_list(reader_client, filtered_network, params, expected):
    found = listed(reader_client, q="Filterby", **params)
    assert found == {f"Filterby {name}" for name in expected}


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("filterby alpha", {"Alpha"}),
        ("Vejleby", {"Alpha"}),  # a city
        ("Brinkmose", {"Beta"}),  # a person's name
        ("Bo Brinkmose", {"Beta"}),
        ("street mediator", {"Beta"}),  # a role
        ("Filterby Nobody", set()),
    ],
)
def test_search_finds_names_cities_people_and_roles(
    reader_client, filtered_network, words, expected
):
    assert listed(reader_client, q=words) == {f"Filterby {name}" for name in expected}


def test_search_finds_an_organisation_by_its_translated_name(reader_client, quillmouth):
    OrganisationFactory.translation(quillmouth, "de", name="Federmund")
    body = text(reader_client.get(DIRECTORY, {"q": "Federmund"}))
    assert "1 organisation<" in body
    assert ">Quillmouth</a>" in body  # shown in the reader's language


def test_the_filters_offer_what_the_network_has(reader_client, filtered_network):
    body = text(reader_client.get(DIRECTORY))
    assert "<legend>Country</legend>" in body
    assert 'value="SE"' in body  # a country of the network
    assert 'value="JP"' not in body  # not one
    assert 'value="fjordwork"' in body  # a topic of a published practice


@pytest.mark.parametrize(
    ("params", "named"),
    [
        ({"country": "ZZ"}, "Country"),
        ({"kind": "castle"}, "Kind of organisation"),
        ({"topic": "no-such-topic"}, "Topic"),
        ({"q": "x" * 201}, "Search for"),
        ({"q": "nul\x00byte"}, "Search for"),
    ],
)
def test_values_not_understood_are_named_errors_not_failures(
    reader_client, filtered_network, params, named
):
    response = reader_client.get(DIRECTORY, params)
    assert response.status_code == 400
    body = text(response)
    assert 'role="alert"' in body
    assert f"<li>{named}:" in body
    assert "Filterby Alpha" not in body


def test_a_failed_search_keeps_what_was_typed_and_chosen(reader_client, filtered_network):
    body = text(reader_client.get(DIRECTORY, {"q": "Vejleby", "country": ["DK", "ZZ"]}))
    assert 'value="Vejleby"' in body
    assert re.search(r'name="country" value="DK" checked', body)


def test_a_chosen_filter_can_be_removed(reader_client, filtered_network):
    body = text(reader_client.get(DIRECTORY, {"q": "Filterby", "country": "DK"}))
    assert "Remove filter Country: Denmark" in body
    assert 'href="?q=Filterby"' in body


def test_the_list_is_paginated(reader_client):
    for number in range(23):
        network_organisation(f"Pageby {number:02d}")
    first = text(reader_client.get(DIRECTORY, {"q": "Pageby"}))
    second = text(reader_client.get(DIRECTORY, {"q": "Pageby", "page": 2}))
    assert "23 organisations" in first
    assert ">Pageby 00</a>" in first and ">Pageby 19</a>" in first
    assert ">Pageby 20</a>" not in first
    assert ">Pageby 20</a>" in second and ">Pageby 22</a>" in second
    assert "Page 2 of 2" in second
    assert reader_client.get(DIRECTORY, {"q": "Pageby", "page": "x"}).status_code == 200


# ---- Cities like mine ---------------------------------------------------------------


@pytest.fixture
def neighbours(reader_organisation):
    """The reader's city works on two topics against two forms of extremism;
    other organisations share some of them."""
    mentoring, schools = topic("Likeness mentoring"), topic("Likeness schools")
    online, violent = form("Likeness online"), form("Likeness violent")
    practice(reader_organisation, topics=[mentoring, schools], forms=[online, violent])
    cities = {
        # everything shared: 4
        "Likeby Most": {"topics": [mentoring, schools], "forms": [online, violent]},
        # two shared each, the tie goes by name
        "Likeby Bravo": {"topics": [schools], "forms": [violent]},
        "Likeby Alpha": {"topics": [mentoring], "forms": [online]},
        # a topic but no form: not alike
        "Likeby Topicsonly": {"topics": [mentoring, schools], "forms": []},
    }
    for name, terms in cities.items():
        practice(network_organisation(name, kind="city"), **terms)
    everything = {"topics": [mentoring, schools], "forms": [online, violent]}
    practice(network_organisation("Likeby Ngo", kind="ngo"), **everything)
    practice(network_organisation("Likeby Lapsed", kind="city", member="ended"), **everything)
    return mentoring, schools, online, violent


def like_mine_section(body):
    return body.split('id="like-mine-heading"')[1]


def test_cities_like_mine_are_ranked_by_what_they_share(reader_client, neighbours):
    section = like_mine_section(text(reader_client.get(DIRECTORY)))
    names = re.findall(r">(Likeby \w+)</a></h3>", section)
    assert names == ["Likeby Most", "Likeby Alpha", "Likeby Bravo"]


def test_cities_like_mine_show_the_shared_terms(reader_client, neighbours):
    section = like_mine_section(text(reader_client.get(DIRECTORY)))
    alpha = section.split(">Likeby Alpha</a>")[1].split('<li class="card">')[0]
    assert "2 terms in common" in alpha
    assert "Likeness mentoring" in alpha and "Likeness online" in alpha
    assert "Likeness schools" not in alpha and "Likeness violent" not in alpha


def test_cities_like_mine_leave_out_other_kinds_and_lapsed_members(reader_client, neighbours):
    section = like_mine_section(text(reader_client.get(DIRECTORY)))
    assert "Likeby Ngo" not in section
    assert "Likeby Lapsed" not in section
    assert "Likeby Topicsonly" not in section
    assert "Readerham" not in section.split("</h2>", 1)[1].split("<ul")[1]


def test_an_organisation_page_shows_the_organisations_like_it(reader_client, neighbours):
    most = Organisation.objects.get(name="Likeby Most")
    body = text(reader_client.get(organisation_url(most)))
    like = body.split('id="like-heading"')[1]
    assert re.findall(r">(Likeby \w+|Readerham)</a></h3>", like) == [
        "Readerham",
        "Likeby Alpha",
        "Likeby Bravo",
    ]


def test_a_reader_without_an_organisation_gets_no_cities_like_mine(editor_client, neighbours):
    body = text(editor_client.get(DIRECTORY))
    assert 'id="like-mine-heading"' not in body


# ---- Languages -------------------------------------------------------------------------


def test_french_interface_shows_french_names(reader_client, quillmouth):
    OrganisationFactory.translation(quillmouth, "fr", name="Bouche-de-Plume", city="Bouche-sur-Mer")
    mentoring = topic("Plume mentoring")
    translated = mentoring.copy_for_translation(Locale.objects.get(language_code="fr"))
    translated.name = "Tutorat de plume"
    translated.save()
    practice(quillmouth, topics=[mentoring], forms=[form("Plume online")])
    response = reader_client.get("/fr/members/directory/", {"q": "Quillmouth"})
    assert response.status_code == 200
    body = text(response)
    assert ">Bouche-de-Plume</a>" in body
    assert "Bouche-sur-Mer" in body
    assert "Tutorat de plume" in body
    assert "Plume mentoring" not in body
    assert "Belgique" in body
    assert "Annuaire des membres" in body
    page = text(reader_client.get(organisation_url(quillmouth, "fr")))
    assert "<h1>Bouche-de-Plume</h1>" in page
    assert "français, néerlandais" in page


# ---- Cost ---------------------------------------------------------------------------------


def queries_for(client, path, params):
    client.get(path, params)  # caches (content types, site root) warmed
    with CaptureQueriesContext(connection) as queries:
        response = client.get(path, params)
    assert response.status_code == 200
    return len(queries)


def test_the_number_of_queries_does_not_grow_with_the_network(reader_client, neighbours):
    mentoring, schools, online, violent = neighbours

    def add(count, start):
        for number in range(start, start + count):
            organisation = network_organisation(f"Countby {number:02d}", kind="city")
            person(organisation, "First", f"Person{number}", languages_spoken=["de", "en"])
            person(organisation, "Second", f"Person{number}", job_title="Analyst")
            practice(organisation, topics=[mentoring, schools], forms=[online])

    add(3, 0)
    small = queries_for(reader_client, DIRECTORY, {"q": "Countby"})
    small_page = queries_for(
        reader_client, organisation_url(Organisation.objects.get(name="Countby 00")), {}
    )
    add(12, 3)
    body = text(reader_client.get(DIRECTORY, {"q": "Countby"}))
    assert "15 organisations" in body
    assert queries_for(reader_client, DIRECTORY, {"q": "Countby"}) == small
    assert (
        queries_for(
            reader_client, organisation_url(Organisation.objects.get(name="Countby 00")), {}
        )
        == small_page
    )
