"""The Elasticsearch engine (8 and 9 servers, through the 8.x client's DSL).

One index per language behind an alias (``<prefix>-<language>``), each with
that language's analyzer, so stemming is Elasticsearch's own. A rebuild
fills fresh indices and swaps the aliases in one atomic call: readers never
see a half-built index.

Elasticsearch does the text matching and scoring; filters, exact facet
counts and de-duplication across languages stay in ``search.engine`` on the
same bitsets as the database engine, so both engines give the same counts by
construction (Elasticsearch's terms aggregations would count translations
separately and are approximate across shards).

The database index (``search.models.SearchDocument``) is always written
first, in the content's transaction; Elasticsearch follows after commit from
the ``PendingUpdate`` outbox, and the site answers from the database engine
while Elasticsearch is unreachable.
"""

import logging
import time
from functools import lru_cache

from django.conf import settings
from django.db import transaction
from django.db.models import F
from django.utils.module_loading import import_string
from elasticsearch import Elasticsearch, helpers
from elasticsearch.dsl import Q, Search, analyzer, token_filter, tokenizer

from search.analysis import MAX_QUERY_CHARS
from search.models import PendingUpdate, SearchDocument

logger = logging.getLogger(__name__)

LANGUAGES = [code for code, _name in settings.LANGUAGES]
MAX_MATCHES = 10_000

# The built-in language analyzers stem and fold accents (fr, de, it, es);
# English's does not fold, so it gets a chain of its own.
english_folded = analyzer(
    "english_folded",
    tokenizer="standard",
    filter=[
        "lowercase",
        token_filter("english_stem", "stemmer", language="english"),
        "asciifolding",
    ],
)
ANALYZERS = {
    "en": english_folded,
    "fr": "french",
    "de": "german",
    "it": "italian",
    "es": "spanish",
}
title_prefix = analyzer(
    "title_prefix",
    tokenizer=tokenizer(
        "title_edge", "edge_ngram", min_gram=2, max_gram=20, token_chars=["letter", "digit"]
    ),
    filter=["lowercase", "asciifolding"],
)
title_prefix_query = analyzer(
    "title_prefix_query", tokenizer="standard", filter=["lowercase", "asciifolding"]
)


class ElasticsearchUnavailable(Exception):
    pass


@lru_cache(maxsize=4)
def _client(url, node_class, timeout):
    options = {"request_timeout": timeout, "max_retries": 1, "retry_on_timeout": False}
    if node_class:
        options["node_class"] = import_string(node_class)
    # Several nodes, comma-separated: the client spreads requests over them
    # and tries another (max_retries) when one is down.
    nodes = [node.strip() for node in url.split(",") if node.strip()]
    return Elasticsearch(nodes, **options)


def client():
    if not settings.ELASTICSEARCH_URL:
        raise ElasticsearchUnavailable("ELASTICSEARCH_URL is not set")
    return _client(
        settings.ELASTICSEARCH_URL,
        settings.ELASTICSEARCH_NODE_CLASS,
        settings.ELASTICSEARCH_TIMEOUT,
    )


def alias(language):
    return f"{settings.ELASTICSEARCH_INDEX_PREFIX}-{language}"


def merge_analysis(*analyzers):
    analysis = {}
    for item in analyzers:
        for section, definitions in item.get_analysis_definition().items():
            analysis.setdefault(section, {}).update(definitions)
    return analysis


def create_index(language):
    """Create a fresh index for one language and return its name."""
    name = f"{alias(language)}-{time.time_ns()}"
    language_analyzer = ANALYZERS[language]
    custom = [title_prefix, title_prefix_query]
    if not isinstance(language_analyzer, str):
        custom.append(language_analyzer)
        language_analyzer = language_analyzer._name
    client().indices.create(
        index=name,
        settings={
            "number_of_shards": settings.ELASTICSEARCH_SHARDS,
            "number_of_replicas": settings.ELASTICSEARCH_REPLICAS,
            "analysis": merge_analysis(*custom),
        },
        mappings={
            "properties": {
                "title": {
                    "type": "text",
                    "analyzer": language_analyzer,
                    "fields": {
                        "prefix": {
                            "type": "text",
                            "analyzer": "title_prefix",
                            "search_analyzer": "title_prefix_query",
                        }
                    },
                },
                "body": {"type": "text", "analyzer": language_analyzer},
                "locale": {"type": "keyword"},
                "kind": {"type": "keyword"},
                "translation_key": {"type": "keyword"},
                "members_only": {"type": "boolean"},
                "published_at": {"type": "date"},
            }
        },
    )
    return name


