"""Registration pages (being built)."""

from django.http import HttpResponse


def register(request, *args, **kwargs):
    return HttpResponse(status=501)


def booking(request, *args, **kwargs):
    return HttpResponse(status=501)


def manage(request, *args, **kwargs):
    return HttpResponse(status=501)


def cancel(request, *args, **kwargs):
    return HttpResponse(status=501)
