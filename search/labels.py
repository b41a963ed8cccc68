"""Readers'-language labels of facet values (values are locale-neutral)."""

from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from django_countries import countries

KIND_LABELS = {
    "practice": _("Practices"),
    "expert": _("Experts"),
    "session": _("Sessions"),
}

FACET_LABELS = {
    "kind": _("Type"),
    "language": _("Available in"),
    "country": _("Country"),
    "organisation": _("City or organisation"),
    "topic": _("Topic"),
    "form": _("Form of extremism"),
    "target": _("Target group"),
    "approach": _("Approach"),
    "evidence": _("Evidence level"),
    "year": _("Year"),
}


def _terms(model):
    from cms.i18n import localize
    from network.models import default_locale_only

    return {term.slug: term.name for term in localize(model.objects.filter(default_locale_only()))}


def value_labels():
    """{facet: {value: label}} in the active language (a handful of queries)."""
    from network.models import Organisation
    from practices.models import FormOfExtremism, PracticePage, TargetGroup, Topic

    return {
        "kind": {key: str(label) for key, label in KIND_LABELS.items()},
        "language": {
            code: translation.get_language_info(code)["name_local"]
            for code, _name in settings.LANGUAGES
        },
        "country": dict(countries),
        "organisation": _terms(Organisation),
        "topic": _terms(Topic),
        "form": _terms(FormOfExtremism),
        "target": _terms(TargetGroup),
        "approach": {key: str(label) for key, label in PracticePage.Approach.choices},
        "evidence": {key: str(label) for key, label in PracticePage.Evidence.choices},
        "year": {},
    }
