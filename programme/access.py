"""What a session's participants may see beyond the members rule: the
session's materials.

A session's materials are members-only documents (``cms.visibility``). A
person who holds a confirmed seat in the session also needs them, member or
not, so the programme registers a grant with ``cms.visibility`` (from
``ProgrammeConfig.ready``): cms asks it for a signed-in non-member and a
members-only document, without importing the programme. The grant covers
the documents attached as materials to the sessions the person attends and
nothing else: another session's materials and every other members-only
document stay closed.

A participant is recognised by the account their registration is linked to
or by one of their verified e-mail addresses (a colleague registered them
before they had an account); a waiting or cancelled registration grants
nothing.
"""

from allauth.account.models import EmailAddress
from django.db.models import Q
from django.db.models.functions import Lower
from wagtail.documents import get_document_model

from cms import visibility
from programme.models import Registration, SessionMaterial


def _confirmed_registrations_of(user):
    """The confirmed registrations that are ``user``'s (one query when
    evaluated; none for an anonymous reader)."""
    if not getattr(user, "is_authenticated", False):
        return Registration.objects.none()
    verified = (
        EmailAddress.objects.filter(user=user, verified=True)
        .annotate(address=Lower("email"))
        .values("address")
    )
    return (
        Registration.objects.confirmed()
        .annotate(address=Lower("email"))
        .filter(Q(user=user) | Q(address__in=verified))
    )


def attends(user, session):
    """Whether ``user`` holds a confirmed seat in ``session`` (any of its
    translations: registrations point to the default-language page, which
    shares the translation key)."""
    return (
        _confirmed_registrations_of(user)
        .filter(session__translation_key=session.translation_key)
        .exists()
    )


def participant_may_see_document(user, document):
    """The grant: ``document`` is a material of a session ``user`` attends."""
    if not isinstance(document, get_document_model()):
        return False
    sessions = SessionMaterial.objects.filter(document=document).values("page__translation_key")
    return _confirmed_registrations_of(user).filter(session__translation_key__in=sessions).exists()


visibility.register_document_grant(participant_may_see_document)
