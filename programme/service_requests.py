"""Services on demand: requests for a study visit, a training on a topic,
support for a local strategy or a pilot project, or a specific event.

The one place where requests are made and their status changes; the site's
form (``programme.service_views``), the admin inbox
(``programme.service_admin``) and the API (``programme.api.service_requests``)
only call it.

- ``create`` records a signed-in person's request with the first step of
  its history, tells the editors (``network.models.editors``, each in their
  language) and sends the requester a receipt in theirs. A person makes at
  most ``REQUESTS_PER_DAY`` requests in 24 hours (counted in the database,
  under a lock of the person's row, so that two requests sent at once cannot
  both pass the limit): ``RateLimited`` says when the next one is accepted.
- ``change_status`` records an editor's step (a new status, a note to the
  requester, or both) as an event and e-mails the requester in their
  language.

E-mails go through ``cms.mail`` when the transaction commits: a request that
fails sends nothing.
"""

import datetime
import math

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import transaction
from django.db.models import Count
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _

from cms.mail import send_email
from network.models import Organisation, editors
from network.personal_data import iso
from programme.models import ServiceRequest, ServiceRequestEvent

Status = ServiceRequest.Status
Service = ServiceRequest.Service

#: Requests one person may send in ``RATE_WINDOW``.
REQUESTS_PER_DAY = 5
RATE_WINDOW = datetime.timedelta(days=1)

#: The permissions of the admin inbox (editors; superusers have every one).
VIEW_PERMISSION = "programme.view_servicerequest"
CHANGE_PERMISSION = "programme.change_servicerequest"

#: Statuses after which nothing more is expected from the network.
CLOSED = (Status.AGREED, Status.DECLINED)


class ServiceRequestError(Exception):
    """A request or a change that cannot be made; ``errors`` maps each field
    at fault (or ``None``) to its messages."""

    def __init__(self, message, errors=None):
        super().__init__(str(message))
        self.message = message
        self.errors = errors or {None: [message]}


class RateLimited(ServiceRequestError):
    """Too many requests in 24 hours; ``retry_after``: seconds until the next
    one is accepted."""

    def __init__(self, retry_after):
        self.retry_after = max(1, retry_after)
        super().__init__(limit_message())


def limit_message():
    """What a person who reached the day's limit is told."""
    return _(
        "You have sent %(count)d requests in the last 24 hours, the most we accept "
        "from one person in a day. Please try again tomorrow, or write to us if it "
        "is urgent."
    ) % {"count": REQUESTS_PER_DAY}


# --- Who may do what ---------------------------------------------------------


def can_view_inbox(user):
    return bool(user and user.is_authenticated and user.has_perm(VIEW_PERMISSION))


def can_change(user):
    return bool(user and user.is_authenticated and user.has_perm(CHANGE_PERMISSION))


# --- Reading -----------------------------------------------------------------


def requests_of(user):
    """``user``'s own requests, newest first."""
    if not (user and user.is_authenticated):
        return ServiceRequest.objects.none()
    return ServiceRequest.objects.filter(requester=user).select_related("organisation")


def history(service_request):
    """The request's events, oldest first, with who made each one."""
    return list(service_request.events.select_related("by").order_by("at", "pk"))


def counts_by_status(queryset=None):
    """``{status: count}`` for every status (zero included), in one query."""
    queryset = ServiceRequest.objects.all() if queryset is None else queryset
    found = {
        row["status"]: row["count"]
        for row in queryset.order_by().values("status").annotate(count=Count("pk"))
    }
    return {status: found.get(status, 0) for status in Status.values}


def sent_recently(user, now=None):
    """Requests ``user`` sent in the last 24 hours."""
    now = now or timezone.now()
    return ServiceRequest.objects.filter(requester=user, created_at__gt=now - RATE_WINDOW)


def remaining_today(user):
    """How many more requests ``user`` may send now."""
    return max(0, REQUESTS_PER_DAY - sent_recently(user).count())