def source(document):
    return {
        "title": document.title,
        "body": "\n".join(part for part in (document.summary, document.text) if part),
        "locale": document.locale,
        "kind": document.kind,
        "translation_key": str(document.translation_key),
        "members_only": document.members_only,
        "published_at": document.published_at.isoformat() if document.published_at else None,
    }


def actions(documents, index_for):
    for document in documents:
        yield {
            "_op_type": "index",
            "_index": index_for(document.locale),
            "_id": document.pk,
            "_source": source(document),
        }


def rebuild(progress=None):
    """Fill new indices from the database index, then swap every alias at once."""
    es = client()
    created = {language: create_index(language) for language in LANGUAGES}
    total = SearchDocument.objects.count()
    done = 0
    batch = []
    for document in SearchDocument.objects.order_by("pk").iterator(chunk_size=1000):
        batch.append(document)
        if len(batch) == 1000:
            helpers.bulk(es, actions(batch, lambda language: created[language]))
            done += len(batch)
            batch = []
            if progress:
                progress(done, total)
    helpers.bulk(es, actions(batch, lambda language: created[language]))
    done += len(batch)
    es.indices.refresh(index=",".join(created.values()))
    swap = []
    old = []
    for language, index_name in created.items():
        name = alias(language)
        if es.indices.exists_alias(name=name):
            for existing in es.indices.get_alias(name=name):
                swap.append({"remove": {"index": existing, "alias": name}})
                old.append(existing)
        swap.append({"add": {"index": index_name, "alias": name}})
    es.indices.update_aliases(actions=swap)
    for existing in old:
        es.indices.delete(index=existing, ignore_unavailable=True)
    PendingUpdate.objects.all().delete()
    if progress:
        progress(done, total)
    return done


def ensure_indices():
    es = client()
    for language in LANGUAGES:
        if not es.indices.exists_alias(name=alias(language)):
            es.indices.put_alias(index=create_index(language), name=alias(language))


def push(doc_ids):
    """Bring Elasticsearch in line with the database index for these pages."""
    es = client()
    doc_ids = list(doc_ids)
    documents = list(SearchDocument.objects.filter(pk__in=doc_ids))
    present = {document.pk for document in documents}
    operations = list(actions(documents, alias))
    for doc_id in doc_ids:
        for language in LANGUAGES:
            if doc_id in present and any(
                doc.pk == doc_id and doc.locale == language for doc in documents
            ):
                continue
            operations.append({"_op_type": "delete", "_index": alias(language), "_id": doc_id})
    _ok, errors = helpers.bulk(es, operations, raise_on_error=False, refresh=True)
    real_errors = [
        error
        for error in errors
        if not ("delete" in error and error["delete"].get("status") == 404)
    ]
    if real_errors:
        raise RuntimeError(f"Elasticsearch refused {len(real_errors)} update(s): {real_errors[:3]}")


def flush_pending():
    """Push every pending update; keep the ones that fail for the next try."""
    pending = list(PendingUpdate.objects.values_list("document_id", flat=True)[:5000])
    if not pending:
        return 0
    try:
        push(pending)
    except Exception:
        logger.exception("Elasticsearch update failed for %d page(s); will retry", len(pending))
        PendingUpdate.objects.filter(document_id__in=pending).update(attempts=F("attempts") + 1)
        return 0
    PendingUpdate.objects.filter(document_id__in=pending).delete()
    return len(pending)


def record(doc_ids):
    """Called by the indexer inside the content's transaction."""
    PendingUpdate.objects.bulk_create(
        [PendingUpdate(document_id=doc_id) for doc_id in doc_ids], ignore_conflicts=True
    )
    if settings.SEARCH_PUSH_IMMEDIATELY:
        flush_pending()
    else:
        transaction.on_commit(flush_pending)


class ElasticsearchEngine:
    def match(self, text, locales, members):
        text = (text or "").replace("\x00", " ")[:MAX_QUERY_CHARS]
        search = (
            Search(using=client(), index=[alias(language) for language in locales])
            .query(Q("multi_match", query=text, fields=["title^3", "body"], operator="and"))
            .source(False)
            .extra(size=MAX_MATCHES, track_total_hits=False)
        )
        if not members:
            search = search.filter(~Q("term", members_only=True))
        response = search.execute()
        return {int(hit.meta.id): hit.meta.score for hit in response.hits}

    def complete(self, text, locale, members, limit):
        text = (text or "").replace("\x00", " ")[:200].strip()
        if not text:
            return []
        search = (
            Search(using=client(), index=alias(locale))
            .query(Q("match", **{"title.prefix": {"query": text, "operator": "and"}}))
            .source(False)
            .extra(size=limit)
        )
        if not members:
            search = search.filter(~Q("term", members_only=True))
        return [int(hit.meta.id) for hit in search.execute().hits]
