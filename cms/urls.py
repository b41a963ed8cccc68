from django.conf.urls.i18n import i18n_patterns
from django.contrib.auth import views as auth_views
from django.urls import include, path
from django.views.i18n import JavaScriptCatalog
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from cms import accounts, project_api
from cms.api import api_router
from cms.sitemap import MultilingualSitemap
from cms.views import favicon, robots_txt, serve_file, server_error
from search import views as search_views

handler500 = server_error

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    # Every uploaded file, through the visibility rule (MEDIA_URL; see cms.views).
    path("files/<path:name>", serve_file, name="file"),
    path("api/v2/", api_router.urls),
    # The project API (django-ninja, cms.project_api): search today, OpenAPI at
    # /api/openapi.json, docs at /api/docs. The two search routes are also named
    # here with the names the site reverses (the search form, API v2's pointer).
    path("api/search/", project_api.view("search"), name="search-api"),
    path(
        "api/search/autocomplete/",
        project_api.view("autocomplete"),
        name="search-autocomplete",
    ),
    path("api/", project_api.urls()),
    path("sitemap.xml", sitemap, {"sitemaps": {"pages": MultilingualSitemap}}),
    path("robots.txt", robots_txt, name="robots"),
    path("favicon.ico", favicon, name="favicon"),
]

urlpatterns += i18n_patterns(
    # Back to the page the reader came from, or to the home page of their
    # language (cms.accounts.SignInView).
    path("accounts/login/", accounts.SignInView.as_view(), name="login"),
    # Signing out takes a POST (a link or a prefetch must not sign anyone
    # out); a GET shows the page with the sign-out button instead of a 405.
    path(
        "accounts/logout/",
        auth_views.LogoutView.as_view(http_method_names=["get", "post", "options"]),
        name="logout",
    ),
    # A forgotten password: Django's views, in the reader's language.
    path(
        "accounts/password_reset/",
        auth_views.PasswordResetView.as_view(),
        name="password_reset",
    ),
    path(
        "accounts/password_reset/done/",
        auth_views.PasswordResetDoneView.as_view(),
        name="password_reset_done",
    ),
    path(
        "accounts/reset/<uidb64>/<token>/",
        auth_views.PasswordResetConfirmView.as_view(),
        name="password_reset_confirm",
    ),
    path(
        "accounts/reset/done/",
        auth_views.PasswordResetCompleteView.as_view(),
        name="password_reset_complete",
    ),
    path("jsi18n/", JavaScriptCatalog.as_view(), name="javascript-catalog"),
    path("search/", search_views.search_page, name="search"),
    # Wagtail's page-password form, with a limit of wrong passwords; the same
    # route and name as Wagtail's own, which it shadows.
    path(
        "_util/authenticate_with_password/<int:page_view_restriction_id>/<int:page_id>/",
        accounts.authenticate_with_password,
        name="wagtailcore_authenticate_with_password",
    ),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)
