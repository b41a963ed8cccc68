"""The admin side of applications and memberships.

Editors review associate-partner applications (``ApplicationViewSet``, in
the "Network" menu of ``network.wagtail_hooks``): the list with a status
filter, and a review page showing the applicant's answers, the checklist and
the actions. The decisions are ``network.applications``'s: these views only
call it. Applications come from the site's form, so the admin has no "add".
"""

import datetime

import django_filters
from django.contrib import messages
from django.db.models import Count, Q
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import formats, timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column, DateColumn, StatusTagColumn
from wagtail.admin.views import generic
from wagtail.admin.viewsets.model import ModelViewSet

from network import applications
from network.models import Application, Membership

#: "Ends soon" in the membership listing: the first reminder's horizon.
ENDING_SOON_DAYS = 60


class ApplicationFilterSet(WagtailFilterSet):
    status = django_filters.ChoiceFilter(
        label=_("Status"), choices=Application.Status.choices, empty_label=_("All")
    )

    class Meta:
        model = Application
        fields = ["status"]


class ApplicationIndexView(generic.IndexView):
    def get_base_queryset(self):
        return super().get_base_queryset().annotate(approval_count=Count("approvals"))


class ApplicationReviewView(generic.EditView):
    """The applicant's answers, the checklist (the form) and the actions:
    save the checklist, save it and approve, or decline with a message."""

    page_title = _("Review")
    actions = ["edit", "approve", "decline"]
    submit_button_label = _("Save the checklist")

    def get_page_subtitle(self):
        return self.object.organisation_name

    @property
    def is_open(self):
        return self.object.status == Application.Status.SUBMITTED

    def get_form(self, form_class=None):
        form = super().get_form(form_class)
        if not self.is_open:
            for field in form.fields.values():
                field.disabled = True
        return form

    def post(self, request, *args, **kwargs):
        self.object = self.get_object()
        if not self.is_open:
            messages.error(request, _("This application has already been decided."))
            return redirect(self.get_edit_url())
        if self.action == "decline":
            return self.decline()
        form = self.get_form()
        if not self.is_valid(form):
            return self.form_invalid(form)
        try:
            applications.update_checklist(
                self.object, {name: form.cleaned_data[name] for name in Application.CHECKLIST}
            )
            if self.action == "approve":
                approved = applications.approve(self.object, request.user)
        except applications.ApplicationError as error:
            messages.error(request, str(error))
            return redirect(self.get_edit_url())
        if self.action != "approve":
            messages.success(request, _("Checklist saved."))
        elif approved:
            messages.success(
                request,
                _(
                    "Approved: %(organisation)s is now an associate partner; the applicant "
                    "has been told by e-mail."
                )
                % {"organisation": self.object.organisation_name},
            )
        else:
            messages.success(
                request,
                _("Your approval is recorded. Another reviewer must approve it too."),
            )
        return redirect(self.get_edit_url())

    def decline(self):
        message = self.request.POST.get("decision_message", "")
        try:
            applications.decline(self.object, self.request.user, message)
        except applications.ApplicationError as error:
            self.decline_error = str(error)
            self.decline_message = message
            return self.render_to_response(self.get_context_data())
        messages.success(
            self.request,
            _("Declined: the applicant has been sent your message."),
        )
        return redirect(self.get_edit_url())

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        application = self.object
        approvals = list(application.approvals.select_related("approver").order_by("approved_at"))
        context.update(
            application=application,
            approvals=approvals,
            approvals_needed=applications.APPROVALS_NEEDED,
            is_open=self.is_open,
            approved_by_me=any(item.approver_id == self.request.user.pk for item in approvals),
            is_applicant=application.applicant_id == self.request.user.pk,
            decline_error=getattr(self, "decline_error", ""),
            decline_message=getattr(self, "decline_message", ""),
            contribution=formats.number_format(Application.CONTRIBUTION, force_grouping=True),
            membership_url=(
                reverse("wagtailsnippets_network_membership:edit", args=[application.membership_id])
                if application.membership_id
                else ""
            ),
        )
        return context


class ApplicationViewSet(ModelViewSet):
    model = Application
    name = "network_applications"
    url_prefix = "network/applications"
    icon = "form"
    menu_label = _("Applications")
    index_view_class = ApplicationIndexView
    edit_view_class = ApplicationReviewView
    edit_template_name = "network/admin/application_review.html"
    form_fields = list(Application.CHECKLIST)
    filterset_class = ApplicationFilterSet
    copy_view_enabled = False
    add_to_reference_index = False
    search_fields = ["organisation_name", "contact_name", "contact_email", "city"]
    list_display = [
        "organisation_name",
        "contact_name",
        Column("country", label=_("Country"), accessor="country.name"),
        StatusTagColumn(
            "status",
            label=_("Status"),
            accessor="get_status_display",
            primary=lambda application: application.status == Application.Status.SUBMITTED,
        ),
        Column("approval_count", label=_("Approvals")),
        DateColumn("submitted_at", label=_("Submitted")),
    ]

    def get_common_view_kwargs(self, **kwargs):
        # Applications come from the site's form: no "Add" in the admin.
        view_kwargs = super().get_common_view_kwargs(**kwargs)
        view_kwargs["add_url_name"] = None
        return view_kwargs

    def get_edit_view_kwargs(self, **kwargs):
        # No history or usage side panels: applications are not revisioned
        # content (the approvals are their record).
        return super().get_edit_view_kwargs(history_url_name=None, usage_url_name=None, **kwargs)

    def get_urlpatterns(self):
        return [pattern for pattern in super().get_urlpatterns() if pattern.name != "add"]


class MembershipFilterSet(WagtailFilterSet):
    """The membership listing's filters, with the ones reminders are about."""

    period = django_filters.ChoiceFilter(
        label=_("Period"),
        empty_label=_("All"),
        choices=[
            ("active", _("Active today")),
            ("ending", _("Ends within 60 days")),
            ("ended", _("Ended")),
        ],
        method="filter_period",
    )

    class Meta:
        model = Membership
        fields = ["period", "tier", "paid"]

    def filter_period(self, queryset, name, value):
        today = timezone.localdate()
        if value == "active":
            return queryset.active(today)
        if value == "ending":
            return queryset.active(today).filter(
                ends_on__lte=today + datetime.timedelta(days=ENDING_SOON_DAYS)
            )
        if value == "ended":
            return queryset.filter(Q(ends_on__lt=today))
        return queryset
