"""The translation workflow in Wagtail's admin: language teams under
Settings, the review action of the translation editor, wagtail-localize's
translation requests limited to a person's languages, dashboard panels."""

from django.core.exceptions import PermissionDenied
from django.urls import path
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.models import TranslatableMixin

from translations import panels, teams, views
from translations.models import LanguageTeam


class LanguageTeamViewSet(ModelViewSet):
    model = LanguageTeam
    icon = "globe"
    menu_label = _("Language teams")
    add_to_settings_menu = True
    form_fields = ["group", "locale", "mode"]
    list_display = ["group", "locale", "mode"]


@hooks.register("register_admin_viewset")
def register_language_teams():
    return LanguageTeamViewSet("language_teams")


# Before wagtail-localize's own routes (same paths, looked up first): its
# views offer every language to anybody who may request translations.
@hooks.register("register_admin_urls", order=-10)
def register_admin_urls():
    return [
        path(
            "localize/submit/page/<int:page_id>/",
            views.TeamSubmitPageTranslationView.as_view(),
            name="translations_submit_page_translation",
        ),
        path(
            "localize/update/<int:translation_source_id>/",
            views.TeamUpdateTranslationsView.as_view(),
            name="translations_update_translations",
        ),
        path(
            "translations/<int:translation_id>/submit-for-review/",
            views.submit_for_review,
            name="translations_submit_for_review",
        ),
    ]


@hooks.register("construct_homepage_panels")
def add_translation_panels(request, homepage_panels):
    homepage_panels.extend(panels.for_user(request.user))


# Before wagtail-localize's hook, which answers with its translation editor.
@hooks.register("before_edit_snippet", order=-10)
def keep_translators_to_their_languages(request, instance):
    """Snippet permissions are model-wide: a member of a language team who
    is not an editor edits snippets of their teams' languages only."""
    user = request.user
    if not isinstance(instance, TranslatableMixin) or teams.is_editor(user):
        return None
    locales = teams.team_locales(user)
    if locales.exists() and not locales.filter(pk=instance.locale_id).exists():
        raise PermissionDenied
    return None
