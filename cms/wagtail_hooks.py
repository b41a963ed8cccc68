"""Page serving and document downloads ask the one visibility rule (cms.visibility)."""

from wagtail import hooks

# Registers the page viewset whose create view is idempotent (its own hook).
from cms import admin_views  # noqa: F401
from cms.views import members_only_response
from cms.visibility import (
    can_view_members_content,
    document_granted,
    document_is_members_only,
    page_is_members_only,
)


@hooks.register("before_serve_page")
def check_members_only_page(page, request, serve_args, serve_kwargs):
    if not can_view_members_content(request.user) and page_is_members_only(page):
        return members_only_response(request)
    return None


@hooks.register("before_serve_document")
def check_members_only_document(document, request):
    if (
        not can_view_members_content(request.user)
        and document_is_members_only(document)
        and not document_granted(request.user, document)
    ):
        return members_only_response(request)
    return None
