from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from network.models import Affiliation, Membership, Organisation


class OrganisationViewSet(SnippetViewSet):
    model = Organisation
    icon = "site"
    list_display = ["name", "kind", "role", "country", "locale"]
    list_filter = ["kind", "role"]
    search_fields = ["name", "city"]


class MembershipViewSet(SnippetViewSet):
    model = Membership
    icon = "date"
    list_display = ["organisation", "tier", "starts_on", "ends_on", "yearly_contribution", "paid"]
    list_filter = ["tier", "paid"]
    search_fields = ["organisation__name"]


class AffiliationViewSet(SnippetViewSet):
    model = Affiliation
    icon = "user"
    list_display = ["user", "organisation", "status", "is_contact"]
    list_filter = ["status"]
    search_fields = ["user__username", "user__email", "organisation__name"]


class NetworkGroup(SnippetViewSetGroup):
    menu_label = _("Network")
    menu_icon = "group"
    menu_order = 200
    items = (OrganisationViewSet, MembershipViewSet, AffiliationViewSet)


register_snippet(NetworkGroup)
