"""Certificates of attendance (being built)."""

from django.http import HttpResponse


def certificate(request, *args, **kwargs):
    return HttpResponse(status=501)


def verify(request, *args, **kwargs):
    return HttpResponse(status=501)
