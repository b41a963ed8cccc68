"""The vocabularies practices, experts and sessions are described with."""

from django.conf import settings
from django.db import models
from django.db.models import Q, Value
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail_localize.fields import TranslatableField

from cms import cache, i18n
from cms.i18n import default_locale_only
from cms.models import TaxonomyBase


class Topic(TaxonomyBase):
    description = models.TextField(_("description"), blank=True)

    panels = TaxonomyBase.panels + [FieldPanel("description")]
    translatable_fields = TaxonomyBase.translatable_fields + [TranslatableField("description")]

    class Meta(TaxonomyBase.Meta):
        verbose_name = _("topic")
        verbose_name_plural = _("topics")


class FormOfExtremism(TaxonomyBase):
    class Meta(TaxonomyBase.Meta):
        verbose_name = _("form of extremism")
        verbose_name_plural = _("forms of extremism")


class TargetGroup(TaxonomyBase):
    class Meta(TaxonomyBase.Meta):
        verbose_name = _("target group")
        verbose_name_plural = _("target groups")


def localized_terms(model):
    """``{default-locale pk: term}`` of every term of ``model``, each in the
    reader's language where it is translated, in the vocabulary's order.

    Vocabularies are short and the same for every reader, so they are kept
    in the shared cache per language until the next purge (a snippet's
    change purges it); a page then names its terms without a query."""
    language = translation.get_language() or settings.LANGUAGE_CODE

    def build():
        sources = list(model._default_manager.filter(default_locale_only()))
        return dict(zip([term.pk for term in sources], i18n.localize(sources), strict=True))

    return cache.fragment(("terms", model._meta.label_lower, language), build)


def linked_terms(instance, *names):
    """``{name: [terms]}``: the terms ``instance`` links through each of its
    many-to-many fields ``names``, in the reader's language and the
    vocabulary's order, with one query for all the fields together (a
    union of their link tables) and the names from ``localized_terms``.

    A page being previewed holds its links in memory (modelcluster), not in
    the link tables: those are read from the instance itself."""
    in_memory = getattr(instance, "_cluster_related_objects", {})
    fields = [type(instance)._meta.get_field(name) for name in names]
    linked = {name: set() for name in names}
    stored = []
    for position, field in enumerate(fields):
        if instance.pk is None or field.name in in_memory:
            linked[field.name] = {term.pk for term in getattr(instance, field.name).all()}
            continue
        through = field.remote_field.through
        own = through._meta.get_field(field.m2m_field_name()).attname
        target = through._meta.get_field(field.m2m_reverse_field_name()).attname
        stored.append(
            through.objects.filter(**{own: instance.pk})
            .annotate(relation=Value(position))
            .values_list("relation", target)
        )
    if stored:
        rows = stored[0].union(*stored[1:], all=True) if len(stored) > 1 else stored[0]
        for position, term_id in rows:
            linked[fields[position].name].add(term_id)
    result = {}
    for field in fields:
        terms = localized_terms(field.related_model)
        result[field.name] = [term for pk, term in terms.items() if pk in linked[field.name]]
    return result


def localized_record(instance, name):
    """The translatable record ``instance`` links through its foreign key
    ``name`` (to the default locale), in the reader's language where it is
    translated, else as it is; one query for both. None for no record."""
    field = instance._meta.get_field(name)
    model, pk = field.related_model, getattr(instance, field.attname)
    if pk is None:
        return None
    language = translation.get_language() or settings.LANGUAGE_CODE
    manager = model._default_manager
    keys = manager.filter(pk=pk).values("translation_key")
    chosen = None
    for record in manager.filter(
        Q(pk=pk) | Q(translation_key__in=keys, locale__language_code=language)
    ):
        if chosen is None or record.pk != pk:
            chosen = record
    return chosen


__all__ = [
    "FormOfExtremism",
    "TargetGroup",
    "Topic",
    "linked_terms",
    "localized_record",
    "localized_terms",
]
