"""Certificates of attendance over HTTP: the participant's PDF (in their
language, through their personal link) and the public verification page."""

import datetime
import re
import time
import uuid
import zlib
from urllib.parse import urlsplit

import pytest
from django.utils import formats, timezone, translation

from network.factories import UserFactory
from programme import certificates
from programme import registration as service
from programme.factories import open_session
from programme.models import Registration, SessionPage
from tests.helpers import translate

pytestmark = pytest.mark.django_db


@pytest.fixture
def session(django_capture_on_commit_callbacks):
    """A two-day session that ended yesterday, translated into French and
    Spanish, with Jeanne (French) and Lucía (Spanish) confirmed, Jeanne
    and Lucía checked in, Otto registered but not checked in."""
    page = open_session(seats=10, title="Prevention in practice", city="Ghent")
    for language in ("fr", "es"):
        translate(page, language, django_capture_on_commit_callbacks)
    people = [
        service.Participant(
            name="Jeanne Dupont",
            email="jeanne@example.org",
            organisation_name="Ville de Lyon",
            language="fr",
        ),
        service.Participant(
            name="Lucía Fernández",
            email="lucia@example.org",
            organisation_name="Ayuntamiento de Valencia",
            language="es",
        ),
        service.Participant(name="Otto Weber", email="otto@example.org", language="de"),
    ]
    service.register(UserFactory(), [page], people, language="en")
    editor = UserFactory()
    for email in ("jeanne@example.org", "lucia@example.org"):
        assert service.mark_attended(Registration.objects.get(email=email), editor)
    yesterday = timezone.localdate() - datetime.timedelta(days=1)
    SessionPage.objects.filter(translation_key=page.translation_key).update(
        start_date=yesterday - datetime.timedelta(days=1), end_date=yesterday
    )
    page.refresh_from_db()
    return page


def person(email):
    return Registration.objects.get(email=email)


def certificate_url(registration, language="en"):
    return f"/{language}/training/registrations/{registration.token}/certificate/"


def assert_private(response):
    assert "private" in response["Cache-Control"] and "no-store" in response["Cache-Control"]


def pdf_info(pdf):
    """The PDF's document information (Title, Subject) and language,
    read from its bytes (objects may sit in compressed object streams)."""
    chunks = [pdf]
    for match in re.finditer(rb"stream\r?\n(.*?)\r?\nendstream", pdf, re.S):
        try:
            chunks.append(zlib.decompress(match.group(1)))
        except zlib.error:
            continue
    data = b"\n".join(chunks)
    # The document information dictionary (WeasyPrint starts it with
    # /Producer); the outline of the headings has /Title entries too.
    info_dict = data[data.index(b"/Producer") :]
    info = {}
    for key, source in (("Title", info_dict), ("Subject", info_dict), ("Lang", data)):
        match = re.search(rb"/" + key.encode() + rb" ?(<[0-9a-f]+>|\([^)]*\))", source)
        if match:
            value = match.group(1)
            if value.startswith(b"<"):
                info[key] = bytes.fromhex(value[1:-1].decode()).decode("utf-16")
            else:
                info[key] = value[1:-1].decode("latin-1")
    return info


def certificate_text(registration):
    """The words of the certificate as WeasyPrint lays them out on the page."""
    document = certificates.certificate_document(registration)
    assert len(document.pages) == 1
    assert document.pages[0].width > document.pages[0].height  # the stylesheet's A4 landscape

    def words(box):
        yield getattr(box, "text", "")
        for child in getattr(box, "children", None) or []:
            yield from words(child)

    return " ".join(filter(None, words(document.pages[0]._page_box)))


def dates_in(language, session):
    with translation.override(language):
        return [
            formats.date_format(day, "DATE_FORMAT")
            for day in (session.start_date, session.end_date)
        ]


# --- The PDF ------------------------------------------------------------------------


def test_french_participant_downloads_a_french_certificate(client, session):
    jeanne = person("jeanne@example.org")
    started = time.perf_counter()
    response = client.get(certificate_url(jeanne, "fr"))
    elapsed = (time.perf_counter() - started) * 1000
    print(f"\ncertificate over HTTP: {elapsed:.0f} ms, {len(response.content)} bytes")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response.content.startswith(b"%PDF-")
    french = session.localized_in("fr")
    assert french.title == "[fr] Prevention in practice"
    assert response["Content-Disposition"] == (
        f'attachment; filename="certificate-{french.slug}-jeanne-dupont.pdf"'
    )
    assert_private(response)
    info = pdf_info(response.content)
    assert info["Title"] == "Attestation de participation – Jeanne Dupont"
    assert info["Subject"] == "[fr] Prevention in practice"
    assert info["Lang"] == "fr"

    text = certificate_text(jeanne)
    start, end = dates_in("fr", session)
    for words in (
        "Attestation de participation",
        "Nous certifions que",
        "Jeanne Dupont",
        "Ville de Lyon",
        "a participé à la session suivante du réseau",
        "[fr] Prevention in practice",
        f"à [fr] Ghent du {start} au {end}",
        f"/fr/training/certificates/{jeanne.certificate_code}/",
    ):
        assert words in text, words
    assert "Certificate of attendance" not in text


