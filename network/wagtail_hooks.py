from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from network.admin_views import ApplicationViewSet, MembershipFilterSet
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
    # Tier, paid, and the period (active, ends within 60 days, ended).
    filterset_class = MembershipFilterSet
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
    items = (OrganisationViewSet, MembershipViewSet, AffiliationViewSet, ApplicationViewSet)


register_snippet(NetworkGroup)
