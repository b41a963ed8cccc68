"""PostgreSQL: the full-text vectors move to a narrow table of their own.

Matching 'school' among 100,000 documents read 3,000 heap blocks of the wide
documents table (23 ms) and ranked with ``ts_rank`` over the whole vector,
which had to be fetched from TOAST for every match (110 ms). ``search_text``
holds only what a match needs: page id, locale (indexed), members-only
flag, the vector to match (title A + body C, GIN) and a title vector to rank
with (GIN, for autocomplete too). The vectors are large enough to live in
TOAST, so the table itself stays small (30 MB at 100,000 documents) and a
match visits few pages: 9 ms for 'school', 11 ms for 'prevent'. (Vectors
without positions are smaller, so they stay in the rows: 140 MB, 3 times
slower.) The vector has no statistics, so the planner always takes the GIN
index: with them it chose to scan the table for common words, reading
every vector from TOAST (160 ms).

The indexer writes it beside the documents, in the same transaction, as it
writes the FTS5 table on SQLite. Nothing changes on SQLite.
"""

from django.db import migrations

CREATE = [
    "ALTER TABLE search_searchdocument DROP COLUMN IF EXISTS search_vector",
    "CREATE TABLE search_text ("
    " page_id integer PRIMARY KEY,"
    " locale varchar(8) NOT NULL,"
    " members_only boolean NOT NULL,"
    " vector tsvector NOT NULL,"
    " title_vector tsvector NOT NULL)",
    "CREATE INDEX search_text_vector ON search_text USING GIN (vector)",
    "CREATE INDEX search_text_title_vector ON search_text USING GIN (title_vector)",
    "CREATE INDEX search_text_locale ON search_text (locale)",
    "ALTER TABLE search_text ALTER COLUMN vector SET STATISTICS 0",
    "INSERT INTO search_text (page_id, locale, members_only, vector, title_vector)"
    " SELECT page_id, locale, members_only,"
    " setweight(to_tsvector('simple'::regconfig, title_terms), 'A') ||"
    " setweight(to_tsvector('simple'::regconfig, body_terms), 'C'),"
    " to_tsvector('simple'::regconfig, title_terms)"
    " FROM search_searchdocument",
]
DROP = [
    "DROP TABLE IF EXISTS search_text",
    "ALTER TABLE search_searchdocument ADD COLUMN search_vector tsvector GENERATED ALWAYS AS ("
    "setweight(to_tsvector('simple'::regconfig, coalesce(title_terms, '')), 'A') || "
    "setweight(to_tsvector('simple'::regconfig, coalesce(body_terms, '')), 'C')) STORED",
    "CREATE INDEX search_document_vector ON search_searchdocument USING GIN (search_vector)",
]


def forward(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for statement in CREATE:
            schema_editor.execute(statement)


def backward(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for statement in DROP:
            schema_editor.execute(statement)


class Migration(migrations.Migration):
    dependencies = [("search", "0004_incremental_index")]

    operations = [migrations.RunPython(forward, backward)]
