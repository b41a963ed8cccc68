"""Language teams: a translator publishes (or submits for review) the
languages of their teams and nothing else; the dashboard says what waits;
the team hears of a source that changed, in each member's language."""

import json
import re

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core import mail
from django.db.models import F
from django.urls import reverse
from wagtail.models import Locale, Page, WorkflowState
from wagtail.users.models import UserProfile
from wagtail_localize.models import Translation

from tests.helpers import practice, publish
from translations.models import LanguageTeam

pytestmark = pytest.mark.django_db


def login(client, username):
    client.force_login(get_user_model().objects.get(username=username))
    return client


def editor_props(response):
    """The props wagtail-localize's translation editor is drawn from."""
    body = response.content.decode()
    found = re.search(r'class="js-translation-editor" data-props="([^"]*)"', body)
    assert found, "not the translation editor"
    import html

    return json.loads(html.unescape(found.group(1)))


def italian_translator():
    user = get_user_model().objects.create_user(
        "traduttrice", "traduttrice@example.org", "x", is_staff=True
    )
    user.groups.add(
        Group.objects.get(name="Translators"), Group.objects.get(name="Italian translators")
    )
    return user


def refused(response):
    return response.status_code in (302, 403) and (
        response.status_code == 403 or "/admin/pages/" not in response.headers["Location"]
    )


def test_the_demo_has_a_team_per_language_and_the_translator_works_in_german_and_french():
    teams = {team.locale.language_code: team.mode for team in LanguageTeam.objects.all()}
    assert teams == {"de": "publish", "fr": "publish", "it": "review", "es": "review"}
    translator = get_user_model().objects.get(username="translator")
    assert set(
        LanguageTeam.objects.filter(group__user=translator).values_list(
            "locale__language_code", flat=True
        )
    ) == {"de", "fr"}


def test_german_translator_edits_and_publishes_german_pages_and_no_other_language(client):
    login(client, "translator")
    for language in ("de", "fr"):
        response = client.get(
            f"/admin/pages/{practice('municipal-prevention-network', language).pk}/edit/"
        )
        assert response.status_code == 200, language
        assert editor_props(response)["perms"]["canPublish"] is True, language
    for language in ("en", "it", "es"):
        page = practice("municipal-prevention-network", language)
        assert refused(client.get(f"/admin/pages/{page.pk}/edit/")), language
        revisions = page.revisions.count()
        assert refused(client.post(f"/admin/pages/{page.pk}/edit/", {"action": "publish"})), (
            language
        )
        assert refused(
            client.post(f"/admin/pages/{page.pk}/edit/", {"action-publish": "publish"})
        ), language
        assert page.revisions.count() == revisions, language


def test_translating_a_page_offers_only_the_translators_languages(client):
    login(client, "translator")
    source = practice("youth-debate-spaces")  # English and French only
    url = f"/admin/localize/submit/page/{source.pk}/"
    offered = client.get(url).context["form"].fields["locales"].queryset
    assert {locale.language_code for locale in offered} == {"de"}
    italian = Locale.objects.get(language_code="it")
    response = client.post(url, {"locales": [italian.pk]})
    assert response.status_code == 200  # the form, refused
    assert not Translation.objects.filter(
        source__object_id=source.translation_key, target_locale=italian
    ).exists()
    assert practice("youth-debate-spaces", "it").alias_of_id is not None


def test_a_review_team_member_submits_for_review_and_an_editor_approves(
    client, editor_client, django_capture_on_commit_callbacks
):
    italian_translator()
    editor = get_user_model().objects.get(username="editor")
    UserProfile.objects.update_or_create(user=editor, defaults={"preferred_language": "fr"})
    login(client, "traduttrice")
    source = practice("youth-debate-spaces")
    italian = Locale.objects.get(language_code="it")
    placeholder = practice("youth-debate-spaces", "it")
    assert refused(client.get(f"/admin/pages/{practice('youth-debate-spaces', 'de').pk}/edit/"))

    response = client.post(f"/admin/localize/submit/page/{source.pk}/", {"locales": [italian.pk]})
    assert response.status_code == 302
    translation = Translation.objects.get(
        source__object_id=source.translation_key, target_locale=italian
    )
    editor_page = client.get(f"/admin/pages/{placeholder.pk}/edit/")
    assert editor_props(editor_page)["perms"]["canPublish"] is False
    assert "Submit for review" in editor_page.content.decode()
    # Publishing is refused; submitting for review is not.
    assert refused(client.post(f"/admin/pages/{placeholder.pk}/edit/", {"action": "publish"}))
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"/admin/translations/{translation.pk}/submit-for-review/")
    assert response.status_code == 302
    page = Page.objects.get(pk=placeholder.pk)
    assert page.workflow_in_progress and not page.live or page.has_unpublished_changes
    # Wagtail's own notification reaches the editors, in the editor's language.
    to_editor = [message for message in mail.outbox if editor.email in message.to]
    assert to_editor, [message.to for message in mail.outbox]
    assert "soumis" in to_editor[0].subject + to_editor[0].body

    # The editor sees it waiting and approves it: the Italian page is published.
    dashboard = editor_client.get("/admin/").content.decode()
    assert 'id="awaiting-review' in dashboard or "awaiting-review" in dashboard
    state = WorkflowState.objects.active().get(object_id=str(page.pk))
    task_state = state.current_task_state
    with django_capture_on_commit_callbacks(execute=True):
        response = editor_client.post(
            reverse("wagtailadmin_pages:workflow_action", args=[page.pk, "approve", task_state.pk]),
            {"comment": ""},
        )
    assert response.status_code in (200, 302)
    page.refresh_from_db()
    assert page.live and not page.has_unpublished_changes and page.alias_of_id is None


