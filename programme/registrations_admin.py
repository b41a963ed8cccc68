"""Registrations in Wagtail's admin, for editors: "Programme → Registrations"
(upcoming and recent sessions with their fill rate), each session's
registrations (filters, seat and waiting counts, the actions, exports), a
"Registrations" button on session pages and a dashboard panel.

Reading needs ``programme.view_registration``, acting
``programme.change_registration``. Every change goes through
``programme.registration`` (the service): these views never write a
registration's status.
"""

import datetime
from decimal import Decimal
from functools import cached_property

import django_filters
from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.db.models import Case, IntegerField, Q, Sum, Value, When
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST
from django.views.generic import FormView, TemplateView, View
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.components import Component
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.widgets import Button
from wagtail.models import Locale

from programme import exports
from programme import registration as service
from programme.models import Invoice, Registration, SessionPage, programme_today

Status = Registration.Status

CENTS = Decimal("0.01")
PER_PAGE = 100
#: Past sessions stay in the list this long after their last day (payments
#: and certificates are still being followed up).
RECENT_DAYS = 120
#: Upcoming sessions on the dashboard.
DASHBOARD_LISTED = 6

VIEW_PERMISSION = "programme.view_registration"
CHANGE_PERMISSION = "programme.change_registration"


def can_view(user):
    return user.has_perm(VIEW_PERMISSION) or user.has_perm(CHANGE_PERMISSION)


def can_change(user):
    return user.has_perm(CHANGE_PERMISSION)


