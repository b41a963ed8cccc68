"""The service requests inbox in Wagtail's admin ("Programme → Service
requests"), for editors (``programme.view_servicerequest`` to read,
``programme.change_servicerequest`` to change a status): the requests with
a status filter and the count of each status, and each request with its
history and a form to change its status with a note. The changes are
``programme.service_requests``'s: these views only call it. Requests come
from the site's form and the API, so the admin has no "add"."""

from functools import cached_property

from django import forms
from django.contrib import messages
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views.generic import FormView, TemplateView
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.sidebar import LinkMenuItem as LinkMenuItemComponent
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from programme import service_requests
from programme.models import ServiceRequest

PER_PAGE = 25
Status = ServiceRequest.Status


class ForbiddenView(WagtailAdminTemplateMixin, TemplateView):
    """A 403 in the admin's frame (Wagtail answers a ``PermissionDenied``
    with a redirect to the dashboard, which hides the refusal from the
    status)."""

    page_title = _("Service requests")
    header_icon = "mail"
    template_name = "programme/services/admin/forbidden.html"

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [{"url": "", "label": self.get_page_title()}]

    def get(self, request, *args, **kwargs):
        return self.render_to_response(self.get_context_data(), status=403)

    post = get


class InboxAccess:
    """Wagtail lets in anybody with admin access; the inbox is for those
    who may read service requests (a 403 for anybody else)."""

    def dispatch(self, request, *args, **kwargs):
        if not service_requests.can_view_inbox(request.user):
            return ForbiddenView.as_view()(request)
        return super().dispatch(request, *args, **kwargs)


class InboxView(InboxAccess, WagtailAdminTemplateMixin, TemplateView):
    page_title = _("Service requests")
    header_icon = "mail"
    template_name = "programme/services/admin/inbox.html"

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [{"url": "", "label": self.get_page_title()}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        status = self.request.GET.get("status", "")
        status = status if status in Status.values else ""
        counts = service_requests.counts_by_status()
        requests = ServiceRequest.objects.select_related("requester", "organisation").order_by(
            "-created_at", "-pk"
        )
        if status:
            requests = requests.filter(status=status)
        paginator = Paginator(requests, PER_PAGE)
        page = paginator.get_page(self.request.GET.get("p"))
        tabs = [{"key": "", "label": gettext("All"), "count": sum(counts.values())}]
        tabs += [
            {"key": value, "label": label, "count": counts[value]}
            for value, label in Status.choices
        ]
        for tab in tabs:
            tab["current"] = tab["key"] == status
        context.update(
            status=status,
            status_label=dict(Status.choices).get(status, ""),
            tabs=tabs,
            items=page,
            elided_page_range=paginator.get_elided_page_range(page.number),
        )
        return context


class StatusForm(forms.Form):
    status = forms.ChoiceField(label=_("Status"), choices=Status.choices)
    note = forms.CharField(
        label=_("Note to the requester"),
        required=False,
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text=_(
            "Sent by e-mail with the change and shown on the requester's profile. Needed to "
            "decline a request; a note alone (same status) is sent too."
        ),
    )


class RequestView(InboxAccess, WagtailAdminTemplateMixin, FormView):
    """A request, its history and (for those who may change it) the form
    to change its status with a note."""

    header_icon = "mail"
    template_name = "programme/services/admin/request.html"
    form_class = StatusForm

    @cached_property
    def service_request(self):
        return get_object_or_404(
            ServiceRequest.objects.select_related("requester", "organisation"),
            pk=self.kwargs["pk"],
        )

    def get_page_title(self):
        return gettext("Service request")

    def get_page_subtitle(self):
        return self.service_request.topic

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {"url": reverse("programme_service_requests"), "label": gettext("Service requests")},
            {"url": "", "label": self.service_request.topic},
        ]

    def get_initial(self):
        return {"status": self.service_request.status}

    def post(self, request, *args, **kwargs):
        if not service_requests.can_change(request.user):
            return ForbiddenView.as_view()(request)
        return super().post(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        service_request = self.service_request
        context.update(
            service_request=service_request,
            events=service_requests.history(service_request),
            can_change=service_requests.can_change(self.request.user),
        )
        return context

    def form_valid(self, form):
        try:
            event = service_requests.change_status(
                self.service_request,
                form.cleaned_data["status"],
                form.cleaned_data["note"],
                by=self.request.user,
            )
        except service_requests.ServiceRequestError as error:
            for field, errors in error.errors.items():
                form.add_error(field if field in form.fields else None, errors)
            return self.form_invalid(form)
        if event.status:
            message = gettext(
                "The status is now “%(status)s”; the requester has been told by e-mail."
            ) % {"status": event.get_status_display()}
        else:
            message = gettext("Your note has been recorded and sent to the requester.")
        messages.success(self.request, message)
        return redirect("programme_service_request", self.service_request.pk)

    def form_invalid(self, form):
        messages.error(self.request, gettext("The request was not changed: see below."))
        return super().form_invalid(form)


class InboxMenuItem(MenuItem):
    """ "Service requests (2 new)": shown to those who may read them."""

    def is_shown(self, request):
        return service_requests.can_view_inbox(request.user)

    def render_component(self, request):
        label = self.label
        waiting = ServiceRequest.objects.filter(status=Status.NEW).count()
        if waiting:
            label = gettext("Service requests (%(count)d new)") % {"count": waiting}
        return LinkMenuItemComponent(
            self.name,
            label,
            self.url,
            icon_name=self.icon_name,
            classname=self.classname,
            attrs=self.attrs,
        )


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [
        path(
            "programme/service-requests/",
            InboxView.as_view(),
            name="programme_service_requests",
        ),
        path(
            "programme/service-requests/<int:pk>/",
            RequestView.as_view(),
            name="programme_service_request",
        ),
    ]


@hooks.register("register_programme_menu_item")
def register_inbox_menu_item():
    return InboxMenuItem(
        _("Service requests"),
        reverse("programme_service_requests"),
        name="programme-service-requests",
        icon_name="mail",
        order=300,
    )
