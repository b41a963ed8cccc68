"""The StreamField block lists every page type shares, in one place."""

from django.conf import settings
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Heading"), max_length=200)
    level = blocks.ChoiceBlock(
        choices=[("h2", _("Level 2")), ("h3", _("Level 3"))],
        default="h2",
        label=_("Level"),
    )

    class Meta:
        icon = "title"
        template = "blocks/heading_block.html"
        preview_value = {"text": "Context", "level": "h2"}
        label = _("Heading")


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("Image"))
    alt_text = blocks.CharBlock(
        label=_("Alternative text"),
        required=False,
        help_text=_("Describe the image for people who cannot see it; leave empty if decorative."),
    )
    caption = blocks.CharBlock(label=_("Caption"), required=False)

    class Meta:
        icon = "image"
        template = "blocks/image_block.html"
        label = _("Image")


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("Quotation"))
    attribution = blocks.CharBlock(label=_("Attribution"), required=False)

    class Meta:
        icon = "openquote"
        template = "blocks/quote_block.html"
        preview_value = {"text": "Prevention is also essential.", "attribution": "Efus"}
        label = _("Quotation")


class DocumentLinkBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Document"))
    title = blocks.CharBlock(label=_("Link text"), required=False)

    class Meta:
        icon = "doc-full"
        template = "blocks/document_block.html"
        label = _("Document")


class EditionBlock(blocks.StructBlock):
    """A publication in one language: a document (a PDF) and its language."""

    language = blocks.ChoiceBlock(choices=settings.LANGUAGES, label=_("Language"))
    document = DocumentChooserBlock(label=_("Document"))

    class Meta:
        icon = "doc-full"
        label = _("Edition")


class VideoVersionBlock(blocks.StructBlock):
    """A series of videos in one language: a link to where they are watched
    (no embedded player: the site allows no third-party frames), or none yet."""

    language = blocks.ChoiceBlock(choices=settings.LANGUAGES, label=_("Language"))
    url = blocks.URLBlock(
        label=_("Address"),
        required=False,
        help_text=_("Leave empty while this language version is announced but not out yet."),
    )

    class Meta:
        icon = "media"
        label = _("Video version")


#: The services on demand: (key, link text, subject of the e-mail).
SERVICES = [
    ("study_visit", _("Ask for a study visit"), _("Request: study visit")),
    ("training", _("Ask for training on a specific topic"), _("Request: training on a topic")),
    (
        "strategy",
        _("Ask for support with a local strategy or a pilot project"),
        _("Request: support for a local strategy or pilot project"),
    ),
    ("event", _("Ask for a specific event"), _("Request: specific event")),
]
SERVICE_CHOICES = [(key, label) for key, label, _subject in SERVICES]


class ServiceRequestsBlock(blocks.StructBlock):
    """How to ask for a service: one e-mail link per service, its subject
    filled in, to the network's contact address."""

    email = blocks.EmailBlock(
        label=_("Contact e-mail"),
        required=False,
        help_text=_("Leave empty to use the contact e-mail of the site settings."),
    )
    services = blocks.MultipleChoiceBlock(
        choices=SERVICE_CHOICES, label=_("Services"), default=[key for key, _l in SERVICE_CHOICES]
    )

    class Meta:
        icon = "mail"
        template = "blocks/service_requests_block.html"
        label = _("Service requests")

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        email = value["email"]
        if not email:
            # The site's contact address (a body rendered with ``{{ page.body }}``
            # has no request: the default site's settings then).
            from wagtail.models import Site

            from cms.models import SiteSettings

            request = (parent_context or {}).get("request")
            site = Site.find_for_request(request) if request is not None else None
            site = site or Site.objects.filter(is_default_site=True).first()
            email = SiteSettings.for_site(site).contact_email if site else ""
        context["email"] = email
        chosen = set(value["services"])
        context["services"] = [
            {"key": key, "label": label, "subject": subject}
            for key, label, subject in SERVICES
            if key in chosen
        ]
        return context


class BodyStreamBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        features=["bold", "italic", "link", "document-link", "ol", "ul"],
        label=_("Paragraph"),
        icon="pilcrow",
        template="blocks/paragraph_block.html",
    )
    image = ImageBlock()
    quote = QuoteBlock()
    document = DocumentLinkBlock()


class StandardPageStreamBlock(BodyStreamBlock):
    """The project pages' body: also a publication's editions per language,
    its videos per language and the way to ask for a service."""

    editions = blocks.ListBlock(
        EditionBlock(),
        label=_("Editions per language"),
        icon="doc-full",
        template="blocks/editions_block.html",
    )
    videos = blocks.ListBlock(
        VideoVersionBlock(),
        label=_("Videos per language"),
        icon="media",
        template="blocks/videos_block.html",
    )
    service_requests = ServiceRequestsBlock()


class ProgrammeItemBlock(blocks.StructBlock):
    day = blocks.IntegerBlock(label=_("Day"), min_value=1, max_value=10, default=1)
    time = blocks.TimeBlock(label=_("Time"), required=False)
    title = blocks.CharBlock(label=_("Title"), max_length=255)
    description = blocks.TextBlock(label=_("Description"), required=False)

    class Meta:
        icon = "time"
        template = "blocks/programme_item_block.html"
        preview_value = {"day": 1, "time": "09:30", "title": "Welcome and introduction"}
        label = _("Programme item")


class ProgrammeStreamBlock(blocks.StreamBlock):
    item = ProgrammeItemBlock()