def _retry_after(user, now):
    """Seconds until fewer than ``REQUESTS_PER_DAY`` requests fall in the
    window (the oldest one that must leave it)."""
    sent = list(
        sent_recently(user, now).order_by("created_at").values_list("created_at", flat=True)
    )
    leaving = sent[len(sent) - REQUESTS_PER_DAY] if len(sent) >= REQUESTS_PER_DAY else now
    return math.ceil((leaving + RATE_WINDOW - now).total_seconds())


# --- Making a request --------------------------------------------------------


def language_of(user, fallback=None):
    """The language of ``user``'s e-mails."""
    languages = dict(settings.LANGUAGES)
    for language in (getattr(user, "preferred_language", None), fallback):
        if language in languages:
            return language
    return settings.LANGUAGE_CODE


def create(
    requester,
    *,
    service,
    topic,
    description,
    organisation=None,
    organisation_name="",
    preferred_dates="",
    participants=None,
    language=None,
):
    """Record ``requester``'s request and its first event (new), then tell
    the editors and send the requester a receipt (after commit). Raises
    ``RateLimited`` past the day's limit, ``ServiceRequestError`` for a
    request without what it needs."""
    if not (requester and requester.is_authenticated):
        raise ServiceRequestError(_("Sign in to request a service."))
    language = language if language in dict(settings.LANGUAGES) else None
    language = language or translation.get_language() or settings.LANGUAGE_CODE
    if language not in dict(settings.LANGUAGES):
        language = settings.LANGUAGE_CODE
    errors = {}
    texts = {
        "topic": topic,
        "description": description,
        "organisation_name": organisation_name,
        "preferred_dates": preferred_dates,
    }
    for field, text in texts.items():
        if "\x00" in (text or ""):
            # Django's own message (ProhibitNullCharactersValidator's).
            errors[field] = [_("Null characters are not allowed.")]
    if errors:
        raise ServiceRequestError(_("The request is incomplete."), errors)
    if service not in Service.values:
        errors["service"] = [_("Choose one of the services.")]
    topic, description = " ".join((topic or "").split()), (description or "").strip()
    if not topic:
        errors["topic"] = [_("Say what the request is about.")]
    if not description:
        errors["description"] = [_("Describe what you need.")]
    organisation_name = " ".join((organisation_name or "").split())
    if organisation is not None:
        organisation_name = organisation.name
    elif not organisation_name:
        errors["organisation"] = [_("Choose your organisation in the directory or type its name.")]
    if participants is not None and participants < 1:
        errors["participants"] = [_("Give a number of participants of at least 1, or none.")]
    if errors:
        raise ServiceRequestError(_("The request is incomplete."), errors)
    with transaction.atomic():
        # One person's requests are counted one at a time (PostgreSQL locks
        # the row; SQLite's immediate transactions serialise writers).
        get_user_model().objects.select_for_update().filter(pk=requester.pk).first()
        now = timezone.now()
        if sent_recently(requester, now).count() >= REQUESTS_PER_DAY:
            raise RateLimited(_retry_after(requester, now))
        service_request = ServiceRequest.objects.create(
            requester=requester,
            service=service,
            organisation=organisation,
            organisation_name=organisation_name,
            topic=topic,
            description=description,
            preferred_dates=" ".join((preferred_dates or "").split()),
            participants=participants,
            language=language,
            status=Status.NEW,
        )
        ServiceRequestEvent.objects.create(request=service_request, status=Status.NEW, by=requester)
        _notify_received(service_request)
    return service_request


def directory():
    """The organisations a requester may choose: the directory's (default
    locale), by name."""
    return Organisation.objects.filter(locale__language_code=settings.LANGUAGE_CODE).order_by(
        "name"
    )


def organisation_label(service_request):
    """The organisation's name as recorded, or its directory entry's."""
    organisation = service_request.organisation
    return service_request.organisation_name or (organisation.name if organisation else "")


def organisation_of(user):
    """The organisation ``user`` belongs to (confirmed), to suggest first."""
    affiliation = (
        user.affiliations.filter(status="confirmed").select_related("organisation").first()
        if user and user.is_authenticated
        else None
    )
    return affiliation.organisation if affiliation else None


# --- Changing the status -----------------------------------------------------


