"""The bench's URLconf (``bench.exchange`` sets ``ROOT_URLCONF`` to it in
its own process): the site's URLs and one bare view, the baseline the
exchange's pages are compared with. The bare view goes through the same
middleware as every page (sessions, authentication, locale, CSP, private
caching), so the ratio says what the page itself costs."""

from django.http import HttpResponse
from django.urls import path

from cms.urls import handler429, handler500
from cms.urls import urlpatterns as site_urlpatterns

__all__ = ["handler429", "handler500", "urlpatterns"]


def bare(request):
    return HttpResponse("ok")


urlpatterns = [path("bench/bare/", bare, name="bench-bare"), *site_urlpatterns]
