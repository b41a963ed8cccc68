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

from django.db.models import Q

from network.models import Affiliation, Membership

MEMBERS_CONTENT_PERMISSION = "network.view_members_content"


def member_affiliations():
    """Confirmed affiliations to organisations whose membership is active today."""
    return Affiliation.objects.confirmed().filter(
        organisation__memberships__in=Membership.objects.active()
    )


def member_organisation_ids(user):
    """Ids of the organisations through which ``user`` is a member today
    (cached on the user object for the request)."""
    if user is None or not user.is_authenticated:
        return frozenset()
    cached = getattr(user, "_network_member_of", None)
    if cached is None:
        cached = frozenset(
            member_affiliations().filter(user=user).values_list("organisation_id", flat=True)
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


def with_permission(users, permission):
    """``users`` (a queryset of people) narrowed to the active ones who hold
    ``permission`` ("app_label.codename") as Django's ModelBackend grants it
    (their own, a group's, or as superusers), in one query."""
    from django.contrib.auth.models import Permission

    app_label, codename = permission.split(".")
    granting = Permission.objects.filter(content_type__app_label=app_label, codename=codename)
    user_model = users.model
    own = user_model.user_permissions.through.objects.filter(permission__in=granting)
    through_group = user_model.groups.through.objects.filter(group__permissions__in=granting)
    return users.filter(is_active=True).filter(
        Q(is_superuser=True)
        | Q(pk__in=own.values("user_id"))
        | Q(pk__in=through_group.values("user_id"))
    )


def members_content_viewers(users):
    """``users`` (a queryset of people) narrowed to those for whom
    ``can_view_members_content`` is true, in one query: the same rule for
    work over many people at once (the exchange's digests and
    notifications)."""
    return users.filter(is_active=True).filter(
        Q(pk__in=member_affiliations().values("user_id"))
        | Q(
            pk__in=with_permission(users.model.objects.all(), MEMBERS_CONTENT_PERMISSION).values(
                "pk"
            )
        )
    )
