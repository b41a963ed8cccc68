"""The search in Wagtail's admin and in the health checks: the index's state
on the dashboard, and the engine's readiness check (``cms.health``)."""

from django.conf import settings
from django.contrib.auth.models import Permission
from django.db import connection
from django.db.models import Count, Max, Min, Q
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.components import Component

from search import elastic
from search.indexer import TEXT_TABLE
from search.models import IndexChange, IndexVersion, PendingUpdate, SearchDocument

#: Who sees the index panel: superusers, and the groups given "Can view search
#: document" (the demo's editors; any group in Settings → Groups).
VIEW_PERMISSION = "search.view_searchdocument"
#: Seconds the readiness check waits for Elasticsearch: a probe must answer
#: well within a load balancer's timeout, and readers never wait for it.
READINESS_TIMEOUT = 1.0


def engine_label():
    if settings.SEARCH_ENGINE == "elasticsearch":
        return _("Elasticsearch")
    if connection.vendor == "postgresql":
        return _("Database (PostgreSQL full text)")
    return _("Database (SQLite FTS5)")


def check_readiness():
    """The database index's tables answer (the site's fallback too), and
    with Elasticsearch the cluster is not red. Raises when it cannot serve."""
    SearchDocument.objects.values_list("pk").first()
    table = TEXT_TABLE[connection.vendor][0]
    with connection.cursor() as cursor:
        # A constant table name (search.indexer); nothing from the request.
        cursor.execute(f"SELECT 1 FROM {table} LIMIT 1")  # noqa: S608
        cursor.fetchall()
    figures = {"engine": settings.SEARCH_ENGINE}
    if settings.SEARCH_ENGINE == "elasticsearch":
        health = (
            elastic.client()
            .options(request_timeout=READINESS_TIMEOUT, max_retries=0)
            .cluster.health()
        )
        figures["cluster"] = health["status"]
        if health["status"] == "red":
            raise ConnectionError("the Elasticsearch cluster is red")
        figures["pending"] = PendingUpdate.objects.count()
    return figures


@hooks.register("register_readiness_check")
def register_readiness_check():
    return ("search", check_readiness)


class SearchIndexPanel(Component):
    """The index at a glance: is it up to date, and if not, how far behind.

    The database index is written in the transaction of each change, so it
    is never behind. Elasticsearch follows from the outbox
    (``PendingUpdate``) after each commit, and ``sync_search_index`` retries
    what failed: documents waiting there are changes it does not have yet.
    """

    name = "search_index"
    template_name = "search/panels/index.html"
    order = 150

    def get_context_data(self, parent_context=None):
        documents = SearchDocument.objects.aggregate(
            total=Count("pk"),
            members_only=Count("pk", filter=Q(members_only=True)),
            last_written=Max("updated_at"),
        )
        pending = PendingUpdate.objects.aggregate(
            count=Count("pk"), oldest=Min("created_at"), attempts=Max("attempts")
        )
        seq, _token = IndexVersion.current()
        last_rebuild = IndexChange.objects.filter(full=True).aggregate(seq=Max("seq"))["seq"]
        elasticsearch = settings.SEARCH_ENGINE == "elasticsearch"
        return {
            "engine": engine_label(),
            "elasticsearch": elasticsearch,
            "documents": documents,
            "seq": seq,
            "last_rebuild": last_rebuild,
            "pending": pending,
            "up_to_date": not elasticsearch or pending["count"] == 0,
        }


@hooks.register("construct_homepage_panels")
def add_search_index_panel(request, panels):
    if request.user.has_perm(VIEW_PERMISSION):
        panels.append(SearchIndexPanel())


@hooks.register("register_permissions")
def register_view_permission():
    """Offered in Settings → Groups, so that a group can be given the panel."""
    app_label, codename = VIEW_PERMISSION.split(".")
    return Permission.objects.filter(content_type__app_label=app_label, codename=codename)
