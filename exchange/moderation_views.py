"""Moderation from the thread page itself: a member reports a post, an
editor hides or restores it. POST only (with the CSRF token), through
``exchange.access`` and the services of ``exchange.moderation``; the
reader goes back to the post on the thread page with a message."""

from django import forms
from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST

from exchange import access, moderation
from exchange.models import Post


class ReportForm(forms.Form):
    reason = forms.CharField(
        label=_("Why should the editors look at this post? (optional)"),
        required=False,
        max_length=moderation.REASON_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 3}),
    )


def _post(request, pk):
    """The post, if the reader may read its thread and see it: anonymous
    readers are sent to sign in (then to the thread), people who may not
    enter the exchange get a 403, others a 404 for what they may not see."""
    post = get_object_or_404(Post.objects.select_related("thread", "author"), pk=pk)
    user = request.user
    if not user.is_authenticated:
        raise _SignIn(post)
    if not access.can_enter(user):
        raise PermissionDenied
    if not access.can_read(user, post.thread) or not access.sees_post(user, post):
        raise Http404
    return post


class _SignIn(Exception):
    def __init__(self, post):
        self.post = post


def _back(request, post):
    return redirect(f"{moderation.thread_url(post.thread, request)}#post-{post.pk}")


def _action(view):
    """POST only; anonymous readers sign in first."""

    @require_POST
    def wrapped(request, pk):
        try:
            post = _post(request, pk)
        except _SignIn as sign_in:
            return redirect_to_login(moderation.thread_url(sign_in.post.thread, request))
        return view(request, post)

    wrapped.__name__ = view.__name__
    wrapped.__doc__ = view.__doc__
    return wrapped


@_action
def report(request, post):
    """A member tells the editors about a post (with an optional reason)."""
    form = ReportForm(request.POST)
    if not form.is_valid():
        # The thread page cannot show this form's errors: answer with the
        # form alone, the reason as typed.
        return render(
            request,
            "exchange/moderation/report.html",
            {
                "form": form,
                "post": post,
                "thread": post.thread,
                "thread_url": moderation.thread_url(post.thread, request),
            },
            status=400,
        )
    try:
        moderation.report(post, request.user, form.cleaned_data["reason"])
    except moderation.ModerationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(
            request,
            gettext(
                "Thank you: the editors will look at this post. Only they see who reported it."
            ),
        )
    return _back(request, post)


@_action
def hide(request, post):
    """An editor hides a post from everybody but the editors."""
    if not access.can_moderate(request.user):
        raise PermissionDenied
    moderation.hide(post, request.user)
    messages.success(request, gettext("The post is hidden. Only editors see it now."))
    return _back(request, post)


@_action
def restore(request, post):
    """An editor shows a hidden or deleted post again."""
    if not access.can_moderate(request.user):
        raise PermissionDenied
    moderation.restore(post, request.user)
    messages.success(request, gettext("The post is visible again."))
    return _back(request, post)
