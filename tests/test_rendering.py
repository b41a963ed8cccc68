"""Every page type renders in every language it exists in."""

import pytest
from wagtail.models import Page

from cms.visibility import visible_pages

pytestmark = pytest.mark.django_db


def translated_public_pages():
    from django.contrib.auth.models import AnonymousUser

    return visible_pages(Page.objects.filter(depth__gt=1, alias_of__isnull=True), AnonymousUser())


def test_every_translated_page_renders_in_its_language(client):
    pages = list(translated_public_pages().specific().select_related("locale"))
    assert len(pages) > 150
    seen_types = set()
    for page in pages:
        response = client.get(page.url)
        assert response.status_code == 200, page.url
        assert f'<html lang="{page.locale.language_code}">' in response.content.decode()
        seen_types.add((type(page).__name__, page.locale.language_code))
    page_types = {name for name, _language in seen_types}
    assert page_types == {
        "HomePage",
        "StandardPage",
        "PracticeIndexPage",
        "PracticePage",
        "ExpertIndexPage",
        "ExpertPage",
        "SessionIndexPage",
        "SessionPage",
        "ExchangePage",
    }
    for language in ("en", "fr", "de", "it", "es"):
        assert ("PracticePage", language) in seen_types
        assert ("SessionPage", language) in seen_types


def test_members_see_members_only_pages_render(member_client):
    from practices.models import PracticePage

    for page in PracticePage.objects.live().filter(members_only=True, alias_of__isnull=True):
        assert member_client.get(page.url).status_code == 200


def test_root_redirects_to_a_language(client):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="de")
    assert response.status_code == 302
    assert response["Location"] == "/de/"


def test_listing_filters_and_paginates(client):
    response = client.get("/en/practices/")
    assert response.status_code == 200
    body = response.content.decode()
    assert "24 practices" in body  # 26 demo practices, two of them for members only
    assert 'rel="next"' in body

    filtered = client.get(
        "/en/practices/?topic=family-support&topic=school-resilience&evidence=evaluated"
    )
    assert filtered.status_code == 200
    for practice in filtered.context["practices"]:
        assert practice.evidence_level == "evaluated"
        slugs = {topic.slug for topic in practice.topics.all()}
        assert slugs & {"family-support", "school-resilience"}


def test_unknown_filter_values_are_reported_not_crashed(client):
    response = client.get("/en/practices/?topic=no-such-topic&year=%00")
    assert response.status_code == 200
    assert "Some filters were not understood" in response.content.decode()


def test_expert_directory_filters_by_expertise(client):
    response = client.get("/fr/experts/?topic=family-support")
    assert response.status_code == 200
    experts = list(response.context["experts"])
    assert experts
    for expert in experts:
        assert expert.locale.language_code == "fr"
        assert "family-support" in {topic.slug for topic in expert.expertise.all()}
