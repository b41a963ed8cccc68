"""The index follows the content: publish, unpublish, delete, move, a new
translation, a renamed snippet, a page's effective visibility changing
(``cms.visibility.access_changed``) and a Wagtail view restriction added or
removed. Each handler runs in the transaction of the change it follows (see
search.indexer)."""

from django.db.models.signals import post_delete, post_save
from wagtail.models import Page, PageViewRestriction
from wagtail.signals import page_published, page_unpublished, post_page_move

from cms.visibility import access_changed
from search import indexer


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


def on_term_saved(sender, instance, created=False, **kwargs):
    """A renamed topic or organisation changes the text of the pages using it."""
    indexer.index_pages(list(pages_using(sender, instance)))


def pages_using(model, instance):
    from network.models import Organisation
    from practices.models import ExpertPage, PracticePage, Topic
    from programme.models import SessionPage

    source = model.objects.filter(translation_key=instance.translation_key)
    if model is Organisation:
        yield from PracticePage.objects.filter(organisation__in=source)
        yield from ExpertPage.objects.filter(organisation__in=source)
        yield from SessionPage.objects.filter(host__in=source)
        return
    related = {
        "topic": "topics",
        "formofextremism": "forms_of_extremism",
        "targetgroup": "target_groups",
    }[model._meta.model_name]
    yield from PracticePage.objects.filter(**{f"{related}__in": source})
    if model is Topic:
        yield from ExpertPage.objects.filter(expertise__in=source)
        yield from SessionPage.objects.filter(topics__in=source)


def connect():
    from network.models import Organisation
    from practices.models import FormOfExtremism, TargetGroup, Topic

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
    for model in (Organisation, Topic, FormOfExtremism, TargetGroup):
        post_save.connect(on_term_saved, sender=model, dispatch_uid=f"search-{model.__name__}")
