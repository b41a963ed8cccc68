"""One effective visibility per page (cms.visibility), and the search index
following every change of it in the change's own transaction."""

import pytest
from django.contrib.auth.models import AnonymousUser
from wagtail.models import Page, PageViewRestriction

from cms import visibility
from cms.models import PageAccess
from home.models import HomePage, StandardPage
from practices.factories import PracticePageFactory
from search.models import SearchDocument
from tests.helpers import publish, translate

pytestmark = pytest.mark.django_db

API = "/api/search/"


def paragraph(text):
    return [{"type": "paragraph", "value": f"<p>{text}</p>"}]


def members_only(page):
    return PageAccess.objects.get(page_id=page.pk).members_only


def indexed_as_members_only(page):
    return SearchDocument.objects.get(object_id=page.pk).members_only


def found(client, word, **params):
    response = client.get(API, {"q": word, **params})
    assert response.status_code == 200
    return {hit["id"] for hit in response.json()["results"]}


@pytest.fixture
def translated(django_capture_on_commit_callbacks):
    source = PracticePageFactory.in_language(
        "en", title="Lanternfish circles", body=paragraph("lanternfish mentoring")
    )
    french = translate(source, "fr", django_capture_on_commit_callbacks)
    german = translate(source, "de", django_capture_on_commit_callbacks)
    return source, french, german


def test_translations_follow_the_source_flag_both_ways(translated):
    source, french, german = translated
    assert not any(members_only(page) for page in translated)
    source.members_only = True
    publish(source)
    assert all(members_only(page) for page in translated)
    assert all(indexed_as_members_only(page) for page in translated)
    assert not french.members_only  # its own flag is unchanged: the source decides
    source.members_only = False
    publish(source)
    assert not any(members_only(page) for page in translated)
    assert not any(indexed_as_members_only(page) for page in translated)


def test_a_translations_own_flag_keeps_it_members_only(translated, client):
    """A translation marked on its own is members-only even if its source is
    public; the all-languages search then gives the public the version it
    may read, never the members-only one it prefers."""
    source, french, _german = translated
    french.members_only = True
    publish(french)
    assert members_only(french) and not members_only(source)
    hits = found(client, "lanternfish", locale="fr", languages="all")
    assert source.pk in hits
    assert french.pk not in hits


def test_collapse_never_hands_the_public_a_members_only_translation(translated, client):
    source, french, german = translated
    source.members_only = True
    publish(source)
    for locale in ("en", "fr", "de", "it"):
        hits = found(client, "lanternfish", locale=locale, languages="all")
        assert not hits & {source.pk, french.pk, german.pk}


def test_a_restriction_hides_a_page_from_the_search_at_once_and_removal_restores_it(client):
    page = PracticePageFactory.in_language(
        "en", title="Marigold workshop", body=paragraph("marigold exercises")
    )
    assert page.pk in found(client, "marigold")
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password="s3cret-s3cret"
    )
    assert page.pk not in found(client, "marigold")
    autocomplete = client.get(f"{API}autocomplete/", {"q": "marigo"}).json()
    assert page.pk not in {hit["id"] for hit in autocomplete["results"]}
    restriction.delete()
    assert page.pk in found(client, "marigold")


def test_a_restriction_on_an_ancestor_hides_the_pages_below_it(client):
    page = PracticePageFactory.in_language(
        "en", title="Quartzline forum", body=paragraph("quartzline forum")
    )
    PageViewRestriction.objects.create(
        page=page.get_parent(), restriction_type=PageViewRestriction.LOGIN
    )
    assert page.pk not in found(client, "quartzline")
    assert not visibility.visible_pages(Page.objects.filter(pk=page.pk), AnonymousUser())


def test_a_flag_on_an_ancestor_reaches_every_descendant_and_leaves_with_it():
    home = HomePage.objects.get(locale__language_code="en")
    parent = StandardPage(title="Members corner", summary="x")
    home.add_child(instance=parent)
    publish(parent)
    child = StandardPage(title="Corner notes", summary="x")
    parent.add_child(instance=child)
    publish(child)
    grandchild = StandardPage(title="Corner details", summary="x")
    child.add_child(instance=grandchild)
    publish(grandchild)
    assert not members_only(grandchild)
    parent.members_only = True
    publish(parent)
    assert members_only(child) and members_only(grandchild)
    parent.members_only = False
    publish(parent)
    assert not members_only(child) and not members_only(grandchild)


def test_moving_a_page_under_a_members_only_page_makes_it_members_only():
    home = HomePage.objects.get(locale__language_code="en")
    private = StandardPage(title="Private shelf", summary="x", members_only=True)
    home.add_child(instance=private)
    publish(private)
    practice = PracticePageFactory.in_language("en", title="Wandering practice")
    other = StandardPage(title="Wandering page", summary="x")
    home.add_child(instance=other)
    publish(other)
    assert not members_only(other)
    other.move(private, pos="last-child")
    assert members_only(other)
    assert not members_only(practice)


def test_working_everything_out_again_changes_nothing(translated):
    source, french, _german = translated
    source.members_only = True
    publish(source)
    before = dict(PageAccess.objects.values_list("page_id", "members_only"))
    assert visibility.refresh_all() == Page.objects.count()
    after = dict(PageAccess.objects.values_list("page_id", "members_only"))
    assert before == after
    assert after[french.pk] is True


def test_a_page_without_an_access_record_is_worked_out_when_served(client):
    page = PracticePageFactory.in_language("en", title="Recordless practice", members_only=True)
    PageAccess.objects.filter(page_id=page.pk).delete()
    assert client.get(page.url).status_code == 302
    assert PageAccess.objects.get(page_id=page.pk).members_only
