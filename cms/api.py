"""Wagtail's API v2, limited to public content (the anonymous view of the site).

Searching is switched off: Wagtail's search backend indexes members-only text
too, so ``?search=`` would tell whether a word appears in private content.
``/api/search/`` (the site search) sees public text only; a ``search`` or
``search_operator`` parameter answers 400 pointing there.

Every parameter is checked before Wagtail reads it (``check_parameters``: no
NUL byte, at most 1,000 characters, then a rule per parameter, the ``check_*``
functions below), and a field filter's value the field cannot take is a 400
too (``filter_queryset``), so that odd input answers 400 (or 404), never 500.
Wagtail's own checks (unknown parameters, fields and types, ``random`` with
``offset``...) still run after ours.
"""

import re

from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.core.exceptions import ValidationError
from django.db import models
from django.http import Http404
from django.urls import reverse
from wagtail.api.v2.filters import SearchFilter
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.utils import BadRequestError, get_full_url
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.coreutils import get_content_languages
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.v2.serializers import ImageDownloadUrlField, ImageSerializer
from wagtail.images.api.v2.views import ImagesAPIViewSet

from cms import i18n
from cms.visibility import visible_documents, visible_images, visible_pages

#: The largest primary key either database stores (a signed 64-bit integer).
MAX_ID = 2**63 - 1
#: Far beyond the number of pages, images or documents of the network.
MAX_OFFSET = 1_000_000
#: No parameter value (field filters included) needs more; titles stop at 255.
MAX_VALUE_LENGTH = 1_000
#: Comma-separated lists: ``order``, ``type``, ``tags``.
MAX_LIST_ITEMS = 10
#: ``fields=a(b(c))`` nests 3 deep: room for any relation the API serialises.
MAX_FIELDS_DEPTH = 3

DIGITS = re.compile(r"[0-9]+")
SIGNED_INTEGER = re.compile(r"-?[0-9]+")
ORDER_ITEM = re.compile(r"-?[A-Za-z_][A-Za-z0-9_]*")
MODEL_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*\.[A-Za-z_][A-Za-z0-9_]*")
SITE = re.compile(r"[A-Za-z0-9.-]+(?::([0-9]{1,5}))?")


def search_moved_message():
    return (
        "Searching through API v2 is switched off. Use the site search instead: "
        f"{reverse('search-api')}?q=... (public content; see its locale and facet parameters)."
    )


def check_integer(name, value, maximum=MAX_ID, words=()):
    if value in words:
        return
    if not DIGITS.fullmatch(value) or int(value) > maximum:
        also = "".join(f" or '{word}'" for word in words)
        raise BadRequestError(f"{name} must be an integer from 0 to {maximum}{also}")


def check_offset(view, name, value):
    check_integer(name, value, MAX_OFFSET)


def check_limit(view, name, value):
    check_integer(name, value, getattr(settings, "WAGTAILAPI_LIMIT_MAX", 20) or MAX_OFFSET)


def check_id(view, name, value):
    check_integer(name, value)


def check_page_id_or_root(view, name, value):
    check_integer(name, value, words=("root",))


def check_list(name, value, pattern=None, what=""):
    items = value.split(",")
    if len(items) > MAX_LIST_ITEMS:
        raise BadRequestError(f"{name} takes at most {MAX_LIST_ITEMS} items")
    for item in items:
        if pattern is not None and not pattern.fullmatch(item):
            raise BadRequestError(f"{name}: {item[:50]!r} is not {what}")


def check_order(view, name, value):
    check_list(name, value, ORDER_ITEM, "a field name, -field name or 'random'")


def check_type(view, name, value):
    check_list(name, value, MODEL_NAME, "a page type (app_label.ModelName)")


def check_tags(view, name, value):
    check_list(name, value)  # a join per tag


def check_fields(view, name, value):
    depth = deepest = 0
    for char in value:
        depth += {"(": 1, ")": -1}.get(char, 0)
        deepest = max(deepest, depth)
    if deepest > MAX_FIELDS_DEPTH:
        raise BadRequestError(f"fields error: nested more than {MAX_FIELDS_DEPTH} deep")


def check_locale(view, name, value):
    languages = get_content_languages()
    if value not in languages:
        raise BadRequestError(f"unknown locale; use one of {', '.join(languages)}")


def check_site(view, name, value):
    match = SITE.fullmatch(value)
    if match is None or int(match.group(1) or 0) > 65535:
        raise BadRequestError("site must be a host name, optionally with :port")


