"""Registration pages of the site, under ``/<lang>/training/``:

- ``register``: a signed-in person books one or more participants for one
  or more sessions: the form (sessions, participants), a review of what each
  gets (a seat or the waiting list, as it stands) and owes, then the booking
  (``registration.register``);
- ``booking``: the registrant's booking, with a cancel button per place;
- ``manage`` and ``cancel``: the participant's personal link (no sign-in; the
  token is the secret): details, terms, cancellation, certificate.

Every status change goes through ``programme.registration``. The personal
link's pages are ``private, no-store``, never indexed, and send no referrer
to other sites (the token is in the address).
"""

from decimal import Decimal

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import translation
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods
from wagtail.models import Locale

from cms.i18n import localize, localize_pages
from cms.visibility import visible_pages
from network.forms import NOT_LISTED, organisation_choices
from network.models import Affiliation
from programme import registration as service
from programme.forms import MAX_PARTICIPANTS, BookingForm, DetailsForm, participant_formset
from programme.models import (
    Booking,
    Registration,
    SessionIndexPage,
    SessionPage,
    programme_today,
)

Status = Registration.Status

#: The participants' formset's prefix in the booking form.
PARTICIPANTS = "participants"


# --- Sessions in the reader's language ----------------------------------------


def in_reader_language(sessions):
    """{source pk: the session's page in the reader's language, or the
    source itself} for sessions one holds a place in (whatever the page's
    visibility: the participant is registered). One query."""
    sessions = list(sessions)
    language = translation.get_language()
    translated = {
        page.translation_key: page
        for page in SessionPage.objects.live().filter(
            translation_key__in={session.translation_key for session in sessions},
            locale__language_code=language,
            alias_of__isnull=True,
        )
    }
    return {session.pk: translated.get(session.translation_key, session) for session in sessions}


def bookable_sessions(user):
    """(sources, labels): the upcoming sessions (default-locale pages) the
    reader may see, soonest first, and their pages in the reader's language."""
    sources = list(
        SessionPage.upcoming(
            visible_pages(SessionPage.objects.filter(locale=Locale.get_default()), user)
        )
    )
    by_key = {source.translation_key: source.pk for source in sources}
    labels = {by_key[page.translation_key]: page for page in localize_pages(sources, user)}
    return [s for s in sources if s.pk in labels], labels


def asked_sessions(request, sources):
    """The default-locale pks of the sessions named in the query string
    (``?session=<pk>``, any translation's pk)."""
    pks = [value for value in request.GET.getlist("session") if value.isdigit()]
    if not pks:
        return []
    keys = set(SessionPage.objects.filter(pk__in=pks).values_list("translation_key", flat=True))
    return [source.pk for source in sources if source.translation_key in keys]


# --- Registering ----------------------------------------------------------------


def first_participant(user, language):
    """The signed-in person, as the first row of the form."""
    affiliation = (
        Affiliation.objects.confirmed()
        .filter(user=user)
        .order_by("created_at", "pk")
        .values_list("organisation_id", flat=True)
        .first()
    )
    if affiliation:
        organisation, organisation_name = str(affiliation), ""
    elif user.requested_organisation:
        organisation, organisation_name = NOT_LISTED, user.requested_organisation
    else:
        organisation, organisation_name = "", ""
    return {
        "name": user.display_name if user.get_full_name() else "",
        "email": user.email,
        "role": user.job_title,
        "organisation": organisation,
        "organisation_name": organisation_name,
        "language": user.preferred_language or language,
    }


def attach_errors(error, booking_form, rows):
    """Put the service's messages next to what they are about: a
    participant's e-mail, or the sessions."""
    if not error.errors:
        booking_form.add_error(None, error.message)
    for index, found in error.errors.items():
        for message in found:
            if index is None:
                booking_form.add_error("sessions", message)
            else:
                rows[index][1].add_error("email", message)


