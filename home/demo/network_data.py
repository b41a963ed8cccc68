"""Demo content for the network of cities preventing violent radicalisation.

The records are data files (``home/demo/data/*.json``, described in
SCHEMA.md). Facts about the LIAISE project and its real partners come from the
source texts; experts and the town of Eastbridge are invented, illustrative
demo entries and are marked as such.
"""

from home.demo import records

TOPICS = records("topics")
FORMS_OF_EXTREMISM = records("forms_of_extremism")
TARGET_GROUPS = records("target_groups")
ORGANISATIONS = records("organisations")
HOME = records("home")
PAGES = records("pages")
EXPERTS = records("experts")
SESSIONS = records("sessions")
