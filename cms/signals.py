"""Keep each page's effective visibility (``cms.visibility``) in step with the
tree, in the transaction of the change; purge the shared cache (``cms.cache``)
on every change that can show on a page."""

from django.db.models.signals import post_delete, post_save
from wagtail.models import COMMENTS_RELATION_NAME, Page

from cms import cache, visibility
from cms.models import PageAccess

#: Fields whose change can alter who may see a page. A draft save touches
#: none of them (it writes a revision and bookkeeping fields only).
ACCESS_FIELDS = {"members_only", "path", "depth", "locale", "translation_key"}


def on_page_saved(sender, instance, created=False, update_fields=None, raw=False, **kwargs):
    if raw:
        return
    if update_fields is not None and not ACCESS_FIELDS & set(update_fields):
        return
    visibility.refresh([instance])


def on_page_moved(sender, instance, **kwargs):
    visibility.refresh([instance], subtree=True)


def on_migrated(sender, app_config=None, using="default", **kwargs):
    """Fill in the access of pages that have none (those made by migrations,
    or by a bulk load): cheap when every page has its record."""
    if app_config is None or app_config.label != "cms":
        return
    if PageAccess.objects.count() != Page.objects.count():
        visibility.refresh_all()


# The shared cache (cms.cache: anonymous pages, menus, switchers, the footer)
# is purged whole by every change that can show on a page. Coarse on purpose:
# see cms.cache.

#: Fields a draft save, a lock or a comment writes: none shows on the live page.
DRAFT_FIELDS = {
    COMMENTS_RELATION_NAME,
    "latest_revision_created_at",
    "draft_title",
    "latest_revision",
    "has_unpublished_changes",
    "locked",
    "locked_at",
    "locked_by",
}


def on_page_changed(sender, instance, update_fields=None, **kwargs):
    """A page saved or deleted: a new page, a translation, an alias, a
    conversion of an alias, a change of its access fields. A draft save
    (Wagtail 8 autosaves) leaves the live page and the cache as they are."""
    if update_fields is not None and set(update_fields) <= DRAFT_FIELDS:
        return
    cache.purge(f"page {instance.pk} saved or deleted")


def on_page_event(sender, instance, **kwargs):
    """Published, unpublished or moved (the whole subtree's URLs)."""
    cache.purge(f"page {instance.pk} published, unpublished or moved")


def on_access_changed(sender, page_ids=(), **kwargs):
    """``cms.visibility`` changed some pages' effective members-only state."""
    cache.purge("page access changed")


def purging_models():
    """The models of cms and Wagtail besides pages whose change can show on
    a page: the settings (the footer), sites, locales, redirects, view
    restrictions, images and documents. Each app names its own the same way
    (``purge_when_changed`` in its ``ready``: the vocabularies, the
    organisations and memberships, the registrations).

    Connected model by model, never to every model: a receiver of every
    model's deletes would stop Django deleting any table in one statement
    (the search index's rebuild deletes every document at once)."""
    from wagtail.contrib.redirects.models import Redirect
    from wagtail.contrib.settings.registry import registry as settings_registry
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model
    from wagtail.models import Locale, PageViewRestriction, Site

    return frozenset(
        [
            *settings_registry,
            Site,
            Locale,
            Redirect,
            PageViewRestriction,
            PageAccess,
            get_image_model(),
            get_document_model(),
        ]
    )


def purge_when_changed(model):
    """Purge the shared cache whenever a ``model`` is saved or deleted (an
    app's record that shows on its pages: the programme's registrations,
    whose count is the free seats of a session page)."""
    label = model._meta.label

    def receiver(sender, instance=None, **kwargs):
        cache.purge(f"{label} changed")

    post_save.connect(receiver, sender=model, weak=False, dispatch_uid=f"purge-{label}")
    post_delete.connect(receiver, sender=model, weak=False, dispatch_uid=f"purge-delete-{label}")
