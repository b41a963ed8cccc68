"""The site search (docs/search.md)."""


def warm():
    """Load the search's facet index of the current index state into this
    process (from the snapshot if there is one, else from the database) and
    return it.

    Gunicorn's master calls it after preloading the application
    (``deploy/gunicorn.conf.py``, ``when_ready``): the workers it forks
    share the loaded index copy-on-write and answer their first search at
    once, instead of each reading it on its first search.
    """
    from search.facet_index import FacetIndex
    from search.models import IndexVersion

    return FacetIndex.get(IndexVersion.current())
