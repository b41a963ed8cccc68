"""Page serving and document downloads ask the one visibility rule
(cms.visibility); the dashboard shows the task queue."""

from datetime import timedelta

from django.contrib.auth.models import Permission
from django.db.models import Case, Count, F, Max, Min, Q, When
from django.tasks import TaskResultStatus
from django.utils import timezone
from django_tasks_db.models import DBTaskResult, get_date_max
from wagtail import hooks
from wagtail.admin.ui.components import Component

# Registers the page viewset whose create view is idempotent (its own hook).
from cms import admin_views  # noqa: F401
from cms.views import members_only_response
from cms.visibility import (
    can_view_members_content,
    document_granted,
    document_is_members_only,
    page_is_members_only,
)


@hooks.register("before_serve_page")
def check_members_only_page(page, request, serve_args, serve_kwargs):
    if not can_view_members_content(request.user) and page_is_members_only(page):
        return members_only_response(request)
    return None


@hooks.register("before_serve_document")
def check_members_only_document(document, request):
    if (
        not can_view_members_content(request.user)
        and document_is_members_only(document)
        and not document_granted(request.user, document)
    ):
        return members_only_response(request)
    return None


#: Who sees the task queue panel: superusers, and the groups given "Can view
#: Task Result" (the demo's editors; any group in Settings → Groups).
QUEUE_VIEW_PERMISSION = "django_tasks_database.view_dbtaskresult"
#: Failed tasks are counted over this period.
FAILED_WINDOW = timedelta(hours=24)


def queue_figures(now=None):
    """The database queue in one query: queued (of which due now), running,
    failed in the last 24 hours, the oldest queued task's age, how long the
    longest-waiting due task has been due, and when a task last finished.
    A task with ``run_after`` (an e-mail's next attempt) is due from then,
    not from when it was queued."""
    now = now or timezone.now()
    not_scheduled = Q(run_after=get_date_max())
    due = Q(status=TaskResultStatus.READY) & (not_scheduled | Q(run_after__lte=now))
    figures = DBTaskResult.objects.aggregate(
        queued=Count("pk", filter=Q(status=TaskResultStatus.READY)),
        due=Count("pk", filter=due),
        running=Count("pk", filter=Q(status=TaskResultStatus.RUNNING)),
        failed=Count(
            "pk",
            filter=Q(status=TaskResultStatus.FAILED, finished_at__gte=now - FAILED_WINDOW),
        ),
        oldest_due=Min(
            Case(When(not_scheduled, then=F("enqueued_at")), default=F("run_after")),
            filter=due,
        ),
        oldest_queued=Min("enqueued_at", filter=Q(status=TaskResultStatus.READY)),
        last_finished=Max("finished_at"),
    )
    for name in ("oldest_due", "oldest_queued"):
        moment = figures[name]
        figures[f"{name}_age"] = now - moment if moment else None
    return figures


class TaskQueuePanel(Component):
    """The task queue (e-mail, notifications, digests, reminders): a queue
    that only grows, or tasks due for long, mean the worker is not running."""

    name = "task_queue"
    template_name = "cms/panels/task_queue.html"
    order = 160

    def get_context_data(self, parent_context=None):
        return {
            "queue": queue_figures(),
            "window_hours": int(FAILED_WINDOW.total_seconds() // 3600),
        }


@hooks.register("construct_homepage_panels")
def add_task_queue_panel(request, panels):
    if request.user.has_perm(QUEUE_VIEW_PERMISSION):
        panels.append(TaskQueuePanel())


@hooks.register("register_permissions")
def register_queue_view_permission():
    """Offered in Settings → Groups, so that a group can be given the panel."""
    app_label, codename = QUEUE_VIEW_PERMISSION.split(".")
    return Permission.objects.filter(content_type__app_label=app_label, codename=codename)
