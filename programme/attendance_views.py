"""Attendance: the check-in list of a session and the page an editor's phone
opens when it scans a participant's QR code. Editors only (the
``programme.change_registration`` permission): a reader who is not signed
in is sent to sign in (and back), anyone else gets a 403 that names nobody.

The QR code does not carry the participant's personal-link token (that
token lets its holder change their details and cancel): a check-in list
lies on a table at the venue and may be photographed. It carries a signed
registration number instead (``checkin_token``), worthless to anyone but an
editor, who may see the list anyway.

Attendance is written by ``registration.mark_attended`` only.
"""

import segno
from django.conf import settings
from django.contrib.auth.views import redirect_to_login
from django.core import signing
from django.db.models.functions import Lower
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import translation
from django.utils.cache import patch_cache_control
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from programme import registration as service
from programme.models import Registration, SessionPage

PERMISSION = "programme.change_registration"

_signer = signing.Signer(salt="programme.attendance.checkin", sep=".")


def checkin_token(registration):
    """The secret of a participant's QR code: their registration number,
    signed with the site's key."""
    return _signer.sign(str(registration.pk))


def registration_for_token(token):
    """The registration a QR code names, or ``None`` (unknown, forged)."""
    try:
        pk = int(_signer.unsign(token))
    except (signing.BadSignature, ValueError):
        return None
    return (
        Registration.objects.select_related("session", "organisation", "checked_in_by")
        .filter(pk=pk)
        .first()
    )


def checkin_url(registration, language=None):
    """The absolute address a participant's QR code encodes."""
    with translation.override(language or get_language()):
        path = reverse("checkin-scan", args=[checkin_token(registration)])
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def qr_svg(url, label):
    """A QR code of ``url`` as inline SVG inside an element that names it
    for assistive technology (the SVG itself is only drawing)."""
    # segno's own output (path data and sizes, nothing of ours inside).
    svg = mark_safe(  # noqa: S308
        segno.make(url, error="m").svg_inline(
            scale=1, border=2, omitsize=True, svgclass="qr__code", lineclass=None
        )
    )
    return format_html('<span class="qr" role="img" aria-label="{}">{}</span>', label, svg)


def _refuse(request):
    """Who is not an editor: sign in first, or a 403 that names nobody."""
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    return _private(render(request, "programme/attendance/forbidden.html", status=403))


def _private(response):
    patch_cache_control(response, private=True, no_store=True)
    return response


def _session_of(pk):
    page = get_object_or_404(SessionPage, pk=pk)
    return service.source_session(page)


@require_http_methods(["GET", "HEAD", "POST"])
def checkin_list(request, pk):
    """The session's confirmed participants, to print or to tick off."""
    if not request.user.has_perm(PERMISSION):
        return _refuse(request)
    session = _session_of(pk)
    if request.method == "POST":
        registration = (
            Registration.objects.confirmed()
            .filter(session=session, pk=request.POST.get("registration") or 0)
            .first()
        )
        if registration is None:
            raise Http404
        # One click marks a person; a second undoes a mistake. Marking again
        # someone already marked keeps the first time.
        attended = request.POST.get("attended") != "0"
        if attended != (registration.attended_at is not None):
            service.mark_attended(registration, request.user, attended=attended)
        return redirect(reverse("checkin-list", args=[pk]) + f"#registration-{registration.pk}")
    participants = list(
        Registration.objects.confirmed()
        .filter(session=session)
        .select_related("organisation")
        .order_by(Lower("name"), "pk")
    )
    for participant in participants:
        participant.scan_url = checkin_url(participant)
        participant.qr_code = qr_svg(
            participant.scan_url,
            # Translators: the accessible name of a participant's QR code.
            _("QR code to check in %(name)s") % {"name": participant.name},
        )
    context = {
        "session": session.localized_in(get_language()),
        "source": session,
        "participants": participants,
        "confirmed_count": len(participants),
        "attended_count": sum(1 for p in participants if p.attended_at),
    }
    return _private(render(request, "programme/attendance/checkin_list.html", context))


@require_http_methods(["GET", "HEAD", "POST"])
def checkin(request, token):
    """What an editor's phone opens after scanning a QR code: who it is and
    one big button."""
    if not request.user.has_perm(PERMISSION):
        return _refuse(request)
    registration = registration_for_token(token)
    if registration is None:
        raise Http404
    if request.method == "POST":
        # A double tap or a second scan keeps the first check-in time.
        if registration.attended_at is None:
            service.mark_attended(registration, request.user)
        return redirect(reverse("checkin-scan", args=[token]) + "?done=1")
    context = {
        "registration": registration,
        "session": registration.session.localized_in(get_language()),
        "just_checked_in": request.GET.get("done") == "1",
        "can_check_in": registration.status == Registration.Status.CONFIRMED,
        "list_url": reverse("checkin-list", args=[registration.session_id]),
    }
    return _private(render(request, "programme/attendance/checkin.html", context))
