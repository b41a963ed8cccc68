"""The exchange's page, members of the test's own organisations, and files
to attach (built here, nothing taken from the demo's threads)."""

import io
import zipfile

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from exchange import posting
from exchange.models import ExchangePage, Sensitivity
from network.factories import MembershipFactory

PDF = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
)


def png_bytes():
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (4, 4), "red").save(buffer, "PNG")
    return buffer.getvalue()


def office_zip(entries):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, content in entries.items():
            archive.writestr(name, content)
    return buffer.getvalue()


def docx_bytes(
    main="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
):
    return office_zip(
        {
            "[Content_Types].xml": (
                '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/'
                '2006/content-types"><Override PartName="/word/document.xml" '
                f'ContentType="{main}"/></Types>'
            ),
            "word/document.xml": "<w:document/>",
        }
    )


def upload(name, content, content_type="application/octet-stream"):
    return SimpleUploadedFile(name, content, content_type=content_type)


def signed_in(user, **kwargs):
    client = Client(**kwargs)
    client.force_login(user)
    return client


@pytest.fixture
def exchange_page(db):
    """The English exchange page under the English home (the demo may have
    placed one; otherwise one is made and published here)."""
    page = ExchangePage.objects.filter(locale__language_code="en").first()
    if page is None:
        from home.models import HomePage
        from tests.helpers import publish

        home = HomePage.objects.get(locale__language_code="en")
        page = ExchangePage(
            title="Exchange",
            slug="exchange",
            introduction="Where members talk.",
            join_text="Write to the secretariat to join.",
        )
        home.add_child(instance=page)
        publish(page)
    else:
        page.introduction = "Where members talk."
        page.join_text = "Write to the secretariat to join."
        page.save()
    return page


@pytest.fixture
def member(db):
    return MembershipFactory().user


@pytest.fixture
def other_member(db):
    return MembershipFactory().user


def start_thread(author, title="Families after a referral", body="How do you work?", **fields):
    fields.setdefault("language", "en")
    fields.setdefault("sensitivity", Sensitivity.MEMBERS)
    return posting.create_thread(author, title=title, body=body, **fields)


def thread_url(page, thread):
    return page.route_url("thread", thread.pk)