@login_required
@require_http_methods(["GET", "POST"])
def register(request):
    user = request.user
    language = translation.get_language()
    sources, labels = bookable_sessions(user)
    organisations = organisation_choices()
    context = {
        "labels": labels,
        "max_participants": MAX_PARTICIPANTS,
        "programme_page": SessionIndexPage.objects.live()
        .filter(locale__language_code=language)
        .first(),
    }

    def formset_of(data=None, initial=None, extra=0):
        return participant_formset(extra)(
            data,
            initial=initial,
            prefix=PARTICIPANTS,
            organisations=organisations,
            language=language,
        )

    if request.method == "GET":
        booking_form = BookingForm(
            initial={"sessions": asked_sessions(request, sources)},
            sessions=sources,
            labels=labels,
        )
        formset = formset_of(initial=[first_participant(user, language)])
        return form_step(request, booking_form, formset, context)

    booking_form = BookingForm(request.POST, sessions=sources, labels=labels)
    formset = formset_of(request.POST)
    action = request.POST.get("action", "review")

    if action == "add":
        # Without JavaScript: the same form, with what was typed and one
        # more row (focused).
        rows = formset.typed_rows()
        chosen = booking_form["sessions"].value()
        booking_form = BookingForm(initial={"sessions": chosen}, sessions=sources, labels=labels)
        if len(rows) >= MAX_PARTICIPANTS:
            formset = formset_of(initial=rows)
        else:
            formset = formset_of(initial=rows, extra=1 if rows else 0)
            new_row = formset.forms[len(rows) if rows else 0]
            new_row.fields["name"].widget.attrs["autofocus"] = True
        return form_step(request, booking_form, formset, context)

    if action == "edit" or not (booking_form.is_valid() and formset.is_valid()):
        return form_step(request, booking_form, formset, context)

    rows = formset.rows()
    participants = formset.participants()
    sessions = [labels[session.pk] for session in booking_form.cleaned_data["sessions"]]
    try:
        if action == "confirm":
            created = service.register(user, sessions, participants, language)
        else:
            outlook = service.preview(sessions, participants)
    except service.RegistrationError as error:
        attach_errors(error, booking_form, rows)
        return form_step(request, booking_form, formset, context)

    if action == "confirm":
        messages.success(
            request,
            _(
                "The registration is made. Each participant receives an e-mail with their "
                "personal link to complete their details and accept the terms."
            ),
        )
        return redirect("registration-booking", pk=created[0].booking_id)
    return review_step(request, booking_form, formset, outlook, organisations, context)


def session_rows(sources, labels):
    """What the form lists: the sessions open for registration now, with
    their seats."""
    today = programme_today()
    open_sessions = [s for s in sources if s.registration_is_open(today) and not s.is_past]
    seats = service.seats_of(open_sessions)
    return [(labels[s.pk], seats[s.pk], s.pk) for s in open_sessions]


def form_step(request, booking_form, formset, context):
    sources = list(booking_form.pages.values())
    labels = context["labels"]
    rows = session_rows(sources, labels)
    listed = {pk for _page, _seats, pk in rows}
    value = booking_form["sessions"].value() or []
    chosen = {int(pk) for pk in value if str(pk).isdigit()}
    # Sessions asked for by the link that cannot be booked now: say why.
    unavailable = []
    if request.method == "GET":
        for pk in chosen - listed:
            message = service.check_open(labels[pk])
            if message:
                unavailable.append(message)
    participant_errors = [
        (number, form)
        for number, form in enumerate(formset.forms, start=1)
        if booking_form.is_bound and form.is_bound and form.errors
    ]
    return render(
        request,
        "programme/registration/register.html",
        {
            **context,
            "booking_form": booking_form,
            "formset": formset,
            "sessions": [
                {"page": page, "seats": seats, "pk": pk, "checked": pk in chosen}
                for page, seats, pk in rows
            ],
            "unavailable": unavailable,
            "participant_errors": participant_errors,
            "has_errors": bool(
                booking_form.is_bound
                and (booking_form.errors or formset.non_form_errors() or participant_errors)
            ),
        },
    )


def review_step(request, booking_form, formset, outlook, organisations, context):
    names = dict(organisations)
    by_session = {}
    for item in outlook:
        by_session.setdefault(item.session.pk, (item.session, []))[1].append(item)
    people = []
    for _index, form in formset.rows():
        person = form.participant()
        people.append(
            {
                "participant": person,
                "organisation": names.get(str(person.organisation.pk))
                if person.organisation
                else person.organisation_name,
            }
        )
    seats = [item.contribution for item in outlook if item.status == Status.CONFIRMED]
    waiting = [item.contribution for item in outlook if item.status == Status.WAITING]
    return render(
        request,
        "programme/registration/review.html",
        {
            **context,
            "booking_form": booking_form,
            "formset": formset,
            "sessions": list(by_session.values()),
            "people": people,
            "total": sum(seats, Decimal("0")),
            "total_waiting": sum(waiting, Decimal("0")),
            "waiting": bool(waiting),
        },
    )


# --- The registrant's booking --------------------------------------------------


