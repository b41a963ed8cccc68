"""The minimal Wagtail page: the reference the site's pages are measured
against (``bench.pages``). A title and a one-line template, served through
Wagtail's routing like every page, so that the ratio says what our pages
cost on top of Wagtail itself. It cannot be created in the admin; the bench
adds one under the English home page while it measures and removes it after.
"""

from wagtail.models import Page


class MinimalPage(Page):
    parent_page_types = []
    subpage_types = []

    class Meta:
        verbose_name = "minimal page (benchmark)"
