"""The home page of each language and the project's standard pages."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index

from cms import cache, i18n
from cms.blocks import BodyStreamBlock, StandardPageStreamBlock
from cms.pages import BasePage
from cms.visibility import visible_pages
from practices.models import PracticePage
from programme.models import SessionIndexPage, SessionPage


class HomePage(BasePage):
    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])
    body = StreamField(BodyStreamBlock(), verbose_name=_("body"), blank=True)

    content_panels = BasePage.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_fields = BasePage.search_fields + [index.SearchField("intro")]
    api_fields = [APIField("summary"), APIField("intro"), APIField("body")]
    # One home page per locale: they are the roots of the language trees.
    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "home.StandardPage",
        "practices.PracticeIndexPage",
        "practices.ExpertIndexPage",
        "programme.SessionIndexPage",
    ]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        practices = (
            i18n.translated_only(
                visible_pages(PracticePage.objects.descendant_of(self), request.user)
            )
            .select_related("organisation", "lead_image")
            .prefetch_related("lead_image__renditions")
            .order_by("-first_published_at")[:3]
        )
        sessions = i18n.translated_only(
            visible_pages(SessionPage.objects.descendant_of(self), request.user)
        )
        context["latest_practices"] = list(practices)
        # The next three sessions; past ones stay in the programme's archive.
        context["sessions"] = list(SessionPage.upcoming(sessions)[:3])
        context.update(self.navigation(request, context["can_view_members_content"]))
        return context

    def navigation(self, request, members):
        """The home page's links to its sections and to the programme, as
        plain data (title, address, summary) kept in the shared cache per
        home page (one per language) and access (``members``): the same for
        every reader who gets them, and a publish, move or unpublish of any
        page purges them. Built, they cost a query per page type."""

        def build():
            programme = i18n.translated_only(
                visible_pages(SessionIndexPage.objects.child_of(self), request.user)
            ).first()
            sections = [
                {
                    "title": page.title,
                    "url": page.get_url(request),
                    "summary": getattr(page, "summary", ""),
                }
                for page in visible_pages(self.get_children(), request.user).specific()
                if page.show_in_menus
            ]
            return {
                "programme_url": programme.get_url(request) if programme else None,
                "sections": sections,
            }

        return cache.fragment(("home-navigation", self.pk, bool(members)), build)


class StandardPage(BasePage):
    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])
    body = StreamField(StandardPageStreamBlock(), verbose_name=_("body"), blank=True)

    content_panels = BasePage.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_fields = BasePage.search_fields + [
        index.SearchField("intro"),
        index.SearchField("body"),
    ]
    api_fields = [APIField("summary"), APIField("intro"), APIField("body")]
    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = ["home.StandardPage"]

    class Meta:
        verbose_name = _("standard page")
