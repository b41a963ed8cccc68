"""Associate-partner applications: submitted on the site, reviewed by editors.

The views (``network.application_views``, ``network.admin_views``) only call
these services. Approval follows the four-eyes rule: two different staff
members approve, each with the checklist complete; the second approval makes
the organisation an associated partner with a membership, in one
transaction that holds the application's row (``select_for_update`` on
PostgreSQL; SQLite runs one writing transaction at a time), so two
reviewers approving at the same moment cannot create two memberships.
E-mails (``cms.mail.send_email``) are queued when that transaction commits,
each in its recipient's language: a decision that fails tells nobody.
"""

import datetime

from django.conf import settings
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.text import slugify
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale

from cms.mail import send_email
from network.models import (
    Affiliation,
    Application,
    ApplicationApproval,
    Membership,
    Organisation,
    editors,
)

#: Two different people approve an application (four eyes).
APPROVALS_NEEDED = 2


class ApplicationError(Exception):
    """A review action that cannot be done; the message says why."""


def directory_choices():
    """Organisations an applicant may choose: the directory's (default
    locale) organisations that hold no active membership today."""
    return (
        Organisation.objects.filter(locale__language_code=settings.LANGUAGE_CODE)
        .exclude(memberships__in=Membership.objects.active())
        .order_by("name")
    )


def submit(data, applicant=None, language=None):
    """Record an application from the form's cleaned ``data`` and tell the
    applicant (acknowledgement) and the editors (a new application to review)."""
    language = language or translation.get_language() or settings.LANGUAGE_CODE
    if language not in dict(settings.LANGUAGES):
        language = settings.LANGUAGE_CODE
    fields = {
        name: data[name]
        for name in (
            "organisation_name",
            "kind",
            "country",
            "city",
            "website",
            "contact_name",
            "contact_email",
            "contact_role",
            "motivation",
            "accepts_contribution",
        )
    }
    with transaction.atomic():
        application = Application.objects.create(
            **fields,
            organisation=data.get("organisation"),
            applicant=applicant if applicant and applicant.is_authenticated else None,
            language=language,
        )
        _notify_submitted(application)
    return application


def review_url(application):
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse(
        "network_applications:edit", args=[application.pk]
    )


def _notify_submitted(application):
    context = {"application": application, "contribution": Application.CONTRIBUTION}
    send_email(
        application.contact_email,
        "network/email/application_received",
        context,
        application.language,
    )
    for editor in editors():
        send_email(
            editor.email,
            "network/email/application_new",
            {**context, "reviewer": editor, "review_url": review_url(application)},
            editor.preferred_language,
        )


def update_checklist(application, values):
    """Save the reviewers' checklist (only the checklist: a concurrent
    decision is never overwritten)."""
    values = {name: bool(values.get(name)) for name in Application.CHECKLIST}
    with transaction.atomic():
        locked = Application.objects.select_for_update().get(pk=application.pk)
        if locked.status != Application.Status.SUBMITTED:
            raise ApplicationError(_("This application has already been decided."))
        for name, value in values.items():
            setattr(locked, name, value)
        locked.save(update_fields=list(values))
    _refresh(application, locked)


def approve(application, user):
    """Record ``user``'s approval. Returns True when this approval completed
    the four eyes and the application is now approved (membership created),
    False when it waits for another reviewer. Raises ``ApplicationError``
    when the approval cannot count."""
    with transaction.atomic():
        locked = Application.objects.select_for_update().get(pk=application.pk)
        if locked.status != Application.Status.SUBMITTED:
            raise ApplicationError(_("This application has already been decided."))
        if not locked.checklist_complete:
            raise ApplicationError(_("Complete the checklist before approving."))
        if locked.applicant_id == user.pk:
            raise ApplicationError(_("You cannot approve your own application."))
        if locked.approvals.filter(approver=user).exists():
            raise ApplicationError(
                _("You have already approved this application: another reviewer must approve it.")
            )
        try:
            with transaction.atomic():
                ApplicationApproval.objects.create(application=locked, approver=user)
        except IntegrityError as error:
            raise ApplicationError(
                _("You have already approved this application: another reviewer must approve it.")
            ) from error
        approvers = locked.approvals.values("approver").distinct().count()
        if approvers < APPROVALS_NEEDED:
            return False
        _make_associate(locked, user)
        _notify_decision(locked, "network/email/application_approved")
    _refresh(application, locked)
    return True


