"""Factories for tests: practices published under a language's library.

Vocabulary and organisations come from the demo network (the test session
loads it), so a factory-made practice is filed like a real one.
"""

import factory
import wagtail_factories

from network.models import Organisation
from practices.models import PracticeIndexPage, PracticePage, Topic


def default_organisation():
    return Organisation.objects.get(slug="augsburg", locale__language_code="en")


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
    def in_language(cls, language, publish=True, topics=("family-support",), **kwargs):
        """Create (and by default publish) a practice in one language's library."""
        parent = PracticeIndexPage.objects.get(locale__language_code=language)
        page = cls.build(**kwargs)
        page.topics.set(Topic.objects.filter(slug__in=topics, locale__language_code="en"))
        parent.add_child(instance=page)
        revision = page.save_revision()
        if publish:
            revision.publish()
        page.refresh_from_db()
        return page
