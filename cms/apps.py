from django.apps import AppConfig
from django.db.models.signals import post_migrate, post_save, pre_save


class CmsConfig(AppConfig):
    name = "cms"
    verbose_name = "Shared content"

    def ready(self):
        from wagtail.models import Page
        from wagtail.signals import post_page_move

        from cms import signals

        for model in self.apps.get_models():
            if issubclass(model, Page):
                post_save.connect(
                    signals.on_page_saved, sender=model, dispatch_uid=f"access-{model._meta.label}"
                )
        post_page_move.connect(signals.on_page_moved, dispatch_uid="access-move")
        post_migrate.connect(signals.on_migrated, dispatch_uid="access-migrate")
        # A translated slug is stored transliterated (ü → ue in German): cms.slugs.
        from wagtail_localize.models import StringTranslation

        from cms.slugs import on_string_translation_saved

        pre_save.connect(
            on_string_translation_saved, sender=StringTranslation, dispatch_uid="slug-translation"
        )
