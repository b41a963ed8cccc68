"""The one visibility rule, applied the same way on every surface.

A page is shown to a reader when it is live, not behind a Wagtail view
restriction, and either public or the reader may see members-only content
(``network.access``). Listings, the sitemap, the API, linked items and (in
issue 3) the search all go through ``visible_pages``; the page view and the
document view go through ``cms.wagtail_hooks``.
"""

from django.apps import apps


def can_view_members_content(user):
    from network.access import can_view_members_content as rule

    return rule(user)


def page_models_with_visibility():
    from cms.models import BasePage

    return [
        model
        for model in apps.get_models()
        if issubclass(model, BasePage) and not model._meta.abstract
    ]


def exclude_members_only(queryset):
    model = queryset.model
    if any(field.name == "members_only" for field in model._meta.get_fields()):
        return queryset.filter(members_only=False)
    for page_model in page_models_with_visibility():
        queryset = queryset.exclude(
            pk__in=page_model.objects.filter(members_only=True).values("pk")
        )
    return queryset


def visible_pages(queryset, user):
    queryset = queryset.live().public()
    if not can_view_members_content(user):
        queryset = exclude_members_only(queryset)
    return queryset


def visible_documents(queryset, user):
    if not can_view_members_content(user):
        queryset = queryset.filter(members_only=False)
    return queryset
