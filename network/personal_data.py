"""What the site holds about a person, for "Download my data".

Each app registers the part of the export it owns, by name, with a function
of the user that returns JSON-able data (``register``); the network
registers the profile, affiliations and applications below, the exchange its
threads, posts, subscriptions and reports (``exchange.personal_data``, from
``ExchangeConfig.ready``). ``export`` gathers every part.
"""

from django.utils import timezone

_sections = {}


def register(name, function):
    """Add ``function(user) -> JSON-able`` to the export under ``name``."""
    _sections[name] = function
    return function


def sections():
    return dict(_sections)


def export(user):
    """Everything registered about ``user``: a dict ready for ``json.dumps``
    (dates as ISO 8601 strings)."""
    data = {"exported_at": timezone.now().isoformat()}
    for name, function in _sections.items():
        data[name] = function(user)
    return data


def iso(value):
    return value.isoformat() if value else None


def profile(user):
    from allauth.account.models import EmailAddress

    return {
        "username": user.username,
        "first_name": user.first_name,
        "last_name": user.last_name,
        "email": user.email,
        "email_addresses": [
            {"email": address.email, "verified": address.verified, "primary": address.primary}
            for address in EmailAddress.objects.filter(user=user).order_by("pk")
        ],
        "job_title": user.job_title,
        "languages_spoken": list(user.languages_spoken or []),
        "preferred_language": user.preferred_language,
        "requested_organisation": user.requested_organisation,
        "email_frequency": user.email_frequency,
        "date_joined": iso(user.date_joined),
        "last_login": iso(user.last_login),
    }


def affiliations(user):
    return [
        {
            "organisation": affiliation.organisation.name,
            "status": affiliation.status,
            "is_contact": affiliation.is_contact,
            "requested_at": iso(affiliation.created_at),
        }
        for affiliation in user.affiliations.select_related("organisation").order_by("pk")
    ]


def applications(user):
    return [
        {
            "organisation_name": application.organisation_name,
            "kind": application.kind,
            "country": str(application.country),
            "city": application.city,
            "website": application.website,
            "contact_name": application.contact_name,
            "contact_email": application.contact_email,
            "contact_role": application.contact_role,
            "motivation": application.motivation,
            "accepts_contribution": application.accepts_contribution,
            "language": application.language,
            "status": application.status,
            "submitted_at": iso(application.submitted_at),
            "decided_at": iso(application.decided_at),
            "decision_message": application.decision_message,
        }
        for application in user.applications.order_by("pk")
    ]


register("profile", profile)
register("affiliations", affiliations)
register("applications", applications)
