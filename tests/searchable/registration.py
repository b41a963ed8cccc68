"""The test app's registration. A content app puts it in its ``search.py``,
which the search imports at start-up; here the test registers it itself
(``tests/search/test_registry.py``) so that no other test sees notices."""

from search.registry import Facet, Fields, Index
from tests.searchable.models import Notice


class NoticeIndex(Index):
    model = Notice
    kind = "notice"
    label = "Notices"
    facets = {"topic": Facet("Topic"), "notice-length": Facet("Length", "Short or long.", "short")}

    def document(self, notice, context):
        if notice.draft:
            return None
        return Fields(
            title=notice.title,
            url=f"/notices/{notice.pk}/",
            locale=notice.language,
            translation_key=self.translation_key(notice),
            members_only=notice.members_only,
            public_text=[notice.body],
            published_at=notice.created_at,
            facets={
                "topic": [notice.topic] if notice.topic else [],
                "notice-length": ["long" if len(notice.body) > 100 else "short"],
            },
        )

    def value_labels(self):
        return {"notice-length": {"short": "Short", "long": "Long"}}
