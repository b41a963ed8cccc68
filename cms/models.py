"""What every app shares: media models, the base page and the taxonomy base.

The document and image models are custom from the first migration because
swapping them later is painful. Documents and images carry a members-only
flag; what a reader may see of pages, documents and images is decided in
one place, ``cms.visibility``.
"""

from django.conf import settings
from django.core.exceptions import FieldDoesNotExist
from django.core.paginator import Paginator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.documents.models import AbstractDocument
from wagtail.documents.models import Document as WagtailDocument
from wagtail.fields import RichTextField
from wagtail.images.models import AbstractImage, AbstractRendition
from wagtail.images.models import Image as WagtailImage
from wagtail.models import Orderable, Page, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from cms import i18n, visibility


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
PAGE_TRANSLATABLE_FIELDS = [
    TranslatableField("title"),
    TranslatableField("slug"),
    TranslatableField("seo_title"),
    TranslatableField("search_description"),
    TranslatableField("summary"),
    SynchronizedField("members_only"),
]


class DemoEntry(models.Model):
    """Records invented for the demonstration network say so (never present
    an invented person or practice as real)."""

    is_demo = models.BooleanField(
        _("demo entry"), default=False, help_text=_("Invented for the demonstration network.")
    )

    class Meta:
        abstract = True


class BasePage(Page):
    """Fields and behaviour shared by every page type of the site.

    ``members_only`` is what the editor says of this page; what readers
    get is the effective state (``PageAccess``: this flag, the source's,
    or an ancestor's), which every surface asks through ``cms.visibility``.
    """

    summary = models.TextField(
        _("summary"),
        blank=True,
        help_text=_("One or two sentences for listings, search results and link previews."),
    )
    members_only = models.BooleanField(
        _("members only"),
        default=False,
        help_text=_("Only members of the network can see this page, in every language."),
    )

    search_fields = Page.search_fields + [index.SearchField("summary")]
    content_panels = Page.content_panels + [FieldPanel("summary")]
    settings_panels = Page.settings_panels + [FieldPanel("members_only")]

    class Meta:
        abstract = True

    @property
    def is_untranslated(self):
        """True for the placeholder a synchronised tree puts in a locale
        before anybody has translated the page (an alias of the source)."""
        return i18n.is_untranslated(self)

    def serve(self, request, *args, **kwargs):
        if self.is_untranslated:
            return i18n.not_translated_response(self, request)
        return super().serve(request, *args, **kwargs)

    def get_sitemap_urls(self, request=None):
        # The sitemap lists only pages ``cms.visibility`` shows to the public.
        if self.is_untranslated:
            return []
        return super().get_sitemap_urls(request)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["translations"] = i18n.page_translations(self, request)
        context["can_view_members_content"] = visibility.can_view_members_content(request.user)
        return context


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


def pages_linking(page, relation):
    """The default-locale pages that link any translation of ``page`` through
    ``relation``: the name of a reverse relation that an app above the page's
    own declared with an orderable link (a session's ``presented_at``
    practices, its ``spoke_at`` speakers). A page shows what links it without
    importing that app; without it installed, nothing links it."""
    try:
        rel = type(page)._meta.get_field(relation)
    except FieldDoesNotExist:
        return Page.objects.none()
    link_model = rel.related_model
    page_model = link_model._meta.get_field("page").related_model
    links = link_model.objects.filter(
        **{f"{rel.field.name}__translation_key": page.translation_key}
    ).values("page_id")
    return page_model.objects.filter(pk__in=links, locale__language_code=settings.LANGUAGE_CODE)


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


class ListingPage(BasePage):
    """A page that lists its children, filtered and paginated: the practice
    library, the expert directory. A subclass names its filter set
    (``filterset_class``, django-filter), the name of the results in its
    template, the pages it lists and how they are fetched and ordered."""

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])

    content_panels = BasePage.content_panels + [FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    max_count_per_parent = 1

    filterset_class = None
    results_name = "results"
    #: Results on a page of the listing.
    page_size = 12

    class Meta:
        abstract = True

    def listed_pages(self):
        """The pages listed, before visibility, language and filters."""
        raise NotImplementedError

    def arrange(self, results):
        """``results`` with what the cards show fetched, in listing order."""
        return results.order_by("title")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        base = i18n.translated_only(visibility.visible_pages(self.listed_pages(), request.user))
        filterset = self.filterset_class(request.GET or None, queryset=base, request=request)
        results = filterset.qs if filterset.is_bound and filterset.is_valid() else base
        page = Paginator(self.arrange(results), self.page_size).get_page(request.GET.get("page"))
        context.update({"filterset": filterset, "paginator_page": page, self.results_name: page})
        return context
