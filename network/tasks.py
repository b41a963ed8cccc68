"""Background tasks of the network (Django's tasks framework)."""

from django.tasks import task

from network import reminders


@task(backend="queue")
def send_membership_reminders():
    """The daily membership reminders (``network.reminders``), for a
    scheduler; returns what was sent."""
    return reminders.send_due_reminders().as_dict()
