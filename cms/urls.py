from allauth.account import views as allauth_views
from django.conf.urls.i18n import i18n_patterns
from django.contrib.auth import views as auth_views
from django.urls import include, path, re_path
from django.views.i18n import JavaScriptCatalog
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from cms import accounts, health, project_api, sites
from cms.api import api_router
from cms.sitemap import MultilingualSitemap
from cms.views import favicon, robots_txt, serve_file, server_error
from exchange import directory_views, moderation_views, notification_views
from exchange import views as exchange_views
from network import application_views, token_views
from search import views as search_views

handler500 = server_error
# allauth's answer when one of its rate limits is reached.
handler429 = "network.views.rate_limited"

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    # Every uploaded file, through the visibility rule (MEDIA_URL; see cms.views).
    path("files/<path:name>", serve_file, name="file"),
    # Exchange attachments: private storage, only through the exchange's rule.
    path(
        "exchange/attachments/<int:pk>/",
        exchange_views.attachment,
        name="exchange-attachment",
    ),
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
    # Liveness and readiness (cms.health). cms.middleware.HealthCheckMiddleware
    # answers these paths before the host check; the routes name them.
    path("healthz", health.liveness, name="healthz"),
    path("readyz", health.readiness, name="readyz"),
]

urlpatterns += i18n_patterns(
    # Accounts (django-allauth, fitted by network.adapter): sign-up, log-in
    # by e-mail or username, e-mail confirmation and change, password reset
    # and change. The names the site reverses ("login", "password_reset")
    # are the same views under the same addresses as allauth's own.
    path("accounts/login/", allauth_views.login, name="login"),
    # Signing out takes a POST (a link or a prefetch must not sign anyone
    # out); a GET shows the page with the sign-out button instead of a 405.
    path(
        "accounts/logout/",
        auth_views.LogoutView.as_view(http_method_names=["get", "post", "options"]),
        name="logout",
    ),
    path(
        "accounts/logout/",
        auth_views.LogoutView.as_view(http_method_names=["get", "post", "options"]),
        name="account_logout",
    ),
    path("accounts/password/reset/", allauth_views.password_reset, name="password_reset"),
    # The person's profile, data export and deletion (network.views).
    path("accounts/", include("network.urls")),
    path("accounts/", include("allauth.urls")),
    path("jsi18n/", JavaScriptCatalog.as_view(), name="javascript-catalog"),
    path("search/", search_views.search_page, name="search"),
    # Personal tokens for the project API (network.token_views).
    path("account/tokens/", token_views.api_tokens, name="api-tokens"),
    # The member directory (members only; exchange.directory_views).
    path("members/directory/", directory_views.organisations, name="member-directory"),
    path(
        "members/directory/<slug:slug>/",
        directory_views.organisation,
        name="member-directory-organisation",
    ),
    # Associate-partner applications (network.application_views).
    path("network/apply/", application_views.apply, name="associate-application"),
    path(
        "network/apply/thanks/",
        application_views.thanks,
        name="associate-application-thanks",
    ),
    # Moderation from the thread page (exchange.moderation_views): POST only.
    path(
        "exchange/posts/<int:pk>/report/",
        moderation_views.report,
        name="exchange-post-report",
    ),
    path("exchange/posts/<int:pk>/hide/", moderation_views.hide, name="exchange-post-hide"),
    path(
        "exchange/posts/<int:pk>/restore/",
        moderation_views.restore,
        name="exchange-post-restore",
    ),
    # The exchange's e-mail (exchange.notification_views): "My exchange
    # e-mail", the watch / normal / mute buttons (POST) and the unsubscribe
    # link of every e-mail (no sign-in: a signed token).
    path(
        "exchange/subscriptions/",
        notification_views.subscriptions,
        name="exchange-subscriptions",
    ),
    path(
        "exchange/subscriptions/threads/<int:pk>/",
        notification_views.thread_subscription,
        name="exchange-thread-subscription",
    ),
    path(
        "exchange/subscriptions/topics/<int:pk>/",
        notification_views.topic_subscription,
        name="exchange-topic-subscription",
    ),
    path(
        "exchange/unsubscribe/<str:token>/",
        notification_views.unsubscribe,
        name="exchange-unsubscribe",
    ),
    # Training registration, personal links, calendars, certificates and
    # service requests (programme.urls).
    path("training/", include("programme.urls")),
    # Wagtail's page-password form, with a limit of wrong passwords; the same
    # route and name as Wagtail's own, which it shadows.
    path(
        "_util/authenticate_with_password/<int:page_view_restriction_id>/<int:page_id>/",
        accounts.authenticate_with_password,
        name="wagtailcore_authenticate_with_password",
    ),
    # Wagtail's front-end routes, its page view replaced by cms.sites.serve
    # (the same view with the site and the page found from the shared cache)
    # under the same pattern and name.
    path("", include([p for p in wagtail_urls.urlpatterns if p.name != "wagtail_serve"])),
    re_path(wagtail_urls.serve_pattern, sites.serve, name="wagtail_serve"),
    prefix_default_language=True,
)
