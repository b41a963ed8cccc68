"""The database engine: full-text match in SQLite FTS5 or PostgreSQL, and the
choice of engine (``get_engine``) with its fallback (``run_engine``).
"""

import logging

from django.conf import settings
from django.db import connection

from search.analysis import prefix_terms, query_terms
from search.bitsets import unpack
from search.elastic import ElasticsearchEngine

# The name the fallback has always logged under (``run_engine``).
logger = logging.getLogger("search.engine")


# The SQL below is assembled from constant fragments only; every value the
# reader typed is passed as a parameter (terms are \w+ words, see analysis).
class DatabaseEngine:
    """Full-text match in the database: FTS5 on SQLite, tsvector on PostgreSQL."""

    def match(self, text, locales, members):
        """Documents matching every term, as {document id: score}. On SQLite with
        one locale, pages of other locales and members-only pages are among
        them: ``search`` restricts the matches with its bitsets anyway."""
        return self.match_terms({locale: query_terms(text, locale) for locale in locales}, members)

    def match_terms(self, terms_by_locale, members):
        parts, params = [], []
        postgresql = connection.vendor == "postgresql"
        for locale, terms in terms_by_locale.items():
            if not terms:
                continue
            if postgresql:
                tsquery = " & ".join(terms)
                # Ranked by the title: ranking by the whole vector would fetch
                # it from TOAST for every match (see migration 0005). The
                # matches come packed, one row per locale (see unpack).
                parts.append(
                    "SELECT string_agg(int4send(document_id), ''::bytea), string_agg(float4send("
                    "ts_rank(title_vector, to_tsquery('simple', %s))), ''::bytea) "
                    "FROM search_text WHERE locale = %s "
                    "AND vector @@ to_tsquery('simple', %s)"
                    + ("" if members else " AND NOT members_only")
                )
                params += [tsquery, locale, tsquery]
                continue
            expression = " AND ".join(f'"{term}"' for term in terms)
            if len(terms_by_locale) == 1:
                # One language (the default search): the service keeps that
                # language's pages the reader may see with its bitsets, so
                # the match does not join the documents to check them (that
                # read each match's row: a third of the match at 100,000).
                parts.append(
                    "SELECT rowid, -bm25(search_fts, 5.0, 1.0) FROM search_fts "
                    "WHERE search_fts MATCH %s"
                )
                params.append(expression)
            else:
                parts.append(
                    "SELECT d.id, -bm25(search_fts, 5.0, 1.0) AS score "
                    "FROM search_fts JOIN search_searchdocument d ON d.id = search_fts.rowid "
                    "WHERE search_fts MATCH %s AND d.locale = %s"
                    + ("" if members else " AND d.members_only = 0")
                )
                params += [expression, locale]
        if not parts:
            return {}
        sql = " UNION ALL ".join(parts)
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            rows = cursor.fetchall()
        if not postgresql:
            return dict(rows)
        scores = {}
        for doc_ids, ranks in rows:
            scores.update(zip(unpack(doc_ids, "i"), unpack(ranks, "f"), strict=True))
        return scores

    def complete(self, text, locale, members, limit):
        complete_terms, prefix = prefix_terms(text, locale)
        if not prefix:
            return []
        if connection.vendor == "postgresql":
            anywhere = " & ".join(complete_terms) or f"{prefix}:*"
            in_title = f"{prefix}:*"
            sql = (
                "SELECT t.document_id FROM search_text t JOIN search_searchdocument d "
                "ON d.id = t.document_id WHERE t.locale = %s "
                "AND t.title_vector @@ to_tsquery('simple', %s) "
                "AND t.vector @@ to_tsquery('simple', %s)"
                + ("" if members else " AND NOT t.members_only")
                + " ORDER BY ts_rank(t.title_vector, to_tsquery('simple', %s)) DESC, d.title"
                " LIMIT %s"
            )
            params = [locale, in_title, anywhere, in_title, limit]
        else:
            expression = " AND ".join(
                [*(f'"{t}"' for t in complete_terms), f'title : "{prefix}" *']
            )
            sql = (
                "SELECT d.id FROM search_fts JOIN search_searchdocument d "
                "ON d.id = search_fts.rowid WHERE search_fts MATCH %s AND d.locale = %s"
                + ("" if members else " AND d.members_only = 0")
                + " ORDER BY bm25(search_fts, 5.0, 1.0), d.title LIMIT %s"
            )
            params = [expression, locale, limit]
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            return [row[0] for row in cursor.fetchall()]


def get_engine():
    if settings.SEARCH_ENGINE == "elasticsearch":
        return ElasticsearchEngine()
    return DatabaseEngine()


def run_engine(engine, method, *args):
    """Ask the engine; if Elasticsearch fails, answer from the database
    engine (always up to date) and say the results may be incomplete."""
    try:
        return getattr(engine, method)(*args), False
    except Exception:
        if isinstance(engine, DatabaseEngine):
            raise
        logger.exception("Search engine %s failed; answering from the database", engine)
        return getattr(DatabaseEngine(), method)(*args), True
