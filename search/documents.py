"""From a registered object to its ``SearchDocument``.

``build(obj)`` asks the object's registration (``search.registry``) for its
``Fields`` and adds the ready-made terms (``search.analysis``) in the
object's language; None means the object must not be found at all. A
``BuildContext`` carries what the documents of one indexing run share, so a
full rebuild costs a few queries per batch rather than a dozen per object.
"""

from django.contrib.contenttypes.models import ContentType
from django.utils import translation

from search import registry
from search.analysis import terms
from search.models import SearchDocument


class BuildContext:
    """Look-ups shared by the documents of one indexing run."""

    def __init__(self):
        self._names = {}
        self._objects = {}
        self._related = {}
        self._state = {}

    def state(self, owner):
        """A dict an index (or a base of several) keeps its look-ups in."""
        return self._state.setdefault(owner, {})

    def names(self, objects, language):
        """Reader's-language names of default-locale terms or organisations
        (translatable snippets with a ``name``), all of one model."""
        objects = [obj for obj in objects if obj is not None]
        if not objects:
            return []
        model = type(objects[0])
        if any(type(obj) is not model for obj in objects):
            raise TypeError("names() takes objects of one model at a time")
        key = (model, language)
        if key not in self._names:
            self._names[key] = dict(
                model._default_manager.filter(locale__language_code=language).values_list(
                    "translation_key", "name"
                )
            )
        names = self._names[key]
        return [names.get(obj.translation_key, obj.name) for obj in objects]

    def prefetch(self, objects):
        """Fetch what the documents of ``objects`` need, per registration:
        the many-to-many links of its ``related`` relations with one query
        per relation, from the link tables, and whatever its ``prefetch``
        adds. The linked objects (small vocabularies) are loaded once per
        run; ``prefetch_related`` would build a model instance per link
        (two thirds of a full rebuild's time at 100,000 documents)."""
        self._related = {}
        by_model = {}
        for obj in objects:
            by_model.setdefault(type(obj), []).append(obj)
        for model, batch in by_model.items():
            index = registry.index_for(model)
            if index is None:
                continue
            index.prefetch(batch, self)
            ids = [obj.pk for obj in batch]
            for name in index.related:
                relation = model._meta.get_field(name)
                through = relation.remote_field.through
                source = relation.m2m_field_name()
                target = relation.m2m_reverse_field_name()
                linked_objects = self._vocabulary(relation.related_model)
                links = {pk: [] for pk in ids}
                rows = (
                    through.objects.filter(**{f"{source}__in": ids})
                    .order_by("pk")
                    .values_list(f"{source}_id", f"{target}_id")
                )
                for pk, linked_id in rows:
                    links[pk].append(linked_objects[linked_id])
                for pk, linked in links.items():
                    self._related[(model, pk, name)] = linked

    def _vocabulary(self, model):
        if model not in self._objects:
            self._objects[model] = model._default_manager.in_bulk()
        return self._objects[model]

    def related(self, obj, name):
        """The objects linked to ``obj`` through ``name`` (see ``prefetch``)."""
        return self._related[(type(obj), obj.pk, name)]


def build(obj, context=None):
    """The search document of one registered object, or None if it must not
    be found (or its model is not registered)."""
    obj = getattr(obj, "specific", obj)
    index = registry.index_for(type(obj))
    if index is None:
        return None
    if context is None:
        context = BuildContext()
        context.prefetch([obj])
    language = getattr(getattr(obj, "locale", None), "language_code", None)
    with translation.override(language):
        fields = index.document(obj, context)
        if fields is None:
            return None
        return document_of(obj, index, fields)


def document_of(obj, index, fields):
    facets = {"kind": [index.kind], "language": fields.available_locales or [fields.locale]}
    facets.update({name: values for name, values in fields.facets.items() if values})
    # The summary starts the public text (highlighted extracts come from it).
    public = [part for part in [fields.summary, *fields.public_text] if part]
    searched = [*public, *(part for part in fields.extra_text if part)]
    return SearchDocument(
        content_type_id=ContentType.objects.get_for_model(type(obj)).pk,
        object_id=obj.pk,
        kind=index.kind,
        locale=fields.locale,
        translation_key=fields.translation_key,
        title=fields.title,
        summary=fields.summary,
        text="\n".join(public)[:20000],
        url=fields.url,
        members_only=fields.members_only,
        published_at=fields.published_at,
        facets=facets,
        title_terms=" ".join(terms(fields.title, fields.locale)),
        body_terms=" ".join(terms(" ".join(searched), fields.locale)),
    )
