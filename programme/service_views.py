"""The services on demand on the site: ``/<lang>/training/services/``.

Anybody reads what the services are; making a request needs an account
(the network answers the person, and the requester follows the status on
their profile): a reader who is not signed in sees the introduction with
links to sign in (and come back) or to create an account. Any signed-in
person may send a request, member or not. ``programme.service_requests``
records it, tells the editors and limits each person to a few a day.
"""

from django import forms
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.shortcuts import redirect, render
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_http_methods

from cms.i18n import localize
from programme import service_requests
from programme.models import ServiceRequest

#: What each service is, under its name in the form and the introduction.
SERVICE_HELP = {
    ServiceRequest.Service.STUDY_VISIT: _(
        "Your team visits a city of the network to see a practice at work and meet the "
        "people who run it."
    ),
    ServiceRequest.Service.TRAINING: _(
        "A training session for your staff and partners on a topic you choose, in your city "
        "or online."
    ),
    ServiceRequest.Service.LOCAL_STRATEGY: _(
        "Experts of the network help you draw up, review or evaluate your local prevention "
        "strategy."
    ),
    ServiceRequest.Service.PILOT_PROJECT: _(
        "Advice and peer support to design, start or evaluate a pilot project."
    ),
    ServiceRequest.Service.EVENT: _(
        "Speakers or facilitators of the network for a conference, a workshop or another "
        "event you organise."
    ),
}


def services():
    """``[(value, label, help)]`` of the services, in the active language."""
    return [
        (value, label, SERVICE_HELP.get(value, ""))
        for value, label in ServiceRequest.Service.choices
    ]


class ServiceChoice(forms.RadioSelect):
    """Each service with what it is (``help``), which its radio button is
    described by."""

    def create_option(self, name, value, label, selected, index, subindex=None, attrs=None):
        option = super().create_option(name, value, label, selected, index, subindex, attrs)
        option["help"] = SERVICE_HELP.get(value, "")
        if option["help"] and option["attrs"].get("id"):
            option["attrs"]["aria-describedby"] = f"{option['attrs']['id']}_help"
        return option


class ServiceRequestForm(forms.Form):
    service = forms.ChoiceField(
        label=_("Which service do you need?"),
        choices=ServiceRequest.Service.choices,
        widget=ServiceChoice,
        error_messages={"required": _("Choose one of the services.")},
    )
    topic = forms.CharField(
        label=_("Topic"),
        max_length=255,
        help_text=_("In a few words, for example “Working with families of young people at risk”."),
        error_messages={"required": _("Say what the request is about.")},
    )
    description = forms.CharField(
        label=_("What do you need?"),
        widget=forms.Textarea(attrs={"rows": 8}),
        max_length=5000,
        help_text=_(
            "Your situation, what you expect from the network and anything we should know "
            "(a few sentences are enough)."
        ),
        error_messages={"required": _("Describe what you need.")},
    )
    organisation = forms.ModelChoiceField(
        queryset=service_requests.directory(),
        required=False,
        label=_("Your organisation in our directory"),
        empty_label=_("It is not listed: I type its name below"),
    )
    organisation_name = forms.CharField(
        label=_("Name of the organisation"),
        max_length=255,
        required=False,
        help_text=_("If your organisation is not in the list."),
    )
    preferred_dates = forms.CharField(
        label=_("Preferred dates"),
        max_length=255,
        required=False,
        help_text=_("For example “spring 2027” or “any week in October”."),
    )
    participants = forms.IntegerField(
        label=_("Expected participants"),
        required=False,
        min_value=1,
        max_value=10000,
        help_text=_("How many people would take part, if you know."),
    )

    def __init__(self, *args, user=None, **kwargs):
        super().__init__(*args, **kwargs)
        # Offered by name in the reader's language, in that language's order.
        choices = list(service_requests.directory())
        names = {obj.pk: shown.name for obj, shown in zip(choices, localize(choices), strict=True)}
        field = self.fields["organisation"]
        field.choices = [("", field.empty_label)] + sorted(
            ((obj.pk, names[obj.pk]) for obj in choices), key=lambda item: item[1].casefold()
        )
        self.fields["organisation_name"].widget.attrs["autocomplete"] = "organization"
        self.fields["participants"].widget.attrs["inputmode"] = "numeric"
        if user is not None and not self.is_bound:
            mine = service_requests.organisation_of(user)
            if mine is not None:
                self.initial.setdefault("organisation", mine.pk)
            elif getattr(user, "requested_organisation", ""):
                self.initial.setdefault("organisation_name", user.requested_organisation)

    def clean(self):
        data = super().clean()
        missing = data.get("organisation") is None and not data.get("organisation_name", "").strip()
        if missing and "organisation_name" not in self.errors:
            self.add_error(
                "organisation_name",
                _("Choose your organisation in the directory or type its name."),
            )
        for name in ("topic", "description"):
            if name in data and not data[name].strip():
                self.add_error(name, self.fields[name].error_messages["required"])
        return data


@require_http_methods(["GET", "HEAD", "POST"])
def request_service(request):
    if not request.user.is_authenticated:
        if request.method == "POST":
            return redirect_to_login(request.get_full_path())
        return render(request, "programme/services/intro.html", {"services": services()})
    status = 200
    if request.method == "POST":
        form = ServiceRequestForm(request.POST, user=request.user)
        if form.is_valid():
            data = form.cleaned_data
            try:
                service_requests.create(
                    request.user,
                    service=data["service"],
                    topic=data["topic"],
                    description=data["description"],
                    organisation=data["organisation"],
                    organisation_name=data["organisation_name"],
                    preferred_dates=data["preferred_dates"],
                    participants=data["participants"],
                    language=translation.get_language(),
                )
            except service_requests.RateLimited as error:
                form.add_error(None, error.message)
                status = 429
            except service_requests.ServiceRequestError as error:
                for field, messages in error.errors.items():
                    form.add_error(field if field in form.fields else None, messages)
            else:
                return redirect("service-request-thanks")
    else:
        form = ServiceRequestForm(user=request.user)
    return render(
        request,
        "programme/services/form.html",
        {
            "form": form,
            "limit_reached": service_requests.remaining_today(request.user) == 0,
            "limit_message": service_requests.limit_message(),
        },
        status=status,
    )


@login_required
@require_http_methods(["GET", "HEAD"])
def thanks(request):
    return render(request, "programme/services/thanks.html")
