"""What every app shares as data: media models, page access, the taxonomy
base, document attachments, the demo marker.

The document and image models are custom from the first migration because
swapping them later is painful. Documents and images carry a members-only
flag; what a reader may see of pages, documents and images is decided in
one place, ``cms.visibility``, which reads these models. The page bases,
which ask ``cms.visibility`` and ``cms.i18n``, are in ``cms.pages``: the
services import the models, the pages import both, and nothing imports
back.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.documents.models import AbstractDocument
from wagtail.documents.models import Document as WagtailDocument
from wagtail.images.models import AbstractImage, AbstractRendition
from wagtail.images.models import Image as WagtailImage
from wagtail.models import Orderable, Page, TranslatableMixin
from wagtail_localize.fields import SynchronizedField, TranslatableField


class CustomDocument(AbstractDocument):
    members_only = models.BooleanField(
        _("members only"),
        default=False,
        help_text=_("Only members of the network can download this document."),
    )

    admin_form_fields = WagtailDocument.admin_form_fields + ("members_only",)

    class Meta(AbstractDocument.Meta):
        verbose_name = _("document")
        verbose_name_plural = _("documents")


class CustomImage(AbstractImage):
    members_only = models.BooleanField(
        _("members only"),
        default=False,
        help_text=_(
            "Only members of the network can see this image. An image no public "
            "page uses is for members only anyway."
        ),
    )

    admin_form_fields = WagtailImage.admin_form_fields + ("members_only",)

    class Meta(AbstractImage.Meta):
        verbose_name = _("image")
        verbose_name_plural = _("images")


class CustomRendition(AbstractRendition):
    image = models.ForeignKey(CustomImage, on_delete=models.CASCADE, related_name="renditions")

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)


class PageAccess(models.Model):
    """The effective members-only state of a page, kept by ``cms.visibility``.

    A page is for members when it, its translation group's source or any
    ancestor says so. Computing that per query (ancestors' paths, the
    source's flag in another table) would cost every listing a join per
    page type and an OR per members-only page; one row per page, updated in
    the transaction of the change, costs one join. It lives beside ``Page``
    rather than on ``BasePage`` because the sitemap, the API and Wagtail's
    own querysets are over ``Page``.
    """

    page = models.OneToOneField(
        Page, on_delete=models.CASCADE, primary_key=True, related_name="access"
    )
    #: The page itself or its source (the default-locale translation) says so.
    marked = models.BooleanField(default=False)
    #: ``marked`` here or on an ancestor: what every surface asks.
    members_only = models.BooleanField(default=False)

    class Meta:
        verbose_name = _("page access")

    def __str__(self):
        return f"{self.page_id}: {'members only' if self.members_only else 'public'}"


#: What every content page translates (its text) and synchronises (its
#: visibility). A page type that declares ``translatable_fields`` extends this
#: list; one that does not leaves wagtail-localize to decide per field.
class DemoEntry(models.Model):
    """Records invented for the demonstration network say so (never present
    an invented person or practice as real)."""

    is_demo = models.BooleanField(
        _("demo entry"), default=False, help_text=_("Invented for the demonstration network.")
    )

    class Meta:
        abstract = True


class TaxonomyBase(TranslatableMixin, models.Model):
    """A translatable term that pages are tagged with.

    Pages always link to the term in the default locale (the slug is the
    same in every locale), so a filter matches across translations; the
    name shown is the one of the reader's locale (``cms.i18n.localize``).
    """

    name = models.CharField(_("name"), max_length=120)
    slug = models.SlugField(
        _("slug"),
        max_length=120,
        help_text=_("Used in filter links; the same in every language."),
    )

    panels = [FieldPanel("name"), FieldPanel("slug")]
    translatable_fields = [TranslatableField("name"), SynchronizedField("slug")]

    class Meta(TranslatableMixin.Meta):
        abstract = True
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(
                fields=["locale", "slug"], name="%(app_label)s_%(class)s_unique_slug_per_locale"
            )
        ]

    def __str__(self):
        return self.name


class DocumentAttachment(Orderable):
    """A document attached to a page for its members: a practice's documents,
    a session's materials. Such a document is members-only whatever its own
    flag says (``cms.visibility.private_documents``); a concrete subclass adds
    the ``page`` ParentalKey."""

    document = models.ForeignKey(
        settings.WAGTAILDOCS_DOCUMENT_MODEL,
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("document"),
    )
    title = models.CharField(_("title"), max_length=255, blank=True)

    panels = [FieldPanel("document"), FieldPanel("title")]

    class Meta(Orderable.Meta):
        abstract = True


@register_setting(icon="site")
class SiteSettings(BaseSiteSetting):
    """What the footer of every page shows: the legal pages and the contact
    details, editable under Settings. Links go to the legal pages' versions
    in the reader's language (``cms.i18n.localize_pages``)."""

    legal_notice_page = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("legal notice"),
    )
    privacy_page = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("privacy policy"),
    )
    accessibility_page = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("accessibility statement"),
    )
    contact_email = models.EmailField(_("contact e-mail"), blank=True)
    contact_address = models.TextField(
        _("postal address"), blank=True, help_text=_("One line per line of the address.")
    )

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("legal_notice_page"),
                FieldPanel("privacy_page"),
                FieldPanel("accessibility_page"),
            ],
            heading=_("Legal pages"),
        ),
        MultiFieldPanel(
            [FieldPanel("contact_email"), FieldPanel("contact_address")], heading=_("Contact")
        ),
    ]

    class Meta:
        verbose_name = _("site settings")
