"""Brute-force protection of every form that checks a password
(django-axes; settings in base.py), and what signing in keeps.

The account views themselves are django-allauth's (``network.adapter``,
``cms.urls``): they send the reader back where they came from (``next``,
when it is an address of this site) or else to the home page of the
language they were reading, and keep that language (``keep_language``), so
that ``/`` does not pick another one from the browser later.

Axes counts failed log-ins per (account, client address) and, past the
limit, refuses them before any password is hashed. This module gives it the
client's address, the account a form names (``axes_username``: a username or
an e-mail address count as one), the answer a locked-out client gets, and a
limit for Wagtail's page-password form, which is not a user log-in.
"""

import ipaddress
import math

from axes.handlers.proxy import AxesProxyHandler
from axes.helpers import get_client_username, get_cool_off, get_credentials
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import NON_FIELD_ERRORS
from django.forms import BaseForm
from django.shortcuts import get_object_or_404, render
from django.template.response import SimpleTemplateResponse
from django.urls import reverse
from django.utils.translation import ngettext
from wagtail import views as wagtail_views
from wagtail.forms import PasswordViewRestrictionForm
from wagtail.models import Page, PageViewRestriction


def keep_language(response, language):
    """Remember ``language`` in the language cookie (as Django's set_language
    view does): LocaleMiddleware reads it for URLs without a prefix."""
    if language:
        response.set_cookie(
            settings.LANGUAGE_COOKIE_NAME,
            language,
            max_age=settings.LANGUAGE_COOKIE_AGE,
            path=settings.LANGUAGE_COOKIE_PATH,
            domain=settings.LANGUAGE_COOKIE_DOMAIN,
            secure=settings.LANGUAGE_COOKIE_SECURE,
            httponly=settings.LANGUAGE_COOKIE_HTTPONLY,
            samesite=settings.LANGUAGE_COOKIE_SAMESITE,
        )
    return response


#: The pseudo-username under which axes counts a page password's failures.
#: No real username can contain ":" (Django's username validator).
PAGE_PSEUDO_USER = "page-password:{restriction_id}"


def client_ip_address(request):
    """The client's address (``AXES_CLIENT_IP_CALLABLE``).

    Each of the ``TRUSTED_PROXY_COUNT`` proxies in front of the site appends
    the address it received to X-Forwarded-For, so the client's is that many
    entries from the right; entries further left come from the client itself
    and may be forged.
    """
    count = settings.TRUSTED_PROXY_COUNT
    if count:
        forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
        forwarded = [entry.strip() for entry in forwarded if entry.strip()]
        if len(forwarded) >= count:
            try:
                return str(ipaddress.ip_address(forwarded[-count]))
            except ValueError:
                pass
    return request.META.get("REMOTE_ADDR")


def axes_username(request, credentials):
    """The account a log-in attempt names (``AXES_USERNAME_CALLABLE``).

    The site's form (allauth) passes what was typed as ``username`` (and as
    ``email`` when it looks like an address), the admin's a username, the
    re-authentication and password-change forms the account's username and
    address. An address is counted under its account's username, so that
    typing the username or the address does not double the guesses; an
    address no account has is counted as typed (lower case).
    """
    if credentials:
        value = credentials.get("username") or credentials.get("email")
    else:
        data = getattr(request, "POST", {})
        value = data.get("login") or data.get("username")
    value = (value or "").strip()
    if "@" in value and not value.startswith(PAGE_PSEUDO_USER.format(restriction_id="")):
        usernames = list(
            get_user_model()
            .objects.filter(email__iexact=value)
            .values_list("username", flat=True)[:2]
        )
        return usernames[0] if len(usernames) == 1 else value.lower()
    return value


def lockout_message(request, credentials):
    minutes = max(1, math.ceil(get_cool_off(request).total_seconds() / 60))
    username = get_client_username(request, credentials) or ""
    if username.startswith(PAGE_PSEUDO_USER.format(restriction_id="")):
        message = ngettext(
            "Too many wrong passwords. Please wait %(minutes)d minute before trying again.",
            "Too many wrong passwords. Please wait %(minutes)d minutes before trying again.",
            minutes,
        )
    else:
        message = ngettext(
            "Too many failed sign-in attempts. Please wait %(minutes)d minute before trying again.",
            "Too many failed sign-in attempts. "
            "Please wait %(minutes)d minutes before trying again.",
            minutes,
        )
    return message % {"minutes": minutes}


def lockout_response(request, original_response, credentials):
    """The answer to a locked-out client (``AXES_LOCKOUT_CALLABLE``).

    The form that was posted comes back with the lock-out as its only error,
    so the site's, the admin's and the page-password form keep their own look
    and language. Anything else that authenticates gets a page of its own.
    """
    message = lockout_message(request, credentials)
    status = settings.AXES_HTTP_RESPONSE_CODE
    context = getattr(original_response, "context_data", None) or {}
    form = context.get("form")
    if isinstance(original_response, SimpleTemplateResponse) and isinstance(form, BaseForm):
        # Replace "wrong password" (which may not even be true: the password
        # was not checked) and any field errors by the lock-out.
        form.errors.clear()
        form.errors[NON_FIELD_ERRORS] = form.error_class([message], error_class="nonfield")
        original_response.content = original_response.rendered_content
        original_response.status_code = status
        return original_response
    return render(request, "registration/locked_out.html", {"message": message}, status=status)


def authenticate_with_password(request, page_view_restriction_id, page_id):
    """Wagtail's page-password form, with a limit of wrong passwords.

    Axes does not see this form (no user logs in), so each wrong password is
    reported to axes as a failure of the pseudo-user ``page-password:<id>``
    of the restriction: with the (username, address) lock-out parameters the
    limit, cool-off and answer are those of a log-in, per client address and
    protected page (counted by restriction, which covers the page's subtree,
    so trying the sub-pages does not multiply the guesses).
    """
    if request.method != "POST":
        return wagtail_views.authenticate_with_password(request, page_view_restriction_id, page_id)
    credentials = get_credentials(PAGE_PSEUDO_USER.format(restriction_id=page_view_restriction_id))
    if not AxesProxyHandler.is_allowed(request, credentials):
        # Refused without looking at the password; AxesMiddleware then turns
        # the form below into the lock-out answer (lockout_response).
        restriction = get_object_or_404(PageViewRestriction, id=page_view_restriction_id)
        page = get_object_or_404(Page, id=page_id).specific
        form = PasswordViewRestrictionForm(
            instance=restriction, initial={"return_url": request.POST.get("return_url", "")}
        )
        action_url = reverse(
            "wagtailcore_authenticate_with_password", args=[restriction.id, page.id]
        )
        request.axes_locked_out = True
        request.axes_credentials = credentials
        return page.serve_password_required_response(request, form, action_url)
    response = wagtail_views.authenticate_with_password(request, page_view_restriction_id, page_id)
    if response.status_code == 200:  # the form came back: wrong password
        AxesProxyHandler.user_login_failed(
            sender=authenticate_with_password, credentials=credentials, request=request
        )
    return response
