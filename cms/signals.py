"""Keep each page's effective visibility (``cms.visibility``) in step with the
tree, in the transaction of the change."""

from wagtail.models import Page

from cms import visibility
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
