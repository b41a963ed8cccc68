"""Demo practices for the network (26 illustrative, invented entries), from
``home/demo/data/practices.json`` (see SCHEMA.md).

Every practice is a demonstration entry, not a description of a real programme.
"""

from home.demo import records

PRACTICES = records("practices")
