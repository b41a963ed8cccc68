"""The one visibility rule: what a reader may see of pages, documents and images.

*Who* may see members-only content is ``network.access.can_view_members_content``
(an active membership, or the permission editors and translators have),
reached through the ``MEMBERS_ACCESS_RULE`` setting.
*What* is members-only is decided here, once:

- **A page** is members-only when it, the source of its translation group (its
  default-locale version) or any ancestor says so. That effective state is
  kept in ``PageAccess`` by ``refresh`` in the transaction of every change
  that can alter it (a save or publish, a new page or translation, a move),
  and every surface reads it: page serving (``page_is_members_only``),
  listings, linked items, the sitemap and the API (``visible_pages``), and the
  search index (``search.documents``; ``access_changed`` tells the search which
  pages to index again). A page behind a Wagtail view restriction (its own or
  an ancestor's) is left out of every listing for everybody (``public()``);
  Wagtail's own check guards the page itself.
- **A document** is members-only when it says so, when it is attached to a
  page for its members (``cms.models.DocumentAttachment``: practice documents,
  session materials), or when no live public page uses it. Apps above may
  register narrow grants (``register_document_grant``): a session's
  confirmed participants may download its materials.
- **An image** is members-only when it says so or when no live public page
  uses it (an expert's photo on a members-only profile).

"Uses" is Wagtail's reference index (foreign keys, chooser blocks, rich-text
links), so a file is public only while a page the public can read shows it:
an unused or newly uploaded file is private, which fails closed.
"""

import functools
import logging

from django.apps import apps
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db.models import CharField, Exists, OuterRef, Q, Subquery
from django.db.models.functions import Cast
from django.dispatch import Signal
from django.utils.module_loading import import_string
from wagtail.models import Locale, Page, PageViewRestriction, ReferenceIndex

from cms import cache
from cms.models import DocumentAttachment, PageAccess

logger = logging.getLogger(__name__)

#: Sent with ``page_ids`` (a set) after their effective visibility changed.
access_changed = Signal()


@functools.cache
def _access_rule():
    return import_string(settings.MEMBERS_ACCESS_RULE)


def can_view_members_content(user):
    """Whether ``user`` may see members-only content: the rule the project is
    configured with (``MEMBERS_ACCESS_RULE``, the network's memberships). A
    setting, as ``AUTH_USER_MODEL`` is, so that the shared layer asks the
    network without importing it."""
    return _access_rule()(user)


# Pages ---------------------------------------------------------------------


def page_models_with_visibility():
    """The page types with a members-only flag of their own (every
    ``cms.pages.BasePage``)."""
    return [
        model
        for model in apps.get_models()
        if issubclass(model, Page) and any(f.name == "members_only" for f in model._meta.fields)
    ]


def restricted_sections():
    """The (path, depth) of every page with a Wagtail view restriction, from
    the shared cache: Wagtail's ``public()`` reads them all from the database
    each time it is asked, and a page asks it for the switcher, the menu, the
    footer and each list of linked pages. A restriction added, changed or
    removed, or a page moved, purges the cache (``cms.cache``)."""

    def build():
        return sorted(set(PageViewRestriction.objects.values_list("page__path", "page__depth")))

    return cache.fragment(("view-restrictions",), build)


def _public(queryset):
    """Wagtail's ``public()`` (out of every restricted page and what is below
    it), from ``restricted_sections``."""
    private = Q()
    for path, depth in restricted_sections():
        private |= Q(path__startswith=path, depth__gte=depth)
    return queryset.exclude(private) if private else queryset


def visible_pages(queryset, user):
    """Live pages the reader may find: out of view restrictions, and public
    unless the reader may see members-only content."""
    queryset = _public(queryset.live())
    if not can_view_members_content(user):
        queryset = queryset.filter(access__members_only=False)
    return queryset


def page_is_members_only(page):
    """The effective state of one page (one query, none when the page was
    loaded with it, as ``cms.sites.route`` does: ``effective_members_only``)."""
    value = getattr(page, "effective_members_only", None)
    if value is not None:
        return value
    value = PageAccess.objects.filter(page_id=page.pk).values_list("members_only", flat=True)
    value = value.first()
    if value is None:  # a page written around the ORM's signals: work it out now
        refresh([page])
        value = PageAccess.objects.get(page_id=page.pk).members_only
    return value


def _flagged(page_ids, content_type_ids):
    """The pages among ``page_ids`` whose own ``members_only`` is set."""
    flagged = set()
    models = {ContentType.objects.get_for_id(ct).model_class() for ct in content_type_ids}
    for model in page_models_with_visibility():
        if any(candidate is not None and issubclass(candidate, model) for candidate in models):
            flagged.update(
                model.objects.filter(pk__in=page_ids, members_only=True).values_list(
                    "pk", flat=True
                )
            )
    return flagged


def _parent_path(path):
    return path[: -Page.steplen]


