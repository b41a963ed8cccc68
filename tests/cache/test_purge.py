"""Every change that can show on a page purges the cache: each test warms the
cache as an anonymous reader, makes the change through the real API (or the
admin, over HTTP), and checks that the next anonymous reader sees it."""

import pytest
from django.core.files.base import ContentFile
from wagtail.contrib.redirects.models import Redirect
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Locale, PageViewRestriction, Site
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from cms import cache
from cms.models import SiteSettings
from home.models import HomePage, StandardPage
from network.factories import UserFactory
from practices.models import Topic
from programme import registration
from programme.factories import open_session
from tests.cache.reading import hit
from tests.helpers import practice, translate

pytestmark = pytest.mark.django_db


@pytest.fixture
def warm(anonymous):
    """Visit ``url`` twice as anonymous readers: the second answer is the
    cache's, so the test starts from a cached page."""

    def visit(url):
        anonymous(url)
        response = anonymous(url)
        assert hit(response), url
        return response

    return visit


def is_sign_in_redirect(response):
    return response.status_code == 302 and "/accounts/login/" in response["Location"]


def test_publishing_a_revision(page, warm, anonymous):
    warm(page.url)
    page.title = "Harbour walks at dawn"
    page.save_revision().publish()
    assert "Harbour walks at dawn" in anonymous(page.url).content.decode()


def test_publishing_in_the_admin(page, warm, anonymous, editor_client):
    warm(page.url)
    form = nested_form_data(
        {
            "title": "Harbour walks by night",
            "slug": page.slug,
            "summary": page.summary,
            "intro": rich_text(""),
            "body": streamfield([]),
            "comments": inline_formset([]),
            "action-publish": "publish",
        }
    )
    response = editor_client.post(f"/admin/pages/{page.pk}/edit/", form)
    assert response.status_code == 302, response.content.decode()[:2000]
    assert "Harbour walks by night" in anonymous(page.url).content.decode()


def test_unpublishing(page, warm, anonymous):
    warm(page.url)
    page.unpublish()
    assert anonymous(page.url).status_code == 404


def test_deleting(page, warm, anonymous):
    warm(page.url)
    url = page.url
    page.delete()
    assert anonymous(url).status_code == 404


def test_moving(page, warm, anonymous):
    other = page.get_parent().add_child(instance=StandardPage(title="Quays", slug="quays"))
    other.save_revision().publish()
    warm(page.url)
    old_url = page.url
    page.move(other, pos="last-child")
    page.refresh_from_db()
    # Wagtail leaves a redirect at the old address.
    moved = anonymous(old_url)
    assert moved.status_code == 301 and moved["Location"] == page.url
    assert anonymous(page.url).status_code == 200


def test_translating(page, warm, anonymous, django_capture_on_commit_callbacks):
    warm(page.url)
    french = translate(page, "fr", django_capture_on_commit_callbacks, prefix="Promenades")
    # The English page's language switcher now offers the French page.
    assert french.url in anonymous(page.url).content.decode()


def test_a_view_restriction(page, warm, anonymous):
    warm(page.url)
    PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)
    assert is_sign_in_redirect(anonymous(page.url))


def test_a_privacy_change_in_the_admin(page, warm, anonymous, editor_client):
    warm(page.url)
    response = editor_client.post(f"/admin/pages/{page.pk}/privacy/", {"restriction_type": "login"})
    assert response.status_code == 200 and page.get_view_restrictions().exists()
    assert is_sign_in_redirect(anonymous(page.url))


def test_members_only_set_on_an_ancestor(page, warm, anonymous):
    child = page.add_child(instance=StandardPage(title="Pier", slug="pier"))
    child.save_revision().publish()
    warm(child.url)
    page.members_only = True
    page.save_revision().publish()
    assert is_sign_in_redirect(anonymous(child.url))


def test_members_only_saved_without_a_revision(page, warm, anonymous):
    warm(page.url)
    page.members_only = True
    page.save(update_fields=["members_only"])
    assert is_sign_in_redirect(anonymous(page.url))


def test_renaming_a_topic_shown_on_a_practice(warm, anonymous):
    shown = practice("municipal-prevention-network")
    topic = Topic.objects.get(pk=shown.topics.first().pk)
    warm(shown.url)
    topic.name = "Harbour safety"
    topic.save()
    assert "Harbour safety" in anonymous(shown.url).content.decode()


def test_changing_the_footers_site_settings(page, warm, anonymous):
    warm(page.url)
    settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    settings.contact_email = "harbour@example.org"
    settings.save()
    assert "harbour@example.org" in anonymous(page.url).content.decode()


def test_a_registration_changes_the_free_seats(warm, anonymous, django_capture_on_commit_callbacks):
    session = open_session(seats=2)
    assert "2 of 2 seats free" in warm(session.url).content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        (taken,) = registration.register(
            UserFactory(),
            [session],
            [registration.Participant(name="Ada", email="ada@example.org", organisation=None)],
        )
    assert "1 of 2 seats free" in anonymous(session.url).content.decode()
    registration.cancel(taken)
    assert "2 of 2 seats free" in anonymous(session.url).content.decode()


def test_a_draft_save_keeps_the_cache(page, warm, anonymous):
    """Wagtail 8 autosaves drafts every few seconds: they do not purge."""
    warm(page.url)
    page.title = "Harbour walks (draft)"
    page.save_revision()
    assert hit(anonymous(page.url))


def _image():
    image = get_image_model().objects.first()
    image.title = "Harbour at dusk"
    image.save()


def _document():
    document = get_document_model().objects.first()
    document.title = "Harbour guide"
    document.save()


def _site():
    site = Site.objects.get(is_default_site=True)
    site.site_name = "Harbour"
    site.save()


def _locale():
    Locale.objects.create(language_code="nl")


def _redirect():
    Redirect.add_redirect("/harbour", redirect_to="/en/")


def _new_page():
    home = HomePage.objects.get(locale__language_code="en")
    home.add_child(instance=StandardPage(title="Breakwater", slug="breakwater", live=False))


def _new_document():
    get_document_model().objects.create(title="Tides", file=ContentFile(b"tides", name="tides.txt"))


@pytest.mark.parametrize(
    "change", [_image, _document, _new_document, _site, _locale, _redirect, _new_page]
)
def test_other_records_shown_on_pages_purge(change):
    """Records whose effect on a page is long to stage: the purge itself is
    what the test sees (the generation of every shared cache key moves)."""
    before = cache.key("page")
    change()
    assert cache.key("page") != before


def test_every_snippet_and_setting_purges_when_saved(django_capture_on_commit_callbacks):
    """The admin's snippets (vocabularies, organisations, memberships,
    affiliations) and settings all show on pages: saving any of them moves
    the generation. Each app connects its own; this catches one forgotten."""
    from wagtail.contrib.settings.registry import registry as settings_registry
    from wagtail.snippets.models import get_snippet_models

    models = [*get_snippet_models(), *settings_registry]
    assert len(models) >= 7
    for model in models:
        instance = model.objects.first()
        assert instance is not None, model
        before = cache.generation()
        with django_capture_on_commit_callbacks(execute=True):
            instance.save()
        assert cache.generation() != before, model


def test_search_documents_are_deleted_in_one_statement():
    """No purge receiver listens to every model's deletes: Django deletes a
    table's rows in one statement only when nothing listens (the search's
    rebuild deletes every document at once)."""
    from django.db.models.signals import post_delete, pre_delete

    from search.models import SearchDocument

    assert not post_delete.has_listeners(SearchDocument)
    assert not pre_delete.has_listeners(SearchDocument)
