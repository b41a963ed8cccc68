"""The admin's image form: an image cannot be saved without its alternative
text.

Wagtail's image model has a ``description`` field that its templates use as
the ``alt`` attribute. Here it is required and labelled for what it is, in
every form that uploads or edits an image (the single upload, the multiple
uploader's per-image form, the chooser's upload), through
``WAGTAILIMAGES_IMAGE_FORM_BASE``. The multiple uploader keeps a file whose
alternative text is missing as a pending upload and asks for it before the
image exists.
"""

from django.utils.translation import gettext_lazy as _
from wagtail.images.forms import BaseImageForm


class AltTextImageForm(BaseImageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields.get("description")
        if field is not None:
            field.required = True
            field.label = _("Alternative text")
            field.help_text = _(
                "Describe what the image shows for people who cannot see it (read "
                "aloud by screen readers). Required."
            )
            field.error_messages["required"] = _(
                "Write an alternative text: describe what the image shows for people "
                "who cannot see it."
            )
