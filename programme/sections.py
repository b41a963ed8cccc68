"""The programme's parts of the person's profile page
(``network.profile_sections``) and of "Download my data"
(``network.personal_data``): registrations and service requests."""

from django.db.models import Q

from network import personal_data, profile_sections
from network.personal_data import iso
from programme.models import Booking, Registration


def own_registrations(user):
    """The places a person holds or held: registered under their account,
    or under their account's e-mail address by someone else."""
    match = Q(user=user)
    if user.email:
        match |= Q(email__iexact=user.email)
    return Registration.objects.filter(match).select_related("session")


def registrations_section(request):
    """ "Your registrations" on the profile: the person's places (with their
    personal links) and the bookings they made for others."""
    from programme import registration as service
    from programme.views import in_reader_language

    user = request.user
    if not user.is_authenticated:
        return None
    registrations = list(own_registrations(user).order_by("session__start_date", "pk"))
    # Upcoming first (soonest first), then the past ones (newest first).
    registrations = [r for r in registrations if not r.session.is_past] + [
        r for r in reversed(registrations) if r.session.is_past
    ]
    bookings = list(
        Booking.objects.filter(registrant=user).prefetch_related("registrations__session")
    )
    if not registrations and not bookings:
        return None
    sessions = in_reader_language(
        [r.session for r in registrations]
        + [r.session for b in bookings for r in b.registrations.all()]
    )
    positions = service.waiting_positions(registrations)
    places = [
        {
            "registration": registration,
            "session": sessions[registration.session_id],
            "position": positions.get(registration.pk),
        }
        for registration in registrations
    ]
    booked = []
    for booking in bookings:
        people = list(booking.registrations.all())
        booked.append(
            {
                "booking": booking,
                "participants": len({r.email for r in people}),
                "sessions": list({r.session_id: sessions[r.session_id] for r in people}.values()),
            }
        )
    return {"places": places, "bookings": booked}


def registrations_data(user):
    """The person's places, and the bookings they made (who, which session,
    which status; not the other people's e-mail addresses)."""
    return {
        "places": [
            {
                "session": registration.session.title,
                "session_dates": [
                    iso(registration.session.start_date),
                    iso(registration.session.end_date),
                ],
                "status": registration.status,
                "name": registration.name,
                "email": registration.email,
                "role": registration.role,
                "organisation": registration.organisation_label,
                "language": registration.language,
                "contribution_due": str(registration.contribution_due),
                "paid": registration.is_paid,
                "registered_at": iso(registration.created_at),
                "confirmed_at": iso(registration.confirmed_at),
                "cancelled_at": iso(registration.cancelled_at),
                "details_completed_at": iso(registration.details_completed_at),
                "terms_accepted_at": iso(registration.terms_accepted_at),
                "attended_at": iso(registration.attended_at),
            }
            for registration in own_registrations(user)
            .select_related("organisation", "invoice")
            .order_by("created_at", "pk")
        ],
        "bookings": [
            {
                "made_at": iso(booking.created_at),
                "language": booking.language,
                "registrations": [
                    {
                        "session": registration.session.title,
                        "name": registration.name,
                        "status": registration.status,
                        "contribution_due": str(registration.contribution_due),
                    }
                    for registration in booking.registrations.all()
                ],
            }
            for booking in Booking.objects.filter(registrant=user)
            .prefetch_related("registrations__session")
            .order_by("created_at", "pk")
        ],
    }


profile_sections.register("programme/registration/profile_section.html", registrations_section)
personal_data.register("registrations", registrations_data)

# Service requests: "Your service requests" on the profile and their part
# of the data export (programme.service_requests.register_parts).
from programme.service_requests import register_parts as register_service_requests  # noqa: E402

register_service_requests()
