"""The programme's own addresses, under ``/<lang>/training/`` (the session
pages themselves are Wagtail pages under the programme index)."""

from django.urls import path

from programme import attendance_views, calendar_views, certificate_views, service_views, views

urlpatterns = [
    # Registering (programme.views): the form, the registrant's booking page,
    # the participant's personal link (details, terms, cancellation).
    path("register/", views.register, name="registration-register"),
    path("bookings/<int:pk>/", views.booking, name="registration-booking"),
    path("registrations/<str:token>/", views.manage, name="registration-manage"),
    path("registrations/<str:token>/cancel/", views.cancel, name="registration-cancel"),
    # Certificates of attendance (programme.certificate_views).
    path(
        "registrations/<str:token>/certificate/",
        certificate_views.certificate,
        name="registration-certificate",
    ),
    path("certificates/<uuid:code>/", certificate_views.verify, name="certificate-verify"),
    # Calendars (programme.calendar_views).
    path("calendar.ics", calendar_views.feed, name="sessions-calendar-feed"),
    path(
        "sessions/<int:pk>/calendar.ics",
        calendar_views.session_calendar,
        name="session-calendar",
    ),
    # Attendance (programme.attendance_views): editors only.
    path("sessions/<int:pk>/check-in/", attendance_views.checkin_list, name="checkin-list"),
    path("check-in/<str:token>/", attendance_views.checkin, name="checkin-scan"),
    # Services on demand (programme.service_views).
    path("services/", service_views.request_service, name="service-request"),
    path("services/thanks/", service_views.thanks, name="service-request-thanks"),
]