@login_required
@require_http_methods(["GET", "POST"])
def booking(request, pk):
    booking = get_object_or_404(Booking, pk=pk, registrant=request.user)
    if request.method == "POST":
        registration = get_object_or_404(
            booking.registrations.select_related("session"),
            pk=request.POST.get("registration") or 0,
        )
        if registration.session.is_past:
            messages.error(request, _("This session has already taken place."))
        elif service.cancel(registration, by=request.user):
            messages.success(
                request,
                _("The place of %(name)s is cancelled.") % {"name": registration.name},
            )
        else:
            messages.info(
                request,
                _("The place of %(name)s was already cancelled.") % {"name": registration.name},
            )
        return redirect("registration-booking", pk=booking.pk)

    registrations = list(
        booking.registrations.select_related("session", "organisation", "invoice").order_by(
            "session__start_date", "session_id", "pk"
        )
    )
    sessions = in_reader_language({r.session_id: r.session for r in registrations}.values())
    organisations = dict(
        zip(
            [r.pk for r in registrations if r.organisation_id],
            localize([r.organisation for r in registrations if r.organisation_id]),
            strict=True,
        )
    )
    positions = service.waiting_positions(registrations)
    groups = {}
    for registration in registrations:
        registration.position = positions.get(registration.pk)
        registration.organisation_shown = (
            organisations[registration.pk].name
            if registration.organisation_id
            else registration.organisation_name
        )
        page = sessions[registration.session_id]
        groups.setdefault(registration.session_id, (page, []))[1].append(registration)
    # What is due: the confirmed seats (a place on a waiting list owes
    # nothing until it becomes a seat).
    seats = [r for r in registrations if r.status == Status.CONFIRMED]
    return render(
        request,
        "programme/registration/booking.html",
        {
            "booking": booking,
            "groups": list(groups.values()),
            "total_due": sum((r.contribution_due for r in seats), Decimal("0")),
            "unpaid": sum((r.contribution_due for r in seats if not r.is_paid), Decimal("0")),
        },
    )


# --- The participant's personal link --------------------------------------------


def personal(response):
    """The personal link's answers: for this reader only, never kept by a
    cache, never indexed, and the token never leaves the site in a Referer.
    ``same-origin``, not ``no-referrer``: under ``no-referrer`` browsers send
    ``Origin: null`` with the page's forms (cancel, details), which Django's
    CSRF check refuses (403)."""
    patch_cache_control(response, private=True, no_store=True)
    response["Referrer-Policy"] = "same-origin"
    response["X-Robots-Tag"] = "noindex"
    return response


def registration_of(token):
    registration = (
        Registration.objects.select_related("session", "organisation", "invoice")
        .filter(token=token)
        .first()
    )
    if registration is None:
        raise Http404
    return registration


def participant_context(registration):
    session = in_reader_language([registration.session])[registration.session_id]
    organisation = (
        localize([registration.organisation])[0].name
        if registration.organisation_id
        else registration.organisation_name
    )
    return {
        "registration": registration,
        "session": session,
        "organisation": organisation,
        "position": service.waiting_position(registration),
        "past": registration.session.is_past,
    }


@require_http_methods(["GET", "POST"])
def manage(request, token):
    registration = registration_of(token)
    form = None
    if registration.status != Status.CANCELLED:
        form = DetailsForm(
            request.POST if request.method == "POST" else None, registration=registration
        )
        if request.method == "POST" and form.is_valid():
            accepted_before = bool(registration.terms_accepted_at)
            form.save()
            messages.success(
                request,
                _("Your details are saved and the terms are accepted. Thank you.")
                if not accepted_before
                else _("Your details are saved."),
            )
            return personal(redirect("registration-manage", token=registration.token))
    context = participant_context(registration)
    context.update(
        {
            "form": form,
            "certificate": service.can_download_certificate(registration),
        }
    )
    return personal(render(request, "programme/registration/manage.html", context))


@require_http_methods(["GET", "POST"])
def cancel(request, token):
    registration = registration_of(token)
    already = registration.status == Status.CANCELLED
    if already:
        template = "programme/registration/cancel_done.html"
    elif registration.session.is_past:
        template = "programme/registration/cancel_past.html"
    elif request.method == "POST":
        template = "programme/registration/cancel_done.html"
        # False: cancelled in the meantime (a double click, another tab).
        already = not service.cancel(registration)
    else:
        template = "programme/registration/cancel.html"
    context = participant_context(registration)
    context["already"] = already
    return personal(render(request, template, context))
