"""The worker processes of a PostgreSQL rebuild (``indexer.built_batches_in_workers``).

A worker starts as a fresh interpreter, which unpickles these functions by
importing this module: it must import nothing of Django's models before
``django.setup()``, hence the imports inside the functions.
"""

_state = {}


def start(database_name):
    import django

    django.setup()
    from django.db import connection

    connection.settings_dict["NAME"] = database_name  # a test database, under tests


def build_batch(model_label, ids):
    """``indexer.build_batch`` in a worker, with one ``BuildContext`` per worker."""
    from django.apps import apps

    from search import indexer
    from search.documents import BuildContext

    context = _state.get("context")
    if context is None:
        context = _state["context"] = BuildContext()
    return indexer.build_batch(apps.get_model(model_label), ids, context)
