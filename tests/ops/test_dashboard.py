"""The admin dashboard shows the search index and the task queue to
superusers and editors; nobody else sees them, and members cannot reach the
admin at all."""

import re

import pytest
from django.test import Client

from cms.tasks import deliver_email
from network.models import User
from search.models import PendingUpdate, SearchDocument

pytestmark = pytest.mark.django_db

DATABASE_QUEUE = {
    "default": {"BACKEND": "django.tasks.backends.immediate.ImmediateBackend"},
    "queue": {"BACKEND": "django_tasks_db.DatabaseBackend"},
}


def signed_in(username):
    client = Client()
    client.force_login(User.objects.get(username=username))
    return client


def figure(html, name):
    """The text of a figure's cell (``data-figure`` rows of the panels)."""
    match = re.search(rf'data-figure="{name}">.*?<td>(.*?)</td>', html, re.S)
    assert match, f"no figure {name}"
    return " ".join(re.sub(r"<[^>]+>", " ", match.group(1)).split())


@pytest.mark.parametrize("username", ["admin", "editor"])
def test_superusers_and_editors_see_the_index_and_the_queue(username, settings):
    settings.TASKS = DATABASE_QUEUE
    deliver_email.enqueue("Subject", "Text", "", ["someone@example.org"], {})
    deliver_email.enqueue("Subject", "Text", "", ["other@example.org"], {})
    response = signed_in(username).get("/admin/")
    assert response.status_code == 200
    html = response.content.decode()
    assert 'id="search-index' in html
    assert figure(html, "documents") == str(SearchDocument.objects.count())
    assert SearchDocument.objects.count() > 0
    assert figure(html, "members-only") == str(
        SearchDocument.objects.filter(members_only=True).count()
    )
    assert "SQLite" in figure(html, "engine") or "PostgreSQL" in figure(html, "engine")
    assert 'data-up-to-date="true"' in html
    assert 'id="task-queue' in html
    assert figure(html, "queued") == "2"
    assert figure(html, "running") == "0"
    assert figure(html, "failed") == "0"
    assert figure(html, "oldest-queued").startswith("queued ")


def test_the_index_panel_shows_updates_elasticsearch_has_not_had(settings):
    settings.SEARCH_ENGINE = "elasticsearch"
    settings.ELASTICSEARCH_URL = "http://127.0.0.1:9"  # never asked by the panel
    PendingUpdate.objects.create(document_id=SearchDocument.objects.values_list("pk").first()[0])
    html = signed_in("editor").get("/admin/").content.decode()
    assert 'data-up-to-date="false"' in html
    assert figure(html, "engine") == "Elasticsearch"
    assert figure(html, "pending").startswith("1 ")


def test_the_panels_speak_the_editors_language():
    editor = User.objects.get(username="editor")
    client = signed_in("editor")
    from wagtail.users.models import UserProfile

    profile = UserProfile.get_for_user(editor)
    profile.preferred_language = "fr"
    profile.save()
    html = client.get("/admin/").content.decode()
    assert "Index de recherche" in html
    assert "File des tâches" in html


def test_a_translator_in_the_admin_does_not_see_them():
    response = signed_in("translator").get("/admin/")
    assert response.status_code == 200
    html = response.content.decode()
    assert 'id="search-index' not in html
    assert 'id="task-queue' not in html


@pytest.mark.parametrize("username", ["member", "eastbridge"])
def test_members_and_non_editors_cannot_reach_the_admin(username):
    response = signed_in(username).get("/admin/")
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]
