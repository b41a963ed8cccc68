from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PracticesConfig(AppConfig):
    name = "practices"
    verbose_name = _("Practices and experts")

    def ready(self):
        # Shown on pages (terms, the organisations and the member map): a
        # change purges the shared cache (cms.cache).
        from cms.signals import purge_when_changed
        from practices.models import FormOfExtremism, TargetGroup, Topic

        for model in (Topic, FormOfExtremism, TargetGroup):
            purge_when_changed(model)
