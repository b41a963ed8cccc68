"""The public associate-partner application form and its thank-you page.

Anybody may apply, signed in or not (a signed-in applicant's account is
linked, and becomes the organisation's contact on approval). Two guards
against abuse: a field people never see (a form that fills it is thanked
and dropped) and a limit of applications per client address and hour.
"""

from django import forms
from django.core.cache import cache
from django.shortcuts import redirect, render
from django.utils import formats, translation
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_http_methods

from cms.accounts import client_ip_address
from cms.i18n import localize
from network import applications
from network.models import Application, Organisation

#: Applications accepted from one client address per hour.
APPLICATIONS_PER_HOUR = 5
RATE_WINDOW = 3600


class ApplicationForm(forms.ModelForm):
    organisation = forms.ModelChoiceField(
        queryset=Organisation.objects.none(),
        required=False,
        label=_("Your organisation in our directory"),
        empty_label=_("It is not listed: I type its name below"),
        help_text=_("Choose your organisation if it is listed, or type its name below."),
    )
    organisation_name = forms.CharField(
        label=_("Name of the organisation"),
        max_length=255,
        required=False,
        help_text=_("If your organisation is not in the list."),
    )
    # Left empty by people, who never see it (aria-hidden, off screen).
    nickname = forms.CharField(required=False, label=_("Leave this field empty"))

    class Meta:
        model = Application
        fields = [
            "organisation",
            "organisation_name",
            "kind",
            "country",
            "city",
            "website",
            "contact_name",
            "contact_email",
            "contact_role",
            "motivation",
            "accepts_contribution",
        ]
        labels = {
            "kind": _("Kind of organisation"),
            "country": _("Country"),
            "city": _("City"),
            "website": _("Website"),
            "contact_name": _("Contact person"),
            "contact_email": _("E-mail address"),
            "contact_role": _("Role in the organisation"),
            "motivation": _("Why do you want to join the network?"),
        }
        help_texts = {
            "kind": _("Not needed if you chose your organisation in the directory."),
            "country": _("Not needed if you chose your organisation in the directory."),
            "website": _("For example https://www.example.org"),
            "contact_email": _("We send the acknowledgement and our decision to this address."),
            "motivation": _(
                "Your work on preventing violent radicalisation and what you expect "
                "from the network (a few sentences are enough)."
            ),
        }
        widgets = {
            "motivation": forms.Textarea(attrs={"rows": 8}),
        }

    def __init__(self, *args, user=None, **kwargs):
        super().__init__(*args, **kwargs)
        # Offered by name in the reader's language, in that language's order.
        choices = list(applications.directory_choices())
        names = {
            obj.pk: localized.name
            for obj, localized in zip(choices, localize(choices), strict=True)
        }
        field = self.fields["organisation"]
        field.queryset = applications.directory_choices()
        field.choices = [("", field.empty_label)] + sorted(
            ((obj.pk, names[obj.pk]) for obj in choices), key=lambda item: item[1].casefold()
        )
        # Completed from the directory when an organisation is chosen.
        self.fields["kind"].required = False
        self.fields["country"].required = False
        self.fields["contact_name"].widget.attrs["autocomplete"] = "name"
        self.fields["contact_email"].widget.attrs["autocomplete"] = "email"
        self.fields["contact_role"].widget.attrs["autocomplete"] = "organization-title"
        self.fields["organisation_name"].widget.attrs["autocomplete"] = "organization"
        self.fields["website"].widget.attrs["autocomplete"] = "url"
        self.fields["nickname"].widget.attrs.update({"tabindex": "-1", "autocomplete": "off"})
        self.fields["accepts_contribution"].required = True
        self.fields["accepts_contribution"].label = _(
            "My organisation accepts the yearly contribution of €%(amount)s "
            "as an associate partner."
        ) % {"amount": contribution_amount()}
        self.fields["accepts_contribution"].error_messages["required"] = _(
            "Associate partners pay a yearly contribution: tick the box to accept it."
        )
        if user is not None and user.is_authenticated and not self.is_bound:
            self.initial.setdefault("contact_name", user.get_full_name())
            self.initial.setdefault("contact_email", user.email)
            self.initial.setdefault("contact_role", getattr(user, "job_title", ""))

    @property
    def is_spam(self):
        return bool(self.cleaned_data.get("nickname"))

    def clean(self):
        data = super().clean()
        organisation = data.get("organisation")
        if organisation is not None:
            data["organisation_name"] = organisation.name
            data["kind"] = data.get("kind") or organisation.kind
            data["country"] = data.get("country") or organisation.country
            data["city"] = data.get("city") or organisation.city
            data["website"] = data.get("website") or organisation.website
        else:
            if not data.get("organisation_name", "").strip():
                self.add_error(
                    "organisation_name",
                    _("Choose your organisation in the directory or type its name."),
                )
            if not data.get("kind") and "kind" not in self.errors:
                self.add_error("kind", _("Choose the kind of organisation."))
            if not data.get("country") and "country" not in self.errors:
                self.add_error("country", _("Choose the country."))
        return data


def contribution_amount():
    """The yearly contribution written the reader's way (3,000 / 3.000 / 3 000)."""
    return formats.number_format(Application.CONTRIBUTION, force_grouping=True)


def _over_limit(request):
    """Count this submission against the client's address; True when the
    address has sent too many applications this hour."""
    key = f"network:apply:{client_ip_address(request)}"
    cache.add(key, 0, RATE_WINDOW)
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, RATE_WINDOW)
        count = 1
    return count > APPLICATIONS_PER_HOUR


@require_http_methods(["GET", "HEAD", "POST"])
def apply(request):
    status = 200
    if request.method == "POST":
        form = ApplicationForm(request.POST, user=request.user)
        if form.is_valid():
            if form.is_spam:
                return redirect("associate-application-thanks")
            if _over_limit(request):
                form.add_error(
                    None,
                    _(
                        "Too many applications were sent from your connection in the last "
                        "hour. Please try again later or write to us."
                    ),
                )
                status = 429
            else:
                applications.submit(
                    form.cleaned_data,
                    applicant=request.user,
                    language=translation.get_language(),
                )
                return redirect("associate-application-thanks")
    else:
        form = ApplicationForm(user=request.user)
    return render(
        request,
        "network/apply.html",
        {"form": form, "contribution": contribution_amount()},
        status=status,
    )


def thanks(request):
    return render(request, "network/apply_thanks.html")
