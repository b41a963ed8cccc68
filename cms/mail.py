"""E-mail from the site: one function every app calls.

``send_email`` renders a subject and a plain-text body (and an HTML body when
``<template>.html`` exists) in the recipient's language and hands the
message to the task queue (``cms.tasks.deliver_email``), so that a failing
mail server never blocks a request and a failed send is retried. Templates:
``<name>_subject.txt``, ``<name>.txt`` and optionally ``<name>.html``; the
context gets ``site_url`` (``WAGTAILADMIN_BASE_URL``) for absolute links.
"""

from django.conf import settings
from django.template import TemplateDoesNotExist
from django.template.loader import render_to_string
from django.utils import translation


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


def send_email(to, template, context, language=None, headers=None):
    """Render ``template`` in ``language`` and queue one message to ``to``
    (an address or a list). Returns the queued task's result handle, or
    None when there is no recipient."""
    recipients = [to] if isinstance(to, str) else [address for address in to if address]
    if not recipients:
        return None
    subject, text, html = render_email(template, context, language)
    from cms.tasks import deliver_email

    return deliver_email.enqueue(
        subject=subject, text=text, html=html, to=recipients, headers=headers or {}
    )
