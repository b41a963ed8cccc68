"""The search index of the database engine: one row per page translation.

A row holds only what may be searched and shown in a result: public text
for everybody, and ``members_only`` for records only members may find. The
ready-made terms (``search.analysis``) are indexed by SQLite FTS5 or by a
PostgreSQL tsvector column with a GIN index; both are created by the
migration for the database in use.
"""

import uuid

from django.db import models
from wagtail.models import Page


class SearchDocument(models.Model):
    class Kind(models.TextChoices):
        PRACTICE = "practice", "practice"
        EXPERT = "expert", "expert"
        SESSION = "session", "session"

    page = models.OneToOneField(Page, on_delete=models.CASCADE, primary_key=True, related_name="+")
    kind = models.CharField(max_length=20, choices=Kind.choices, db_index=True)
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

    class Meta:
        indexes = [models.Index(fields=["locale", "kind"])]

    def __str__(self):
        return f"{self.kind} {self.locale} {self.title}"


class IndexVersion(models.Model):
    """Changed by every index change, so that each process knows when its
    in-memory facet bitsets are stale (one cheap query a search).

    A random token rather than a counter: a rolled-back transaction may have
    built bitsets for "version n+1", and a counter would later hand out n+1
    again for different content.
    """

    token = models.UUIDField(default=uuid.uuid4)

    @classmethod
    def bump(cls):
        if not cls.objects.filter(pk=1).update(token=uuid.uuid4()):
            cls.objects.get_or_create(pk=1)

    def __str__(self):
        return str(self.token)

    @classmethod
    def current(cls):
        return cls.objects.filter(pk=1).values_list("token", flat=True).first()


class PendingUpdate(models.Model):
    """Pages whose Elasticsearch copy is behind the database index.

    Written in the same transaction as the content change, removed once
    Elasticsearch has the update: a failed push is retried by the next one
    (or by ``manage.py sync_search_index``) and never lost.
    """

    page_id = models.BigIntegerField(primary_key=True)
    created_at = models.DateTimeField(auto_now_add=True)
    attempts = models.PositiveIntegerField(default=0)

    def __str__(self):
        return str(self.page_id)
