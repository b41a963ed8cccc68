"""Attachments are checked by what they contain (exchange.uploads)."""

import pytest
from django.core.exceptions import ValidationError

from exchange import uploads
from tests.exchange.conftest import PDF, docx_bytes, office_zip, png_bytes, upload


def kind_of(name, content):
    return uploads.check_file(upload(name, content))


def test_a_pdf_an_image_and_office_documents_are_accepted():
    assert kind_of("report.pdf", PDF).content_type == "application/pdf"
    assert kind_of("photo.PNG", png_bytes()).content_type == "image/png"
    assert kind_of("minutes.docx", docx_bytes()).content_type.endswith("wordprocessingml.document")
    odt = office_zip({"mimetype": "application/vnd.oasis.opendocument.text", "content.xml": "<x/>"})
    assert kind_of("notes.odt", odt).content_type == "application/vnd.oasis.opendocument.text"


def test_an_html_file_named_pdf_is_refused():
    with pytest.raises(ValidationError) as error:
        kind_of("report.pdf", b"<html><script>alert(1)</script></html>")
    assert error.value.code == "file_type"
    assert "report.pdf" in error.value.messages[0]


def test_a_real_pdf_with_the_wrong_name_is_refused():
    with pytest.raises(ValidationError) as error:
        kind_of("report.docx", PDF)
    assert error.value.code == "file_name_mismatch"


def test_a_zip_that_is_not_an_office_document_is_refused():
    with pytest.raises(ValidationError):
        kind_of("archive.docx", office_zip({"evil.exe": "MZ"}))


def test_documents_with_macros_are_refused():
    macro = "application/vnd.ms-word.document.macroEnabled.main+xml"
    with pytest.raises(ValidationError):
        kind_of("macro.docx", docx_bytes(main=macro))


def test_a_png_header_on_something_else_is_refused():
    with pytest.raises(ValidationError):
        kind_of("fake.png", b"\x89PNG\r\n\x1a\n" + b"<html>" * 20)


def test_an_oversize_file_is_refused(settings):
    settings.EXCHANGE_MAX_UPLOAD_MB = 1
    with pytest.raises(ValidationError) as error:
        kind_of("big.pdf", PDF + b"0" * (1024 * 1024))
    assert error.value.code == "file_too_large"


def test_at_most_five_files_per_post():
    with pytest.raises(ValidationError) as error:
        uploads.check_files([upload(f"r{n}.pdf", PDF) for n in range(6)])
    assert error.value.code == "too_many_files"
    assert len(uploads.check_files([upload(f"r{n}.pdf", PDF) for n in range(5)])) == 5


@pytest.mark.parametrize(
    ("given", "kept"),
    [
        ("../../etc/passwd.pdf", "passwd.pdf"),
        ("C:\\Users\\me\\Rapport final.PDF", "Rapport final.pdf"),
        ("Bericht\x00\u202e\n über Straße.pdf", "Bericht über Straße.pdf"),
        ("<img src=x onerror=alert(1)>.pdf", "_img src=x onerror=alert(1)_.pdf"),
        ("Συνάντηση.pdf", "Συνάντηση.pdf"),
        ("...pdf", "pdf"),
    ],
)
def test_the_stored_name_is_cleaned(given, kept):
    assert uploads.clean_name(given) == kept
