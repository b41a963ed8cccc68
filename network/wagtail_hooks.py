from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from network.models import Membership, Organisation


class OrganisationViewSet(SnippetViewSet):
    model = Organisation
    icon = "site"
    list_display = ["name", "kind", "role", "country", "locale"]
    list_filter = ["kind", "role"]
    search_fields = ["name", "city"]


class MembershipViewSet(SnippetViewSet):
    model = Membership
    icon = "user"
    list_display = ["user", "organisation", "status", "starts_on", "ends_on"]
    list_filter = ["status"]
    search_fields = ["user__username", "user__email", "organisation__name"]


class NetworkGroup(SnippetViewSetGroup):
    menu_label = _("Network")
    menu_icon = "group"
    menu_order = 200
    items = (OrganisationViewSet, MembershipViewSet)


register_snippet(NetworkGroup)
