"""Factories for tests and development: sessions published under a
language's programme.

factory_boy is a development requirement (requirements-dev.txt): no
production module imports a ``factories`` module. A session is added under
the programme of its language, which the site's tree provides (the test
session loads the demo network); it depends on no demo record.
"""

import datetime

import factory
import wagtail_factories
from django.utils import timezone

from cms.factories import ordered_links
from practices.factories import add_to_index
from programme.models import (
    SessionIndexPage,
    SessionMaterial,
    SessionPage,
    SessionPractice,
    SessionSpeaker,
)


class SessionPageFactory(wagtail_factories.PageFactory):
    """A two-day training a month from today."""

    title = factory.Sequence(lambda number: f"Session {number}")
    summary = factory.LazyAttribute(lambda page: page.title)
    kind = SessionPage.Kind.TRAINING
    start_date = factory.LazyFunction(lambda: timezone.localdate() + datetime.timedelta(days=30))
    end_date = factory.LazyAttribute(lambda page: page.start_date + datetime.timedelta(days=1))
    city = "Ghent"
    members_only = False

    class Meta:
        model = SessionPage

    @classmethod
    def in_language(
        cls, language, publish=True, speakers=(), practices=(), materials=(), topics=(), **kwargs
    ):
        """Create (and by default publish) a session in one language's programme.

        ``speakers``: expert pages and ``practices``: practice pages, in order
        (default-locale pages, as editors link them); ``materials``: documents
        for members; ``topics``: default-locale topics.
        """
        page = cls.build(**kwargs)
        page.topics.set(topics)
        page.speakers = ordered_links(SessionSpeaker, "expert", speakers)
        page.presented_practices = ordered_links(SessionPractice, "practice", practices)
        page.materials = ordered_links(SessionMaterial, "document", materials)
        return add_to_index(
            SessionIndexPage.objects.get(locale__language_code=language), page, publish
        )


def open_session(language="en", seats=20, contribution="600.00", **kwargs):
    """A published session in ``language`` whose registration is open today
    (opened a week ago, closes the day before it starts)."""
    today = timezone.localdate()
    kwargs.setdefault("start_date", today + datetime.timedelta(days=30))
    kwargs.setdefault("registration_opens", today - datetime.timedelta(days=7))
    kwargs.setdefault("registration_closes", kwargs["start_date"] - datetime.timedelta(days=1))
    return SessionPageFactory.in_language(
        language, seats=seats, contribution=contribution, **kwargs
    )
