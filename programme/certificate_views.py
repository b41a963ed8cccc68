"""Certificates of attendance: the participant's PDF (through their personal
link, no sign-in) and the public verification page.

Both answers are ``private, no-store``: the PDF is personal, and a
verification must never be served from a cache after an editor has undone
a check-in.
"""

import logging

from django.http import HttpResponse
from django.shortcuts import get_object_or_404, render
from django.utils.cache import patch_cache_control
from django.utils.http import content_disposition_header
from django.utils.translation import get_language
from django.views.decorators.http import require_safe

from programme import certificates
from programme import registration as service
from programme.models import Registration, programme_today

logger = logging.getLogger(__name__)


def _private(response):
    patch_cache_control(response, private=True, no_store=True)
    response["X-Robots-Tag"] = "noindex"
    return response


@require_safe
def certificate(request, token):
    """The PDF, in the participant's language, once they attended; before
    that a page that says why there is none yet (403)."""
    registration = get_object_or_404(
        Registration.objects.select_related("session", "organisation"), token=token
    )
    if not service.can_download_certificate(registration):
        context = {
            "registration": registration,
            "session": registration.session.localized_in(get_language()),
            "cancelled": registration.status == Registration.Status.CANCELLED,
            "not_started": registration.session.start_date > programme_today(),
            "manage_url": service.manage_url(registration),
        }
        return _private(
            render(request, "programme/certificates/unavailable.html", context, status=403)
        )
    pdf, milliseconds = certificates.certificate_pdf(registration)
    logger.info("Certificate %s generated in %d ms", registration.pk, milliseconds)
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = content_disposition_header(
        as_attachment=True, filename=certificates.certificate_filename(registration)
    )
    return _private(response)


@require_safe
def verify(request, code):
    """Public: is there a valid certificate with this code? Shows what the
    certificate shows (name, organisation, session, dates, city)."""
    registration = certificates.find(code)
    if registration is None:
        return _private(render(request, "programme/certificates/verify_not_found.html", status=404))
    context = certificates.certificate_context(registration, language=get_language())
    return _private(render(request, "programme/certificates/verify.html", context))
