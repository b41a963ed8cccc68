"""An editor cannot upload an image without its alternative text."""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image as PILImage
from wagtail.images import get_image_model

from tests.conftest import login

pytestmark = pytest.mark.django_db


def png(name="upload.png"):
    buffer = io.BytesIO()
    PILImage.new("RGB", (64, 48), (120, 30, 60)).save(buffer, "PNG")
    return SimpleUploadedFile(name, buffer.getvalue(), content_type="image/png")


def test_the_upload_form_refuses_an_image_without_alternative_text():
    editor = login("editor")
    count = get_image_model().objects.count()
    response = editor.post(
        "/admin/images/add/", {"title": "Town hall", "file": png(), "description": "  "}
    )
    assert response.status_code == 200
    assert "Write an alternative text" in response.content.decode()
    assert get_image_model().objects.count() == count


def test_the_upload_form_takes_an_image_with_alternative_text():
    editor = login("editor")
    response = editor.post(
        "/admin/images/add/",
        {"title": "Town hall", "file": png(), "description": "The town hall's façade at dusk"},
    )
    assert response.status_code == 302
    image = get_image_model().objects.get(title="Town hall")
    assert image.description == "The town hall's façade at dusk"


def test_the_multiple_uploader_keeps_the_file_pending_until_the_alternative_text_is_given():
    editor = login("editor")
    count = get_image_model().objects.count()
    response = editor.post(
        "/admin/images/multiple/add/",
        {"files[]": png("square.png"), "title": "Square"},
        headers={"x-requested-with": "XMLHttpRequest"},
    )
    assert response.status_code == 200
    data = response.json()
    assert data["success"] and "uploaded_file_id" in data
    assert get_image_model().objects.count() == count
    # Completing it without the text is refused too, with the message.
    response = editor.post(
        f"/admin/images/multiple/create_from_uploaded_image/{data['uploaded_file_id']}/",
        {"uploaded-image-" + str(data["uploaded_file_id"]) + "-title": "Square"},
        headers={"x-requested-with": "XMLHttpRequest"},
    )
    assert not response.json()["success"]
    assert "Write an alternative text" in response.json()["form"]
    assert get_image_model().objects.count() == count


def test_the_form_says_what_the_text_is_for():
    html = login("editor").get("/admin/images/add/").content.decode()
    assert "Alternative text" in html
    assert "screen readers" in html
