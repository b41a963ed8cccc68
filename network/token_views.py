"""The page where a person makes and revokes their personal API tokens:
``/<lang>/account/tokens/`` (``api-tokens``).

A new key is shown once, on the page the creation redirects to (kept in the
session for that one answer only, so that reloading the page does not post
the form again and the key is not left behind). Only the person's own
tokens are listed, revoked ones too (with when), and only they can revoke
them. Every answer is personal (``private, no-store``).
"""

from django import forms
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_http_methods

from network import tokens

#: Where the key of the token just made waits for the page that shows it.
NEW_KEY = "network_api_token_new"
REVOKED = "network_api_token_revoked"


class TokenForm(forms.Form):
    name = forms.CharField(
        label=_("Name of the new token"),
        max_length=tokens.NAME_MAX_LENGTH,
        help_text=_("What it is for, so that you recognise it later: “Our intranet”."),
    )

    def clean_name(self):
        name = " ".join(self.cleaned_data["name"].split())
        if not name:
            raise forms.ValidationError(_("Give the token a name."), code="required")
        return name


@login_required
@cache_control(private=True, no_store=True)
@require_http_methods(["GET", "HEAD", "POST"])
def api_tokens(request):
    form = TokenForm()
    if request.method == "POST":
        if "revoke" in request.POST:
            return _revoke(request)
        form = TokenForm(request.POST)
        if form.is_valid():
            token, key = tokens.create(request.user, form.cleaned_data["name"])
            request.session[NEW_KEY] = {"id": token.pk, "key": key}
            return redirect("api-tokens")
    new = request.session.pop(NEW_KEY, None)
    revoked = request.session.pop(REVOKED, None)
    mine = list(tokens.tokens_of(request.user))
    context = {
        "form": form,
        "tokens": mine,
        "new_key": new["key"] if new else None,
        "new_token": next((token for token in mine if new and token.pk == new["id"]), None),
        "revoked": revoked,
    }
    return render(
        request,
        "network/api_tokens.html",
        context,
        status=400 if form.is_bound and form.errors else 200,
    )


def _revoke(request):
    try:
        pk = int(request.POST["revoke"])
    except (TypeError, ValueError) as error:
        raise Http404 from error
    token = tokens.tokens_of(request.user).filter(pk=pk).first()
    if token is None:
        raise Http404
    tokens.revoke(token)
    request.session[REVOKED] = token.name
    return redirect("api-tokens")
