"""E-mail goes through the database-backed queue: queued after commit (a
rolled-back request sends nothing), sent by the worker, retried later when
the mail server is away, given up when it refuses for good."""

import datetime

import pytest
from django.core import mail
from django.core.management import call_command
from django.db import connection, transaction
from django.test import override_settings
from django.utils import timezone
from django_tasks_db.management.commands.db_worker import Worker
from django_tasks_db.models import DBTaskResult

from cms.mail import send_email
from cms.tasks import RETRY_MINUTES

from .backends import FlakyBackend, RefusingBackend

pytestmark = pytest.mark.django_db

DATABASE_QUEUE = {
    "default": {"BACKEND": "django.tasks.backends.immediate.ImmediateBackend"},
    "queue": {"BACKEND": "django_tasks_db.DatabaseBackend"},
}
FLAKY = {"default": {"BACKEND": "tests.notifications.backends.FlakyBackend"}}
REFUSING = {"default": {"BACKEND": "tests.notifications.backends.RefusingBackend"}}


def run_worker():
    """What ``manage.py db_worker --batch`` does, in the test's transaction:
    run every task that is due. (The command itself closes "old"
    connections between tasks, which inside a test's transaction would end
    it on PostgreSQL; ``test_the_worker_command_delivers`` runs it on SQLite.)"""
    worker = Worker(
        queue_names=["default"],
        interval=0,
        batch=True,
        backend_name="queue",
        startup_delay=False,
        max_tasks=None,
        worker_id="test-worker",
        excluded_queue_names=[],
    )
    ran = 0
    while (result := DBTaskResult.objects.ready().filter(backend_name="queue").first()) is not None:
        result.claim(worker.worker_id)
        worker.run_task(result)
        ran += 1
    return ran


def queue(django_capture_on_commit_callbacks, to="someone@example.org"):
    with django_capture_on_commit_callbacks(execute=True):
        send_email(to, "exchange/email/post_published", {"thread": {"title": "Ada"}}, language="fr")


@pytest.fixture
def database_queue(settings):
    settings.TASKS = DATABASE_QUEUE
    mail.outbox = []
    FlakyBackend.failures = FlakyBackend.attempts = RefusingBackend.attempts = 0


def test_a_message_waits_in_the_queue_for_the_worker(
    database_queue, django_capture_on_commit_callbacks
):
    queue(django_capture_on_commit_callbacks)

    assert mail.outbox == []
    assert DBTaskResult.objects.ready().count() == 1
    assert run_worker() == 1
    (message,) = mail.outbox
    assert message.to == ["someone@example.org"]
    assert message.subject == "Nouvelle réponse dans « Ada »"


def test_a_rolled_back_request_sends_nothing(database_queue, django_capture_on_commit_callbacks):
    with (
        django_capture_on_commit_callbacks(execute=True) as callbacks,
        pytest.raises(RuntimeError),
        transaction.atomic(),
    ):
        send_email(
            "someone@example.org", "exchange/email/post_published", {"thread": {"title": "Ada"}}
        )
        raise RuntimeError("the request failed")
    assert callbacks == []
    assert DBTaskResult.objects.count() == 0
    assert run_worker() == 0
    assert mail.outbox == []


def test_a_failed_send_is_retried_later_by_the_worker(
    database_queue, django_capture_on_commit_callbacks
):
    FlakyBackend.failures = 1
    with override_settings(MAILERS=FLAKY):
        queue(django_capture_on_commit_callbacks)
        before = timezone.now()

        assert run_worker() == 1
        assert mail.outbox == []
        first = DBTaskResult.objects.get(status="SUCCESSFUL")
        assert first.return_value == {"sent": False, "attempt": 1, "retry": True}
        (retry,) = DBTaskResult.objects.filter(status="READY")
        delay = retry.run_after - before
        assert datetime.timedelta(minutes=RETRY_MINUTES[0]) - datetime.timedelta(seconds=5) < delay
        assert delay <= datetime.timedelta(minutes=RETRY_MINUTES[0], seconds=5)
        assert retry.args_kwargs["kwargs"]["attempt"] == 2

        # Not before its time ...
        assert run_worker() == 0
        # ... and sent when it has come.
        DBTaskResult.objects.filter(pk=retry.pk).update(run_after=timezone.now())
        assert run_worker() == 1

    (message,) = mail.outbox
    assert message.subject == "Nouvelle réponse dans « Ada »"
    assert FlakyBackend.attempts == 2


def test_a_message_is_given_up_after_the_last_attempt(
    database_queue, django_capture_on_commit_callbacks
):
    FlakyBackend.failures = 100
    with override_settings(MAILERS=FLAKY):
        queue(django_capture_on_commit_callbacks)
        for _attempt in range(len(RETRY_MINUTES) + 3):
            DBTaskResult.objects.filter(status="READY").update(run_after=timezone.now())
            run_worker()
    assert FlakyBackend.attempts == len(RETRY_MINUTES) + 1
    assert not DBTaskResult.objects.filter(status="READY").exists()
    assert not DBTaskResult.objects.filter(status="FAILED").exists()
    assert mail.outbox == []


def test_a_permanent_refusal_is_not_retried(database_queue, django_capture_on_commit_callbacks):
    with override_settings(MAILERS=REFUSING):
        queue(django_capture_on_commit_callbacks)
        run_worker()
    assert RefusingBackend.attempts == 1
    assert not DBTaskResult.objects.filter(status="READY").exists()


def test_a_failing_server_never_raises_into_the_request(django_capture_on_commit_callbacks):
    """With the immediate backend (tests, or a misconfigured site) the send
    happens in the request: it fails quietly and is logged."""
    FlakyBackend.failures = 1
    mail.outbox = []
    with override_settings(MAILERS=FLAKY):
        queue(django_capture_on_commit_callbacks)
    assert mail.outbox == []


def test_wagtail_tasks_run_at_once_and_only_ours_wait_for_the_worker(database_queue, exchange_page):
    """Wagtail's own tasks stay on the immediate "default" backend: the
    reference index (which the visibility of files reads) never waits for
    a worker; only our tasks go to the database queue."""
    from wagtail.tasks import update_reference_index_task

    update_reference_index_task.enqueue("wagtailcore", "page", str(exchange_page.pk))
    assert not DBTaskResult.objects.exists()
    assert run_worker() == 0


def test_the_worker_command_delivers(database_queue, django_capture_on_commit_callbacks):
    if connection.vendor != "sqlite":
        pytest.skip(
            "db_worker closes 'old' connections: on PostgreSQL that ends the test's transaction"
        )
    queue(django_capture_on_commit_callbacks)
    call_command(
        "db_worker",
        "--backend",
        "queue",
        "--batch",
        "--no-startup-delay",
        "--no-reload",
        verbosity=0,
    )
    assert [message.subject for message in mail.outbox] == ["Nouvelle réponse dans « Ada »"]
