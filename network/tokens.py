"""Personal API tokens and how the project API knows who is asking.

A person makes tokens for their own scripts on ``/<lang>/account/tokens/``
(``network.token_views``), or an administrator with ``manage.py
create_api_token <username>``. The token is Wagtail's own
(``wagtail.models.APIToken``): only an HMAC-SHA-256 digest of the key is
stored, the key is shown once, and a revoked token stops working at once.
A token acts as its person and nothing more: what it may read is decided by
the same rule as the site (``network.access``, ``exchange.access``).

The routers of the project API take ``API_AUTH``: a bearer token first,
then the session of a signed-in browser, whose unsafe requests must carry
the CSRF token (as any form of the site). Neither answers a 401.
"""

from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.utils import timezone
from django.utils.functional import SimpleLazyObject
from ninja.security import APIKeyCookie
from wagtail.api.v3.auth import BearerTokenAuth
from wagtail.models import APIToken

#: The longest name a person may give a token (Wagtail allows 255).
NAME_MAX_LENGTH = 100


def create(user, name):
    """A new token of ``user``: ``(token, key)``; the key exists only in
    this return value."""
    return APIToken.create_token(user=user, name=name.strip()[:NAME_MAX_LENGTH])


def tokens_of(user):
    """``user``'s tokens, newest first, revoked ones included."""
    return APIToken.objects.filter(user=user).order_by("-created", "-pk")


def revoke(token):
    """Revoke ``token`` (once: a second call keeps the first time)."""
    if token.revoked_at is None:
        token.revoked_at = timezone.now()
        token.save(update_fields=["revoked_at"])
    return token


class TokenAuth(BearerTokenAuth):
    """``Authorization: Bearer <key>``. An unknown, revoked or malformed key
    (or the key of a deactivated account) leaves the request anonymous, even
    with a session cookie beside it: a script sending a bad key is told so
    with a 401 rather than quietly acting as whoever is signed in."""

    def authenticate(self, request, token):
        if not APIToken.validate_token_format(token):
            request.user = AnonymousUser()
            return None
        return super().authenticate(request, token)


class SessionAuth(APIKeyCookie):
    """The session of a person signed in on the site (the ``sessionid``
    cookie). Unsafe methods must carry the CSRF token (``X-CSRFToken``), as
    ninja's ``django_auth`` asks; it is checked only when the session is
    signed in, so that a request with no valid credentials at all is a 401."""

    param_name = settings.SESSION_COOKIE_NAME

    def __init__(self):
        super().__init__(csrf=True)

    def _get_key(self, request):
        if not request.user.is_authenticated:
            return None
        return super()._get_key(request)

    def authenticate(self, request, key):
        user = request.user
        if not (key and user.is_authenticated and user.is_active):
            return None
        if isinstance(user, SimpleLazyObject):
            # The person themselves rather than Django's lazy stand-in, as a
            # token's request has: services may ask for the model's class.
            user = user._wrapped
        request.user = user
        return user


#: What every operation that needs a person takes (``auth=API_AUTH``).
API_AUTH = [TokenAuth(), SessionAuth()]
