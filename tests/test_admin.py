"""Editors and translators work in the Wagtail admin."""

import pytest

from network.models import Organisation
from practices.models import PracticePage, Topic
from tests.helpers import practice

pytestmark = pytest.mark.django_db


def test_editor_opens_the_editor_of_every_page_type(editor_client):
    from wagtail.models import Page

    seen = set()
    for page in Page.objects.filter(depth__gt=1, locale__language_code="en").specific():
        kind = type(page).__name__
        if kind in seen:
            continue
        seen.add(kind)
        response = editor_client.get(f"/admin/pages/{page.pk}/edit/")
        assert response.status_code == 200, kind
    assert len(seen) == 9  # ExchangePage is the ninth


def test_editor_manages_vocabularies_organisations_and_memberships(editor_client):
    assert editor_client.get("/admin/snippets/practices/topic/").status_code == 200
    topic = Topic.objects.get(slug="family-support", locale__language_code="en")
    assert editor_client.get(f"/admin/snippets/practices/topic/edit/{topic.pk}/").status_code == 200
    organisation = Organisation.objects.get(slug="malmo", locale__language_code="en")
    assert (
        editor_client.get(
            f"/admin/snippets/network/organisation/edit/{organisation.pk}/"
        ).status_code
        == 200
    )
    assert editor_client.get("/admin/snippets/network/membership/").status_code == 200


def test_translator_opens_the_translation_editor(client):
    from django.contrib.auth import get_user_model

    client.force_login(get_user_model().objects.get(username="translator"))
    page = practice("municipal-prevention-network", "fr")
    response = client.get(f"/admin/pages/{page.pk}/edit/")
    assert response.status_code == 200
    assert "translation" in response.content.decode().lower()


def test_member_without_admin_access_is_kept_out_of_the_admin(member_client):
    response = member_client.get("/admin/")
    assert response.status_code == 302


def test_only_default_locale_terms_are_offered_to_editors():
    from django.forms.models import apply_limit_choices_to_to_formfield

    formfield = PracticePage._meta.get_field("topics").formfield()
    apply_limit_choices_to_to_formfield(formfield)
    assert set(formfield.queryset.values_list("locale__language_code", flat=True)) == {"en"}
