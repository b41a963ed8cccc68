"""Calendar downloads: one session's ``.ics`` (the link on its page) and the
feed of upcoming public sessions that people subscribe to, both in the
language of the address (``/<lang>/training/...``).

One session's file follows the one visibility rule (``visible_pages``): a
page the reader may not see is a 404, as a members-only session is to a
non-member. The feed is built for an anonymous reader whoever asks, so it
never holds a members-only session and the same answer is right for
everybody: it may be kept by shared caches for an hour.
"""

from django.contrib.auth.models import AnonymousUser
from django.http import Http404, HttpResponse
from django.utils import translation
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from cms import i18n
from cms.visibility import page_is_members_only, visible_pages
from programme import calendar
from programme.models import SessionPage

#: How long a shared cache may keep a public calendar (seconds).
PUBLIC_MAX_AGE = 3600


def calendar_response(text, filename, disposition="attachment"):
    response = HttpResponse(text, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'{disposition}; filename="{filename}"'
    response["X-Content-Type-Options"] = "nosniff"
    return response


def readable_sessions(user):
    """Session pages ``user`` may see, real pages only (no placeholders of
    an untranslated session)."""
    return i18n.translated_only(visible_pages(SessionPage.objects.all(), user))


@require_safe
def session_calendar(request, pk):
    """One session as an all-day event, in the reader's language when the
    session has a version in it the reader may see, else as asked."""
    language = translation.get_language()
    sessions = readable_sessions(request.user)
    session = sessions.filter(pk=pk).first()
    if session is None:
        raise Http404
    if session.locale.language_code != language:
        session = (
            sessions.filter(
                translation_key=session.translation_key, locale__language_code=language
            ).first()
            or session
        )
    language = session.locale.language_code
    response = calendar_response(
        calendar.session_ics([session], language, request=request), f"{session.slug}.ics"
    )
    if page_is_members_only(session):
        patch_cache_control(response, private=True, no_store=True)
    else:
        patch_cache_control(response, public=True, max_age=PUBLIC_MAX_AGE)
    return response


@require_safe
def feed(request):
    """The upcoming public sessions of the address's language, soonest first."""
    language = translation.get_language()
    sessions = SessionPage.upcoming(
        readable_sessions(AnonymousUser()).filter(locale__language_code=language)
    ).select_related("locale")
    text = calendar.session_ics(
        sessions, language, name=_("LIAISE training sessions"), request=request
    )
    response = calendar_response(text, f"liaise-sessions-{language}.ics", disposition="inline")
    patch_cache_control(response, public=True, max_age=PUBLIC_MAX_AGE)
    return response
