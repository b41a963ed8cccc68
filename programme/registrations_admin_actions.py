"""The registrations admin's actions, each through programme.registration:
attended or not, moves on the waiting list, cancellation (after a
confirmation page), payment recorded as one invoice for several places."""

from functools import cached_property

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST
from django.views.generic import FormView, TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from programme import registration as service
from programme.models import Invoice, Registration, programme_today
from programme.registrations_admin_views import (
    ChangerRequired,
    SessionMixin,
    can_change,
    session_registrations_url,
)

Status = Registration.Status

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
