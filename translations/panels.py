"""Dashboard panels: what waits for a translator, what went out of date,
and for editors a summary per language.

Staleness is ``cms.i18n``'s (``stale_translations``): a translation is out
of date when its source was published after it.
"""

from django.conf import settings
from django.db.models import Count, F, Q
from django.urls import reverse
from wagtail.admin.ui.components import Component
from wagtail.models import Locale, Page
from wagtail_localize.models import Translation

from cms.i18n import stale_translations
from translations import teams

LISTED = 10


def placeholders(queryset):
    """Pages of a synchronised tree that are still aliases of another
    locale's page (``cms.i18n.is_untranslated``, for a whole queryset)."""
    return queryset.filter(alias_of__isnull=False).exclude(alias_of__locale=F("locale"))


def translate_url(page):
    """Straight to wagtail-localize's "Translate this page" for the page's language."""
    return (
        reverse("wagtail_localize:submit_page_translation", args=[page.alias_of_id])
        + f"?select_locale={page.locale.language_code}"
        + f"&next={reverse('wagtailadmin_pages:edit', args=[page.pk])}"
    )


def edit_url(page):
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


def for_user(user):
    locales = list(teams.team_locales(user))
    result = []
    if locales:
        result += [WaitingTranslationsPanel(locales), StaleTranslationsPanel(locales)]
    if teams.is_editor(user):
        result.append(LanguageSummaryPanel())
    return result


class WaitingTranslationsPanel(Component):
    name = "translations_waiting"
    template_name = "translations/panels/waiting.html"
    order = 105

    def __init__(self, locales):
        self.locales = locales

    def in_progress(self):
        """Translations of pages in progress with segments left, newest first."""
        translations = list(
            Translation.objects.filter(target_locale__in=self.locales, enabled=True)
            .select_related("source", "target_locale")
            .order_by("-created_at")[: LISTED * 3]
        )
        pages = {
            (page.translation_key, page.locale_id): page
            for page in Page.objects.filter(
                translation_key__in={t.source.object_id for t in translations},
                locale__in=self.locales,
                alias_of__isnull=True,
            ).select_related("locale")
        }
        items = []
        for translation in translations:
            page = pages.get((translation.source.object_id, translation.target_locale_id))
            if page is None:
                continue
            total, done = translation.get_progress()
            if done < total:
                items.append({"page": page, "left": total - done, "url": edit_url(page)})
            if len(items) >= LISTED:
                break
        return items

    def get_context_data(self, parent_context=None):
        waiting = placeholders(Page.objects.filter(locale__in=self.locales)).select_related(
            "locale", "alias_of__locale"
        )
        listed = list(waiting.order_by("locale__language_code", "path")[:LISTED])
        return {
            "placeholders": [{"page": page, "url": translate_url(page)} for page in listed],
            "placeholder_count": waiting.count(),
            "in_progress": self.in_progress(),
            "languages": ", ".join(locale.get_display_name() for locale in self.locales),
        }


class StaleTranslationsPanel(Component):
    name = "translations_stale"
    template_name = "translations/panels/stale.html"
    order = 106

    def __init__(self, locales):
        self.locales = locales

    def get_context_data(self, parent_context=None):
        stale = stale_translations(Page.objects.filter(locale__in=self.locales))
        listed = list(stale.select_related("locale").order_by("-source_published_at")[:LISTED])
        return {
            "stale": [{"page": page, "url": edit_url(page)} for page in listed],
            "stale_count": stale.count(),
        }


class LanguageSummaryPanel(Component):
    """Translated, placeholder and stale pages per language (three
    queries), and the translations published most recently."""

    name = "translations_summary"
    template_name = "translations/panels/summary.html"
    order = 107

    def get_context_data(self, parent_context=None):
        pages = Page.objects.filter(depth__gt=1)
        counts = {
            row["locale"]: row
            for row in pages.order_by()
            .values("locale")
            .annotate(
                translated=Count("pk", filter=Q(alias_of__isnull=True)),
                placeholders=Count(
                    "pk", filter=Q(alias_of__isnull=False) & ~Q(alias_of__locale=F("locale"))
                ),
            )
        }
        stale = dict(
            stale_translations(pages)
            .order_by()
            .values("locale")
            .annotate(count=Count("pk"))
            .values_list("locale", "count")
        )
        rows = []
        for locale in Locale.objects.order_by("pk"):
            if locale.language_code == settings.LANGUAGE_CODE:
                continue
            row = counts.get(locale.pk, {})
            rows.append(
                {
                    "language": locale.get_display_name(),
                    "code": locale.language_code,
                    "translated": row.get("translated", 0),
                    "placeholders": row.get("placeholders", 0),
                    "stale": stale.get(locale.pk, 0),
                }
            )
        recent = (
            pages.exclude(locale__language_code=settings.LANGUAGE_CODE)
            .filter(alias_of__isnull=True, live=True, last_published_at__isnull=False)
            .select_related("locale")
            .order_by("-last_published_at")[:LISTED]
        )
        return {
            "rows": rows,
            "recent": [{"page": page, "url": edit_url(page)} for page in recent],
        }
