from django.apps import AppConfig


class SearchConfig(AppConfig):
    """The site search. Issue 3 builds it; the app exists so the layout is final."""

    name = "search"
