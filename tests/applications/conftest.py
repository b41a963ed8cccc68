"""Applications, reviews and reminders: built with the network's factories."""

import pytest
from django.contrib.auth.models import Group
from django.core.cache import cache

from network.factories import UserFactory
from network.models import Application


@pytest.fixture(autouse=True)
def fresh_cache():
    """The per-address limit of applications lives in the cache."""
    cache.clear()
    yield
    cache.clear()


def reviewer(**fields):
    """A staff member in the Editors group (who may review applications)."""
    user = UserFactory(is_staff=True, **fields)
    user.groups.add(Group.objects.get(name="Editors"))
    return user


def application(checklist=True, **fields):
    """A submitted application from a new organisation, checklist ticked
    unless ``checklist=False``."""
    values = {
        "organisation_name": "Ville de Lyon",
        "kind": "city",
        "country": "FR",
        "city": "Lyon",
        "contact_name": "Camille Martin",
        "contact_email": "camille@lyon.example.org",
        "contact_role": "Chargée de prévention",
        "motivation": "Nous voulons échanger avec d'autres villes.",
        "accepts_contribution": True,
        "language": "fr",
        **fields,
    }
    if checklist:
        values.update(dict.fromkeys(Application.CHECKLIST, True))
    return Application.objects.create(**values)
