"""Calendar downloads and feed (being built)."""

from django.http import HttpResponse


def feed(request, *args, **kwargs):
    return HttpResponse(status=501)


def session_calendar(request, *args, **kwargs):
    return HttpResponse(status=501)
