"""Who may do what in the exchange: the one place every exchange surface
asks (pages, attachments, search, API, notifications, digests).

It builds on the network's rule (``network.access``): only people who may
see members-only content enter the exchange at all. A thread's sensitivity
then narrows it: a *restricted* thread is seen only by people of the
organisations it names (through a confirmed affiliation to an organisation
whose membership is active today), by its author while they are a member,
and by moderators. Posts that are deleted or hidden are seen only by
moderators (and a deleted post's author sees that it is gone).
"""

from django.db.models import Q

from exchange.models import Sensitivity, Thread
from network.access import (
    can_view_members_content,
    member_affiliations,
    member_organisation_ids,
    members_content_viewers,
    with_permission,
)

MODERATE_PERMISSION = "exchange.change_post"


def can_enter(user):
    """May ``user`` see the exchange's content at all?"""
    return can_view_members_content(user)


def can_moderate(user):
    """Editors hide, restore and review reports (the ``change_post`` permission)."""
    return bool(
        user is not None
        and user.is_authenticated
        and user.is_active
        and (user.is_superuser or user.has_perm(MODERATE_PERMISSION))
    )


def visible_threads(user, queryset=None):
    """The threads ``user`` may read: none outside the exchange; every thread
    but deleted ones and restricted ones of other organisations inside it;
    moderators see them all (deleted included)."""
    queryset = Thread.objects.all() if queryset is None else queryset
    if not can_enter(user):
        return queryset.none()
    if can_moderate(user):
        return queryset
    queryset = queryset.filter(deleted_at__isnull=True)
    return queryset.filter(
        ~Q(sensitivity=Sensitivity.RESTRICTED)
        | Q(restricted_to__in=member_organisation_ids(user))
        | Q(author=user)
    ).distinct()


def readers(users, thread):
    """``users`` (a queryset of people) narrowed to those who may read
    ``thread``: ``can_read`` for many people in one query (notifications)."""
    users = members_content_viewers(users)
    moderators = Q(
        pk__in=with_permission(users.model.objects.all(), MODERATE_PERMISSION).values("pk")
    )
    if thread.deleted_at is not None:
        return users.filter(moderators)
    if thread.sensitivity != Sensitivity.RESTRICTED:
        return users
    named = member_affiliations().filter(organisation__in=thread.restricted_to.all())
    return users.filter(moderators | Q(pk=thread.author_id) | Q(pk__in=named.values("user_id")))


def can_read(user, thread):
    return visible_threads(user, Thread.objects.filter(pk=thread.pk)).exists()


def can_post(user):
    """Members write; people who only have the permission (editors,
    translators) write too, as moderators of the conversation."""
    return can_enter(user)


def can_see_post(user, post):
    """May ``user`` read the post's thread and see the post (its attachments,
    reporting it)?"""
    return can_read(user, post.thread) and sees_post(user, post)


def sees_post(user, post):
    """Deleted and hidden posts are for moderators only."""
    return post.deleted_at is None and post.hidden_at is None or can_moderate(user)
