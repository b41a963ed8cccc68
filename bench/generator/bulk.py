"""Bulk writing of Wagtail's tables for the synthetic network.

This is the only module of the generator that uses private internals of
Django, Wagtail and treebeard, on purpose and in one place:

* ``QuerySet._insert()`` (what ``Model.save()`` and ``bulk_create()`` use
  underneath) to insert multi-table-inheritance pages, and ``Model._state``;
* ``QuerySet._raw_delete()`` for set-based deletes without signals;
* treebeard's materialised paths (``Page.steplen``, ``Page.alphabet``),
  ``depth``, ``numchild`` and ``url_path`` worked out by hand and written
  (``checks.verify_tree()`` only reads the same public attributes);
* ``purge()``: Django's Collector's walk over foreign keys and generic
  relations, redone with set-based statements.

It writes what Wagtail would write for published pages, minus revisions,
wagtail-localize sources and signals (no search index is touched).
"""

from collections import defaultdict

from django.contrib.contenttypes.fields import GenericRelation
from django.contrib.contenttypes.models import ContentType
from django.core.management.base import CommandError
from django.db import connection, models
from django.db.models import Q
from wagtail.models import Page, ReferenceIndex, get_page_models

from bench.generator.constants import DELETE_CHUNK, LANGUAGES, MAX_ROWS_PER_INSERT, PREFIX, SOURCE
from network.models import Organisation
from practices.models import ExpertPage, PracticePage
from programme.models import SessionPage
from search import indexer


def step(number):
    """One treebeard step: ``number`` in base 36, Page.steplen digits."""
    digits = []
    for _position in range(Page.steplen):
        number, digit = divmod(number, len(Page.alphabet))
        digits.append(Page.alphabet[digit])
    if number:
        raise CommandError("A parent page has more children than treebeard paths allow.")
    return "".join(reversed(digits))


class Tree:
    """Where the next child of each parent page goes.

    Treebeard's materialised path: the parent's path plus one step of
    ``Page.steplen`` base-36 digits, numbered after the parent's last child;
    depth is the parent's plus one and url_path the parent's plus the slug.
    """

    def __init__(self, parents):
        self.parents = {}
        for parent in parents:
            last = (
                Page.objects.filter(path__startswith=parent.path, depth=parent.depth + 1)
                .order_by("-path")
                .values_list("path", flat=True)
                .first()
            )
            following = int(last[-Page.steplen :], len(Page.alphabet)) + 1 if last else 1
            self.parents[parent.pk] = [parent.path, parent.depth + 1, parent.url_path, following]

    def place(self, parent_id, slug):
        entry = self.parents[parent_id]
        prefix, depth, url_path, number = entry
        entry[3] = number + 1
        return prefix + step(number), depth, f"{url_path}{slug}/"


