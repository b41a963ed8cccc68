"""Pages about the exchange's e-mail: the watch / normal / mute buttons of a
thread and of a topic (POST), "My exchange e-mail" (the subscriptions and
the e-mail frequency) and the unsubscribe link of every e-mail, which works
without signing in.

The unsubscribe address carries a signed token (``exchange.notifications``):
GET shows what it will stop and a button, POST stops it. The POST is exempt
from CSRF because mail programs send it on their own (RFC 8058 one-click,
``List-Unsubscribe=One-Click``) and the token is the authorisation: a page
that does not know it cannot forge it. Every answer here is personal:
``private, no-store``.
"""

from django import forms
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth.decorators import login_required
from django.core import signing
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.cache import patch_cache_control
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods, require_POST

from cms.i18n import default_locale_only, localize
from exchange import access
from exchange.models import Sensitivity, Subscription, Thread
from exchange.notifications import (
    Level,
    Scope,
    apply_unsubscribe,
    exchange_pages,
    read_unsubscribe_token,
    set_level,
    unsubscribe_token,
)
from exchange.templatetags.exchange_subscriptions import _choices, describe

LEVELS = {Level.WATCHING, Level.NORMAL, Level.MUTED}
#: "none": stop following (back to the default).
NONE = "none"


def _private(response):
    patch_cache_control(response, private=True, no_store=True)
    return response


def _back(request, fallback):
    target = request.POST.get("next") or ""
    if url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return redirect(target)
    return redirect(fallback)


def _level(request):
    value = request.POST.get("level", "")
    if value == NONE:
        return None
    if value not in LEVELS:
        return False
    return value


LEVEL_MESSAGES = {
    Level.WATCHING: gettext_lazy("You are watching “%(name)s”."),
    Level.NORMAL: gettext_lazy("“%(name)s” is back to normal."),
    Level.MUTED: gettext_lazy("You have muted “%(name)s”."),
    None: gettext_lazy("You no longer follow “%(name)s”."),
}


def _thread_url(request, thread):
    pages = exchange_pages()
    page = pages.get(request.LANGUAGE_CODE) or next(iter(pages.values()), None)
    if page is None:
        return reverse("exchange-subscriptions")
    return page.get_url(request) + page.reverse_subpage("thread", args=[thread.pk])


@login_required
@require_POST
def thread_subscription(request, pk):
    """Set the reader's level of a thread they may read."""
    thread = access.visible_threads(request.user, Thread.objects.not_deleted()).filter(pk=pk)
    thread = thread.first()
    if thread is None:
        raise Http404
    level = _level(request)
    if level is False:
        messages.error(request, _("Choose watch, normal or mute."))
    else:
        set_level(request.user, level=level, thread=thread)
        messages.success(request, LEVEL_MESSAGES[level] % {"name": thread.title})
    return _back(request, _thread_url(request, thread))


@login_required
@require_POST
def topic_subscription(request, pk):
    """Set the reader's level of a topic (members of the exchange only)."""
    if not access.can_enter(request.user):
        raise Http404
    from practices.models import Topic

    topic = get_object_or_404(Topic.objects.filter(default_locale_only()), pk=pk)
    level = _level(request)
    if level is False:
        messages.error(request, _("Choose watch, normal or mute."))
    else:
        set_level(request.user, level=level, topic=topic)
        name = localize([topic])[0].name
        messages.success(request, LEVEL_MESSAGES[level] % {"name": name})
    return _back(request, reverse("exchange-subscriptions"))


class FrequencyForm(forms.Form):
    email_frequency = forms.ChoiceField(
        label=gettext_lazy("E-mail about the exchange"),
        widget=forms.RadioSelect,
        choices=get_user_model().EmailFrequency.choices,
    )


@login_required
@require_http_methods(["GET", "POST"])
def subscriptions(request):
    """My exchange e-mail: how often, and the threads and topics followed."""
    user = request.user
    if request.method == "POST":
        form = FrequencyForm(request.POST)
        if form.is_valid():
            user.email_frequency = form.cleaned_data["email_frequency"]
            user.save(update_fields=["email_frequency"])
            messages.success(request, _("Your e-mail settings are saved."))
            return redirect("exchange-subscriptions")
        status = 400
    else:
        form = FrequencyForm(initial={"email_frequency": user.email_frequency})
        status = 200
    entered = access.can_enter(user)
    threads = []
    topics = []
    if entered:
        pages = exchange_pages()
        page = pages.get(request.LANGUAGE_CODE) or next(iter(pages.values()), None)
        readable = access.visible_threads(user, Thread.objects.not_deleted())
        rows = (
            Subscription.objects.filter(user=user, thread__in=readable)
            .select_related("thread")
            .order_by("-thread__last_post_at", "-thread_id")
        )
        for subscription in rows:
            thread = subscription.thread
            threads.append(
                {
                    "thread": thread,
                    "url": page.get_url(request) + page.reverse_subpage("thread", args=[thread.pk])
                    if page
                    else "",
                    "level": subscription.level,
                    "choices": _choices(subscription.level),
                    "description": describe(subscription.level, user.email_frequency),
                }
            )
        from practices.models import Topic

        levels = dict(
            Subscription.objects.filter(user=user, topic__isnull=False).values_list(
                "topic_id", "level"
            )
        )
        sources = list(Topic.objects.filter(default_locale_only()))
        for source, shown in zip(sources, localize(sources), strict=True):
            level = levels.get(source.pk)
            topics.append(
                {
                    "topic": source,
                    "name": shown.name,
                    "level": level,
                    "choices": _choices(level),
                }
            )
        topics.sort(key=lambda item: item["name"].casefold())
    response = render(
        request,
        "exchange/subscriptions.html",
        {
            "form": form,
            "entered": entered,
            "threads": threads,
            "topics": topics,
        },
        status=status,
    )
    return _private(response)


def _scope_context(user, scope, target_id):
    """What the page names: a thread by its title only when it is
    public-safe (the page opens without signing in), a topic by its name."""
    context = {"scope": scope, "name": ""}
    if scope == Scope.THREAD:
        thread = Thread.objects.filter(pk=target_id).first()
        if thread is None:
            context["gone"] = True
        elif thread.sensitivity == Sensitivity.PUBLIC_SAFE:
            context["name"] = thread.title
    elif scope == Scope.TOPIC:
        from practices.models import Topic

        topic = Topic.objects.filter(pk=target_id).first()
        if topic is None:
            context["gone"] = True
        else:
            context["name"] = localize([topic])[0].name
    return context


@csrf_exempt
@require_http_methods(["GET", "POST"])
def unsubscribe(request, token):
    """GET: what the link stops, and a button; POST: stop it."""
    try:
        user_id, scope, target_id = read_unsubscribe_token(token)
    except signing.BadSignature:
        return _private(render(request, "exchange/unsubscribe_invalid.html", status=400))
    user = get_user_model().objects.filter(pk=user_id, is_active=True).first()
    if user is None:
        return _private(render(request, "exchange/unsubscribe_invalid.html", status=400))
    context = _scope_context(user, scope, target_id)
    context["all_token"] = unsubscribe_token(user.pk, Scope.ALL)
    context["token"] = token
    if request.method == "POST":
        if not context.get("gone"):
            apply_unsubscribe(user, scope, target_id)
        context["done"] = True
    return _private(render(request, "exchange/unsubscribe.html", context))
