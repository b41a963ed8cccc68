"""A session's registrations as a table for editors: CSV and a spreadsheet
(.xlsx), built with tablib from one dataset so both say the same.

What participants typed ends up in a spreadsheet program, which runs a cell
that starts with ``=``, ``+``, ``-`` or ``@`` as a formula (CSV injection):
such text is prefixed with an apostrophe, which spreadsheets show as text,
and control characters that no spreadsheet file may hold are dropped.
"""

import re
from dataclasses import dataclass

import tablib
from django.utils import timezone
from django.utils.translation import gettext

#: The first characters that make a spreadsheet read a cell as a formula.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
#: Characters an .xlsx file cannot hold (openpyxl refuses them).
CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def neutralise(value):
    """Text as a spreadsheet shows it, never as a formula."""
    if not isinstance(value, str):
        return value
    value = CONTROL_CHARACTERS.sub("", value)
    if value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def local(moment):
    """A date and time in the site's time zone, without zone (spreadsheets
    know none); empty when there is none."""
    if moment is None:
        return ""
    return timezone.localtime(moment).replace(tzinfo=None, microsecond=0)


def headers():
    return [
        gettext("Name"),
        gettext("E-mail"),
        gettext("Role"),
        gettext("Organisation"),
        gettext("Status"),
        gettext("Waiting position"),
        gettext("Contribution due (EUR)"),
        gettext("Paid"),
        gettext("Invoice number"),
        gettext("Attended"),
        gettext("Registered at"),
        gettext("Language"),
    ]


def paid_label(registration):
    if registration.contribution_due == 0:
        return gettext("Nothing due")
    return gettext("Yes") if registration.is_paid else gettext("No")


def row(registration, positions):
    return [
        registration.name,
        registration.email,
        registration.role,
        registration.organisation_label or "",
        registration.get_status_display(),
        positions.get(registration.pk, ""),
        registration.contribution_due,
        paid_label(registration),
        registration.invoice.number if registration.invoice_id else "",
        local(registration.attended_at),
        local(registration.created_at),
        registration.language,
    ]


def dataset(registrations, positions):
    """``registrations`` (with ``organisation`` and ``invoice`` selected) as
    one tablib dataset; ``positions``: ``{pk: place in the waiting list}``."""
    data = tablib.Dataset(headers=headers(), title=gettext("Registrations"))
    for registration in registrations:
        data.append([neutralise(value) for value in row(registration, positions)])
    return data


@dataclass(frozen=True)
class Format:
    suffix: str
    content_type: str

    def render(self, registrations, positions):
        data = dataset(registrations, positions)
        if self.suffix == "csv":
            # With a byte order mark, spreadsheet programs read UTF-8.
            return "\ufeff" + data.export("csv")
        return data.export(self.suffix)


FORMATS = {
    "csv": Format("csv", "text/csv; charset=utf-8"),
    "xlsx": Format("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
}
