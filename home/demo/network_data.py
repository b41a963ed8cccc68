"""Demo content for the network of cities preventing violent radicalisation,
each text as {language: text} (the form the benchmark's generator recombines).

The records are data files (``home/demo/data/*.json``, in English) and their
translations PO files (``home/demo/locale/<lang>.po``), described in
SCHEMA.md; ``load_demo`` reads them through ``home.demo`` directly. Facts
about the LIAISE project and its real partners come from the source texts;
experts and the town of Eastbridge are invented, illustrative demo entries
and are marked as such.
"""

from home.demo import localized

TOPICS = localized("topics")
FORMS_OF_EXTREMISM = localized("forms_of_extremism")
TARGET_GROUPS = localized("target_groups")
ORGANISATIONS = localized("organisations")
HOME = localized("home")
PAGES = localized("pages")
EXPERTS = localized("experts")
SESSIONS = localized("sessions")
