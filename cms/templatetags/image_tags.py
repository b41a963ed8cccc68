"""Responsive images from Wagtail renditions.

``{% responsive_image image "card" sizes="(min-width: 60em) 20rem, 100vw" %}``
renders a ``<picture>``: a WebP ``<source>`` and a JPEG ``<img>`` fallback,
each with a ``srcset`` of the preset's widths, the ``sizes`` given, the
fallback's ``width`` and ``height`` (no layout shift), ``loading="lazy"``
(``lazy=False`` for a page's lead image, seen first) and
``decoding="async"``. The ``alt`` text is the image's description (the
alternative text the admin requires; written in the source language, and
marked so on pages in another); ``decorative=True`` gives ``alt=""`` for an
image that adds nothing to the text beside it.

Renditions are files like any other upload: served by ``cms.views.serve_file``
through the visibility rule (an image only a members-only page uses is for
members).
"""

from django import template
from django.conf import settings
from django.utils import translation
from wagtail.images.models import Picture
from wagtail.images.shortcuts import get_renditions_or_not_found

register = template.Library()

#: name -> (the crop's aspect as width, height; the widths of the srcset)
PRESETS = {
    "lead": ((16, 9), (800, 1280)),
    "card": ((16, 9), (400, 800)),
    "portrait": ((1, 1), (160, 320)),
    "thumbnail": ((1, 1), (64, 128)),
}

#: The ``sizes`` of a preset when the template gives none.
DEFAULT_SIZES = {
    "lead": "(min-width: 52em) 48rem, calc(100vw - 2rem)",
    "card": "(min-width: 40em) 20rem, 100vw",
    "portrait": "10rem",
    "thumbnail": "4rem",
}

#: WebP first; JPEG as the fallback (faster to make than PNG, and as good
#: for the flat illustrations of the demo as for photographs).
FORMATS = ("webp", "jpeg")


def filter_specs(preset):
    (ratio_w, ratio_h), widths = PRESETS[preset]
    return [
        f"fill-{width}x{width * ratio_h // ratio_w}|format-{fmt}"
        for fmt in FORMATS
        for width in widths
    ]


def alt_text(image, decorative=False):
    """The image's alternative text: its description (required in the admin),
    else its title for an image uploaded before that; empty when decorative."""
    if decorative:
        return ""
    return (image.description or "").strip() or image.title


@register.simple_tag
def responsive_image(image, preset, sizes=None, decorative=False, lazy=True, css_class=""):
    if not image:
        return ""
    renditions = get_renditions_or_not_found(image, filter_specs(preset))
    attrs = {
        "alt": alt_text(image, decorative),
        "sizes": sizes or DEFAULT_SIZES[preset],
        # The image at the top of a page is what the reader sees first: not lazy.
        "loading": "lazy" if lazy else "eager",
        "decoding": "async",
    }
    if attrs["alt"] and translation.get_language() != settings.LANGUAGE_CODE:
        # Image records are not translated: the description is in the source
        # language, said so for screen readers on pages in another.
        attrs["lang"] = settings.LANGUAGE_CODE
    if css_class:
        attrs["class"] = css_class
    return Picture(renditions, attrs).__html__()
