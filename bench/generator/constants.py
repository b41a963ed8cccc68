"""Settings shared by the generator's modules: the generated rows' slug
prefix, the languages, the target sizes and the statement sizes."""

from django.conf import settings

PREFIX = "gen-"
LANGUAGES = [code for code, _name in settings.LANGUAGES]
SOURCE = settings.LANGUAGE_CODE
OTHERS = [code for code in LANGUAGES if code != SOURCE]
#: Every record is in English and French; the others are a share of the records.
ALWAYS = [SOURCE, "fr"] if "fr" in LANGUAGES else [SOURCE]

#: Searchable documents (live, non-alias translations) aimed at per practice.
DOCUMENTS_PER_PRACTICE = 5
EXPERTS_PER_PRACTICE = 1 / 10
SESSIONS_PER_PRACTICE = 1 / 100
#: Share of experts translated into each language beyond English and French.
EXPERT_EXTRA_SHARE = 0.3
MEMBERS_ONLY_SHARE = 0.05
BODY_MEMBERS_ONLY_SHARE = 0.08
#: Rows per INSERT statement at most (SQLite also caps by its variable limit).
MAX_ROWS_PER_INSERT = 1000
#: Ids per DELETE ... IN (...) when clearing.
DELETE_CHUNK = 2000
