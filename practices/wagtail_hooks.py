from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from practices.models import FormOfExtremism, TargetGroup, Topic


class TermViewSet(SnippetViewSet):
    list_display = ["name", "slug", "locale"]
    search_fields = ["name"]
    ordering = ["name"]


class TopicViewSet(TermViewSet):
    model = Topic
    icon = "tag"


class FormOfExtremismViewSet(TermViewSet):
    model = FormOfExtremism
    icon = "warning"


class TargetGroupViewSet(TermViewSet):
    model = TargetGroup
    icon = "group"


class VocabularyGroup(SnippetViewSetGroup):
    menu_label = _("Vocabularies")
    menu_icon = "list-ul"
    menu_order = 300
    items = (TopicViewSet, FormOfExtremismViewSet, TargetGroupViewSet)


register_snippet(VocabularyGroup)
