"""Service requests (being built)."""

from django.http import HttpResponse


def request_service(request, *args, **kwargs):
    return HttpResponse(status=501)


def thanks(request, *args, **kwargs):
    return HttpResponse(status=501)
