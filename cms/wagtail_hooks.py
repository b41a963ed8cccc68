"""The page and document halves of the one visibility rule (cms.visibility)."""

from django.contrib.auth.views import redirect_to_login
from django.shortcuts import render
from wagtail import hooks

from cms.visibility import can_view_members_content


def members_only_response(request):
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    return render(request, "members_only.html", status=403)


@hooks.register("before_serve_page")
def check_members_only_page(page, request, serve_args, serve_kwargs):
    if getattr(page, "members_only", False) and not can_view_members_content(request.user):
        return members_only_response(request)
    return None


@hooks.register("before_serve_document")
def check_members_only_document(document, request):
    if getattr(document, "members_only", False) and not can_view_members_content(request.user):
        return members_only_response(request)
    return None
