"""The rows the facet index is built from: one per search document, read
in one query with the values already in the shape the index keeps (see
``read_rows``)."""

import json

from django.db import connection

from search.models import SearchDocument

ROW_FIELDS = (
    "id",
    "locale",
    "translation_key",
    "members_only",
    "facets",
    "title",
    "published_at",
)


#: Publication time in microseconds since the epoch, computed by the
#: database (SQLite stores "YYYY-MM-DD HH:MM:SS[.ffffff]" in UTC). SQLite's
#: date functions round to the millisecond, so whole seconds are taken from
#: the text without its fraction: from the whole text, 37.9996 s became 38 s
#: and the page sorted as if published at 38.9996 s.
EPOCH = {
    "sqlite": "COALESCE(CAST(strftime('%%s', substr(published_at, 1, 19)) AS INTEGER) * 1000000"
    " + CAST(substr(published_at, 21, 6) AS INTEGER), 0)",
    "postgresql": "COALESCE((EXTRACT(EPOCH FROM published_at) * 1000000)::bigint, 0)",
}


#: The translation key as 32 hexadecimal digits on both databases (SQLite
#: stores it so): a string, which the snapshot (``search.snapshot``) can
#: write, and which compares as fast as a UUID.
KEY = {
    "sqlite": "translation_key",
    "postgresql": "replace(translation_key::text, '-', '')",
}


def read_rows(where="", params=()):
    """The documents' rows for the bitsets, as the database sends them.

    Read with a plain cursor, the facets parsed as one JSON array and the
    publication time as a number computed by the database: through the ORM
    (converters and a ``json.loads`` per row) loading 100,000 documents took
    5.5 s of a fresh process's first search. Translation keys stay as the
    database gives them (they are only compared with each other).
    """
    vendor = connection.vendor
    columns = ", ".join([*ROW_FIELDS[:2], KEY[vendor], *ROW_FIELDS[3:-1], EPOCH[vendor]])
    table = SearchDocument._meta.db_table
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT {columns} FROM {table} {where}", list(params))  # noqa: S608
        rows = cursor.fetchall()
    facets = json.loads("[" + ",".join(row[4] for row in rows) + "]")
    return [
        (doc_id, locale, key, bool(members_only), facets[number], title, published)
        for number, (doc_id, locale, key, members_only, _facets, title, published) in enumerate(
            rows
        )
    ]
