from django.contrib.auth.models import AnonymousUser
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page

from cms import i18n
from cms.visibility import visible_pages


class MultilingualSitemap(Sitemap):
    """Every published public page, in every language it is translated into.

    Wagtail's own sitemap walks one locale's tree only.
    """

    def items(self):
        site = self.get_wagtail_site()
        roots = site.root_page.get_translations(inclusive=True)
        queryset = Page.objects.none()
        for root in roots:
            queryset |= Page.objects.descendant_of(root, inclusive=True)
        return (
            i18n.translated_only(visible_pages(queryset, AnonymousUser()))
            .order_by("path")
            .defer_streamfields()
            .specific()
        )
