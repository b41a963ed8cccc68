"""The forms of the exchange's pages. They collect what a member typed;
``exchange.posting`` decides whether it can be posted (its errors come back
to these forms' fields), so the API and the pages share one set of rules."""

from django import forms
from django.conf import settings
from django.core.exceptions import NON_FIELD_ERRORS
from django.utils.translation import gettext_lazy as _

from cms.i18n import default_locale_only, localize, localize_pages
from cms.visibility import visible_pages
from exchange import uploads
from exchange.models import Sensitivity
from exchange.posting import BODY_MAX_LENGTH, TITLE_MAX_LENGTH
from network.models import Organisation
from practices.models import PracticePage, Topic
from programme.models import SessionPage

BODY_HELP = _(
    "Plain text: leave a blank line between paragraphs. Web addresses become links. "
    "You may use <strong>, <em>, lists, <blockquote> and <code>."
)


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    """Several files in one input (checked by ``exchange.uploads``)."""

    widget = MultipleFileInput

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("required", False)
        super().__init__(*args, **kwargs)

    def clean(self, data, initial=None):
        if isinstance(data, list | tuple):
            return [file for file in data if file]
        return [data] if data else []


def files_help():
    return _("Up to %(count)d files of at most %(size)d MB each: %(accepted)s") % {
        "count": uploads.MAX_FILES_PER_POST,
        "size": settings.EXCHANGE_MAX_UPLOAD_MB,
        "accepted": uploads.ACCEPTED_HELP,
    }


class PostingForm(forms.Form):
    """A form whose errors may come from ``exchange.posting``."""

    def describe(self):
        """Tie each input to its help text and errors (aria-describedby),
        and mark invalid ones (exchange/includes/field.html prints the ids)."""
        for name, field in self.fields.items():
            ids = []
            if field.help_text:
                ids.append(f"id_{name}_helptext")
            if self._errors and name in self._errors:
                ids.append(f"id_{name}_error")
                field.widget.attrs["aria-invalid"] = "true"
            if ids:
                field.widget.attrs["aria-describedby"] = " ".join(ids)

    def full_clean(self):
        super().full_clean()
        self.describe()

    def add_error(self, field, error):
        super().add_error(field, error)
        self.describe()

    def add_posting_error(self, error):
        """Put a ``PostingError``'s messages on the fields they name (the
        others, and messages with no field, at the top of the form)."""
        if hasattr(error, "error_dict"):
            for field, errors in error.error_dict.items():
                self.add_error(field if field in self.fields else None, errors)
        else:
            self.add_error(None, error)

    @property
    def top_errors(self):
        return self.errors.get(NON_FIELD_ERRORS, [])


class ReplyForm(PostingForm):
    body = forms.CharField(
        label=_("Your reply"),
        widget=forms.Textarea(attrs={"rows": 6}),
        max_length=BODY_MAX_LENGTH,
        help_text=BODY_HELP,
    )
    files = MultipleFileField(label=_("Attach files (optional)"))

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["files"].help_text = files_help()
        self.describe()


class EditForm(PostingForm):
    title = forms.CharField(label=_("Title"), max_length=TITLE_MAX_LENGTH)
    body = forms.CharField(
        label=_("Text"),
        widget=forms.Textarea(attrs={"rows": 10}),
        max_length=BODY_MAX_LENGTH,
        help_text=BODY_HELP,
    )

    def __init__(self, *args, with_title=False, **kwargs):
        super().__init__(*args, **kwargs)
        if not with_title:
            del self.fields["title"]
        self.describe()


class LocalizedChoiceField(forms.ModelMultipleChoiceField):
    """Default-locale records, named in the reader's language."""

    def __init__(self, queryset, **kwargs):
        kwargs.setdefault("required", False)
        kwargs.setdefault("widget", forms.CheckboxSelectMultiple)
        super().__init__(queryset, **kwargs)

    def label_from_instance(self, obj):
        return getattr(obj, "localized_name", None) or str(obj)