def decline(application, user, message):
    """Decline with a message to the applicant, sent in their language."""
    message = (message or "").strip()
    if not message:
        raise ApplicationError(_("Write a message to the applicant explaining the decision."))
    with transaction.atomic():
        locked = Application.objects.select_for_update().get(pk=application.pk)
        if locked.status != Application.Status.SUBMITTED:
            raise ApplicationError(_("This application has already been decided."))
        locked.status = Application.Status.DECLINED
        locked.decision_message = message
        locked.decided_at = timezone.now()
        locked.decided_by = user
        locked.save(update_fields=["status", "decision_message", "decided_at", "decided_by"])
        _notify_decision(locked, "network/email/application_declined")
    _refresh(application, locked)


def membership_end(starts_on):
    """One year of membership: the day before the same date a year later
    (a membership from 29 February ends on 27 February)."""
    try:
        anniversary = starts_on.replace(year=starts_on.year + 1)
    except ValueError:
        anniversary = starts_on.replace(year=starts_on.year + 1, day=28)
    return anniversary - datetime.timedelta(days=1)


def _make_associate(application, user):
    organisation = application.organisation or _new_organisation(application)
    if organisation.pk and organisation.memberships.active().exists():
        raise ApplicationError(
            _("%(organisation)s already holds an active membership.")
            % {"organisation": organisation}
        )
    organisation.role = Organisation.Role.ASSOCIATED
    organisation.contact_name = application.contact_name
    organisation.contact_email = application.contact_email
    organisation.save()
    # The role and the contact are synchronised fields: the translations
    # carry them too.
    Organisation.objects.filter(translation_key=organisation.translation_key).exclude(
        pk=organisation.pk
    ).update(
        role=organisation.role,
        contact_name=organisation.contact_name,
        contact_email=organisation.contact_email,
    )
    today = timezone.localdate()
    membership = Membership.objects.create(
        organisation=organisation,
        tier=Membership.Tier.ASSOCIATE,
        starts_on=today,
        ends_on=membership_end(today),
        yearly_contribution=Application.CONTRIBUTION,
        paid=False,
        notes=gettext("Associate-partner application of %(date)s.")
        % {"date": application.submitted_at.date().isoformat()},
    )
    if application.applicant_id:
        affiliation, _created = Affiliation.objects.get_or_create(
            user_id=application.applicant_id, organisation=organisation
        )
        affiliation.status = Affiliation.Status.CONFIRMED
        affiliation.is_contact = True
        affiliation.save(update_fields=["status", "is_contact"])
    application.status = Application.Status.APPROVED
    application.organisation = organisation
    application.membership = membership
    application.decided_at = timezone.now()
    application.decided_by = user
    application.save(
        update_fields=["status", "organisation", "membership", "decided_at", "decided_by"]
    )


def _new_organisation(application):
    locale = Locale.objects.get(language_code=settings.LANGUAGE_CODE)
    base = slugify(application.organisation_name)[:110] or "organisation"
    slug, number = base, 1
    while Organisation.objects.filter(locale=locale, slug=slug).exists():
        number += 1
        slug = f"{base}-{number}"
    return Organisation(
        locale=locale,
        name=application.organisation_name,
        slug=slug,
        kind=application.kind,
        country=application.country,
        city=application.city,
        website=application.website,
    )


def _notify_decision(application, template):
    recipients = [application.contact_email]
    account_email = application.applicant.email if application.applicant_id else ""
    if account_email and account_email.lower() != application.contact_email.lower():
        recipients.append(account_email)
    send_email(
        recipients,
        template,
        {"application": application, "membership": application.membership},
        application.language,
    )


def _refresh(application, saved):
    """Give the caller's instance the saved state."""
    for field in application._meta.concrete_fields:
        setattr(application, field.attname, getattr(saved, field.attname))