def test_the_slug_and_seo_fields_are_translated_with_the_content(client):
    login(client, "translator")
    page = practice("municipal-prevention-network", "de")
    props = editor_props(client.get(f"/admin/pages/{page.pk}/edit/"))
    tabs = {segment["contentPath"]: segment["location"]["tab"] for segment in props["segments"]}
    assert tabs["slug"] == tabs["title"] == "content"


def test_dashboard_shows_the_german_translators_waiting_and_stale_pages_in_german(
    client, django_capture_on_commit_callbacks
):
    translator = get_user_model().objects.get(username="translator")
    UserProfile.objects.update_or_create(user=translator, defaults={"preferred_language": "de"})
    german = practice("municipal-prevention-network", "de")
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        publish(practice("municipal-prevention-network"))

    login(client, "translator")
    body = client.get("/admin/").content.decode()
    waiting = body.split('id="translations-waiting-content"')[1].split("</section>")[0]
    assert "Übersetzungen, die auf mich warten" in body
    assert practice("youth-debate-spaces", "de").title in waiting
    stale = body.split('id="translations-stale-content"')[1].split("</section>")[0]
    assert german.title in stale
    assert f"/admin/pages/{german.pk}/edit/" in stale

    # One e-mail to the translator (German and French teams), in German.
    to_translator = [message for message in mail.outbox if message.to == [translator.email]]
    assert len(to_translator) == 1
    message = to_translator[0]
    assert "Übersetzung" in message.subject
    assert f"http://testserver/admin/pages/{german.pk}/edit/" in message.body
    assert f"/admin/pages/{practice('municipal-prevention-network', 'fr').pk}/edit/" in message.body


def test_editors_dashboard_summarises_every_language(editor_client):
    body = editor_client.get("/admin/").content.decode()
    summary = body.split('id="translations-summary-content"')[1].split("</section>")[0]
    for language in ("de", "fr", "it", "es"):
        row = summary.split(f'data-language="{language}"')[1].split("</tr>")[0]
        shown = [int(n) for n in re.findall(r"<td>(\d+)</td>", row)]
        pages = Page.objects.filter(locale__language_code=language, depth__gt=1)
        assert shown == [
            pages.filter(alias_of__isnull=True).count(),
            pages.filter(alias_of__isnull=False).exclude(alias_of__locale=F("locale")).count(),
            0,
        ], language
        assert shown[0] > 0 and (shown[1] > 0 or language == "fr"), language


def test_an_administrator_turns_a_publishing_team_into_a_reviewed_one(admin_client):
    team = LanguageTeam.objects.get(locale__language_code="de")
    assert admin_client.get("/admin/language_teams/").status_code == 200
    response = admin_client.post(
        f"/admin/language_teams/edit/{team.pk}/",
        {"group": team.group_id, "locale": team.locale_id, "mode": "review"},
    )
    assert response.status_code == 302
    german = practice("municipal-prevention-network", "de")
    translator = get_user_model().objects.get(username="translator")
    assert not german.permissions_for_user(translator).can_publish()
    assert german.permissions_for_user(translator).can_edit()
    assert german.get_workflow() is not None
    assert (
        practice("municipal-prevention-network", "fr")
        .permissions_for_user(translator)
        .can_publish()
    )


def test_german_translator_edits_german_topics_and_not_english_or_italian_ones(client):
    from practices.models import Topic

    login(client, "translator")
    for language, allowed in (("de", True), ("fr", True), ("en", False), ("it", False)):
        topic = Topic.objects.get(slug="family-support", locale__language_code=language)
        response = client.get(f"/admin/snippets/practices/topic/edit/{topic.pk}/")
        assert (response.status_code == 200) is allowed, language
        if not allowed:
            assert refused(response), language
