"""Certificates of attendance: a PDF in the participant's language, and the
public page that confirms one.

The certificate is an HTML template (``programme/certificates/certificate.html``)
rendered in ``registration.language`` and turned into a PDF by WeasyPrint.
``certificate_html`` is kept apart from ``certificate_pdf`` so that what the
certificate says can be read (and tested) without a PDF reader.

Funders check a certificate through its verification URL (the registration's
``certificate_code``, a random UUID: it says nothing about the person and
cannot be guessed from their personal link), printed with its QR code. The
verification page shows what the certificate shows, nothing more.

Only ``registration.can_download_certificate`` decides who has one; an editor
who undoes a check-in withdraws the certificate and its verification.
"""

import base64
import time

import segno
from django.conf import settings
from django.contrib.staticfiles import finders
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.text import slugify

from cms import i18n
from programme import registration as service
from programme.models import Registration

#: WeasyPrint may fetch nothing: the QR code is a data: URI and the styles
#: are read from this static file (the site's CSP forbids inline styles in
#: templates, and the certificate's are WeasyPrint's own, not the site's).
ALLOWED_PROTOCOLS = ("data",)
STYLESHEET = "programme/certificate.css"


def verify_url(registration, language=None):
    """The certificate's public verification address (absolute), in the
    certificate's language unless another is asked for."""
    with translation.override(language or registration.language):
        path = reverse("certificate-verify", args=[registration.certificate_code])
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def qr_data_uri(url):
    """A QR code of ``url`` as an SVG ``data:`` URI (for WeasyPrint and
    ``<img>``: the site's CSP allows ``data:`` images)."""
    svg = segno.make(url, error="m").svg_inline(scale=1, border=2, omitsize=True)
    svg = svg.replace("<svg ", '<svg xmlns="http://www.w3.org/2000/svg" ', 1)
    return "data:image/svg+xml;base64," + base64.b64encode(svg.encode()).decode()


def find(code):
    """The registration whose certificate has this verification code, if it
    is valid today; else ``None``."""
    registration = (
        Registration.objects.select_related("session", "organisation")
        .filter(certificate_code=code)
        .first()
    )
    if registration is None or not service.can_download_certificate(registration):
        return None
    return registration


def organisation_name(registration):
    """The participant's organisation as the active language names it."""
    if registration.organisation_id:
        return i18n.localize([registration.organisation])[0].name
    return registration.organisation_name


def certificate_context(registration, language=None):
    """What a certificate (or its verification page) says, in ``language``
    (the certificate's own by default)."""
    language = language or registration.language
    with translation.override(language):
        session = registration.session.localized_in(language)
        return {
            "registration": registration,
            "name": registration.name,
            "organisation": organisation_name(registration),
            "session": session,
            "start_date": session.start_date,
            "end_date": session.end_date,
            "city": session.city,
            "code": registration.certificate_code,
            "verify_url": verify_url(registration, language),
            "language": language,
        }


def certificate_html(registration):
    """The certificate as HTML, in the participant's language."""
    context = certificate_context(registration)
    context["qr_code"] = qr_data_uri(context["verify_url"])
    with translation.override(registration.language):
        return render_to_string("programme/certificates/certificate.html", context)


def certificate_document(registration):
    """The certificate laid out by WeasyPrint (a ``weasyprint.Document``)."""
    from weasyprint import CSS, HTML
    from weasyprint.urls import URLFetcher

    fetcher = URLFetcher(allowed_protocols=ALLOWED_PROTOCOLS)
    return HTML(
        string=certificate_html(registration),
        base_url=settings.WAGTAILADMIN_BASE_URL,
        url_fetcher=fetcher,
    ).render(stylesheets=[CSS(filename=finders.find(STYLESHEET), url_fetcher=fetcher)])


def certificate_pdf(registration):
    """``(pdf bytes, milliseconds it took)``: the certificate as a PDF."""
    started = time.perf_counter()
    pdf = certificate_document(registration).write_pdf()
    return pdf, round((time.perf_counter() - started) * 1000)


def certificate_filename(registration):
    """``certificate-<session-slug>-<name-slug>.pdf`` (ASCII: the session's
    slug in the certificate's language, the name transliterated)."""
    session = registration.session.localized_in(registration.language)
    name = slugify(registration.name) or "participant"
    return f"certificate-{session.slug}-{name}.pdf"
