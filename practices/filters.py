"""What the practice library and the expert directory filter by.

They list through the site search (``search.listing``): the facets of the
practices' and experts' registrations (``practices/search.py``), with counts,
the keyword, sorting and the records in other languages. Values are
locale-neutral slugs and codes, so a link filtered in one language works in
every other (``?topic=family-support``); labels are in the reader's
language.
"""

from django.utils.translation import gettext_lazy as _

from search.listing import Listing

PRACTICES = Listing(
    kind="practice",
    facets={
        "topic": _("Topic"),
        "form": _("Form of extremism"),
        "target": _("Target group"),
        "approach": _("Approach"),
        "evidence": _("Evidence level"),
        "status": _("Status"),
        "country": _("Country"),
        "organisation": _("City or organisation"),
    },
)

EXPERTS = Listing(
    kind="expert",
    facets={
        "topic": _("Area of expertise"),
        "country": _("Country"),
        "organisation": _("Organisation"),
    },
)
