"""Demo practices for the network (26 illustrative, invented entries), from
``home/demo/data/practices.json`` and ``home/demo/locale/<lang>.po`` (see
SCHEMA.md), each text as {language: text} in the languages the practice is
translated into.

Every practice is a demonstration entry, not a description of a real programme.
"""

from home.demo import localized

PRACTICES = localized("practices")
