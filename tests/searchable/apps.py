from django.apps import AppConfig


class SearchableConfig(AppConfig):
    """A test-only app: a plain model (not a page) registered with the search,
    as an exchange thread will be. Installed by the test settings only."""

    name = "tests.searchable"
    label = "searchable"
