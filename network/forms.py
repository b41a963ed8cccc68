"""A person's account: sign-up (allauth's form with the network's fields),
the profile, the password change and deleting the account.

Each form that checks a password does it through ``authenticate()``
(allauth's ``reauthenticate``), so that django-axes counts wrong passwords
and locks the account out as on the log-in form.

Choosing an organisation of the directory asks to join it: an
``Affiliation`` in status "requested" that an editor confirms in the admin
(Network → Affiliations); the editors are told by e-mail.
"""

from allauth.account.adapter import get_adapter
from allauth.account.forms import ChangePasswordForm as AllauthChangePasswordForm
from allauth.account.forms import LoginForm as AllauthLoginForm
from allauth.account.forms import SignupForm as AllauthSignupForm
from django import forms
from django.conf import settings
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from cms.i18n import default_locale_only, localize
from cms.mail import send_email
from network.models import Affiliation, Organisation, User, editors

#: The value of "My organisation is not listed".
NOT_LISTED = "other"
#: The group whose members confirm affiliations.

#: Languages a person may say they speak: the official languages of the
#: European Union and a few more that prevention work often needs.
SPOKEN_LANGUAGES = (
    "en", "fr", "de", "it", "es", "nl", "pt", "pl", "ro", "el", "sv", "da", "fi", "cs",
    "sk", "hu", "bg", "hr", "sl", "et", "lv", "lt", "ga", "mt", "ar", "tr", "ru", "uk",
)  # fmt: skip
#: Names Django does not know.
LANGUAGE_NAMES = {"mt": _("Maltese")}


def language_name(code):
    if code in LANGUAGE_NAMES:
        return str(LANGUAGE_NAMES[code])
    try:
        return translation.get_language_info(code)["name_translated"]
    except KeyError:
        return code


def spoken_language_choices(extra=()):
    """The spoken languages, named in the reader's language and sorted by
    that name; ``extra`` codes (a person's earlier choices) are kept."""
    codes = dict.fromkeys([*SPOKEN_LANGUAGES, *extra])
    return sorted(((code, language_name(code)) for code in codes), key=lambda c: c[1].casefold())


def organisation_choices(exclude=()):
    """(id, name in the reader's language) of the directory's organisations
    (the default-locale rows that memberships and affiliations link)."""
    organisations = list(
        Organisation.objects.filter(default_locale_only()).exclude(pk__in=exclude).order_by("name")
    )
    named = [
        (str(source.pk), local.name)
        for source, local in zip(organisations, localize(organisations), strict=True)
    ]
    return sorted(named, key=lambda choice: choice[1].casefold())


def notify_editors(user, organisation=None, requested_name=""):
    """Tell each editor, in their language, that ``user`` asks to join
    ``organisation`` (or one not in the directory, ``requested_name``)."""
    base = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
    affiliation = (
        Affiliation.objects.filter(user=user, organisation=organisation).first()
        if organisation
        else None
    )
    if affiliation:
        review_url = base + reverse(
            "wagtailsnippets_network_affiliation:edit", args=[affiliation.pk]
        )
    else:
        review_url = base + reverse("wagtailusers_users:edit", args=[user.pk])
    for editor in editors():
        send_email(
            editor.email,
            "network/account_affiliation_request",
            {
                "editor": editor,
                "person": user,
                "organisation": organisation,
                "requested_name": requested_name,
                "review_url": review_url,
            },
            editor.preferred_language,
        )


def request_affiliation(user, organisation=None, requested_name=""):
    """Ask for ``user`` to join ``organisation`` of the directory (or record
    the name of one that is not listed); the editors hear of it (``cms.mail``
    sends after the commit). Returns the affiliation, or None."""
    affiliation = None
    if organisation is not None:
        affiliation, created = Affiliation.objects.get_or_create(
            user=user, organisation=organisation, defaults={"status": Affiliation.Status.REQUESTED}
        )
        if not created:
            return affiliation
    elif not requested_name:
        return None
    notify_editors(user, organisation, requested_name)
    return affiliation


class AccountFieldsMixin:
    """The fields a person fills in at sign-up and edits on their profile."""

    #: Whether choosing an organisation is required (sign-up) or a way to
    #: ask to join one more (profile).
    organisation_required = True

    def add_account_fields(self, exclude_organisations=(), spoken=()):
        self.fields["first_name"] = forms.CharField(
            label=_("First name"),
            max_length=150,
            widget=forms.TextInput(attrs={"autocomplete": "given-name"}),
        )
        self.fields["last_name"] = forms.CharField(
            label=_("Last name"),
            max_length=150,
            widget=forms.TextInput(attrs={"autocomplete": "family-name"}),
        )
        placeholder = (
            _("Choose your organisation")
            if self.organisation_required
            else _("No other organisation")
        )
        self.fields["organisation"] = forms.ChoiceField(
            label=_("Organisation")
            if self.organisation_required
            else _("Join another organisation"),
            choices=[
                ("", placeholder),
                *organisation_choices(exclude_organisations),
                (NOT_LISTED, _("My organisation is not listed")),
            ],
            required=False,
            help_text=_(
                "An editor of the network confirms that you belong to it; until then your "
                "account works, without the members' content."
            ),
        )
        self.fields["requested_organisation"] = forms.CharField(
            label=_("Name of your organisation, if it is not listed"),
            max_length=255,
            required=False,
            widget=forms.TextInput(attrs={"autocomplete": "organization"}),
        )
        self.fields["job_title"] = forms.CharField(
            label=_("Role"),
            max_length=160,
            required=False,
            help_text=_("For example: prevention coordinator, social worker, researcher."),
            widget=forms.TextInput(attrs={"autocomplete": "organization-title"}),
        )
        self.fields["languages_spoken"] = forms.MultipleChoiceField(
            label=_("Languages you speak"),
            choices=spoken_language_choices(spoken),
            required=False,
            widget=forms.CheckboxSelectMultiple,
        )
        self.fields["preferred_language"] = forms.ChoiceField(
            label=_("Language of the e-mails you receive"),
            choices=settings.LANGUAGES,
            initial=translation.get_language(),
        )

    def clean_account_fields(self, cleaned_data):
        choice = cleaned_data.get("organisation")
        name = (cleaned_data.get("requested_organisation") or "").strip()
        if choice == NOT_LISTED:
            if not name:
                self.add_error("requested_organisation", _("Enter the name of your organisation."))
            cleaned_data["organisation"] = None
        elif choice:
            organisation = Organisation.objects.filter(default_locale_only(), pk=choice).first()
            if organisation is None:
                self.add_error("organisation", _("Choose an organisation from the list."))
            cleaned_data["organisation"] = organisation
            if not self.organisation_required:
                # On the profile, the name of an unlisted organisation stays
                # unless the person clears it.
                cleaned_data["requested_organisation"] = name
            else:
                cleaned_data["requested_organisation"] = ""
        else:
            cleaned_data["organisation"] = None
            if self.organisation_required:
                self.add_error(
                    "organisation",
                    _(
                        "Choose your organisation, or “My organisation is not listed” "
                        "and enter its name."
                    ),
                )
        return cleaned_data

    def save_account_fields(self, user):
        data = self.cleaned_data
        for name in (
            "first_name",
            "last_name",
            "job_title",
            "languages_spoken",
            "preferred_language",
        ):
            setattr(user, name, data[name])
        user.requested_organisation = data["requested_organisation"]
        user.save()


