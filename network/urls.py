"""A person's own pages, under /<language>/accounts/ next to allauth's
(mounted by cms.urls)."""

from django.urls import path

from network import views

urlpatterns = [
    path("profile/", views.profile, name="account-profile"),
    path("profile/data/", views.download_data, name="account-data"),
    path("delete/", views.delete_account, name="account-delete"),
    path("deleted/", views.account_deleted, name="account-deleted"),
]
