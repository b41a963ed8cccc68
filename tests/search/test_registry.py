"""The search indexes any registered model, not only pages.

A plain model (``tests.searchable.Notice``, as an exchange thread will be)
is registered the way a content app registers its pages; on both engines
it is found by its words, filtered and counted by its facets, kept from
readers the visibility rule excludes, and follows saves and deletions.
"""

import io

import pytest
from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command

from search import registry, signals
from search.engine import SearchQuery, search
from search.models import SearchDocument
from tests.searchable.models import Notice
from tests.searchable.registration import NoticeIndex


@pytest.fixture
def notices(db):
    registry.register(NoticeIndex)
    index = registry.index_for(Notice)
    signals.connect_index(index)
    yield index
    signals.disconnect_index(index)
    registry.unregister(Notice)


def found(engine, members=False, text="mediation", **filters):
    results = search(
        SearchQuery(
            text=text, locale="en", members=members, filters={"kind": ["notice"], **filters}
        ),
        engine=engine,
    )
    return results, {hit.object_id for hit in results.hits}


def counts(results, name):
    return {item["value"]: item["count"] for item in results.facets[name]}


def test_a_registered_plain_model_is_found_with_its_facets_and_visibility(engine, notices):
    public = Notice.objects.create(
        title="Neighbourhood mediation circle",
        body="Short.",
        topic="family-support",
        members_only=False,
    )
    private = Notice.objects.create(
        title="Debrief of the mediation pilot",
        body="Long. " * 30,
        topic="schools",
        members_only=True,
    )
    Notice.objects.create(title="Mediation draft", body="Short.", members_only=False, draft=True)

    anonymous, ids = found(engine)
    assert ids == {public.pk}
    assert counts(anonymous, "notice-length") == {"short": 1}
    member, ids = found(engine, members=True)
    assert ids == {public.pk, private.pk}
    assert counts(member, "notice-length") == {"short": 1, "long": 1}
    assert counts(member, "topic") == {"family-support": 1, "schools": 1}
    assert found(engine, members=True, **{"notice-length": ["long"]})[1] == {private.pk}
    assert found(engine, members=True, text="", topic=["schools"])[1] == {private.pk}

    hit = next(hit for hit in member.hits if hit.object_id == private.pk)
    assert (hit.kind, hit.url, hit.title) == ("notice", f"/notices/{private.pk}/", private.title)
    assert hit.content_type_id == ContentType.objects.get_for_model(Notice).pk
    assert hit.facets["language"] == ["en"]
    # The registration's labels reach the facet index with the common ones.
    assert registry.facet_labels()["notice-length"] == "Length"
    assert registry.value_labels()["kind"]["notice"] == "Notices"

    # Saves and deletions follow (signals connected for the registration).
    private.members_only = False
    private.save()
    assert found(engine)[1] == {public.pk, private.pk}
    public.delete()
    assert found(engine, members=True)[1] == {private.pk}

    # A rebuild reads the registration's queryset and writes the same rows.
    before = list(SearchDocument.objects.order_by("pk").values_list("pk", "object_id", "kind"))
    call_command("rebuild_search_index", stdout=io.StringIO())
    after = list(SearchDocument.objects.order_by("pk").values_list("pk", "object_id", "kind"))
    assert after == before
    assert found(engine)[1] == {private.pk}


def test_an_object_and_a_page_with_the_same_id_are_different_documents(notices, make_practice):
    """Documents are keyed by content type and id: a notice and a page that
    share a number are both indexed, and removing one keeps the other."""
    page = make_practice("en", "Mediation in schools")
    notice = Notice(pk=page.pk, title="Mediation notice", members_only=False)
    notice.save()
    keys = set(SearchDocument.objects.filter(object_id=page.pk).values_list("kind", "object_id"))
    assert keys == {("practice", page.pk), ("notice", page.pk)}
    notice.delete()
    assert SearchDocument.objects.filter(object_id=page.pk).values_list(
        "kind", flat=True
    ).get() == ("practice")
