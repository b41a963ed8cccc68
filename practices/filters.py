"""Filters of the practice library and the expert directory.

Values are locale-neutral slugs and codes, so a link filtered in one language
works in every other; labels are in the reader's language. The filter sets
name fields, not models, so the listing pages can import them.
"""

import django_filters
from django import forms
from django.utils.translation import gettext_lazy as _
from django_countries import countries

from cms import i18n
from cms.i18n import default_locale_only
from network.models import Organisation
from practices import choices
from practices.models.taxonomy import FormOfExtremism, TargetGroup, Topic


def term_choices(model):
    return [
        (term.slug, term.name)
        for term in i18n.localize(model.objects.filter(default_locale_only()))
    ]


def country_choices(queryset):
    codes = set(queryset.order_by().values_list("country", flat=True).distinct())
    return sorted(((code, countries.name(code)) for code in codes), key=lambda item: item[1])


def organisation_choices(queryset):
    organisations = Organisation.objects.filter(
        pk__in=queryset.order_by().values("organisation_id")
    )
    localized = i18n.localize(organisations)
    return sorted(((org.slug, org.name) for org in localized), key=lambda item: item[1])


def checkboxes():
    return forms.CheckboxSelectMultiple


class TermFilter(django_filters.MultipleChoiceFilter):
    """OR within one facet; facets combine with AND."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("widget", checkboxes())
        kwargs.setdefault("distinct", True)
        super().__init__(*args, **kwargs)


class PracticeFilter(django_filters.FilterSet):
    topic = TermFilter(field_name="topics__slug", label=_("Topic"))
    form = TermFilter(field_name="forms_of_extremism__slug", label=_("Form of extremism"))
    target = TermFilter(field_name="target_groups__slug", label=_("Target group"))
    approach = TermFilter(
        field_name="approach", label=_("Approach"), choices=choices.Approach.choices
    )
    evidence = TermFilter(
        field_name="evidence_level",
        label=_("Evidence level"),
        choices=choices.Evidence.choices,
    )
    status = TermFilter(field_name="status", label=_("Status"), choices=choices.Status.choices)
    country = TermFilter(field_name="country", label=_("Country"))
    organisation = TermFilter(field_name="organisation__slug", label=_("City or organisation"))

    class Meta:
        fields = []

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        base = self.queryset
        self.filters["topic"].extra["choices"] = term_choices(Topic)
        self.filters["form"].extra["choices"] = term_choices(FormOfExtremism)
        self.filters["target"].extra["choices"] = term_choices(TargetGroup)
        self.filters["country"].extra["choices"] = country_choices(base)
        self.filters["organisation"].extra["choices"] = organisation_choices(base)


class ExpertFilter(django_filters.FilterSet):
    topic = TermFilter(field_name="expertise__slug", label=_("Area of expertise"))
    country = TermFilter(field_name="country", label=_("Country"))
    organisation = TermFilter(field_name="organisation__slug", label=_("Organisation"))

    class Meta:
        fields = []

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        base = self.queryset
        self.filters["topic"].extra["choices"] = term_choices(Topic)
        self.filters["country"].extra["choices"] = country_choices(base)
        self.filters["organisation"].extra["choices"] = organisation_choices(base)