def drop_placeholders(form):
    """Labels say what a field is; a placeholder repeating it only makes an
    empty field look filled in."""
    for field in form.fields.values():
        field.widget.attrs.pop("placeholder", None)


class LoginForm(AllauthLoginForm):
    """allauth's log-in form with the site's labels (and no placeholders
    standing in for them)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        login = self.fields["login"]
        login.label = _("E-mail address or username")
        login.widget.attrs["autocomplete"] = "username"
        drop_placeholders(self)
        if "remember" in self.fields:
            self.fields["remember"].label = _("Keep me signed in on this device for 14 days")


class SignupForm(AccountFieldsMixin, AllauthSignupForm):
    """allauth's sign-up (e-mail, password twice) with the network's fields."""

    field_order = [
        "first_name",
        "last_name",
        "email",
        "password1",
        "password2",
        "organisation",
        "requested_organisation",
        "job_title",
        "languages_spoken",
        "preferred_language",
    ]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.add_account_fields()
        self.fields["email"].label = _("E-mail address")
        self.fields["email"].help_text = _("We send you a link to confirm it.")
        self.fields["email"].widget.attrs["autocomplete"] = "email"
        self.fields["password2"].label = _("The same password again")
        drop_placeholders(self)
        self.order_fields(self.field_order)

    def clean(self):
        cleaned_data = super().clean()
        return self.clean_account_fields(cleaned_data)

    def custom_signup(self, request, user):
        self.save_account_fields(user)
        request_affiliation(
            user, self.cleaned_data["organisation"], self.cleaned_data["requested_organisation"]
        )


class ProfileForm(AccountFieldsMixin, forms.ModelForm):
    """What a person edits on their profile; choosing an organisation asks
    to join one more."""

    organisation_required = False

    class Meta:
        model = User
        fields = ["email_frequency"]
        labels = {"email_frequency": _("E-mail about the exchange")}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        user = self.instance
        self.add_account_fields(
            exclude_organisations=user.affiliations.values_list("organisation_id", flat=True),
            spoken=user.languages_spoken or (),
        )
        for name in (
            "first_name",
            "last_name",
            "job_title",
            "languages_spoken",
            "preferred_language",
            "requested_organisation",
        ):
            self.initial.setdefault(name, getattr(user, name))
        self.fields["email_frequency"].widget = forms.RadioSelect(
            choices=User.EmailFrequency.choices
        )
        self.order_fields(
            [
                "first_name",
                "last_name",
                "job_title",
                "organisation",
                "requested_organisation",
                "languages_spoken",
                "preferred_language",
                "email_frequency",
            ]
        )

    def clean(self):
        return self.clean_account_fields(super().clean())

    def save(self, commit=True):
        user = super().save(commit=False)
        self.save_account_fields(user)
        organisation = self.cleaned_data["organisation"]
        requested = self.cleaned_data["requested_organisation"]
        previous = self.initial.get("requested_organisation") or ""
        request_affiliation(user, organisation, requested if requested != previous else "")
        return user


class ChangePasswordForm(AllauthChangePasswordForm):
    """allauth's password change, with the current password checked by
    ``authenticate()`` (django-axes counts a wrong one)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["oldpassword"].label = _("Current password")
        self.fields["password1"].label = _("New password")
        self.fields["password2"].label = _("The same new password again")
        drop_placeholders(self)

    def clean_oldpassword(self):
        password = self.cleaned_data.get("oldpassword", "")
        if not get_adapter().reauthenticate(self.user, password):
            raise get_adapter().validation_error("enter_current_password")
        return password


class DeleteAccountForm(forms.Form):
    """Deleting one's account asks for the password (checked through
    ``authenticate()``, so that django-axes counts a wrong one)."""

    password = forms.CharField(
        label=_("Your password"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
    )

    def __init__(self, *args, user, **kwargs):
        self.user = user
        super().__init__(*args, **kwargs)

    def clean_password(self):
        password = self.cleaned_data["password"]
        if not get_adapter().reauthenticate(self.user, password):
            raise forms.ValidationError(_("This is not your password."), code="wrong_password")
        return password
