"""Admin views: a translation submitted for review, and wagtail-localize's
translation requests limited to the languages a person works in."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from wagtail.models import Page
from wagtail_localize.models import Translation
from wagtail_localize.views.submit_translations import SubmitPageTranslationView
from wagtail_localize.views.update_translations import UpdateTranslationsView

from translations import teams


def review_state(page, user):
    """What the translation editor offers this person for this page:
    ``"submit"`` (a workflow applies, the person may edit but not publish
    and nothing is in moderation), ``"in_review"`` or None."""
    if not isinstance(page, Page):
        return None
    permissions = page.permissions_for_user(user)
    if permissions.can_publish() or not permissions.can_edit():
        return None
    if page.workflow_in_progress:
        return "in_review"
    if page.get_workflow() is None:
        return None
    return "submit"


@require_POST
def submit_for_review(request, translation_id):
    """Save the translation as a draft revision of the translated page and
    start the page's workflow on it (an editor approves and publishes)."""
    translation = get_object_or_404(Translation, pk=translation_id, enabled=True)
    page = translation.get_target_instance()
    if not isinstance(page, Page):
        raise PermissionDenied
    page = page.specific
    if review_state(page, request.user) != "submit":
        raise PermissionDenied
    try:
        with transaction.atomic():
            translation.save_target(user=request.user, publish=False)
            page.refresh_from_db()
            page.get_workflow().start(page, request.user)
    except ValidationError as error:
        messages.error(
            request,
            _("The translation could not be saved: %(errors)s")
            % {"errors": " ".join(error.messages)},
        )
        return redirect(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    messages.success(
        request,
        _("“%(title)s” (%(language)s) was submitted for review.")
        % {"title": page.title, "language": translation.target_locale.get_display_name()},
    )
    return redirect(reverse("wagtailadmin_pages:edit", args=[page.pk]))


class TeamSubmitPageTranslationView(SubmitPageTranslationView):
    """wagtail-localize's "Translate this page", offering only the languages
    the person may edit (their teams'; every language for editors)."""

    def get_form(self):
        form = super().get_form()
        allowed = teams.translatable_locales(self.request.user)
        form.fields["locales"].queryset = form.fields["locales"].queryset.filter(pk__in=allowed)
        return form


class TeamUpdateTranslationsView(UpdateTranslationsView):
    """wagtail-localize's "Sync translated pages": publishing every
    translation at once is for those who may publish in every language."""

    def post(self, request, **kwargs):
        if request.POST.get("publish_translations"):
            for translation in self.object.translations.filter(enabled=True):
                target = translation.get_target_instance()
                if (
                    isinstance(target, Page)
                    and not target.permissions_for_user(request.user).can_publish()
                ):
                    raise PermissionDenied
        return super().post(request, **kwargs)
