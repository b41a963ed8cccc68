"""schema.org ``Event`` data of a session page (JSON-LD), so that search
engines and calendars can read its dates, place, price and availability.

Only what the page shows every reader goes in (never materials or anything
for members). The JSON is escaped as Django's ``json_script`` escapes it:
``<``, ``>`` and ``&`` become ``\\u003C``, ``\\u003E`` and ``\\u0026``, so a
title holding ``</script>`` cannot end the element; the parsed data is
unchanged.
"""

import json
from urllib.parse import urlsplit

from django.core.serializers.json import DjangoJSONEncoder
from django.urls import reverse
from django.utils.safestring import mark_safe

SCHEMA = "https://schema.org/"

#: Brand name of the network, the organiser of every session.
ORGANISER = "LIAISE"

_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


def session_event(page, request, seats, host=None, language=None):
    """The ``Event`` of ``page`` as a dict. ``seats`` (``registration.Seats``,
    or ``None`` for a past session) decides the offer's availability."""
    url = page.get_full_url(request)
    parts = urlsplit(url or "")
    origin = f"{parts.scheme}://{parts.netloc}" if parts.netloc else ""
    address = {"@type": "PostalAddress", "addressLocality": page.city}
    if host is not None and host.city and host.city.casefold() == page.city.casefold():
        address["addressCountry"] = host.country.code
    event = {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": page.title,
        "startDate": page.start_date.isoformat(),
        "endDate": page.end_date.isoformat(),
        "eventStatus": SCHEMA + "EventScheduled",
        "eventAttendanceMode": SCHEMA + "OfflineEventAttendanceMode",
        "location": {"@type": "Place", "name": page.venue or page.city, "address": address},
        "organizer": {"@type": "Organization", "name": ORGANISER, "url": origin + "/"},
    }
    if url:
        event["url"] = url
    description = page.search_description or page.summary
    if description:
        event["description"] = description
    if language:
        event["inLanguage"] = language
    if seats is not None:
        offer = {
            "@type": "Offer",
            "price": str(page.contribution or 0),
            "priceCurrency": "EUR",
            "availability": SCHEMA + ("SoldOut" if seats.full else "InStock"),
            # Where to register while registration is open, else the page.
            "url": (
                f"{origin}{reverse('registration-register')}?session={page.pk}"
                if page.registration_is_open()
                else url
            ),
        }
        if page.registration_opens:
            offer["validFrom"] = page.registration_opens.isoformat()
        if page.registration_closes:
            offer["validThrough"] = page.registration_closes.isoformat()
        event["offers"] = offer
    return event


def script_content(data):
    """``data`` as JSON that is safe inside ``<script type="application/ld+json">``."""
    text = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False)
    # Safe: every character that could end the element or open markup is
    # escaped above, as django.utils.html.json_script does.
    return mark_safe(text.translate(_ESCAPES))  # noqa: S308
