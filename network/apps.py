from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NetworkConfig(AppConfig):
    name = "network"
    verbose_name = _("Network")

    def ready(self):
        # Shown on pages (terms, the organisations and the member map): a
        # change purges the shared cache (cms.cache).
        from cms.signals import purge_when_changed
        from network.models import Affiliation, Membership, Organisation

        for model in (Organisation, Membership, Affiliation):
            purge_when_changed(model)
