"""Check-in list and QR check-in (being built)."""

from django.http import HttpResponse


def checkin_list(request, *args, **kwargs):
    return HttpResponse(status=501)


def checkin(request, *args, **kwargs):
    return HttpResponse(status=501)
