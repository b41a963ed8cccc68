from django.apps import AppConfig
from django.db.models.signals import post_delete, post_migrate, post_save, pre_save


class CmsConfig(AppConfig):
    name = "cms"
    verbose_name = "Shared content"

    def ready(self):
        from wagtail.models import Page
        from wagtail.signals import page_published, page_unpublished, post_page_move

        from cms import page_cache, signals, visibility  # noqa: F401 (page_cache: its hook)

        for model in self.apps.get_models():
            if issubclass(model, Page):
                post_save.connect(
                    signals.on_page_saved, sender=model, dispatch_uid=f"access-{model._meta.label}"
                )
        post_page_move.connect(signals.on_page_moved, dispatch_uid="access-move")
        # The shared cache's purge (cms.cache): pages, then every other record
        # that shows on them (signals.purging_models; each app names its own).
        for model in self.apps.get_models():
            if issubclass(model, Page):
                post_save.connect(
                    signals.on_page_changed, sender=model, dispatch_uid=f"purge-{model._meta.label}"
                )
                post_delete.connect(
                    signals.on_page_changed,
                    sender=model,
                    dispatch_uid=f"purge-delete-{model._meta.label}",
                )
        page_published.connect(signals.on_page_event, dispatch_uid="purge-publish")
        page_unpublished.connect(signals.on_page_event, dispatch_uid="purge-unpublish")
        post_page_move.connect(signals.on_page_event, dispatch_uid="purge-move")
        visibility.access_changed.connect(signals.on_access_changed, dispatch_uid="purge-access")
        for model in signals.purging_models():
            signals.purge_when_changed(model)
        post_migrate.connect(signals.on_migrated, dispatch_uid="access-migrate")
        # Whether a person may edit, noted in their session at sign-in: the
        # pages of those who may not skip Wagtail's user bar and its queries.
        from django.contrib.auth.signals import user_logged_in

        from cms.templatetags.site_tags import remember_editor

        user_logged_in.connect(remember_editor, dispatch_uid="remember-editor")
        # A translated slug is stored transliterated (ü → ue in German): cms.slugs.
        from wagtail_localize.models import StringTranslation

        from cms.slugs import on_string_translation_saved

        pre_save.connect(
            on_string_translation_saved, sender=StringTranslation, dispatch_uid="slug-translation"
        )
