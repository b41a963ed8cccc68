"""The digests ask the members rule for many people at once
(``network.access.members_content_viewers``): it must answer as
``can_view_members_content`` does, person by person."""

import pytest
from django.contrib.auth import get_user_model

from network.access import can_view_members_content, members_content_viewers
from network.factories import UserFactory

from .conftest import member

pytestmark = pytest.mark.django_db


def test_the_bulk_rule_agrees_with_the_rule_for_every_person():
    member()
    member(ended=True)
    UserFactory()
    inactive = member()
    inactive.is_active = False
    inactive.save()
    UserFactory(is_superuser=True)
    people = get_user_model().objects.all()

    bulk = set(members_content_viewers(people).values_list("pk", flat=True))
    one_by_one = {
        person.pk for person in get_user_model().objects.all() if can_view_members_content(person)
    }

    assert bulk == one_by_one
    assert 0 < len(bulk) < people.count()
    # The demo's editor sees members' content through the permission, not a membership.
    assert get_user_model().objects.get(username="editor").pk in bulk
    assert get_user_model().objects.get(username="eastbridge").pk not in bulk


def test_the_bulk_thread_rule_agrees_with_can_read_for_every_person_and_thread():
    """``exchange.access.readers`` (notifications) answers as ``can_read``
    for each demo thread (one of each sensitivity), and for a deleted one."""
    from django.utils import timezone

    from exchange.access import can_read, readers
    from exchange.models import Sensitivity, Thread

    member(ended=True)
    threads = list(Thread.objects.all())
    assert {thread.sensitivity for thread in threads} == set(Sensitivity.values)
    deleted = threads[0]
    deleted.deleted_at = timezone.now()
    deleted.save()
    people = get_user_model().objects.all()
    for thread in threads:
        bulk = set(readers(people, thread).values_list("pk", flat=True))
        one_by_one = {
            person.pk for person in get_user_model().objects.all() if can_read(person, thread)
        }
        assert bulk == one_by_one, thread.title
        assert bulk
