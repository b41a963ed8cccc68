"""The programme's own addresses (under ``/<lang>/training/``)."""

from django.urls import path

from programme import views

urlpatterns = [
    path("registrations/<str:token>/", views.manage, name="registration-manage"),
]
