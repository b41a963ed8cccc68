"""Creating a page in the admin is idempotent per create form.

Wagtail 8 autosaves the create form in the background: its first autosave
creates the page, and only when that answer arrives does the form switch to
the page's edit view. Until then every request of the form is posted to the
create view again: a Publish (or Save draft) clicked while the autosave is on
its way, an autosave sent after Publish, a retried autosave. Wagtail answers
each one as a new page, which fails with "The slug is already in use" (a 400
from the form, or a 500 when the check in ``Page.save`` sees the other page
only then).

So each create form carries a key of its own (a hidden ``creation_key``),
which becomes the new page's ``translation_key``. Creations under one parent
run one at a time (``post``), and a request whose form has already created
its page is the editing of that page:

- Publish, Save draft, Submit: Wagtail's edit view, with what the form sent;
- an autosave: refused as out of date (as Wagtail refuses an autosave over a
  newer revision: autosave pauses, with a message). It was sent before the
  request that created the page or alongside it, so what it carries is at
  best what that request already saved, and at worst older than what was
  just published.

The page's own ``translation_key`` is the key because it is already unique
(with the locale) and already stored: nothing to add to the database. The
form carries it signed by the server, with the user, the parent and the page
type it was made for: a form cannot name an existing page (to edit it, or to
make its page a translation of it); a key that is not one of these is
ignored, and the request creates a page as Wagtail's view would.
"""

import uuid

from django import forms
from django.core import signing
from django.db import transaction
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from wagtail import hooks
from wagtail.admin.views.pages.create import CreateView
from wagtail.admin.views.pages.edit import EditView
from wagtail.admin.viewsets.pages import PageViewSet
from wagtail.models import Page

CREATION_KEY = "creation_key"
SALT = "cms.admin_views.creation_key"


class EditCreatedPageView(EditView):
    """The edit view, for a create form's submission whose page the form's
    autosave has created meanwhile."""

    def post(self, request, *args, **kwargs):
        # A create form sends every inline child (a practice's contacts and
        # documents…) as new: no ids, INITIAL_FORMS=0. Starting the page's
        # child relations from empty makes them the children sent, instead
        # of the autosaved ones plus the same again.
        for relation in self.form_class.formsets:
            setattr(self.page, relation, [])
        return super().post(request, *args, **kwargs)


class CreatePageView(CreateView):
    def form_identity(self):
        return [self.request.user.pk, self.parent_page.pk, self.page_content_type.pk]

    @cached_property
    def creation_key(self):
        """The key of the form that sent the request, if the server signed it for this form."""
        if self.request.method != "POST":
            return None
        try:
            key, *identity = signing.loads(self.request.POST.get(CREATION_KEY, ""), salt=SALT)
            if identity == self.form_identity():
                return uuid.UUID(key)
        except (signing.BadSignature, TypeError, ValueError):
            pass
        return None

    def get_context_data(self, **kwargs):
        # A hidden field outside the panels: the panels render it with the
        # form ("missing fields"); the model form leaves it out of the page.
        # A form shown again (invalid) keeps the key it was sent with.
        self.form.fields[CREATION_KEY] = forms.CharField(widget=forms.HiddenInput, required=False)
        self.form.initial[CREATION_KEY] = signing.dumps(
            [str(uuid.uuid4()), *self.form_identity()], salt=SALT
        )
        return super().get_context_data(**kwargs)

    def post(self, request):
        with transaction.atomic():
            # One creation under a parent at a time. PostgreSQL: this locks
            # the parent's row until commit. SQLite: the transaction, begun
            # IMMEDIATE (settings), holds the write lock already. The number
            # of children read here is the current one, for the new page's
            # place in the tree.
            self.parent_page.numchild = (
                Page.objects.select_for_update()
                .values_list("numchild", flat=True)
                .get(pk=self.parent_page.pk)
            )
            created = self.page_created_by_this_form()
            if created is not None:
                return self.edit_created_page(created)
            if self.creation_key is not None and self.key_is_free():
                self.page.translation_key = self.creation_key
            return super().post(request)

    def page_created_by_this_form(self):
        if self.creation_key is None:
            return None
        page = Page.objects.filter(translation_key=self.creation_key, locale=self.locale).first()
        if (
            page is None
            or page.content_type_id != self.page_content_type.pk
            or page.get_parent().pk != self.parent_page.pk
        ):
            return None
        return page

    def key_is_free(self):
        return not Page.objects.filter(translation_key=self.creation_key).exists()

    def edit_created_page(self, page):
        if self.expects_json_response:
            return self.json_error_response(
                "invalid_revision", _("Saving will overwrite a newer version.")
            )
        return EditCreatedPageView.as_view()(self.request, page_id=page.pk)


class ProjectPageViewSet(PageViewSet):
    """Wagtail's views for every page type, with the idempotent create view.
    Registered for ``Page`` after Wagtail's own viewset (order -1), it takes
    its place in the page viewset registry."""

    add_view_class = CreatePageView


@hooks.register("register_admin_viewset")
def register_page_viewset():
    return ProjectPageViewSet()
