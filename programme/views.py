"""Registration pages (being built)."""

from django.http import HttpResponse


def manage(request, token):
    return HttpResponse(status=501)
