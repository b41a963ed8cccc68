"""Who is a member: the single rule every surface asks.

A member is a person with a confirmed affiliation to an organisation whose
membership of the network is active today (``Membership.objects.active()``:
dates alone decide, so access ends with the membership without anyone
acting). Editors and administrators may also see members-only content,
through the ``network.view_members_content`` permission, so that they can
check what members see. Templates, querysets (``cms.visibility``),
documents, the search, the API and the exchange all call
``can_view_members_content``.
"""

from network.models import Affiliation, Membership

MEMBERS_CONTENT_PERMISSION = "network.view_members_content"


def member_organisation_ids(user):
    """Ids of the organisations through which ``user`` is a member today
    (cached on the user object for the request)."""
    if user is None or not user.is_authenticated:
        return frozenset()
    cached = getattr(user, "_network_member_of", None)
    if cached is None:
        cached = frozenset(
            Affiliation.objects.confirmed()
            .filter(user=user, organisation__memberships__in=Membership.objects.active())
            .values_list("organisation_id", flat=True)
        )
        user._network_member_of = cached
    return cached


def is_member(user):
    return bool(member_organisation_ids(user))


def can_view_members_content(user):
    if user is None or not user.is_authenticated or not user.is_active:
        return False
    if user.is_superuser or is_member(user):
        return True
    return user.has_perm(MEMBERS_CONTENT_PERMISSION)
