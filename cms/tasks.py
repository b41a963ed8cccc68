"""Background tasks of the site (Django's tasks framework; see TASKS).

E-mail is sent here, by the worker (``manage.py db_worker``), never in a
request: ``cms.mail.send_email`` queues ``deliver_email`` after the
request's transaction commits. A send that fails for a reason that may pass
(the mail server is down, busy or answers 4xx) is queued again for later
(``RETRY_MINUTES``); one the server refuses for good (5xx) is not. Either
way the failure is logged and the task ends normally, so nothing is raised
into whoever queued it, even with the immediate backend of the tests.
"""

import logging
import smtplib
from datetime import timedelta

from django.core.mail import EmailMultiAlternatives
from django.tasks import task
from django.utils import timezone

logger = logging.getLogger(__name__)

#: Minutes to wait before each new attempt: six attempts over about ten
#: hours, then the message is given up (an error in the log).
RETRY_MINUTES = (1, 5, 30, 120, 480)


def is_permanent(error):
    """A refusal the server will repeat (5xx): trying again cannot help."""
    if isinstance(error, smtplib.SMTPRecipientsRefused):
        codes = [code for code, _message in error.recipients.values()]
        return bool(codes) and all(code >= 500 for code in codes)
    if isinstance(error, smtplib.SMTPResponseException):
        return error.smtp_code >= 500
    return False


@task(backend="queue", takes_context=True)
def deliver_email(context, subject, text, html, to, headers, attempt=1, attachments=()):
    """Send one message; on a passing failure, queue the next attempt.
    ``attachments``: ``[filename, text, mimetype]`` lists."""
    message = EmailMultiAlternatives(subject, text, None, to, headers=headers)
    if html:
        message.attach_alternative(html, "text/html")
    for filename, content, mimetype in attachments:
        message.attach(filename, content, mimetype)
    try:
        message.send()
    except (smtplib.SMTPException, OSError) as error:
        # Addresses are personal data: the log names the task and the error.
        task_id = context.task_result.id
        if is_permanent(error) or attempt > len(RETRY_MINUTES):
            logger.error("E-mail task %s given up after attempt %d: %r", task_id, attempt, error)
            return {"sent": False, "attempt": attempt, "retry": False}
        backend = deliver_email.get_backend()
        if not backend.supports_defer:
            # The immediate backend (tests) cannot wait: retrying at once
            # would only fail again inside the same request.
            logger.error("E-mail task %s failed (no queue to retry on): %r", task_id, error)
            return {"sent": False, "attempt": attempt, "retry": False}
        delay = timedelta(minutes=RETRY_MINUTES[attempt - 1])
        deliver_email.using(run_after=timezone.now() + delay).enqueue(
            subject=subject,
            text=text,
            html=html,
            to=to,
            headers=headers,
            attempt=attempt + 1,
            attachments=attachments,
        )
        logger.warning(
            "E-mail task %s failed (attempt %d), retrying in %s: %r",
            task_id,
            attempt,
            delay,
            error,
        )
        return {"sent": False, "attempt": attempt, "retry": True}
    return {"sent": True, "attempt": attempt}
