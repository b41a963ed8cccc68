"""Who is a member: the single rule every surface asks.

A member is a person with an active membership of an organisation whose role
in the network gives access (partner, associated partner, member). Editors
and administrators may also see members-only content, through the
``network.view_members_content`` permission, so that they can check what
members see. Templates, querysets (``cms.visibility``), documents, and later
the search and the API all call ``can_view_members_content``.
"""

from network.models import Membership

MEMBERS_CONTENT_PERMISSION = "network.view_members_content"


def is_member(user):
    if user is None or not user.is_authenticated:
        return False
    cached = getattr(user, "_network_is_member", None)
    if cached is None:
        cached = Membership.objects.active().filter(user=user).exists()
        user._network_is_member = cached
    return cached


def can_view_members_content(user):
    if user is None or not user.is_authenticated or not user.is_active:
        return False
    if user.is_superuser or is_member(user):
        return True
    return user.has_perm(MEMBERS_CONTENT_PERMISSION)
