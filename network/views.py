"""A person's own pages: the profile, "Download my data" and "Delete my
account". The sign-in, sign-up, password and e-mail pages are allauth's
(``network.adapter``, templates in ``network/templates/account/``).

All of them answer only the signed-in person (``login_required``), so
``cms.middleware.PrivateResponseMiddleware`` marks them private.
"""

import json

from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.db import transaction
from django.db.models import ProtectedError
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from cms.i18n import localize
from network import personal_data, profile_sections
from network.forms import DeleteAccountForm, ProfileForm
from network.models import Membership


def affiliations_with_memberships(user):
    """The person's affiliations (organisation named in the reader's
    language) with the organisation's membership active today, if any:
    ``(affiliation, organisation, membership or None)``."""
    affiliations = list(user.affiliations.select_related("organisation").order_by("created_at"))
    organisations = localize([affiliation.organisation for affiliation in affiliations])
    active = {}
    for membership in Membership.objects.active().filter(
        organisation__in=[affiliation.organisation_id for affiliation in affiliations]
    ):
        current = active.get(membership.organisation_id)
        # The one that lasts longest (no end date first).
        if current is None or (
            current.ends_on and (not membership.ends_on or membership.ends_on > current.ends_on)
        ):
            active[membership.organisation_id] = membership
    return [
        (affiliation, organisation, active.get(affiliation.organisation_id))
        for affiliation, organisation in zip(affiliations, organisations, strict=True)
    ]


@login_required
@require_http_methods(["GET", "POST"])
def profile(request):
    user = request.user
    if request.method == "POST":
        form = ProfileForm(request.POST, instance=user)
        if form.is_valid():
            with transaction.atomic():
                form.save()
            messages.success(request, _("Your profile is saved."))
            return redirect("account-profile")
    else:
        form = ProfileForm(instance=user)
    return render(
        request,
        "network/profile.html",
        {
            "form": form,
            "affiliations": affiliations_with_memberships(user),
            "sections": profile_sections.render_sections(request),
        },
    )


@login_required
@require_http_methods(["GET"])
def download_data(request):
    """Everything the site holds about the person, as a JSON file."""
    data = personal_data.export(request.user)
    response = HttpResponse(
        json.dumps(data, ensure_ascii=False, indent=2, default=str),
        content_type="application/json; charset=utf-8",
    )
    filename = f"liaise-{request.user.username}-{timezone.localdate().isoformat()}.json"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


@login_required
@require_http_methods(["GET", "POST"])
def delete_account(request):
    """Delete the account after the password: affiliations, subscriptions,
    reports and e-mail addresses go with it; threads and posts stay,
    without an author ("former member")."""
    user = request.user
    staff = user.is_staff or user.is_superuser
    form = DeleteAccountForm(request.POST if request.method == "POST" else None, user=user)
    if request.method == "POST" and not staff and form.is_valid():
        try:
            with transaction.atomic():
                user.delete()
        except ProtectedError:
            form.add_error(
                None,
                _(
                    "Your account is linked to records the network must keep. "
                    "Please write to the secretariat to have it deleted."
                ),
            )
        else:
            logout(request)
            return redirect("account-deleted")
    # A TemplateResponse: past too many wrong passwords, django-axes answers
    # with this form and its lock-out message (cms.accounts.lockout_response).
    return TemplateResponse(request, "network/account_delete.html", {"form": form, "staff": staff})


@require_http_methods(["GET"])
def account_deleted(request):
    return render(request, "network/account_deleted.html")


def rate_limited(request, exception=None):
    """allauth's answer when a rate limit is reached (``handler429``)."""
    return render(request, "network/account_rate_limited.html", status=429)
