"""The synthetic network generator behind ``manage.py generate_network``.

* ``records``: the record types, the plan and the text helpers;
* ``sources``: what records are made from (demo templates, vocabularies with
  their translations) and the generated cities' organisations;
* ``pages``: the practice, expert and session records, recombined from the
  demo data (names, texts, relations);
* ``bulk``: writing and deleting Wagtail's tables in bulk (the only module
  that uses Django's, Wagtail's and treebeard's private internals);
* ``checks``: the page tree's consistency, rendering, and the summary.
"""
