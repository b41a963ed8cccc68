"""What the search finds of the programme: sessions (registered with
``search.registry``; see docs/search.md)."""

from django.utils.translation import gettext_lazy as _

from practices.models import Topic
from practices.search import TOPIC, YEAR, OrganisationPageIndex, term_labels, using_terms
from programme.models import SessionPage
from search.pages import body_text
from search.registry import register


@register
class SessionIndex(OrganisationPageIndex):
    model = SessionPage
    kind = "session"
    label = _("Sessions")
    organisation_field = "host"
    facets = {**OrganisationPageIndex.facets, "topic": TOPIC, "year": YEAR}
    related = ("topics",)

    def content(self, page, context):
        facets, organisation_names = self.filed(page, context)
        topics = context.related(page, "topics")
        facets["topic"] = [t.slug for t in topics]
        facets["year"] = [str(page.start_date.year)]
        programme = body_text(page.programme)
        return {
            "facets": facets,
            "public_text": [page.city, programme],
            "extra_text": [
                *organisation_names,
                page.venue,
                *context.names(topics, page.locale.language_code),
            ],
        }

    def value_labels(self):
        return {**super().value_labels(), "topic": term_labels(Topic)}

    def dependencies(self):
        return {**super().dependencies(), Topic: using_terms(SessionPage, "topics")}
