"""The registrations admin's reading views: the sessions with their fill
rate, one session's registrations (filters, counts), the exports; and what
the actions share with them (permissions, the session in hand)."""

import datetime
from decimal import Decimal
from functools import cached_property

import django_filters
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db.models import Case, IntegerField, Q, Sum, Value, When
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView, View
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.models import Locale

from programme import exports
from programme import registration as service
from programme.models import Registration, SessionPage, programme_today

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