class BulkWriter:
    """Writes the records' pages under the index pages ``parents``
    ({(kind, language): page}) and deletes generated rows; ``written`` is
    the set of tables it changed, ``counts`` counts what it wrote."""

    def __init__(self, locales, parents, counts, log):
        self.locales = locales
        self.parents = parents
        self.counts = counts
        self.log = log
        self.written = set()
        self.tree = None
        self.content_types = {}

    def start(self):
        """Read where new children go and the page content types (after ``clear()``)."""
        self.tree = Tree(self.parents.values())
        self.content_types = {
            model: ContentType.objects.get_for_model(model).pk
            for model in (PracticePage, ExpertPage, SessionPage)
        }

    # --- writing ----------------------------------------------------------------------

    def new_page(self, model, kind, code, record, texts, alias_of=None):
        parent = self.parents[kind, code]
        path, depth, url_path = self.tree.place(parent.pk, texts["slug"])
        # A placeholder carries the source's dates, as Page.create_alias() copies them.
        first, last = record.published.get(code) or record.published[SOURCE]
        return model(
            path=path,
            depth=depth,
            numchild=0,
            url_path=url_path,
            draft_title=texts["title"],
            translation_key=record.key,
            locale_id=self.locales[code],
            content_type_id=self.content_types[model],
            live=True,
            has_unpublished_changes=False,
            first_published_at=first,
            last_published_at=last,
            alias_of_id=alias_of,
            **texts,
            **record.synced,
        )

    def save_records(self, model, kind, records):
        """Insert the pages of ``records``: the sources first (their ids are
        needed by the aliases), then translations and placeholders, then the
        relations of every page."""
        sources = [
            self.new_page(model, kind, SOURCE, record, record.texts[SOURCE]) for record in records
        ]
        self.insert_pages(model, sources)
        others = []
        for record, source in zip(records, sources, strict=True):
            record.pages.append(source)
            for code in LANGUAGES:
                if code == SOURCE:
                    continue
                if code in record.texts:
                    page = self.new_page(model, kind, code, record, record.texts[code])
                    self.counts[f"{kind} translations"] += 1
                else:
                    # The placeholder of a synchronised tree: a copy of the source.
                    page = self.new_page(
                        model, kind, code, record, record.texts[SOURCE], alias_of=source.pk
                    )
                    self.counts[f"{kind} placeholders"] += 1
                record.pages.append(page)
                others.append(page)
        self.insert_pages(model, others)
        self.counts[f"{kind} sources"] += len(sources)
        self.insert_relations(model, records)
        return len(sources) + len(others)

    def batches(self, objects, fields):
        size = min(MAX_ROWS_PER_INSERT, max(1, connection.ops.bulk_batch_size(fields, objects)))
        for start in range(0, len(objects), size):
            yield objects[start : start + size]

    def insert_pages(self, model, pages):
        """Two INSERTs per batch, as Model.save() would do for one page: the
        wagtailcore_page row (returning its id) and the specific table's row.
        bulk_create() refuses multi-table inheritance; QuerySet._insert() is
        the step save() and bulk_create() themselves use."""
        if not pages:
            return
        page_fields = [
            f
            for f in Page._meta.local_concrete_fields
            if f is not Page._meta.auto_field and not f.generated
        ]
        child_fields = [f for f in model._meta.local_concrete_fields if not f.generated]
        returning = Page._meta.db_returning_fields
        for batch in self.batches(pages, page_fields):
            rows = Page._base_manager._insert(
                batch, fields=page_fields, returning_fields=returning, using=connection.alias
            )
            for page, row in zip(batch, rows, strict=True):
                page.id = page.page_ptr_id = row[0]
                page._state.adding = False
                page._state.db = connection.alias
        for batch in self.batches(pages, child_fields):
            model._base_manager._insert(batch, fields=child_fields, using=connection.alias)
        self.written.update({Page._meta.db_table, model._meta.db_table})

    def insert_relations(self, model, records):
        """Many-to-many through rows and Orderable rows, for every translation
        and placeholder: relations are synchronised fields (default-locale
        targets in every language)."""
        rows = defaultdict(list)
        for record in records:
            for name, target_ids in record.m2m.items():
                relation = model._meta.get_field(name)
                through = relation.remote_field.through
                source_name = f"{relation.m2m_field_name()}_id"
                target_name = f"{relation.m2m_reverse_field_name()}_id"
                for page in record.pages:
                    rows[through].extend(
                        through(**{source_name: page.pk, target_name: target})
                        for target in target_ids
                    )
            for name, values in record.children.items():
                relation = model._meta.get_field(name)
                child_model = relation.related_model
                parent_name = f"{relation.field.attname}"
                for page in record.pages:
                    rows[child_model].extend(
                        child_model(**{parent_name: page.pk, "sort_order": order}, **value)
                        for order, value in enumerate(values)
                    )
        for row_model, objects in rows.items():
            row_model._base_manager.bulk_create(objects, batch_size=MAX_ROWS_PER_INSERT)
            self.written.add(row_model._meta.db_table)
            self.counts[f"{row_model._meta.label} rows"] += len(objects)

    def recount_children(self, parent_paths):
        """numchild of the given parents, from the rows (what fixtree would set)."""
        for path in set(parent_paths):
            count = Page.objects.filter(
                path__startswith=path, depth=len(path) // Page.steplen + 1
            ).count()
            Page.objects.filter(path=path).update(numchild=count)

    # --- clearing ---------------------------------------------------------------------

    def clear(self):
        """Delete generated pages and organisations.

        Page.delete() runs per-object signals (Wagtail's and the site
        search's) and would take many minutes for 100,000 pages, so this
        follows every foreign key that points at the rows, as Django's
        Collector would, with set-based DELETE/UPDATE statements.
        """
        content_types = [
            ContentType.objects.get_for_model(model).pk
            for model in (PracticePage, ExpertPage, SessionPage)
        ]
        generated = Page.objects.filter(slug__startswith=PREFIX, content_type_id__in=content_types)
        # Placeholders first, so that no alias points at a deleted source.
        ids = list(generated.filter(alias_of__isnull=False).values_list("pk", flat=True))
        ids += list(generated.filter(alias_of__isnull=True).values_list("pk", flat=True))
        parent_paths = {
            path[: -Page.steplen] for path in generated.values_list("path", flat=True).distinct()
        }
        self.page_content_types = [
            ContentType.objects.get_for_model(model).pk for model in (Page, *get_page_models())
        ]
        for start in range(0, len(ids), DELETE_CHUNK):
            chunk = ids[start : start + DELETE_CHUNK]
            self.forget_search_documents(chunk)
            self.forget_references(chunk)
            self.purge(Page, chunk)
        self.recount_children(parent_paths)
        organisations = list(
            Organisation.objects.filter(slug__startswith=PREFIX).values_list("pk", flat=True)
        )
        for start in range(0, len(organisations), DELETE_CHUNK):
            self.purge(Organisation, organisations[start : start + DELETE_CHUNK])
        self.log(f"Cleared {len(ids)} generated pages and {len(organisations)} organisation rows")

    def forget_search_documents(self, page_ids):
        """The site search keeps an FTS table and a version next to its rows:
        removing documents goes through its indexer so they stay in step."""
        indexer.remove_pages(page_ids)

    def forget_references(self, page_ids):
        """Wagtail's reference index names pages by content type and text id."""
        ids = [str(pk) for pk in page_ids]
        ReferenceIndex.objects.filter(
            Q(base_content_type_id__in=self.page_content_types, object_id__in=ids)
            | Q(to_content_type_id__in=self.page_content_types, to_object_id__in=ids)
        )._raw_delete(connection.alias)

    def purge(self, model, ids):
        """Delete rows of ``model`` and, following on_delete, what refers to them."""
        ids = list(ids)
        if not ids:
            return
        for relation in model._meta.get_fields(include_hidden=True):
            if not (
                relation.auto_created
                and not relation.concrete
                and (relation.one_to_many or relation.one_to_one)
            ):
                continue
            foreign_key = relation.field
            if foreign_key.related_model is not model:
                continue  # inherited from a parent model: handled with the parent
            rows = relation.related_model._base_manager.filter(**{f"{foreign_key.name}__in": ids})
            on_delete = foreign_key.remote_field.on_delete
            if on_delete is models.CASCADE:
                self.purge(relation.related_model, rows.values_list("pk", flat=True))
            elif on_delete is models.SET_NULL:
                rows.update(**{foreign_key.name: None})
            elif on_delete is not models.DO_NOTHING and rows.exists():
                raise CommandError(
                    f"{relation.related_model._meta.label} rows still refer to generated "
                    f"{model._meta.label} rows; delete them first."
                )
        for generic in model._meta.private_fields:
            if not isinstance(generic, GenericRelation) or getattr(generic, "mti_inherited", False):
                continue
            content_types = (
                self.page_content_types
                if issubclass(model, Page)
                else [ContentType.objects.get_for_model(model).pk]
            )
            rows = generic.related_model._base_manager.filter(
                **{
                    f"{generic.content_type_field_name}__in": content_types,
                    f"{generic.object_id_field_name}__in": [str(pk) for pk in ids],
                }
            )
            self.purge(generic.related_model, rows.values_list("pk", flat=True))
        model._base_manager.filter(pk__in=ids)._raw_delete(connection.alias)
        self.written.add(model._meta.db_table)

    def vacuum(self):
        """PostgreSQL: reclaim the deleted rows and refresh the planner's
        statistics now, as autovacuum would at some later moment (in the
        middle of a benchmark, or after a first slow query)."""
        if connection.vendor != "postgresql" or not self.written:
            return
        tables = ", ".join(connection.ops.quote_name(table) for table in sorted(self.written))
        with connection.cursor() as cursor:
            cursor.execute(f"VACUUM ANALYZE {tables}")
        self.log(f"VACUUM ANALYZE of {len(self.written)} tables")
