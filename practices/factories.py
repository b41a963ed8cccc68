"""Factories for tests and development: experts and practices published
under a language's directory or library.

factory_boy is a development requirement (requirements-dev.txt): no
production module imports a ``factories`` module. Pages are added under the
index of their language, which the site's tree provides (the test session
loads the demo network). ``PracticePageFactory`` files a practice like a real
one by default (the demo's Augsburg and family-support topic, which earlier
tests rely on); ``ExpertPageFactory`` depends on no demo record.
"""

import factory
import wagtail_factories

from cms.factories import ordered_links
from network.factories import OrganisationFactory
from network.models import Organisation
from practices.models import (
    ExpertIndexPage,
    ExpertPage,
    PracticeContact,
    PracticeDocument,
    PracticeIndexPage,
    PracticePage,
    Topic,
)


def default_organisation():
    return Organisation.objects.get(slug="augsburg", locale__language_code="en")


def add_to_index(index, page, publish=True):
    """Add ``page`` (built, with its relations set in memory) under ``index``,
    save a revision of it and, by default, publish it, as an editor would.

    Orderable links need their ``sort_order`` set, as the editor's form sets
    it: modelcluster saves none, and rows without one come back in any order
    (PostgreSQL's differs from SQLite's)."""
    index.add_child(instance=page)
    revision = page.save_revision()
    if publish:
        revision.publish()
    page.refresh_from_db()
    return page


class ExpertPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda number: f"Expert {number}")
    summary = factory.LazyAttribute(lambda page: page.title)
    role = "Social worker"
    # created even when the page is only built: ``in_language`` builds it
    organisation = factory.LazyFunction(OrganisationFactory.create)
    country = "BE"
    email = factory.LazyAttribute(lambda page: f"{page.slug}@example.org")
    members_only = False

    class Meta:
        model = ExpertPage

    @classmethod
    def in_language(cls, language, publish=True, expertise=(), **kwargs):
        """Create (and by default publish) an expert in one language's directory;
        ``expertise``: topics."""
        page = cls.build(**kwargs)
        page.expertise.set(expertise)
        return add_to_index(
            ExpertIndexPage.objects.get(locale__language_code=language), page, publish
        )


class PracticePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda number: f"Practice {number}")
    summary = factory.LazyAttribute(lambda page: page.title)
    organisation = factory.LazyFunction(default_organisation)
    country = "DE"
    approach = PracticePage.Approach.PREVENTION
    evidence_level = PracticePage.Evidence.EVALUATED
    year_started = 2015
    status = PracticePage.Status.ACTIVE
    members_only = False

    class Meta:
        model = PracticePage

    @classmethod
    def in_language(
        cls, language, publish=True, topics=("family-support",), contacts=(), documents=(), **kwargs
    ):
        """Create (and by default publish) a practice in one language's library.

        ``topics``: slugs of default-locale topics; ``contacts``: expert
        pages, in order; ``documents``: documents attached for members.
        """
        page = cls.build(**kwargs)
        page.topics.set(Topic.objects.filter(slug__in=topics, locale__language_code="en"))
        page.contacts = ordered_links(PracticeContact, "expert", contacts)
        page.documents = ordered_links(PracticeDocument, "document", documents)
        return add_to_index(
            PracticeIndexPage.objects.get(locale__language_code=language), page, publish
        )
