from django.apps import AppConfig


class SearchConfig(AppConfig):
    """The site search: one query model, a database engine (default) and, at
    scale, Elasticsearch. See docs/architecture.md."""

    name = "search"

    def ready(self):
        from search import signals

        signals.connect()