def test_spanish_certificate_is_in_spanish_whatever_the_address_language(client, session):
    lucia = person("lucia@example.org")
    response = client.get(certificate_url(lucia, "en"))
    assert response.status_code == 200
    assert response.content.startswith(b"%PDF-")
    spanish = session.localized_in("es")
    assert response["Content-Disposition"] == (
        f'attachment; filename="certificate-{spanish.slug}-lucia-fernandez.pdf"'
    )
    info = pdf_info(response.content)
    assert info["Title"] == "Certificado de asistencia – Lucía Fernández"
    assert info["Lang"] == "es"
    text = certificate_text(lucia)
    start, end = dates_in("es", session)
    assert "de" in start  # "12 de marzo de 2026"
    for words in (
        "Certificado de asistencia",
        "Se certifica que",
        "Lucía Fernández",
        "Ayuntamiento de Valencia",
        "asistió a la siguiente sesión de la red:",
        "[es] Prevention in practice",
        f"en [es] Ghent del {start} al {end}",
        "Compruebe la validez de este certificado en:",
    ):
        assert words in text, words


def test_certificate_carries_a_qr_code_of_its_verification_address(session):
    jeanne = person("jeanne@example.org")
    html = certificates.certificate_html(jeanne)
    url = certificates.verify_url(jeanne)
    assert url == f"http://testserver/fr/training/certificates/{jeanne.certificate_code}/"
    assert f'src="{certificates.qr_data_uri(url)}"' in html
    assert 'alt="Code QR de l’adresse de vérification"' in html


def test_certificate_generation_time(session):
    jeanne = person("jeanne@example.org")
    certificates.certificate_pdf(jeanne)  # fonts and styles warm
    timings = [certificates.certificate_pdf(jeanne)[1] for _ in range(5)]
    print(f"\ncertificate PDF generation: {sorted(timings)} ms (median {sorted(timings)[2]})")
    assert sorted(timings)[2] < 3000


def test_no_certificate_before_attendance_is_recorded(client, session):
    otto = person("otto@example.org")
    response = client.get(certificate_url(otto))
    assert response.status_code == 403
    text = response.content.decode()
    assert "Your certificate of attendance is not available" in text
    assert "The organisers have not recorded your attendance" in text
    assert 'content="noindex"' in text
    assert_private(response)


def test_no_certificate_before_the_session_starts(client, session):
    jeanne = person("jeanne@example.org")
    later = timezone.localdate() + datetime.timedelta(days=3)
    SessionPage.objects.filter(pk=session.pk).update(start_date=later, end_date=later)
    response = client.get(certificate_url(jeanne, "fr"))
    assert response.status_code == 403
    text = response.content.decode()
    assert "La session n’a pas encore commencé." in text


def test_no_certificate_for_a_cancelled_registration(client, session):
    jeanne = person("jeanne@example.org")
    service.cancel(jeanne)
    response = client.get(certificate_url(jeanne))
    assert response.status_code == 403
    assert "This registration was cancelled" in response.content.decode()


def test_unknown_personal_link_is_404(client, session):
    assert client.get("/en/training/registrations/no-such-token/certificate/").status_code == 404


# --- Verification -------------------------------------------------------------


def verify_path(registration, language="en"):
    return f"/{language}/training/certificates/{registration.certificate_code}/"


def test_verification_confirms_a_valid_certificate(client, session):
    jeanne = person("jeanne@example.org")
    response = client.get(verify_path(jeanne))
    assert response.status_code == 200
    text = response.content.decode()
    start, end = dates_in("en", session)
    assert "This certificate is valid." in text
    assert f"Jeanne Dupont attended Prevention in practice, in Ghent from {start} to {end}." in text
    assert "Ville de Lyon" in text and str(jeanne.certificate_code) in text
    assert '<meta name="robots" content="noindex">' in text
    # Only what the certificate shows: no e-mail, no personal link.
    assert "jeanne@example.org" not in text and jeanne.token not in text
    assert_private(response)


def test_the_printed_verification_address_answers(client, session):
    jeanne = person("jeanne@example.org")
    path = urlsplit(certificates.verify_url(jeanne)).path
    response = client.get(path)
    assert response.status_code == 200
    text = response.content.decode()
    assert "Cette attestation est valide." in text
    assert "Jeanne Dupont a participé à «\u00a0[fr] Prevention in practice\u00a0»" in text


def test_verification_of_an_unknown_code_is_404(client, session):
    response = client.get(f"/en/training/certificates/{uuid.uuid4()}/")
    assert response.status_code == 404
    text = response.content.decode()
    assert "No certificate with this code." in text
    assert '<meta name="robots" content="noindex">' in text
    spanish = client.get(f"/es/training/certificates/{uuid.uuid4()}/")
    assert "No hay ningún certificado con este código." in spanish.content.decode()


def test_verification_of_someone_who_did_not_attend_is_404(client, session):
    otto = person("otto@example.org")
    response = client.get(verify_path(otto))
    assert response.status_code == 404
    assert "Otto" not in response.content.decode()


def test_undoing_a_check_in_withdraws_the_verification(client, session):
    jeanne = person("jeanne@example.org")
    assert client.get(verify_path(jeanne)).status_code == 200
    service.mark_attended(jeanne, None, attended=False)
    assert client.get(verify_path(jeanne)).status_code == 404
    assert client.get(certificate_url(jeanne)).status_code == 403
