"""What the member directory is searched and filtered by (django-filter, as
the site search validates its parameters): ``q`` and the country, kind and
topic of an organisation.

Values are locale-neutral codes and slugs, so a filtered link works in every
language (``?topic=family-support&country=DE``); labels are in the reader's
language. A value that is not a country, a kind or a topic is an error the
page names (400), never a silent empty list or a server error. Several
values of one filter widen it (either country); different filters narrow.
"""

import django_filters
from django import forms
from django.utils.translation import gettext_lazy as _
from django_countries import countries

from exchange import directory
from network.models import Organisation

#: The longest search text (words beyond it are not worth a query).
MAX_TEXT = 200


class DirectoryFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(
        label=_("Search for"),
        max_length=MAX_TEXT,
        method="search",
        help_text=_("A name, a city, a person or a role."),
    )
    country = django_filters.MultipleChoiceFilter(
        label=_("Country"), method="filter_country", widget=forms.CheckboxSelectMultiple
    )
    kind = django_filters.MultipleChoiceFilter(
        label=_("Kind of organisation"),
        choices=Organisation.Kind.choices,
        method="filter_kind",
        widget=forms.CheckboxSelectMultiple,
    )
    topic = django_filters.MultipleChoiceFilter(
        label=_("Topic"), method="filter_topic", widget=forms.CheckboxSelectMultiple
    )

    #: The filters a reader chooses values of (``q`` is typed).
    CHOICES = ("country", "kind", "topic")

    class Meta:
        model = Organisation
        fields = []

    def __init__(self, data=None, *, topics, **kwargs):
        """``topics``: (slug, name) of every topic, the values ``topic`` accepts."""
        super().__init__(
            data,
            queryset=directory.in_reading_order(directory.member_organisations()),
            **kwargs,
        )
        # Any country is a valid value (an empty answer, not an error); the
        # page offers those of the network's organisations.
        self.filters["country"].extra["choices"] = list(countries)
        self.filters["topic"].extra["choices"] = topics

    def search(self, queryset, name, value):
        return directory.matching(queryset, value)

    def filter_country(self, queryset, name, value):
        return directory.in_countries(queryset, value)

    def filter_kind(self, queryset, name, value):
        return directory.of_kinds(queryset, value)

    def filter_topic(self, queryset, name, value):
        return directory.working_on(queryset, value)

    def selected(self):
        """[(parameter, value, label of the filter, label of the value)] of
        the values chosen, for the list of filters a reader can remove."""
        data = self.form.cleaned_data
        result = []
        for name in self.CHOICES:
            labels = dict(self.form.fields[name].choices)
            result += [
                (name, value, self.form.fields[name].label, labels.get(value, value))
                for value in data.get(name) or []
            ]
        return result

    def errors(self):
        """[(label of the parameter, message)] of what was not understood."""
        return [
            (self.form.fields[name].label if name in self.form.fields else name, message)
            for name, messages in self.form.errors.items()
            for message in messages
        ]
