"""The full-text tables, in the form the database in use offers.

SQLite: an FTS5 table whose rowid is the document's id; the terms are
already stemmed and folded (``search.analysis``), so it only tokenises.

PostgreSQL: ``search_text``, a narrow table beside the documents holding
only what a match needs: the document id, locale (indexed), members-only
flag, the vector to match (title weight A + body C, GIN) and a title vector
to rank with (GIN, for autocomplete too). Matching in the wide documents
table read 3,000 heap blocks for 'school' at 100,000 documents (23 ms) and
ranking over the whole vector fetched it from TOAST for every match
(110 ms); here the vectors live in TOAST and the table stays small (30 MB),
a match visits few pages (9 ms for 'school'). The vector has no statistics,
so the planner always takes the GIN index: with them it chose to scan the
table for common words, reading every vector from TOAST (160 ms).

The indexer writes them in the same transaction as the documents
(``search.indexer``); a rebuild on PostgreSQL fills a new ``search_text``
and swaps it in (``TextFill``), with the definition below.
"""

from django.db import migrations

SQLITE = [
    "CREATE VIRTUAL TABLE search_fts USING fts5("
    "title, body, tokenize = 'unicode61 remove_diacritics 2')",
]
POSTGRESQL = [
    "CREATE TABLE search_text ("
    " document_id integer PRIMARY KEY,"
    " locale varchar(8) NOT NULL,"
    " members_only boolean NOT NULL,"
    " vector tsvector NOT NULL,"
    " title_vector tsvector NOT NULL)",
    "CREATE INDEX search_text_vector ON search_text USING GIN (vector)",
    "CREATE INDEX search_text_title_vector ON search_text USING GIN (title_vector)",
    "CREATE INDEX search_text_locale ON search_text (locale)",
    "ALTER TABLE search_text ALTER COLUMN vector SET STATISTICS 0",
]
DROP = {"sqlite": "DROP TABLE IF EXISTS search_fts", "postgresql": "DROP TABLE IF EXISTS search_text"}


def forward(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    for statement in {"sqlite": SQLITE, "postgresql": POSTGRESQL}.get(vendor, []):
        schema_editor.execute(statement)


def backward(apps, schema_editor):
    statement = DROP.get(schema_editor.connection.vendor)
    if statement:
        schema_editor.execute(statement)


class Migration(migrations.Migration):
    dependencies = [("search", "0001_initial")]

    operations = [migrations.RunPython(forward, backward)]
