from django.apps import AppConfig


class SearchConfig(AppConfig):
    """The site search: one query model over the content the apps register
    (``search.registry``), a database engine (default) and, at scale,
    Elasticsearch. See docs/search.md."""

    name = "search"

    def ready(self):
        from search import registry, signals

        registry.autodiscover()
        signals.connect()