class HardenedAPIMixin:
    """Checks every query parameter before Wagtail's viewset reads it.

    ``initial()`` runs before every action (listing, detail, find), inside
    the handler's error handling, so a ``BadRequestError`` raised here is a
    400 JSON answer (``{"message": ...}``) like Wagtail's own.
    """

    #: parameter -> check(view, name, value), raising BadRequestError.
    parameter_checks = {
        "offset": check_offset,
        "limit": check_limit,
        "id": check_id,
        "fields": check_fields,
        "order": check_order,
        "tags": check_tags,
    }

    def initial(self, request, *args, **kwargs):
        super().initial(request, *args, **kwargs)
        self.check_parameters(request.query_params)
        if kwargs.get("pk", 0) > MAX_ID:  # the URL's <int:pk>: no such row, anywhere
            raise Http404("not found")

    def check_parameters(self, parameters):
        if "search" in parameters or "search_operator" in parameters:
            raise BadRequestError(search_moved_message())
        for name, values in parameters.lists():
            for text in (name, *values):
                if "\x00" in text:
                    raise BadRequestError("null characters are not allowed in parameters")
                if len(text) > MAX_VALUE_LENGTH:
                    raise BadRequestError(
                        f"{name[:50]!r} is longer than {MAX_VALUE_LENGTH} characters"
                    )
            check = self.parameter_checks.get(name)
            if check is not None:
                for value in values:
                    check(self, name, value)

    def filter_queryset(self, queryset):
        """A field filter's value the field cannot take (``?first_published_at=x``)
        is the reader's mistake, not the server's."""
        self.check_integer_filters(queryset.model)
        try:
            return super().filter_queryset(queryset)
        except (ValidationError, ValueError, TypeError, OverflowError) as error:
            detail = "; ".join(error.messages) if isinstance(error, ValidationError) else error
            raise BadRequestError(f"field filter error: {detail}") from error

    def check_integer_filters(self, model):
        """Integer field filters (``?year_started=``, ``?alias_of=``) within the
        database's range: Django guards plain integer fields, not foreign keys."""
        parameters = self.request.query_params
        # The fields Wagtail's FieldsFilter filters by (``locale`` has a filter of its own).
        fields = set(self.get_available_fields(model, db_fields_only=True)) - {"locale"}
        for name in fields & set(parameters):
            field = model._meta.get_field(name)
            field = field.target_field if field.many_to_one or field.one_to_one else field
            if isinstance(field, models.IntegerField):
                value = parameters[name]
                if not SIGNED_INTEGER.fullmatch(value) or abs(int(value)) > MAX_ID:
                    raise BadRequestError(f"{name} must be an integer from -{MAX_ID} to {MAX_ID}")


def without_search(filter_backends):
    """Wagtail's filter backends, less its search: never reached (see
    ``check_parameters``), and so never able to reach members-only text."""
    return [backend for backend in filter_backends if backend is not SearchFilter]


class PublicPagesAPIViewSet(HardenedAPIMixin, PagesAPIViewSet):
    filter_backends = without_search(PagesAPIViewSet.filter_backends)
    parameter_checks = HardenedAPIMixin.parameter_checks | {
        "type": check_type,
        "child_of": check_page_id_or_root,
        "descendant_of": check_page_id_or_root,
        "translation_of": check_page_id_or_root,
        "ancestor_of": check_id,
        "locale": check_locale,
        "site": check_site,
    }

    def get_base_queryset(self):
        return i18n.translated_only(visible_pages(super().get_base_queryset(), AnonymousUser()))

    def get_queryset(self):
        # Each item's meta names its locale: fetched with the pages, not one
        # query per item (``?type=`` builds a new queryset of that model).
        return super().get_queryset().select_related("locale")


class PublicDocumentsAPIViewSet(HardenedAPIMixin, DocumentsAPIViewSet):
    filter_backends = without_search(DocumentsAPIViewSet.filter_backends)

    def get_queryset(self):
        return visible_documents(super().get_queryset(), AnonymousUser())


class AbsoluteImageDownloadUrlField(ImageDownloadUrlField):
    """An image's file URL made absolute, like a document's ``download_url``."""

    def to_representation(self, image):
        return get_full_url(self.context["request"], super().to_representation(image))


class PublicImageSerializer(ImageSerializer):
    download_url = AbsoluteImageDownloadUrlField(read_only=True)


class PublicImagesAPIViewSet(HardenedAPIMixin, ImagesAPIViewSet):
    base_serializer_class = PublicImageSerializer
    filter_backends = without_search(ImagesAPIViewSet.filter_backends)

    def get_queryset(self):
        return visible_images(super().get_queryset(), AnonymousUser())


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", PublicPagesAPIViewSet)
api_router.register_endpoint("images", PublicImagesAPIViewSet)
api_router.register_endpoint("documents", PublicDocumentsAPIViewSet)
