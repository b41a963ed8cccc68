"""How django-allauth fits the site (``ACCOUNT_ADAPTER``).

- Signing in without a ``next`` lands on the home page of the language the
  reader was using, and that language is kept in the language cookie.
- Every account e-mail (confirming an address, resetting a password, the
  security notices) goes through ``cms.mail`` in the recipient's
  ``preferred_language``, with links under that language's prefix and the
  site's address (``WAGTAILADMIN_BASE_URL``), whatever the language of the
  page that caused it.
- The client's address is the one django-axes sees (trusted proxies).
- Accounts made by editors in the admin, by ``createsuperuser`` or by the
  demo have no e-mail record of allauth's: their address is trusted on
  their first sign-in instead of blocking them behind a confirmation
  (a person who signs up always has a record, unconfirmed until they
  follow the link).
"""

from urllib.parse import quote

from allauth.account.adapter import DefaultAccountAdapter
from allauth.account.models import EmailAddress
from django.conf import settings
from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils import translation

from cms.accounts import client_ip_address, keep_language
from cms.mail import send_email
from cms.templatetags.site_tags import localized_home


def recipient_language(user=None, email=None):
    """The language of e-mail to ``user`` (or to the account of ``email``):
    their preferred language, else the one of the page being served."""
    if user is None and email:
        user = get_user_model().objects.filter(email__iexact=email).first()
    language = getattr(user, "preferred_language", "") or translation.get_language()
    return language if language in dict(settings.LANGUAGES) else settings.LANGUAGE_CODE


def site_url(path):
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


class AccountAdapter(DefaultAccountAdapter):
    def get_login_redirect_url(self, request):
        home = localized_home(request)
        url = home.get_url(request) if home is not None else None
        return url or f"/{translation.get_language() or settings.LANGUAGE_CODE}/"

    def get_signup_redirect_url(self, request):
        return self.get_login_redirect_url(request)

    def get_password_change_redirect_url(self, request):
        return reverse("account-profile")

    def get_logout_redirect_url(self, request):
        return reverse("logout")

    def post_login(self, request, user, **kwargs):
        response = super().post_login(request, user, **kwargs)
        return keep_language(response, translation.get_language())

    def pre_login(self, request, user, **kwargs):
        email = (user.email or "").lower()
        if (
            email
            and not EmailAddress.objects.filter(user=user).exists()
            # Unless another account has confirmed the same address.
            and not EmailAddress.objects.filter(email=email, verified=True).exists()
        ):
            EmailAddress.objects.create(user=user, email=email, primary=True, verified=True)
        return super().pre_login(request, user, **kwargs)

    def get_client_ip(self, request):
        return client_ip_address(request) or super().get_client_ip(request)

    # E-mail ---------------------------------------------------------------

    def send_mail(self, template_prefix, email, context):
        """Render ``<template_prefix>_subject.txt`` and ``<template_prefix>.txt``
        (network/templates/account/email/) in the recipient's language and
        queue the message (``cms.mail``)."""
        language = recipient_language(context.get("user"), email)
        context = {"email": email, **context}
        context.pop("request", None)
        send_email(email, template_prefix, context, language)

    def send_notification_mail(self, template_prefix, user, context=None, email=None):
        super().send_notification_mail(
            template_prefix, user, {"user": user, **(context or {})}, email
        )

    def send_account_already_exists_mail(self, email):
        with translation.override(recipient_language(email=email)):
            context = {
                "signup_url": site_url(reverse("account_signup")),
                "password_reset_url": site_url(reverse("account_reset_password")),
            }
        self.send_mail("account/email/account_already_exists", email, context)

    def get_email_confirmation_url(self, request, emailconfirmation):
        user = emailconfirmation.email_address.user
        with translation.override(recipient_language(user)):
            path = reverse("account_confirm_email", args=[emailconfirmation.key])
        return site_url(path)

    def get_reset_password_from_key_url(self, key):
        # The key starts with the account's id in base 36 (allauth's format).
        from allauth.account.utils import url_str_to_user_pk

        try:
            user = get_user_model().objects.filter(pk=url_str_to_user_pk(key.split("-")[0])).first()
        except ValueError:
            user = None
        with translation.override(recipient_language(user)):
            path = reverse(
                "account_reset_password_from_key", kwargs={"uidb36": "UID", "key": "KEY"}
            )
        return site_url(path.replace("UID-KEY", quote(key)))
