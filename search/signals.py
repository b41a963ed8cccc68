"""The index follows the content.

Pages (every registered page type): publish, unpublish, delete, move, a new
translation, a page's effective visibility changing
(``cms.visibility.access_changed``) and a Wagtail view restriction added or
removed. Other registered models: save and delete. And for every
registration, a change to a model its documents depend on (a renamed topic
or organisation; ``Index.dependencies``). Each handler runs in the
transaction of the change it follows (see search.indexer).
"""

from django.db.models.signals import post_delete, post_save
from wagtail.models import Page, PageViewRestriction
from wagtail.signals import page_published, page_unpublished, post_page_move

from cms.visibility import access_changed
from search import indexer, registry


def on_publish_or_unpublish(sender, instance, **kwargs):
    indexer.index_pages([instance])


def on_page_delete(sender, instance, **kwargs):
    indexer.remove_pages([instance.pk])
    siblings = Page.objects.filter(translation_key=instance.translation_key).exclude(pk=instance.pk)
    if siblings.exists():
        indexer.index_pages(list(siblings))


def on_page_move(sender, instance, **kwargs):
    indexer.index_pages(list(Page.objects.descendant_of(instance, inclusive=True)))


def on_access_changed(sender, page_ids, **kwargs):
    indexer.index_pages(list(Page.objects.filter(pk__in=page_ids)))


def on_restriction_changed(sender, instance, **kwargs):
    """A restriction hides its page and everything below it from the search
    at once; removing it brings them back."""
    page = Page.objects.filter(pk=instance.page_id).first()
    if page is not None:
        indexer.index_pages(list(Page.objects.descendant_of(page, inclusive=True)))


def on_object_saved(sender, instance, raw=False, **kwargs):
    """A registered model that is not a page: every save indexes it."""
    if not raw:
        indexer.index_objects([instance])


def on_object_deleted(sender, instance, **kwargs):
    indexer.remove_objects(sender, [instance.pk])


def on_dependency_saved(sender, instance, raw=False, **kwargs):
    """A model some documents are built from changed (a renamed topic):
    index those documents again."""
    if raw:
        return
    objects = []
    for index in registry.indexes():
        affected = index.dependencies().get(sender)
        if affected is not None:
            objects += list(affected(instance))
    if objects:
        indexer.index_objects(objects)


def connect():
    page_published.connect(on_publish_or_unpublish, dispatch_uid="search-publish")
    page_unpublished.connect(on_publish_or_unpublish, dispatch_uid="search-unpublish")
    # Deleting any page deletes its Page row, so this sees every deletion.
    # With no sender, the receiver would stop Django from deleting any
    # other model's rows in bulk (a rebuild's DELETE took 16 s at 100,000).
    post_delete.connect(on_page_delete, sender=Page, dispatch_uid="search-delete")
    post_page_move.connect(on_page_move, dispatch_uid="search-move")
    access_changed.connect(on_access_changed, dispatch_uid="search-access")
    post_save.connect(
        on_restriction_changed, sender=PageViewRestriction, dispatch_uid="search-restrict"
    )
    post_delete.connect(
        on_restriction_changed, sender=PageViewRestriction, dispatch_uid="search-unrestrict"
    )
    for index in registry.indexes():
        connect_index(index)


def connect_index(index):
    """Connect the handlers one registration needs (also for a registration
    made after start-up, as a test's)."""
    label = index.model._meta.label_lower
    if not issubclass(index.model, Page):
        post_save.connect(on_object_saved, sender=index.model, dispatch_uid=f"search-save-{label}")
        post_delete.connect(
            on_object_deleted, sender=index.model, dispatch_uid=f"search-delete-{label}"
        )
    for model in index.dependencies():
        post_save.connect(
            on_dependency_saved,
            sender=model,
            dispatch_uid=f"search-depends-{model._meta.label_lower}",
        )


def disconnect_index(index):
    label = index.model._meta.label_lower
    post_save.disconnect(sender=index.model, dispatch_uid=f"search-save-{label}")
    post_delete.disconnect(sender=index.model, dispatch_uid=f"search-delete-{label}")
