"""Registrations in Wagtail's admin, for editors: "Programme → Registrations"
(upcoming and recent sessions with their fill rate), each session's
registrations (filters, seat and waiting counts, the actions, exports), a
"Registrations" button on session pages and a dashboard panel.

Reading needs ``programme.view_registration``, acting
``programme.change_registration``. Every change goes through
``programme.registration`` (the service): these views never write a
registration's status.

This module holds the URLs, the menu item, the page buttons and the
dashboard panel; the views are in ``registrations_admin_views`` (reading,
exports) and ``registrations_admin_actions`` (changing).
"""

from django.urls import path, reverse
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.components import Component
from wagtail.admin.widgets import Button

from programme.models import SessionPage, programme_today
from programme.registrations_admin_actions import CancelView, MarkPaidView, registration_action
from programme.registrations_admin_views import (
    DASHBOARD_LISTED,
    ExportView,
    SessionRegistrationsView,
    SessionsView,
    can_view,
    session_registrations_url,
    session_rows,
    source_sessions,
)

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
