"""Models of the practices library, one module per kind of content."""

from practices.models.expert import ExpertIndexPage, ExpertLink, ExpertPage
from practices.models.practice import (
    PracticeContact,
    PracticeDocument,
    PracticeIndexPage,
    PracticePage,
)
from practices.models.taxonomy import (
    FormOfExtremism,
    TargetGroup,
    Topic,
    linked_terms,
    localized_record,
    localized_terms,
)

__all__ = [
    "ExpertIndexPage",
    "ExpertLink",
    "ExpertPage",
    "FormOfExtremism",
    "PracticeContact",
    "PracticeDocument",
    "PracticeIndexPage",
    "PracticePage",
    "TargetGroup",
    "Topic",
    "linked_terms",
    "localized_record",
    "localized_terms",
]