class ViewerRequired:
    """Wagtail's admin lets in anybody with admin access; these views are
    for the people who may see registrations."""

    def dispatch(self, request, *args, **kwargs):
        if not can_view(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class ChangerRequired:
    def dispatch(self, request, *args, **kwargs):
        if not can_change(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


def source_sessions():
    """Every session that holds registrations: the default language's."""
    return SessionPage.objects.filter(locale=Locale.get_default())


def session_registrations_url(session):
    return reverse("programme_admin_session_registrations", args=[session.pk])


def fill_percent(seats):
    return None if seats.fill_rate is None else round(seats.fill_rate * 100)


def session_rows(sessions):
    """Sessions with their counts (one query for all the counts)."""
    sessions = list(sessions)
    counts = service.seats_of(sessions)
    return [
        {
            "session": session,
            "seats": counts[session.pk],
            "fill_percent": fill_percent(counts[session.pk]),
            "url": session_registrations_url(session),
        }
        for session in sessions
    ]


# ---------------------------------------------------------------- sessions


class SessionsView(ViewerRequired, WagtailAdminTemplateMixin, TemplateView):
    """Upcoming sessions (soonest first), then those that ended recently."""

    page_title = _("Registrations")
    header_icon = "date"
    template_name = "programme/admin/sessions.html"

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [{"url": "", "label": self.get_page_title()}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        today = programme_today()
        sessions = source_sessions()
        upcoming = sessions.filter(end_date__gte=today).order_by("start_date", "pk")
        recent = sessions.filter(
            end_date__lt=today, end_date__gte=today - datetime.timedelta(days=RECENT_DAYS)
        ).order_by("-end_date", "-pk")
        context.update(
            upcoming=session_rows(upcoming),
            recent=session_rows(recent),
            recent_days=RECENT_DAYS,
        )
        return context


# ---------------------------------------------------------------- one session


YES_NO = [("yes", _("Yes")), ("no", _("No"))]
TYPED = "typed:"


class RegistrationFilterSet(django_filters.FilterSet):
    """The filters of a session's registrations; the organisations offered
    are the session's (from the directory, or as typed)."""

    status = django_filters.ChoiceFilter(
        label=_("Status"), choices=Status.choices, empty_label=_("All")
    )
    organisation = django_filters.ChoiceFilter(
        label=_("Organisation"), empty_label=_("All"), method="filter_organisation"
    )
    paid = django_filters.ChoiceFilter(
        label=_("Paid"),
        empty_label=_("All"),
        choices=[("yes", _("Paid or nothing due")), ("no", _("To pay"))],
        method="filter_paid",
    )
    attended = django_filters.ChoiceFilter(
        label=_("Attended"), empty_label=_("All"), choices=YES_NO, method="filter_attended"
    )

    class Meta:
        model = Registration
        fields = ["status", "organisation", "paid", "attended"]

    def __init__(self, *args, session, **kwargs):
        super().__init__(*args, **kwargs)
        registrations = Registration.objects.filter(session=session)
        known = dict(
            registrations.filter(organisation__isnull=False)
            .values_list("organisation_id", "organisation__name")
            .distinct()
        )
        typed = {
            name.strip().lower(): name.strip()
            for name in registrations.filter(organisation__isnull=True)
            .exclude(organisation_name="")
            .values_list("organisation_name", flat=True)
        }
        choices = [(str(pk), name) for pk, name in known.items()]
        choices += [(TYPED + key, name) for key, name in typed.items()]
        self.filters["organisation"].extra["choices"] = sorted(
            choices, key=lambda choice: choice[1].lower()
        )

    def filter_organisation(self, queryset, name, value):
        if value.startswith(TYPED):
            return queryset.filter(
                organisation__isnull=True, organisation_name__iexact=value[len(TYPED) :]
            )
        return queryset.filter(organisation_id=value)

    def filter_paid(self, queryset, name, value):
        paid = Q(contribution_due=0) | Q(invoice__paid_on__isnull=False)
        return queryset.filter(paid) if value == "yes" else queryset.exclude(paid)

    def filter_attended(self, queryset, name, value):
        return queryset.filter(attended_at__isnull=value != "yes")


def ordered(registrations):
    """Confirmed first, then the waiting list in its order, then cancelled."""
    return registrations.annotate(
        status_order=Case(
            When(status=Status.CONFIRMED, then=Value(0)),
            When(status=Status.WAITING, then=Value(1)),
            default=Value(2),
            output_field=IntegerField(),
        )
    ).order_by("status_order", "waiting_rank", "created_at", "pk")


def waiting_positions(session):
    """``{registration pk: place in line}`` for the whole waiting list,
    whatever the filters show (the service's count)."""
    return service.waiting_positions(Registration.objects.filter(session=session).waiting())


class SessionMixin:
    """The session of the URL; a translation's address leads to the source
    that holds the registrations."""

    @cached_property
    def session(self):
        page = get_object_or_404(SessionPage, pk=self.kwargs["pk"])
        return service.source_session(page)

    def session_breadcrumbs(self, *more):
        return (
            self.breadcrumbs_items
            + [
                {
                    "url": reverse("programme_admin_registrations"),
                    "label": gettext("Registrations"),
                },
                {"url": session_registrations_url(self.session), "label": self.session.title},
            ]
            + list(more)
        )


def filtered_registrations(request, session):
    """The session's registrations narrowed by the filters of the page (the
    page and the exports show the same)."""
    registrations = Registration.objects.filter(session=session).select_related(
        "organisation", "invoice", "checked_in_by"
    )
    return RegistrationFilterSet(
        request.GET or None, session=session, queryset=ordered(registrations)
    )


class SessionRegistrationsView(
    ViewerRequired, SessionMixin, WagtailAdminTemplateMixin, TemplateView
):
    header_icon = "group"
    template_name = "programme/admin/session_registrations.html"

    def get(self, request, *args, **kwargs):
        if self.session.pk != self.kwargs["pk"]:
            return redirect(session_registrations_url(self.session))
        return super().get(request, *args, **kwargs)

    def get_page_title(self):
        return gettext("Registrations")

    def get_page_subtitle(self):
        return self.session.title

    def get_breadcrumbs_items(self):
        return self.session_breadcrumbs()[:-1] + [{"url": "", "label": self.session.title}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        session = self.session
        filters = filtered_registrations(self.request, session)
        registrations = filters.qs
        paginator = Paginator(registrations, PER_PAGE)
        page = paginator.get_page(self.request.GET.get("p"))
        positions = waiting_positions(session)
        last_place = len(positions)
        editable = can_change(self.request.user)
        rows = []
        for item in page:
            place = positions.get(item.pk)
            rows.append(
                {
                    "registration": item,
                    "position": place,
                    "can_attend": editable and item.status == Status.CONFIRMED,
                    "can_cancel": editable and item.status != Status.CANCELLED,
                    "can_move_up": editable and place is not None and place > 1,
                    "can_move_down": editable and place is not None and place < last_place,
                    "can_pay": editable and not item.is_paid,
                }
            )
        query = self.request.GET.copy()
        query.pop("p", None)
        seats = service.seats(session)
        # What confirmed seats still owe (the people waiting owe nothing yet).
        due = (
            Registration.objects.confirmed()
            .filter(session=session)
            .exclude(invoice__paid_on__isnull=False)
            .aggregate(due=Sum("contribution_due"))["due"]
        )
        context.update(
            session=session,
            filters=filters,
            is_filtered=any(filters.form.data.get(name) for name in filters.filters),
            items=page,
            elided_page_range=paginator.get_elided_page_range(page.number),
            rows=rows,
            seats=seats,
            fill_percent=fill_percent(seats),
            # SQLite sums decimals without their places.
            outstanding=Decimal(due or 0).quantize(CENTS),
            can_change=editable,
            attended_count=Registration.objects.filter(
                session=session, status=Status.CONFIRMED, attended_at__isnull=False
            ).count(),
            filter_query=query.urlencode(),
            next_url=self.request.get_full_path(),
            edit_url=reverse("wagtailadmin_pages:edit", args=[session.pk]),
            checkin_url=reverse("checkin-list", args=[session.pk]),
        )
        return context


# ---------------------------------------------------------------- actions


def _back(request, session):
    target = request.POST.get("next", "")
    if target and url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return redirect(target)
    return redirect(session_registrations_url(session))


def _attend(request, registration):
    if service.mark_attended(registration, request.user):
        return messages.success, gettext("%(name)s is marked as attended.")
    return messages.error, gettext("Only a confirmed participant can be marked as attended.")


def _unattend(request, registration):
    service.mark_attended(registration, request.user, attended=False)
    return messages.success, gettext("%(name)s is no longer marked as attended.")


def _move(steps):
    def action(request, registration):
        if not service.move_waiting(registration, steps):
            return messages.warning, gettext("%(name)s cannot move further on the waiting list.")
        if registration.status == Status.CONFIRMED:
            return messages.success, gettext(
                "%(name)s moved up and took a free seat; they have been told by e-mail."
            )
        if steps < 0:
            return messages.success, gettext("%(name)s moved up the waiting list.")
        return messages.success, gettext("%(name)s moved down the waiting list.")

    return action


ACTIONS = {
    "attended": _attend,
    "not-attended": _unattend,
    "up": _move(-1),
    "down": _move(1),
}


@require_POST
def registration_action(request, pk, action):
    """Mark or unmark attended, move up or down the waiting list."""
    if action not in ACTIONS:
        raise Http404
    # Before the look-up: someone without the right learns nothing of which
    # registrations exist.
    if not can_change(request.user):
        raise PermissionDenied
    registration = get_object_or_404(Registration.objects.select_related("session"), pk=pk)
    level, message = ACTIONS[action](request, registration)
    level(request, message % {"name": registration.name})
    return _back(request, registration.session)


class CancelView(ChangerRequired, WagtailAdminTemplateMixin, TemplateView):
    """Ask first, then cancel through the service (which promotes whoever
    is first in line)."""

    header_icon = "cross"
    template_name = "programme/admin/cancel.html"

    @cached_property
    def registration(self):
        return get_object_or_404(
            Registration.objects.select_related("session", "organisation"), pk=self.kwargs["pk"]
        )

    def get_page_title(self):
        return gettext("Cancel a registration")

    def get_page_subtitle(self):
        return self.registration.name

    def get_breadcrumbs_items(self):
        session = self.registration.session
        return self.breadcrumbs_items + [
            {"url": reverse("programme_admin_registrations"), "label": gettext("Registrations")},
            {"url": session_registrations_url(session), "label": session.title},
            {"url": "", "label": self.get_page_title()},
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            registration=self.registration,
            position=service.waiting_position(self.registration),
            back_url=session_registrations_url(self.registration.session),
        )
        return context

    def post(self, request, *args, **kwargs):
        registration = self.registration
        session = registration.session
        waiting = set(
            Registration.objects.filter(session=session).waiting().values_list("pk", flat=True)
        )
        if not service.cancel(registration, by=request.user):
            messages.warning(
                request,
                gettext("The registration of %(name)s was already cancelled.")
                % {"name": registration.name},
            )
            return redirect(session_registrations_url(session))
        messages.success(
            request,
            gettext("The registration of %(name)s is cancelled; they have been told by e-mail.")
            % {"name": registration.name},
        )
        promoted = Registration.objects.filter(pk__in=waiting, status=Status.CONFIRMED)
        names = [item.name for item in promoted.order_by("promoted_at", "pk")]
        if names:
            messages.success(
                request,
                ngettext(
                    "Promoted from the waiting list and told by e-mail: %(names)s.",
                    "Promoted from the waiting list and told by e-mail: %(names)s.",
                    len(names),
                )
                % {"names": ", ".join(names)},
            )
        return redirect(session_registrations_url(session))


# ---------------------------------------------------------------- payment


class InvoiceForm(forms.Form):
    number = forms.CharField(
        label=_("Invoice number"),
        max_length=Invoice._meta.get_field("number").max_length,
    )
    amount = forms.DecimalField(
        label=_("Amount (EUR)"),
        min_value=0,
        max_digits=9,
        decimal_places=2,
        help_text=_("The sum due by the selected registrations, unless you change it."),
    )
    paid_on = forms.DateField(
        label=_("Paid on"),
        widget=forms.DateInput(attrs={"type": "date"}),
    )
    note = forms.CharField(
        label=_("Note"), required=False, widget=forms.Textarea(attrs={"rows": 2})
    )

    def clean_number(self):
        number = self.cleaned_data["number"].strip()
        if Invoice.objects.filter(number__iexact=number).exists():
            raise ValidationError(
                _("An invoice with this number is already recorded."), code="unique"
            )
        return number

    def clean_paid_on(self):
        paid_on = self.cleaned_data["paid_on"]
        if paid_on > programme_today():
            raise ValidationError(_("The payment date cannot be in the future."), code="future")
        return paid_on


class MarkPaidView(ChangerRequired, SessionMixin, WagtailAdminTemplateMixin, FormView):
    """One invoice for the registrations selected in the table (their ids
    come in the query string, then in the form)."""

    header_icon = "doc-full"
    template_name = "programme/admin/mark_paid.html"
    form_class = InvoiceForm

    def get_page_title(self):
        return gettext("Record a payment")

    def get_page_subtitle(self):
        return self.session.title

    def get_breadcrumbs_items(self):
        return self.session_breadcrumbs({"url": "", "label": self.get_page_title()})

    @cached_property
    def selected(self):
        source = self.request.POST if self.request.method == "POST" else self.request.GET
        ids = [value for value in source.getlist("registration") if value.isdigit()]
        return list(
            Registration.objects.filter(session=self.session, pk__in=ids)
            .select_related("organisation", "invoice")
            .order_by("name", "pk")
        )

    @cached_property
    def to_pay(self):
        return [item for item in self.selected if not item.is_paid]

    def get(self, request, *args, **kwargs):
        if not self.to_pay:
            messages.error(
                request,
                gettext("Select at least one registration that still has something to pay."),
            )
            return redirect(session_registrations_url(self.session))
        return super().get(request, *args, **kwargs)

    def get_initial(self):
        return {
            "amount": sum(item.contribution_due for item in self.to_pay),
            "paid_on": programme_today(),
        }

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            session=self.session,
            to_pay=self.to_pay,
            skipped=[item for item in self.selected if item.is_paid],
            total_due=sum(item.contribution_due for item in self.to_pay),
            back_url=session_registrations_url(self.session),
        )
        return context

    def form_valid(self, form):
        if not self.to_pay:
            messages.error(
                self.request,
                gettext("Select at least one registration that still has something to pay."),
            )
            return redirect(session_registrations_url(self.session))
        data = form.cleaned_data
        invoice = service.record_payment(
            self.to_pay,
            number=data["number"],
            amount=data["amount"],
            paid_on=data["paid_on"],
            by=self.request.user,
            note=data["note"],
        )
        messages.success(
            self.request,
            ngettext(
                "Invoice %(number)s recorded as paid for %(count)d registration.",
                "Invoice %(number)s recorded as paid for %(count)d registrations.",
                len(self.to_pay),
            )
            % {"number": invoice.number, "count": len(self.to_pay)},
        )
        return redirect(session_registrations_url(self.session))

    def form_invalid(self, form):
        messages.error(self.request, gettext("The payment could not be recorded: see below."))
        return super().form_invalid(form)


# ---------------------------------------------------------------- exports


class ExportView(ViewerRequired, SessionMixin, View):
    """The session's registrations, filtered as on the page, as CSV or a
    spreadsheet."""

    def get(self, request, *args, **kwargs):
        session = self.session
        export = exports.FORMATS.get(self.kwargs["format"])
        if export is None:
            raise Http404
        filters = filtered_registrations(request, session)
        content = export.render(filters.qs, waiting_positions(session))
        response = HttpResponse(content, content_type=export.content_type)
        filename = f"registrations-{session.slug}-{programme_today().isoformat()}.{export.suffix}"
        response["Content-Disposition"] = f'attachment; filename="{filename}"'
        return response


# ---------------------------------------------------------------- dashboard


class UpcomingSessionsPanel(Component):
    """The next sessions with their fill rate and waiting list."""

    name = "programme_upcoming_sessions"
    template_name = "programme/admin/dashboard_panel.html"
    order = 90

    def get_context_data(self, parent_context=None):
        sessions = (
            source_sessions()
            .live()
            .filter(end_date__gte=programme_today())
            .order_by("start_date", "pk")[:DASHBOARD_LISTED]
        )
        return {
            "rows": session_rows(sessions),
            "index_url": reverse("programme_admin_registrations"),
        }


# ---------------------------------------------------------------- hooks


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [
        path(
            "programme/registrations/",
            SessionsView.as_view(),
            name="programme_admin_registrations",
        ),
        path(
            "programme/registrations/sessions/<int:pk>/",
            SessionRegistrationsView.as_view(),
            name="programme_admin_session_registrations",
        ),
        path(
            "programme/registrations/sessions/<int:pk>/mark-paid/",
            MarkPaidView.as_view(),
            name="programme_admin_mark_paid",
        ),
        path(
            "programme/registrations/sessions/<int:pk>/export.<slug:format>",
            ExportView.as_view(),
            name="programme_admin_export",
        ),
        path(
            "programme/registrations/<int:pk>/cancel/",
            CancelView.as_view(),
            name="programme_admin_cancel",
        ),
        path(
            "programme/registrations/<int:pk>/<slug:action>/",
            registration_action,
            name="programme_admin_registration_action",
        ),
    ]


class RegistrationsMenuItem(MenuItem):
    def is_shown(self, request):
        return can_view(request.user)


@hooks.register("register_programme_menu_item")
def register_registrations_menu_item():
    return RegistrationsMenuItem(
        _("Registrations"),
        reverse("programme_admin_registrations"),
        name="programme-registrations",
        icon_name="group",
        order=100,
    )


def _registrations_button(page, user, priority):
    if issubclass(page.specific_class or type(page), SessionPage) and can_view(user):
        return Button(
            gettext("Registrations"),
            session_registrations_url(page),
            icon_name="group",
            priority=priority,
        )
    return None


@hooks.register("register_page_header_buttons")
def page_header_registrations_button(page, user, view_name, next_url=None):
    button = _registrations_button(page, user, priority=25)
    if button:
        yield button


@hooks.register("register_page_listing_more_buttons")
def page_listing_registrations_button(page, user, next_url=None):
    button = _registrations_button(page, user, priority=25)
    if button:
        yield button


@hooks.register("construct_homepage_panels")
def add_upcoming_sessions_panel(request, panels):
    if can_view(request.user):
        panels.append(UpcomingSessionsPanel())
