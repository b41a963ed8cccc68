from django.utils.functional import SimpleLazyObject

from network.access import can_view_members_content, is_member


def membership(request):
    """Expose the membership rule to templates, evaluated only when used."""
    user = getattr(request, "user", None)
    return {
        "is_member": SimpleLazyObject(lambda: is_member(user)),
        "can_view_members_content": SimpleLazyObject(lambda: can_view_members_content(user)),
    }
