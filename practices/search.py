"""What the search finds of the practices library: practices and experts
(registered with ``search.registry``; see docs/search.md)."""

from django.utils.translation import gettext_lazy as _
from django_countries import countries

from cms.i18n import default_locale_only, localize
from network.models import Organisation
from practices import similar
from practices.models import ExpertPage, FormOfExtremism, PracticePage, TargetGroup, Topic
from search.pages import PageIndex, body_text, strip_html
from search.registry import Facet, register

TOPIC = Facet(
    _("Topic"), "Topics (of practices and sessions; an expert's expertise).", "family-support"
)
YEAR = Facet(_("Year"), "The year a practice started or a session took place.", "2015")


def term_labels(model):
    """{slug: name} of a vocabulary in the active language."""
    return {term.slug: term.name for term in localize(model.objects.filter(default_locale_only()))}


class OrganisationPageIndex(PageIndex):
    """Pages filed under an organisation and a country (the "country" and
    "organisation" facets; the organisation's name is searched)."""

    organisation_field = "organisation"
    facets = {
        "country": Facet(_("Country"), "ISO 3166 country codes.", "DE"),
        "organisation": Facet(
            _("City or organisation"),
            "The organisation running a practice, hosting a session, employing an expert.",
            "efus",
        ),
    }

    @property
    def select_related(self):
        return ("locale", self.organisation_field)

    def filed(self, page, context):
        """(facets, searched names) of the page's country and organisation."""
        organisation = getattr(page, self.organisation_field)
        facets = {}
        if getattr(page, "country", None):
            facets["country"] = [page.country.code]
        if organisation is None:
            return facets, []
        facets["organisation"] = [organisation.slug]
        return facets, context.names([organisation], page.locale.language_code)

    def value_labels(self):
        return {"country": dict(countries), "organisation": term_labels(Organisation)}

    def dependencies(self):
        """A renamed organisation changes the text of the pages filed under it."""
        field = self.organisation_field

        def pages(organisation):
            same = Organisation.objects.filter(translation_key=organisation.translation_key)
            return self.model.objects.filter(**{f"{field}__in": same})

        return {Organisation: pages}


def using_terms(model, relation):
    """The pages of ``model`` linked through ``relation`` to a term (any of
    its translations): a renamed term changes their text."""

    def pages(term):
        same = type(term).objects.filter(translation_key=term.translation_key)
        return model.objects.filter(**{f"{relation}__in": same})

    return pages


@register
class PracticeIndex(OrganisationPageIndex):
    model = PracticePage
    kind = similar.KIND
    label = _("Practices")
    facets = {
        **OrganisationPageIndex.facets,
        "topic": TOPIC,
        "form": Facet(
            _("Form of extremism"), "Forms of extremism a practice addresses.", "extreme-right"
        ),
        "target": Facet(_("Target group"), "Target groups of a practice.", "young-people"),
        "approach": Facet(_("Approach"), "A practice's approach.", "prevention"),
        "evidence": Facet(_("Evidence level"), "A practice's level of evidence.", "evaluated"),
        "status": Facet(_("Status"), "A practice's status: pilot, running, completed.", "active"),
        "year": YEAR,
    }
    related = ("topics", "forms_of_extremism", "target_groups")

    def content(self, page, context):
        language = page.locale.language_code
        facets, organisation_names = self.filed(page, context)
        topics = context.related(page, "topics")
        forms = context.related(page, "forms_of_extremism")
        groups = context.related(page, "target_groups")
        facets.update(
            topic=[t.slug for t in topics],
            form=[f.slug for f in forms],
            target=[g.slug for g in groups],
            approach=[page.approach],
            evidence=[page.evidence_level],
            status=[page.status],
            year=[str(page.year_started)],
        )
        # A members-only body is neither shown nor found by its words.
        body = "" if page.body_members_only else body_text(page.body)
        return {
            "facets": facets,
            "public_text": [body],
            "extra_text": [
                *organisation_names,
                # one vocabulary at a time: names are looked up per model
                *context.names(topics, language),
                *context.names(forms, language),
                *context.names(groups, language),
            ],
        }

    def value_labels(self):
        return {
            **super().value_labels(),
            "topic": term_labels(Topic),
            "form": term_labels(FormOfExtremism),
            "target": term_labels(TargetGroup),
            "approach": {key: str(label) for key, label in PracticePage.Approach.choices},
            "evidence": {key: str(label) for key, label in PracticePage.Evidence.choices},
            "status": {key: str(label) for key, label in PracticePage.Status.choices},
        }

    def dependencies(self):
        return {
            **super().dependencies(),
            Topic: using_terms(PracticePage, "topics"),
            FormOfExtremism: using_terms(PracticePage, "forms_of_extremism"),
            TargetGroup: using_terms(PracticePage, "target_groups"),
        }


@register
class ExpertIndex(OrganisationPageIndex):
    model = ExpertPage
    kind = "expert"
    label = _("Experts")
    facets = {**OrganisationPageIndex.facets, "topic": TOPIC}
    related = ("expertise",)

    def content(self, page, context):
        facets, organisation_names = self.filed(page, context)
        expertise = context.related(page, "expertise")
        facets["topic"] = [t.slug for t in expertise]
        biography = strip_html(page.biography)
        return {
            "facets": facets,
            "public_text": [page.role, biography],
            "extra_text": [
                *organisation_names,
                page.availability,
                *context.names(expertise, page.locale.language_code),
            ],
        }

    def value_labels(self):
        return {**super().value_labels(), "topic": term_labels(Topic)}

    def dependencies(self):
        return {**super().dependencies(), Topic: using_terms(ExpertPage, "expertise")}
