"""The page bases every page type extends: ``BasePage`` (summary,
members-only flag, untranslated placeholders, the language switcher) and
``ListingPage`` (a filtered, paginated list of pages), with the translatable
fields every page has and ``pages_linking``.

They ask ``cms.visibility`` and ``cms.i18n``, which read ``cms.models``;
keeping them out of ``cms.models`` is what lets those imports point one way.
"""

from django.conf import settings
from django.core.exceptions import FieldDoesNotExist
from django.core.paginator import Paginator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from cms import i18n, visibility

PAGE_TRANSLATABLE_FIELDS = [
    TranslatableField("title"),
    TranslatableField("slug"),
    TranslatableField("seo_title"),
    TranslatableField("search_description"),
    TranslatableField("summary"),
    SynchronizedField("members_only"),
]


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


def pages_linking(page, relation, ordering=()):
    """The default-locale pages that link any translation of ``page`` through
    ``relation``, in ``ordering``: the name of a reverse relation that an app
    above the page's own declared with an orderable link (a session's
    ``presented_at`` practices, its ``spoke_at`` speakers). A page shows what
    links it without importing that app; without it installed, nothing
    links it (and the ordering, by fields of pages that do not exist then,
    is not applied)."""
    try:
        rel = type(page)._meta.get_field(relation)
    except FieldDoesNotExist:
        return Page.objects.none()
    link_model = rel.related_model
    page_model = link_model._meta.get_field("page").related_model
    links = link_model.objects.filter(
        **{f"{rel.field.name}__translation_key": page.translation_key}
    ).values("page_id")
    return page_model.objects.filter(
        pk__in=links, locale__language_code=settings.LANGUAGE_CODE
    ).order_by(*ordering)


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
