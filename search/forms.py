"""The search parameters, defined and validated once (django-filter) for the
HTML form and the JSON endpoint alike."""

import django_filters
from django import forms
from django.utils.translation import gettext_lazy as _

from search import registry
from search.engine import MAX_PAGE_SIZE, SearchQuery
from search.models import SearchDocument

MAX_TEXT = 500


def facet_choices(index, labels):
    """{facet: [(value, label)]}: every value the index knows (what a
    parameter may say), labelled in the reader's language."""
    choices = {}
    for name in registry.facet_names():
        values = index.values.get(name, [])
        names = labels.get(name, {})
        choices[name] = sorted(
            ((value, str(names.get(value, value))) for value in values),
            key=lambda item: item[1] if name != "year" else item[0],
            reverse=name == "year",
        )
    return choices


class SearchFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(
        label=_("Search for"), max_length=10_000, required=False, method="ignore"
    )
    languages = django_filters.ChoiceFilter(
        label=_("Languages"),
        choices=[("all", _("All languages"))],
        empty_label=_("My language"),
        method="ignore",
    )
    sort = django_filters.ChoiceFilter(
        label=_("Sort by"),
        choices=[
            ("relevance", _("Relevance")),
            ("newest", _("Newest")),
            ("title", _("Title")),
        ],
        empty_label=None,
        method="ignore",
    )
    page = django_filters.NumberFilter(label=_("Page"), min_value=1, method="ignore")
    page_size = django_filters.NumberFilter(
        label=_("Results per page"), min_value=1, max_value=MAX_PAGE_SIZE, method="ignore"
    )

    class Meta:
        model = SearchDocument
        fields = []

    def __init__(self, data=None, *, facet_choices=None, **kwargs):
        if data is not None and "\x00" in data.get("q", ""):
            # A NUL byte is noise in a search box, not a reason to refuse it.
            data = data.copy()
            data["q"] = data["q"].replace("\x00", " ")
        super().__init__(data, queryset=SearchDocument.objects.none(), **kwargs)
        for name, facet in registry.facets().items():
            self.filters[name] = django_filters.MultipleChoiceFilter(
                label=facet.label,
                choices=(facet_choices or {}).get(name, []),
                method="ignore",
                widget=forms.CheckboxSelectMultiple,
            )

    def ignore(self, queryset, name, value):
        return queryset

    def to_query(self, locale, members):
        data = self.form.cleaned_data
        return SearchQuery(
            text=(data.get("q") or "")[:MAX_TEXT],
            filters={name: data.get(name) or [] for name in registry.facet_names()},
            sort=data.get("sort") or "relevance",
            page=int(data.get("page") or 1),
            page_size=int(data.get("page_size") or 20),
            locale=locale,
            all_languages=data.get("languages") == "all",
            members=members,
        )

    def error_messages(self):
        """{parameter: message}, for a 400 answer that names the parameter."""
        return {
            name: " ".join(str(message) for message in messages)
            for name, messages in self.form.errors.items()
        }
