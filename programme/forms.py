"""The registration forms of the site: the booking (sessions and a formset
of participants) and the participant's own details behind their personal
link. They check what a form can check; the rules (window, seats, one place
per e-mail) are the service's (``programme.registration``), whose errors the
views put back next to the fields at fault."""

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from cms.i18n import default_locale_only
from network.forms import NOT_LISTED, organisation_choices
from network.models import Organisation
from programme import registration as service

#: At most this many participants in one booking.
MAX_PARTICIPANTS = 30


class BookingForm(forms.Form):
    """The sessions to book. ``sessions``: the pages that may be chosen
    (default-locale pages the reader may see, upcoming), shown in the
    reader's language (``labels``: {pk: localized page})."""

    sessions = forms.TypedMultipleChoiceField(
        label=_("Sessions"),
        coerce=int,
        widget=forms.CheckboxSelectMultiple,
        error_messages={
            "required": _("Choose at least one session."),
            "invalid_choice": _("This session cannot be booked here."),
        },
    )

    def __init__(self, *args, sessions=(), labels=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.pages = {session.pk: session for session in sessions}
        self.labels = labels or {}
        self.fields["sessions"].choices = [
            (session.pk, self.labels.get(session.pk, session).title) for session in sessions
        ]

    def clean_sessions(self):
        chosen = [self.pages[pk] for pk in self.cleaned_data["sessions"]]
        # The window, in the reader's language (the title of their version).
        closed = [
            message
            for session in chosen
            if (message := service.check_open(self.labels.get(session.pk, session)))
        ]
        if closed:
            raise forms.ValidationError(closed)
        return chosen


class OrganisationFieldsMixin:
    """An organisation chosen from the directory (named in the reader's
    language), or typed when it is not listed."""

    def add_organisation_fields(self, choices):
        self.fields["organisation"] = forms.ChoiceField(
            label=_("Organisation"),
            choices=[
                ("", _("Choose an organisation")),
                *choices,
                (NOT_LISTED, _("Not in the directory")),
            ],
            required=False,
            help_text=_("People of partners and associate partners of the network pay nothing."),
        )
        self.fields["organisation_name"] = forms.CharField(
            label=_("Name of the organisation, if it is not in the directory"),
            max_length=255,
            required=False,
        )

    def clean_organisation_fields(self, cleaned_data):
        choice = cleaned_data.get("organisation")
        name = " ".join((cleaned_data.get("organisation_name") or "").split())
        cleaned_data["organisation_name"] = name
        if choice and choice != NOT_LISTED:
            organisation = Organisation.objects.filter(default_locale_only(), pk=choice).first()
            if organisation is None:
                self.add_error("organisation", _("Choose an organisation from the list."))
            cleaned_data["organisation"] = organisation
            cleaned_data["organisation_name"] = ""
        else:
            cleaned_data["organisation"] = None
            if not name:
                field = "organisation_name" if choice == NOT_LISTED else "organisation"
                self.add_error(
                    field,
                    _(
                        "Choose the organisation from the directory, or “Not in the "
                        "directory” and type its name."
                    ),
                )
        return cleaned_data


def language_field(label):
    return forms.ChoiceField(label=label, choices=settings.LANGUAGES)


class ParticipantForm(OrganisationFieldsMixin, forms.Form):
    """One participant of a booking."""

    name = forms.CharField(label=_("Name"), max_length=160)
    email = forms.EmailField(
        label=_("E-mail address"),
        help_text=_("Their confirmation and personal link go to this address."),
    )
    role = forms.CharField(
        label=_("Role"),
        max_length=160,
        required=False,
        help_text=_("For example: prevention coordinator, social worker."),
    )

    def __init__(self, *args, organisations=(), language=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.add_organisation_fields(organisations)
        self.fields["language"] = language_field(_("Language of their e-mails"))
        self.fields["language"].initial = language or settings.LANGUAGE_CODE

    def clean(self):
        return self.clean_organisation_fields(super().clean())

    def participant(self):
        data = self.cleaned_data
        return service.Participant(
            name=data["name"],
            email=data["email"],
            role=data.get("role", "").strip(),
            organisation=data["organisation"],
            organisation_name=data["organisation_name"],
            language=data["language"],
        )


class BaseParticipantFormSet(forms.BaseFormSet):
    default_error_messages = {
        **forms.BaseFormSet.default_error_messages,
        "too_few_forms": _("Add at least one participant."),
        "too_many_forms": _("At most %(num)d participants can be registered in one booking."),
    }

    def __init__(self, *args, organisations=None, language=None, **kwargs):
        # The directory is read once for every row.
        if organisations is None:
            organisations = organisation_choices()
        kwargs["form_kwargs"] = {"organisations": organisations, "language": language}
        super().__init__(*args, **kwargs)

    def add_fields(self, form, index):
        super().add_fields(form, index)
        form.fields["DELETE"].label = _("Remove this participant")

    def rows(self):
        """(form index, form) of the participants to register: filled in and
        not removed."""
        return [
            (index, form)
            for index, form in enumerate(self.forms)
            if form.has_changed() and not self._should_delete_form(form)
        ]

    def participants(self):
        return [form.participant() for _index, form in self.rows()]

    def typed_rows(self):
        """What each row holds as typed (valid or not), for a form shown
        again with one more row; empty and removed rows are dropped."""
        rows = []
        for form in self.forms:
            values = {name: form[name].value() for name in form.fields if name != "DELETE"}
            if form["DELETE"].value() or not any(
                values.get(name) for name in ("name", "email", "role", "organisation_name")
            ):
                continue
            rows.append(values)
        return rows

    def clean(self):
        super().clean()
        if any(self.errors):
            return
        if not self.rows():
            raise forms.ValidationError(_("Add at least one participant."))


def participant_formset(extra=0):
    return forms.formset_factory(
        ParticipantForm,
        formset=BaseParticipantFormSet,
        extra=extra,
        can_delete=True,
        min_num=1,
        validate_min=True,
        max_num=MAX_PARTICIPANTS,
        validate_max=True,
    )


class DetailsForm(OrganisationFieldsMixin, forms.Form):
    """The participant's own details behind their personal link; the terms
    are accepted once."""

    name = forms.CharField(label=_("Your name"), max_length=160)
    role = forms.CharField(label=_("Your role"), max_length=160, required=False)

    def __init__(self, *args, registration, organisations=None, **kwargs):
        initial = {
            "name": registration.name,
            "role": registration.role,
            "organisation": str(registration.organisation_id)
            if registration.organisation_id
            else (NOT_LISTED if registration.organisation_name else ""),
            "organisation_name": registration.organisation_name,
            "language": registration.language,
        }
        super().__init__(*args, initial=initial, **kwargs)
        self.registration = registration
        self.add_organisation_fields(
            organisation_choices() if organisations is None else organisations
        )
        self.fields["language"] = language_field(_("Language of your e-mails"))
        if not registration.terms_accepted_at:
            self.fields["accept_terms"] = forms.BooleanField(
                label=_("I accept the terms of participation above."),
                error_messages={"required": _("Please accept the terms of participation.")},
            )

    def clean(self):
        return self.clean_organisation_fields(super().clean())

    def save(self):
        data = self.cleaned_data
        return service.complete_details(
            self.registration,
            name=data["name"],
            role=data.get("role", ""),
            organisation=data["organisation"],
            organisation_name=data["organisation_name"],
            language=data["language"],
            accept_terms=data.get("accept_terms", False),
        )
