"""Background tasks of the site (Django's tasks framework; see TASKS)."""

from django.core.mail import EmailMultiAlternatives
from django.tasks import task


@task
def deliver_email(subject, text, html, to, headers):
    """Send one message. The notifications work replaces this with a
    retrying version on the database-backed queue."""
    message = EmailMultiAlternatives(subject, text, None, to, headers=headers)
    if html:
        message.attach_alternative(html, "text/html")
    message.send()
