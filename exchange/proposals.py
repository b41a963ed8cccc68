"""From thread to practice: an editor turns a useful thread into a DRAFT
practice page, the bridge between the members' exchange and the public
library.

Nothing a member wrote becomes public without an editor and the author's
consent: the consent (how it was given) is recorded in a
``PracticeProposal`` with the name and organisation credited, and the page
is created unpublished under the English practice library (the source
language; translators take it from there), saved as a revision for the
editor to finish, review and publish. The credit line ("Contributed by …
through the members' exchange") ends the description.
"""

import re

import nh3
from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import translation
from django.utils.html import escape
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.log_actions import log
from wagtail.rich_text import RichText

from exchange import access, html
from exchange.models import Post, PracticeProposal
from practices.models import PracticeIndexPage, PracticePage

SUMMARY_LENGTH = 280
#: What Wagtail's paragraph block keeps (cms.blocks: bold, italic, link, lists).
RICH_TEXT_TAGS = {"p", "br", "b", "i", "ul", "ol", "li", "a"}
RENAMES = [
    (re.compile(r"<(/?)strong>"), r"<\1b>"),
    (re.compile(r"<(/?)em>"), r"<\1i>"),
    # Quotations and code become paragraphs of their own.
    (re.compile(r"<(/?)(?:blockquote|pre)>"), r"<\1p>"),
    (re.compile(r"</?code>"), ""),
]
EMPTY_PARAGRAPH = re.compile(r"<p>\s*</p>")


def practice_library():
    """The English (source) practice library, where proposals are filed."""
    return PracticeIndexPage.objects.filter(locale__language_code=settings.LANGUAGE_CODE).first()


def rich_text(post_html):
    """A post's stored HTML as the paragraph block's rich text: the
    exchange's subset mapped to the editor's features, links kept with
    their address only."""
    text = str(post_html or "")
    for pattern, replacement in RENAMES:
        text = pattern.sub(replacement, text)
    text = nh3.clean(text, tags=RICH_TEXT_TAGS, attributes={"a": {"href"}}, link_rel=None)
    return EMPTY_PARAGRAPH.sub("", text).strip()


def credit_line(name, organisation=""):
    """The credit, in the library's language (English)."""
    with translation.override(settings.LANGUAGE_CODE):
        if organisation:
            return gettext(
                "Contributed by %(name)s (%(organisation)s) through the members' exchange."
            ) % {"name": name, "organisation": organisation}
        return gettext("Contributed by %(name)s through the members' exchange.") % {"name": name}


def can_propose(thread):
    """A thread that is there and whose opening post is visible."""
    opening = thread.opening_post
    return thread.deleted_at is None and opening is not None and opening.is_visible


def initial_credit(thread):
    """The name and organisation to credit, as the form suggests them."""
    author = thread.author
    name = ""
    if author is not None:
        name = author.get_full_name().strip() or author.get_username()
    organisation = thread.organisation.name if thread.organisation else ""
    return name, organisation


def propose_practice(
    thread,
    editor,
    *,
    consent_note,
    credited_name,
    credited_organisation="",
    organisation,
    approach,
    status,
    year_started,
    replies=(),
    request=None,
):
    """Create a draft ``PracticePage`` from ``thread`` and record the
    proposal; returns the ``PracticeProposal`` (``.practice`` is the page).

    ``replies``: visible replies of the thread to include after the opening
    post. ``request``: the admin request, for Wagtail's ``after_create_page``
    hooks (wagtail-localize's placeholders in the other languages), run as
    when an editor creates a page in the admin."""
    library = practice_library()
    if not access.can_moderate(editor) or library is None:
        raise PermissionDenied
    if not library.permissions_for_user(editor).can_add_subpage():
        raise PermissionDenied
    errors = {}
    consent_note = (consent_note or "").strip()
    credited_name = " ".join((credited_name or "").split())
    credited_organisation = " ".join((credited_organisation or "").split())
    if not consent_note:
        errors["consent_note"] = [
            ValidationError(_("Say how the author gave their consent."), code="required")
        ]
    if not credited_name:
        errors["credited_name"] = [ValidationError(_("Give the name to credit."), code="required")]
    if not can_propose(thread):
        errors["__all__"] = [
            ValidationError(
                _("This thread was deleted or its opening post is hidden."), code="invalid"
            )
        ]
    if errors:
        raise ValidationError(errors)
    opening = thread.opening_post
    replies = list(
        Post.objects.visible()
        .filter(thread=thread, is_opening=False, pk__in=[getattr(r, "pk", r) for r in replies])
        .order_by("created_at", "pk")
    )

    body = [("paragraph", RichText(rich_text(opening.body)))]
    if replies:
        with translation.override(settings.LANGUAGE_CODE):
            heading = gettext("From the members' discussion")
        body.append(("heading", {"text": heading, "level": "h2"}))
        body += [("paragraph", RichText(rich_text(reply.body))) for reply in replies]
    credit = credit_line(credited_name, credited_organisation)
    body.append(("paragraph", RichText(f"<p><i>{escape(credit)}</i></p>")))

    page = PracticePage(
        title=thread.title,
        summary=html.excerpt(opening.body, SUMMARY_LENGTH),
        body=body,
        organisation=organisation,
        country=organisation.country,
        approach=approach,
        status=status,
        year_started=year_started,
        is_demo=thread.is_demo,
        live=False,
        owner=editor,
    )
    page.topics.set(thread.topics.all())
    with transaction.atomic():
        library.add_child(instance=page)
        page.save_revision(user=editor, log_action=True)
        log(instance=page, action="wagtail.create", user=editor)
        proposal = PracticeProposal.objects.create(
            thread=thread,
            practice=page,
            credited_name=credited_name,
            credited_organisation=credited_organisation,
            consent_given_by=thread.author,
            consent_note=consent_note,
            created_by=editor,
        )
        if request is not None:
            for hook in hooks.get_hooks("after_create_page"):
                hook(request, page)
    return proposal
