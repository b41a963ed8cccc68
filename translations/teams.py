"""What a language team may do, worked out from its teams' records.

Pages: each locale has its own synchronised tree under Wagtail's root (the
home page of that locale). A team's group gets ``add`` and ``change`` on its
locale's home page, plus ``publish`` when the team publishes, and no other
page permission. A team that submits for review gets the review workflow
(one Wagtail ``GroupApprovalTask`` for the editors' group) on its locale's
home page, so its members are offered "Submit for moderation" and an editor
approves.

Snippets (topics, organisations...) have model-wide permissions in Django,
with no notion of a locale: they stay with the "Translators" group.
"""

from django.conf import settings
from django.contrib.auth.models import Group, Permission
from django.db import transaction
from wagtail.models import (
    GroupApprovalTask,
    GroupPagePermission,
    Locale,
    Page,
    Site,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

#: The group whose members approve translations submitted for review.
REVIEWERS_GROUP = getattr(settings, "TRANSLATIONS_REVIEWERS_GROUP", "Editors")
WORKFLOW_NAME = "Translation review"
TASK_NAME = "Review by the editors"
PAGE_RIGHTS = {
    "publish": ("add_page", "change_page", "publish_page"),
    "review": ("add_page", "change_page"),
}
GENERAL_RIGHTS = (("wagtailadmin", "access_admin"), ("wagtail_localize", "submit_translation"))


def locale_root(locale):
    """The root of a locale's own tree: the translation of the default
    site's root page (the home page of that language)."""
    site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
    if site is not None:
        root = site.root_page.get_translation_or_none(locale)
        if root is not None:
            return root
    return Page.objects.filter(depth=2, locale=locale).order_by("path").first()


def review_workflow():
    """The workflow of translations submitted for review (created once)."""
    workflow, _created = Workflow.objects.get_or_create(name=WORKFLOW_NAME)
    task = GroupApprovalTask.objects.filter(name=TASK_NAME).first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=TASK_NAME)
    task.groups.add(Group.objects.get_or_create(name=REVIEWERS_GROUP)[0])
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    return workflow


@transaction.atomic
def apply(team):
    """Give the team's group exactly the page rights of its language."""
    group = team.group
    group.permissions.add(
        *Permission.objects.filter(
            content_type__app_label__in=[app for app, _codename in GENERAL_RIGHTS],
            codename__in=[codename for _app, codename in GENERAL_RIGHTS],
        )
    )
    root = locale_root(team.locale)
    wanted = set()
    if root is not None:
        for codename in PAGE_RIGHTS[team.mode]:
            permission = Permission.objects.get(
                codename=codename, content_type__app_label="wagtailcore"
            )
            right, _created = GroupPagePermission.objects.get_or_create(
                group=group, page=root, permission=permission
            )
            wanted.add(right.pk)
    GroupPagePermission.objects.filter(group=group).exclude(pk__in=wanted).delete()
    refresh_workflows()


@transaction.atomic
def withdraw(group):
    """A team was deleted: its group loses every page right."""
    GroupPagePermission.objects.filter(group=group).delete()
    refresh_workflows()


def refresh_workflows():
    """The review workflow sits on the root of every locale that has a team
    submitting for review, and on no other."""
    from translations.models import LanguageTeam

    reviewed = set(
        LanguageTeam.objects.filter(mode=LanguageTeam.Mode.REVIEW).values_list(
            "locale_id", flat=True
        )
    )
    existing = Workflow.objects.filter(name=WORKFLOW_NAME).first()
    if not reviewed and existing is None:
        return
    workflow = review_workflow()
    roots = {locale.pk: locale_root(locale) for locale in Locale.objects.all()}
    for locale_id, root in roots.items():
        if root is None:
            continue
        if locale_id in reviewed:
            WorkflowPage.objects.update_or_create(page=root, defaults={"workflow": workflow})
        else:
            WorkflowPage.objects.filter(page=root, workflow=workflow).delete()


def team_locales(user):
    """The locales of the teams the person belongs to."""
    if not user.is_authenticated:
        return Locale.objects.none()
    return Locale.objects.filter(language_teams__group__in=user.groups.all()).distinct()


def is_editor(user):
    """Editors publish in the source language (and moderate)."""
    if not user.is_authenticated:
        return False
    if user.is_superuser:
        return True
    root = locale_root(Locale.get_default())
    return bool(root and root.permissions_for_user(user).can_publish())


def translatable_locales(user):
    """The locales in which the person may create or edit pages."""
    allowed = []
    for locale in Locale.objects.all():
        root = locale_root(locale)
        if root is not None and root.permissions_for_user(user).can_edit():
            allowed.append(locale.pk)
    return Locale.objects.filter(pk__in=allowed)