def refresh(pages, subtree=False):
    """Bring ``PageAccess`` up to date after ``pages`` changed.

    Works on the pages' translation groups (a flag on the source decides for
    every translation) and, where a page's effective state changed or
    ``subtree`` is set (a move), on everything below them. Returns the ids of
    the pages whose effective state changed and sends ``access_changed``.
    """
    keys = {page.translation_key for page in pages}
    group = list(
        Page.objects.filter(translation_key__in=keys).values_list(
            "pk", "path", "translation_key", "locale_id", "content_type_id"
        )
    )
    if not group:
        return set()
    ids = [row[0] for row in group]
    flagged = _flagged(ids, {row[4] for row in group})
    default_locale_id = Locale.get_default().pk
    marked_sources = {
        key for pk, _p, key, locale, _ct in group if locale == default_locale_id and pk in flagged
    }
    parents = dict(
        Page.objects.filter(path__in={_parent_path(row[1]) for row in group}).values_list(
            "path", "access__members_only"
        )
    )
    existing = {
        page_id: (marked, members_only)
        for page_id, marked, members_only in PageAccess.objects.filter(page_id__in=ids).values_list(
            "page_id", "marked", "members_only"
        )
    }
    rows, changed, roots = [], set(), []
    for pk, path, key, _locale, _ct in group:
        marked = pk in flagged or key in marked_sources
        members_only = marked or bool(parents.get(_parent_path(path)))
        before = existing.get(pk)
        if before != (marked, members_only):
            rows.append(PageAccess(page_id=pk, marked=marked, members_only=members_only))
        if before is not None and before[1] != members_only:
            changed.add(pk)
        if subtree or (before is not None and before[1] != members_only):
            roots.append((path, members_only))
    if rows:
        PageAccess.objects.bulk_create(
            rows,
            update_conflicts=True,
            unique_fields=["page"],
            update_fields=["marked", "members_only"],
        )
    for path, members_only in roots:
        changed |= _refresh_below(path, members_only)
    if changed:
        access_changed.send(sender=PageAccess, page_ids=changed)
    return changed


def _refresh_below(root_path, root_members_only):
    """Carry a page's effective state down to its descendants; the ids changed."""
    state = {root_path: root_members_only}
    updates, missing, changed = [], [], set()
    descendants = (
        Page.objects.filter(path__startswith=root_path, depth__gt=len(root_path) // Page.steplen)
        .order_by("path")
        .values_list("pk", "path", "access__marked", "access__members_only")
    )
    for pk, path, marked, members_only in descendants:
        if marked is None:
            missing.append(pk)
            state[path] = True  # until worked out, below it is private
            continue
        effective = marked or state.get(_parent_path(path), False)
        state[path] = effective
        if effective != members_only:
            updates.append(PageAccess(page_id=pk, marked=marked, members_only=effective))
            changed.add(pk)
    if updates:
        PageAccess.objects.bulk_update(updates, ["members_only"], batch_size=500)
    if missing:
        logger.warning("%d pages had no access record; working it out", len(missing))
        changed |= refresh(list(Page.objects.filter(pk__in=missing)), subtree=True)
    return changed


def refresh_all():
    """Work out every page's access from scratch (after a bulk load, or to
    repair); returns the number of pages."""
    pages = list(
        Page.objects.order_by("path").values_list(
            "pk", "path", "translation_key", "locale_id", "content_type_id"
        )
    )
    flagged = set()
    for model in page_models_with_visibility():
        flagged.update(model.objects.filter(members_only=True).values_list("pk", flat=True))
    default_locale_id = Locale.get_default().pk if Locale.objects.exists() else None
    marked_sources = {
        key
        for pk, _path, key, locale, _ct in pages
        if locale == default_locale_id and pk in flagged
    }
    state, rows = {}, []
    for pk, path, key, _locale, _ct in pages:
        marked = pk in flagged or key in marked_sources
        members_only = marked or state.get(_parent_path(path), False)
        state[path] = members_only
        rows.append(PageAccess(page_id=pk, marked=marked, members_only=members_only))
    PageAccess.objects.all().delete()
    PageAccess.objects.bulk_create(rows, batch_size=1000)
    return len(rows)


# Documents and images ------------------------------------------------------


def _used_by_public_pages(model):
    """An ``Exists`` for objects of ``model`` that a live page the public can
    read uses, according to Wagtail's reference index."""
    public_pages = (
        _public(Page.objects.live())
        .filter(access__members_only=False)
        .annotate(text_id=Cast("pk", CharField()))
        .values("text_id")
    )
    return Exists(
        ReferenceIndex.objects.filter(
            base_content_type=ContentType.objects.get_for_model(Page),
            to_content_type=ContentType.objects.get_for_model(model),
            to_object_id=Cast(OuterRef("pk"), CharField()),
            object_id__in=Subquery(public_pages),
        )
    )


def _attached_for_members():
    attached = Q()
    for model in apps.get_models():
        if issubclass(model, DocumentAttachment):
            attached |= Q(pk__in=model.objects.values("document_id"))
    return attached


def members_only_documents_q(model):
    return Q(members_only=True) | _attached_for_members() | ~_used_by_public_pages(model)


def members_only_images_q(model):
    return Q(members_only=True) | ~_used_by_public_pages(model)


def visible_documents(queryset, user):
    if can_view_members_content(user):
        return queryset
    return queryset.exclude(members_only_documents_q(queryset.model))


def visible_images(queryset, user):
    if can_view_members_content(user):
        return queryset
    return queryset.exclude(members_only_images_q(queryset.model))


def document_is_members_only(document):
    model = type(document)
    return model.objects.filter(pk=document.pk).filter(members_only_documents_q(model)).exists()


def image_is_members_only(image):
    model = type(image)
    return model.objects.filter(pk=image.pk).filter(members_only_images_q(model)).exists()


# Grants ---------------------------------------------------------------------

#: Narrow exceptions to the members rule for one signed-in reader and one
#: members-only document: functions ``(user, document) -> bool`` that apps
#: above cms register in their ``AppConfig.ready`` (the programme lets a
#: session's confirmed participants download its materials). cms asks them
#: without importing those apps, as it asks ``MEMBERS_ACCESS_RULE``.
_document_grants = []


def register_document_grant(grant):
    if grant not in _document_grants:
        _document_grants.append(grant)
    return grant


def document_granted(user, document):
    """Whether a registered grant lets ``user`` (signed in, not a member)
    see ``document``, which is members-only. Anonymous readers get none."""
    if not getattr(user, "is_authenticated", False):
        return False
    return any(grant(user, document) for grant in _document_grants)
