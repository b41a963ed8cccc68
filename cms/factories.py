"""Factories for tests and development: documents.

factory_boy is a development requirement (requirements-dev.txt): no
production module imports a ``factories`` module.
"""

import factory
import wagtail_factories
from wagtail.models import Collection


class DocumentFactory(wagtail_factories.DocumentFactory):
    """A document of the site's model, in the root collection, public by its
    own flag (attaching it to a page for members makes it members-only)."""

    title = factory.Sequence(lambda number: f"Document {number}")
    file = factory.django.FileField(filename="document.txt", data=b"contents")
    collection = factory.LazyFunction(Collection.get_first_root_node)
    members_only = False


def ordered_links(link_model, field, objects):
    """Orderable links to ``objects`` in the given order. Set in code,
    modelcluster leaves ``sort_order`` empty (an InlinePanel sets it), and
    PostgreSQL would return the links in any order."""
    return [link_model(**{field: obj}, sort_order=position) for position, obj in enumerate(objects)]
