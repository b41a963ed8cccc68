"""The member directory's pages: the list at /<lang>/members/directory/ and
one organisation at /<lang>/members/directory/<slug>/.

Members only, through the exchange's rule (``exchange.access.can_enter``,
which is the network's ``can_view_members_content``): anonymous readers are
sent to sign in and come back; signed-in non-members get a 403 that says how
to join and shows nobody. Every answer is ``private, no-store``.
"""

from django.contrib.auth.views import redirect_to_login
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import render
from django.utils import translation
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_safe

from exchange import directory
from exchange.access import can_enter
from exchange.filters import DirectoryFilter
from exchange.models import ExchangePage
from network.access import member_organisation_ids


def members_only(view):
    """Let members in; send anybody else to sign in (anonymous) or to the
    "how to join" answer (403), and keep every answer out of shared caches."""

    @require_safe
    @cache_control(private=True, no_store=True)
    def wrapped(request, *args, **kwargs):
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        if not can_enter(request.user):
            return render(request, "exchange/directory_forbidden.html", status=403)
        return view(request, *args, **kwargs)

    wrapped.__name__ = view.__name__
    wrapped.__doc__ = view.__doc__
    return wrapped


def exchange_page():
    """The exchange's entry page in the reader's language, for a way back."""
    language = translation.get_language()
    return ExchangePage.objects.live().filter(locale__language_code=language).first()


@members_only
def organisations(request):
    """The organisations of the network, searched and filtered, a page at a
    time, with "cities like mine" for the reader's own organisations."""
    practices = directory.published_practices()
    options = directory.filter_options(practices)
    filterset = DirectoryFilter(request.GET, topics=options["topics"])
    context = {
        "filterset": filterset,
        "options": options,
        "exchange_page": exchange_page(),
        "like_mine": directory.like_mine(
            member_organisation_ids(request.user), practices=practices
        ),
    }
    if not filterset.is_valid():
        context["errors"] = filterset.errors()
        # what was typed stays in the box (a NUL byte, refused, does not)
        typed = request.GET.get("q", "").replace("\x00", "")
        context["query_text"] = typed[: filterset.form.fields["q"].max_length]
        context["chosen"] = {name: request.GET.getlist(name) for name in DirectoryFilter.CHOICES}
        return render(request, "exchange/directory.html", context, status=400)
    data = filterset.form.cleaned_data
    page = Paginator(filterset.qs, directory.PAGE_SIZE).get_page(request.GET.get("page"))
    context.update(
        page_obj=page,
        entries=directory.entries(page.object_list, practices),
        query_text=data.get("q") or "",
        chosen={name: data.get(name) or [] for name in DirectoryFilter.CHOICES},
        selected=filterset.selected(),
        filtered=bool(data.get("q")) or bool(filterset.selected()),
    )
    return render(request, "exchange/directory.html", context)


@members_only
def organisation(request, slug):
    """One organisation of the network: its people with their contact
    details, what it works on, its practices and the organisations like it."""
    practices = directory.published_practices()
    found = directory.entry(slug, practices)
    if found is None:
        raise Http404
    context = {
        "entry": found,
        "exchange_page": exchange_page(),
        "practices": directory.practices_of(found.source, request.user),
        "like_this": directory.like_mine([found.source.pk], practices=practices)[0].matches,
        "is_mine": found.source.pk in member_organisation_ids(request.user),
    }
    return render(request, "exchange/directory_organisation.html", context)
