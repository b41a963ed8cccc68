"""The search index of the database engine: one row per indexed object (a
page translation, or any other model registered with ``search.registry``).

A row holds only what may be searched and shown in a result: public text
for everybody, and ``members_only`` for records only members may find. It
is keyed by the object's content type and id; ``id`` is the document's own
number, dense and reused (``search.indexer.DocumentIds``), which the
full-text tables and the in-memory bitsets use. The ready-made terms
(``search.analysis``) are indexed by SQLite FTS5 or by a PostgreSQL text
table with GIN indexes; both are created by the migration for the database
in use.
"""

import uuid

from django.contrib.contenttypes.models import ContentType
from django.db import models


class SearchDocument(models.Model):
    #: Assigned by the indexer under the index's write lock (``IndexVersion``).
    id = models.IntegerField(primary_key=True)
    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE, related_name="+")
    object_id = models.PositiveBigIntegerField()
    #: The registration's ``kind`` (the "kind" facet): practice, expert, session...
    kind = models.CharField(max_length=20, db_index=True)
    locale = models.CharField(max_length=8, db_index=True)
    translation_key = models.UUIDField(db_index=True)
    title = models.CharField(max_length=255)
    summary = models.TextField(blank=True)
    text = models.TextField(blank=True, help_text="Public text, for highlighted snippets.")
    url = models.CharField(max_length=500)
    members_only = models.BooleanField(default=False)
    published_at = models.DateTimeField(null=True)
    #: {"topic": ["family-support", ...], "country": ["DE"], ...}: locale-neutral values.
    facets = models.JSONField(default=dict)
    title_terms = models.TextField(blank=True)
    body_terms = models.TextField(blank=True)
    updated_at = models.DateTimeField(auto_now=True)
    #: The change (IndexVersion.seq) that wrote this row.
    seq = models.BigIntegerField(default=0, db_index=True)

    class Meta:
        indexes = [models.Index(fields=["locale", "kind"])]
        constraints = [
            models.UniqueConstraint(
                fields=["content_type", "object_id"], name="search_one_per_object"
            )
        ]

    def __str__(self):
        return f"{self.kind} {self.locale} {self.title}"


class IndexVersion(models.Model):
    """The head of the index's change log: every write moves it on.

    ``seq`` counts changes (the row lock of the update serialises writers, so
    sequence order is commit order); ``token`` is random, because a
    rolled-back transaction may have shown "change n+1" to a reader and a
    later, different change n+1 must not look the same. Each process keeps
    facet bitsets for one (seq, token) and catches up from ``IndexChange``.
    """

    seq = models.BigIntegerField(default=0)
    token = models.UUIDField(default=uuid.uuid4)

    def __str__(self):
        return f"{self.seq} {self.token}"

    @classmethod
    def bump(cls, full=False):
        """Record one change; returns its sequence number."""
        token = uuid.uuid4()
        if not cls.objects.filter(pk=1).update(seq=models.F("seq") + 1, token=token):
            cls.objects.get_or_create(pk=1, defaults={"seq": 1, "token": token})
        seq = cls.objects.filter(pk=1).values_list("seq", flat=True).get()
        IndexChange.objects.create(seq=seq, token=token, full=full)
        if seq % 1000 == 0:
            IndexChange.objects.filter(seq__lt=seq - KEEP_CHANGES).delete()
            RemovedDocument.objects.filter(seq__lt=seq - KEEP_CHANGES).delete()
        return seq

    @classmethod
    def current(cls):
        return cls.objects.filter(pk=1).values_list("seq", "token").first() or (0, None)


#: How many changes the log keeps; a process further behind reloads everything.
KEEP_CHANGES = 10_000


class IndexChange(models.Model):
    seq = models.BigIntegerField(primary_key=True)
    token = models.UUIDField()
    full = models.BooleanField(default=False, help_text="A rebuild: reload everything.")

    def __str__(self):
        return f"{self.seq} {self.token}"


class RemovedDocument(models.Model):
    """A document that left the index at change ``seq`` (tombstone)."""

    document_id = models.IntegerField()
    seq = models.BigIntegerField(db_index=True)

    def __str__(self):
        return f"{self.document_id} at {self.seq}"


class PendingUpdate(models.Model):
    """Documents whose Elasticsearch copy is behind the database index.

    Written in the same transaction as the content change, removed once
    Elasticsearch has the update: a failed push is retried by the next one
    (or by ``manage.py sync_search_index``) and never lost.
    """

    document_id = models.IntegerField(primary_key=True)
    created_at = models.DateTimeField(auto_now_add=True)
    attempts = models.PositiveIntegerField(default=0)

    def __str__(self):
        return str(self.document_id)
