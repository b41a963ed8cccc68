"""The synthetic network generator behind ``manage.py generate_network``.

* ``records``: the synthetic page and organisation records, recombined from
  the demo data (names, texts, relations);
* ``bulk``: writing and deleting Wagtail's tables in bulk (the only module
  that uses Django's, Wagtail's and treebeard's private internals);
* ``checks``: the page tree's consistency, rendering, and the summary.
"""
