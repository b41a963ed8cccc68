"""What the search indexes, declared by the apps that own the content.

A content app describes each model it wants found in its own ``search.py``
(an ``Index`` subclass per model) and registers it; the search app imports
every installed app's ``search`` module at start-up (``autodiscover``). The
service, the facet index and the engines only ever see ``SearchDocument``
rows, keyed by content type and id, so nothing in ``search`` imports a
content model.

An index says:

- ``kind``, ``label``: the value of the "kind" facet and its plural name;
- ``facets``: the facets its documents carry ({name: ``Facet``}), in
  display order; the service shows "kind", "language" and then every registered
  facet, in registration order;
- ``queryset()``: every object that may be indexed (a rebuild reads them);
- ``document(obj, context)``: the ``Fields`` of one object, or None when it
  must not be found at all; only public text goes into them, and
  ``members_only`` says who may find it (the query decides, not the index);
- ``value_labels()``: the readers'-language names of its facet values;
- ``dependencies()``: other models whose change alters its documents
  ({model: function(instance) -> objects to index again}).

``PageIndex`` is the base for Wagtail pages: published, not an alias, not
behind a view restriction (theirs or an ancestor's), members-only by the
page's effective visibility (``cms.models.PageAccess``), translations
grouped by their translation key. An index of any other model decides all
of that itself (see ``Index``); ``search.signals`` indexes it on save and
removes it on delete.
"""

import uuid
from dataclasses import dataclass, field

from django.conf import settings
from django.utils import translation
from django.utils.module_loading import autodiscover_modules
from django.utils.translation import gettext_lazy as _


@dataclass(frozen=True)
class Facet:
    """A facet a registration's documents carry: its label on the search
    page, and for the project API's description a sentence and an example
    value."""

    label: str
    description: str = ""
    example: str = ""


#: The facets every document has, before the registered ones.
COMMON_FACETS = {
    "kind": Facet(_("Type"), "What the record is (practice, expert, session...).", "practice"),
    "language": Facet(_("Available in"), "The languages records exist in.", "fr"),
}


@dataclass
class Fields:
    """What one object shows to the search: everything a ``SearchDocument``
    holds but the ready-made terms, which the indexer computes."""

    title: str
    url: str
    locale: str
    translation_key: uuid.UUID
    members_only: bool
    summary: str = ""
    #: Public text: searched, and shown in highlighted extracts.
    public_text: list = field(default_factory=list)
    #: Searched but never shown (names of linked terms, members-only parts
    #: are not here: they must not be found by words either).
    extra_text: list = field(default_factory=list)
    published_at: object = None
    #: {facet: [values]}: locale-neutral values (slugs, codes).
    facets: dict = field(default_factory=dict)
    #: The languages the record exists in (the "language" facet).
    available_locales: list = field(default_factory=list)


class Index:
    """How one model is indexed. Subclass in the content app's ``search.py``
    and ``register`` it."""

    model = None
    kind = ""
    label = ""
    facets = {}
    #: Many-to-many relations whose links ``BuildContext.prefetch`` fetches
    #: for a batch in one query each (``context.related(obj, name)``).
    related = ()
    #: Passed to ``select_related`` when a rebuild reads a batch.
    select_related = ()

    def queryset(self):
        return self.model._default_manager.all()

    def document(self, obj, context):
        raise NotImplementedError

    def value_labels(self):
        return {}

    def dependencies(self):
        return {}

    def prefetch(self, objects, context):
        """Fetch what the documents of ``objects`` need, for a batch."""

    def group(self, objects):
        """The objects whose documents change with these (a page's
        translations share the "language" facet)."""
        return list(objects)

    def translation_key(self, obj):
        """A model without translations: one key per object."""
        return uuid.uuid5(uuid.NAMESPACE_URL, f"{self.model._meta.label_lower}:{obj.pk}")

    def __repr__(self):
        return f"<{type(self).__name__} {self.model._meta.label}>"


_indexes = {}


def register(index_class):
    """Register an ``Index`` subclass (usable as a class decorator)."""
    index = index_class()
    _indexes[index.model] = index
    return index_class


def unregister(model):
    _indexes.pop(model, None)


def indexes():
    return list(_indexes.values())


def index_for(model):
    """The registration of ``model`` (a page's specific class), or None."""
    return _indexes.get(model)


def kinds():
    """{kind: label} of every registration."""
    return {index.kind: index.label for index in _indexes.values()}


def facets():
    """{name: ``Facet``}, in display order: the common facets, then each
    registration's new ones in registration order."""
    found = dict(COMMON_FACETS)
    for index in _indexes.values():
        for name, facet in index.facets.items():
            found.setdefault(name, facet)
    return found


def facet_names():
    return list(facets())


def facet_labels():
    return {name: facet.label for name, facet in facets().items()}


def value_labels():
    """{facet: {value: label}} in the active language (a few queries)."""
    labels = {
        "kind": {kind: str(label) for kind, label in kinds().items()},
        "language": {
            code: translation.get_language_info(code)["name_local"]
            for code, _name in settings.LANGUAGES
        },
    }
    for index in _indexes.values():
        for name, values in index.value_labels().items():
            labels.setdefault(name, {}).update(values)
    for name in facet_names():
        labels.setdefault(name, {})
    return labels


def autodiscover():
    """Import every installed app's ``search`` module (they register)."""
    autodiscover_modules("search")
