"""E-mail from the site: one function every app calls.

``send_email`` renders a subject and a plain-text body (and an HTML body when
``<template>.html`` exists) in the recipient's language and hands the
message to the task queue (``cms.tasks.deliver_email``), so that a failing
mail server never blocks a request and a failed send is retried. The
message is queued when the caller's transaction commits: a request that
fails and rolls back sends nothing (tests capture the callbacks, e.g.
pytest-django's ``django_capture_on_commit_callbacks(execute=True)``). Templates:
``<name>_subject.txt``, ``<name>.txt`` and optionally ``<name>.html``; the
context gets ``site_url`` (``WAGTAILADMIN_BASE_URL``) for absolute links.
"""

import logging
from contextlib import contextmanager
from contextvars import ContextVar

from django.conf import settings
from django.db import transaction
from django.template import TemplateDoesNotExist
from django.template.loader import render_to_string
from django.utils import translation

logger = logging.getLogger(__name__)

#: True while ``suppressed()`` is active: ``send_email`` writes nothing.
_suppressed = ContextVar("cms_mail_suppressed", default=False)


@contextmanager
def suppressed():
    """No e-mail is rendered or queued while this is active. ``load_demo``
    writes demo records through the services that e-mail people (the
    registrations), and fictional people must not be mailed; checked when
    ``send_email`` is called, so it holds inside an outer transaction too."""
    token = _suppressed.set(True)
    try:
        yield
    finally:
        _suppressed.reset(token)


def is_suppressed():
    """True inside ``suppressed()``: for work that only leads to e-mail (a
    task that would mail a post's watchers), which need not be queued."""
    return _suppressed.get()


def render_email(template, context, language):
    """(subject, text, html or None) of ``template`` in ``language``."""
    context = {"site_url": settings.WAGTAILADMIN_BASE_URL.rstrip("/"), **context}
    with translation.override(language or settings.LANGUAGE_CODE):
        subject = " ".join(render_to_string(f"{template}_subject.txt", context).split())
        text = render_to_string(f"{template}.txt", context)
        try:
            html = render_to_string(f"{template}.html", context)
        except TemplateDoesNotExist:
            html = None
    return subject, text, html


def send_email(to, template, context, language=None, headers=None, attachments=None):
    """Render ``template`` in ``language`` now and queue one message to ``to``
    (an address or a list) when the current transaction commits (at once
    outside one). ``headers``: extra headers (``List-Unsubscribe``);
    ``attachments``: ``(filename, text, mimetype)`` triples (text only: the
    task's arguments are JSON, e.g. an ``.ics`` calendar file)."""
    recipients = [to] if isinstance(to, str) else [address for address in to if address]
    if not recipients or _suppressed.get():
        return
    subject, text, html = render_email(template, context, language)
    message = {"subject": subject, "text": text, "html": html, "to": recipients}
    message["headers"] = headers or {}
    if attachments:
        message["attachments"] = [list(attachment) for attachment in attachments]
    transaction.on_commit(lambda: _enqueue(message), robust=True)


def _enqueue(message):
    """Hand the message to the queue; a queue that cannot take it (its
    database is away) is logged, never raised into the request."""
    from cms.tasks import deliver_email

    try:
        deliver_email.enqueue(**message)
    except Exception:
        logger.exception("Could not queue an e-mail (%s)", message["subject"])
