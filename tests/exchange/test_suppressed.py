"""Posts written while e-mail is suppressed (the demo's, by ``load_demo``)
queue no notification task: their watchers are fictional people."""

import pytest
from django_tasks_db.models import DBTaskResult

from cms import mail

from .conftest import start_thread

pytestmark = pytest.mark.django_db

DATABASE_QUEUES = {
    "default": {"BACKEND": "django_tasks_db.DatabaseBackend"},
    "queue": {"BACKEND": "django_tasks_db.DatabaseBackend"},
}


def notify_tasks():
    return DBTaskResult.objects.filter(task_path="exchange.tasks.notify_post").count()


def test_a_post_queues_its_notifications(
    settings, exchange_page, member, django_capture_on_commit_callbacks
):
    settings.TASKS = DATABASE_QUEUES
    with django_capture_on_commit_callbacks(execute=True):
        start_thread(member)
    assert notify_tasks() == 1


def test_a_post_written_while_mail_is_suppressed_queues_nothing(
    settings, exchange_page, member, django_capture_on_commit_callbacks
):
    settings.TASKS = DATABASE_QUEUES
    with django_capture_on_commit_callbacks(execute=True), mail.suppressed():
        start_thread(member)
    assert notify_tasks() == 0