def change_status(service_request, status, note="", by=None):
    """Record an editor's step: a new ``status``, a ``note`` to the
    requester, or both (declining needs a note). The requester is e-mailed
    in their language. Returns the event."""
    note = (note or "").strip()
    if status not in Status.values:
        raise ServiceRequestError(_("Choose a status."), {"status": [_("Choose a status.")]})
    with transaction.atomic():
        locked = ServiceRequest.objects.select_for_update().get(pk=service_request.pk)
        changed = status != locked.status
        if not changed and not note:
            message = _("The request already has this status: choose another one or write a note.")
            raise ServiceRequestError(message, {"status": [message]})
        if changed and status == Status.DECLINED and not note:
            message = _("Tell the requester why the request is declined.")
            raise ServiceRequestError(message, {"note": [message]})
        if changed:
            locked.status = status
            locked.save(update_fields=["status", "updated_at"])
        else:
            # A note alone still moves the request up the inbox.
            locked.save(update_fields=["updated_at"])
        event = ServiceRequestEvent.objects.create(
            request=locked, status=status if changed else "", note=note, by=by
        )
        _notify_requester(locked, event)
    service_request.status = locked.status
    service_request.updated_at = locked.updated_at
    return event


# --- E-mail ------------------------------------------------------------------


def inbox_url(service_request):
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse(
        "programme_service_request", args=[service_request.pk]
    )


def profile_url(language):
    with translation.override(language):
        path = reverse("account-profile")
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path + "#service-requests-heading"


def _notify_received(service_request):
    requester = service_request.requester
    language = language_of(requester, service_request.language)
    send_email(
        requester.email,
        "programme/email/service_request_received",
        {
            "service_request": service_request,
            "organisation": organisation_label(service_request),
            "requester": requester,
            "profile_url": profile_url(language),
        },
        language,
    )
    url = inbox_url(service_request)
    for editor in editors():
        send_email(
            editor.email,
            "programme/email/service_request_new",
            {
                "service_request": service_request,
                "organisation": organisation_label(service_request),
                "requester": requester,
                "editor": editor,
                "inbox_url": url,
            },
            editor.preferred_language,
        )


def _notify_requester(service_request, event):
    requester = service_request.requester
    if requester is None or not requester.email:
        return
    language = language_of(requester, service_request.language)
    send_email(
        requester.email,
        "programme/email/service_request_status",
        {
            "service_request": service_request,
            "event": event,
            "requester": requester,
            "profile_url": profile_url(language),
        },
        language,
    )


# --- The person's profile and data -------------------------------------------


def profile_section(request):
    """The profile's "Your service requests" (``network.profile_sections``):
    nothing for a person who never sent one."""
    requests = list(requests_of(request.user).prefetch_related("events"))
    if not requests:
        return None
    rows = []
    for service_request in requests:
        notes = [event for event in service_request.events.all() if event.note]
        rows.append(
            {
                "request": service_request,
                "organisation": organisation_label(service_request),
                "note": notes[-1] if notes else None,
                "closed": service_request.status in CLOSED,
            }
        )
    return {"rows": rows, "form_url": reverse("service-request")}


def personal_data(user):
    """The person's requests and their history, for "Download my data"."""
    return [
        {
            "service": service_request.service,
            "organisation": organisation_label(service_request),
            "topic": service_request.topic,
            "description": service_request.description,
            "preferred_dates": service_request.preferred_dates,
            "participants": service_request.participants,
            "language": service_request.language,
            "status": service_request.status,
            "sent_at": iso(service_request.created_at),
            "history": [
                {"status": event.status, "note": event.note, "at": iso(event.at)}
                for event in service_request.events.order_by("at", "pk")
            ],
        }
        for service_request in ServiceRequest.objects.filter(requester=user)
        .select_related("organisation")
        .order_by("pk")
    ]


def register_parts():
    """Add the profile section and the data export part (called once, from
    ``programme.sections``)."""
    from network import personal_data as export
    from network import profile_sections

    profile_sections.register("programme/services/profile_section.html", profile_section)
    export.register("service_requests", personal_data)
