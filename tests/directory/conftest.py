"""Organisations, people, practices and terms for the member directory's
tests, built with the factories (the demo's organisations are there too:
each test names its own records with words the demo does not use)."""

import pytest
from django.conf import settings
from django.test import Client
from wagtail.models import Locale

from network.factories import (
    AffiliationFactory,
    OrganisationFactory,
    OrganisationMembershipFactory,
    UserFactory,
)
from practices.factories import PracticePageFactory, add_to_index
from practices.models import FormOfExtremism, PracticeIndexPage, Topic


def default_locale():
    return Locale.objects.get(language_code=settings.LANGUAGE_CODE)


def network_organisation(name, *, member=True, **fields):
    """An organisation of the network (an active membership) unless
    ``member=False`` (none at all) or ``member="ended"``."""
    organisation = OrganisationFactory(name=name, **fields)
    if member:
        OrganisationMembershipFactory(organisation=organisation, ended=member == "ended")
    return organisation


def person(organisation, first_name, last_name, **fields):
    """A confirmed person of ``organisation`` (pass ``status`` to change it)."""
    status = fields.pop("status", None)
    extra = {"status": status} if status else {}
    user = UserFactory(first_name=first_name, last_name=last_name, **fields)
    AffiliationFactory(user=user, organisation=organisation, **extra)
    return user


def term(model, name):
    slug = name.lower().replace(" ", "-")
    return model.objects.create(name=name, slug=slug, locale=default_locale())


def topic(name):
    return term(Topic, name)


def form(name):
    return term(FormOfExtremism, name)


def practice(organisation, topics=(), forms=(), publish=True, language="en"):
    """A practice of ``organisation`` in a language's library, published by default."""
    page = PracticePageFactory.build(organisation=organisation, live=publish)
    page.topics.set(topics)
    page.forms_of_extremism.set(forms)
    return add_to_index(
        PracticeIndexPage.objects.get(locale__language_code=language), page, publish
    )


def client_of(user):
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def reader_organisation(db):
    return network_organisation("Readerham", kind="city", country="FR")


@pytest.fixture
def reader(reader_organisation):
    return person(reader_organisation, "Rhea", "Readwell", email="rhea@example.org")


@pytest.fixture
def reader_client(reader):
    return client_of(reader)