class ThreadForm(PostingForm):
    title = forms.CharField(label=_("Title"), max_length=TITLE_MAX_LENGTH)
    body = forms.CharField(
        label=_("Text"),
        widget=forms.Textarea(attrs={"rows": 10}),
        max_length=BODY_MAX_LENGTH,
        help_text=BODY_HELP,
    )
    language = forms.ChoiceField(
        label=_("Language of the thread"),
        choices=settings.LANGUAGES,
        help_text=_("The language you write in: members filter and search by it."),
    )
    sensitivity = forms.ChoiceField(
        label=_("Who may see it"),
        choices=Sensitivity.choices,
        initial=Sensitivity.MEMBERS,
        widget=forms.RadioSelect,
    )
    restricted_to = forms.ModelMultipleChoiceField(
        queryset=Organisation.objects.none(),
        required=False,
        label=_("Organisations that may see a restricted thread"),
        help_text=_("Hold Ctrl (or Cmd) to choose several. Only for a restricted thread."),
        widget=forms.SelectMultiple(attrs={"size": 6}),
    )
    topics = LocalizedChoiceField(Topic.objects.none(), label=_("Topics"))
    practices = forms.ModelMultipleChoiceField(
        queryset=PracticePage.objects.none(),
        required=False,
        label=_("Practices this thread is about"),
        help_text=_("Hold Ctrl (or Cmd) to choose several."),
        widget=forms.SelectMultiple(attrs={"size": 6}),
    )
    sessions = forms.ModelMultipleChoiceField(
        queryset=SessionPage.objects.none(),
        required=False,
        label=_("Training sessions this thread is about"),
        help_text=_("Hold Ctrl (or Cmd) to choose several."),
        widget=forms.SelectMultiple(attrs={"size": 6}),
    )
    files = MultipleFileField(label=_("Attach files (optional)"))

    def __init__(self, *args, user=None, **kwargs):
        super().__init__(*args, **kwargs)
        for name, model in (("practices", PracticePage), ("sessions", SessionPage)):
            # Links point at the source pages (as the site's own links do);
            # they are named in the reader's language where translated.
            sources = list(
                visible_pages(model.objects.filter(default_locale_only()), user).order_by("title")
            )
            names = {page.translation_key: page.title for page in localize_pages(sources, user)}
            self.fields[name].queryset = model.objects.filter(pk__in=[page.pk for page in sources])
            self.fields[name].choices = sorted(
                ((page.pk, names.get(page.translation_key, page.title)) for page in sources),
                key=lambda choice: choice[1].casefold(),
            )
        organisations = Organisation.objects.filter(default_locale_only()).order_by("name")
        self.fields["restricted_to"].queryset = organisations
        topics = list(Topic.objects.filter(default_locale_only()))
        for topic, localized in zip(topics, localize(topics), strict=True):
            topic.localized_name = localized.name
        topics.sort(key=lambda topic: topic.localized_name.casefold())
        field = self.fields["topics"]
        field.queryset = Topic.objects.filter(pk__in=[topic.pk for topic in topics])
        by_pk = {topic.pk: topic for topic in topics}
        field.choices = [(topic.pk, by_pk[topic.pk].localized_name) for topic in topics]
        self.fields["files"].help_text = files_help()
        self.describe()


class IndexFilterForm(forms.Form):
    """The list's filters: a topic (slug) and a language (code)."""

    topic = forms.ChoiceField(label=_("Topic"), required=False)
    language = forms.ChoiceField(label=_("Language"), required=False)

    def __init__(self, *args, topics=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["topic"].choices = [("", _("All topics"))] + [
            (topic.slug, topic.name) for topic in topics
        ]
        self.fields["language"].choices = [("", _("All languages"))] + [
            (code, name) for code, name in settings.LANGUAGES
        ]


class SearchForm(forms.Form):
    q = forms.CharField(label=_("Search the exchange"), required=False, max_length=200)
    page = forms.IntegerField(required=False, min_value=1, max_value=1000)
