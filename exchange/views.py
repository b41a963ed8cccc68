"""The exchange's pages (routes of ``ExchangePage``) and the attachment
download.

Every view asks ``exchange.access`` first. Anybody who may not enter sees
the page's title and introduction with a prompt (sign in, how to join):
anonymous readers with 200, signed-in non-members with 403; nobody outside
sees a thread's title, a count or a post. A thread the reader may not read
(restricted to other organisations, deleted) answers 404. Writing goes
through ``exchange.posting``; a refused post comes back with what was typed
and the reason.

Queries are constant in the number of threads on the list and of posts on
a thread (pinned in tests/exchange/test_queries.py).
"""

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.http import Http404, HttpResponseNotAllowed
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import translation
from django.utils.csp import CSP
from django.utils.translation import gettext as _
from django.views.decorators.csp import csp_override
from django.views.decorators.http import require_safe

from cms.i18n import default_locale_only, localize, localize_pages
from exchange import access, html, posting, uploads
from exchange.forms import EditForm, IndexFilterForm, ReplyForm, SearchForm, ThreadForm
from exchange.models import Attachment, Post, ReadMarker, Sensitivity, Thread
from exchange.search import HAS_ATTACHMENT, KIND
from practices.models import Topic
from search.engine import FacetIndex, SearchQuery
from search.engine import search as run_search
from search.highlight import highlight
from search.models import IndexVersion
from search.registry import facet_labels

THREADS_PER_PAGE = 20
SEARCH_FACETS = ("topic", "organisation", "language", HAS_ATTACHMENT)


#: Shown in the browser (never HTML or SVG: those are sent as downloads).
def _render(request, page, template, context, status=200):
    context = {**page.get_context(request), "exchange_url": page.route_url("index"), **context}
    return render(request, template, context, status=status)


def prompt(request, page):
    """The page's title and introduction, and how to get in."""
    status = 403 if request.user.is_authenticated else 200
    return _render(request, page, "exchange/prompt.html", {}, status=status)


def _entered(view):
    """Only people who may enter reach ``view``; everybody else gets the prompt."""

    def wrapped(request, page, *args, **kwargs):
        if not access.can_enter(request.user):
            return prompt(request, page)
        return view(request, page, *args, **kwargs)

    wrapped.__doc__ = view.__doc__
    return wrapped


def _readable_thread(user, pk, queryset=None):
    queryset = Thread.objects.all() if queryset is None else queryset
    return get_object_or_404(access.visible_threads(user, queryset), pk=pk)


def _localized_topics():
    """{pk: topic in the reader's language} of every topic (two queries)."""
    topics = list(Topic.objects.filter(default_locale_only()))
    return {topic.pk: localized for topic, localized in zip(topics, localize(topics), strict=True)}


def _author_names(user):
    return user.display_name if user is not None else _("former member")


@_entered
def index(request, page):
    """Threads the reader may see, newest activity first, with filters."""
    user = request.user
    topics = _localized_topics()
    ordered_topics = sorted(topics.values(), key=lambda topic: topic.name.casefold())
    filters = IndexFilterForm(request.GET or None, topics=ordered_topics)
    threads = access.visible_threads(user, Thread.objects.not_deleted())
    status = 200
    if filters.is_bound and not filters.is_valid():
        status = 400
    elif filters.is_bound:
        if topic := filters.cleaned_data.get("topic"):
            threads = threads.filter(topics__slug=topic)
        if language := filters.cleaned_data.get("language"):
            threads = threads.filter(language=language)
    threads = (
        threads.select_related("author", "organisation")
        .prefetch_related("topics")
        .order_by("-last_post_at", "-pk")
    )
    paginator = Paginator(threads, THREADS_PER_PAGE)
    try:
        page_obj = paginator.page(request.GET.get("page") or 1)
    except (PageNotAnInteger, EmptyPage):
        raise Http404 from None
    rows = list(page_obj.object_list)
    unread = posting.unread(user, rows)
    organisations = localize([thread.organisation for thread in rows if thread.organisation])
    organisation_names = {org.translation_key: org.name for org in organisations}
    for thread in rows:
        thread.unread = thread.pk in unread
        thread.localized_topics = [topics.get(topic.pk, topic) for topic in thread.topics.all()]
        thread.organisation_name = (
            organisation_names.get(thread.organisation.translation_key, thread.organisation.name)
            if thread.organisation
            else ""
        )
        thread.author_name = _author_names(thread.author)
    context = {
        "threads": rows,
        "page_obj": page_obj,
        "filters": filters,
        "filtered": bool(
            filters.is_bound and filters.is_valid() and any(filters.cleaned_data.values())
        ),
        "can_post": access.can_post(user),
    }
    return _render(request, page, "exchange/exchange_page.html", context, status=status)


def _thread_context(request, page, thread, reply_form=None):
    user = request.user
    moderator = access.can_moderate(user)
    posts = thread.posts.select_related("author").prefetch_related("attachments")
    if not moderator:
        posts = posts.visible()
    posts = [post for post in posts if access.sees_post(user, post)]
    marker = ReadMarker.objects.filter(user=user, thread=thread).first()
    read_before = marker.read_at if marker else None
    for post in posts:
        post.thread = thread
        post.author_name = _author_names(post.author)
        post.is_new = bool(
            read_before and post.created_at > read_before and post.author_id != user.pk
        )
        post.can_edit = posting.can_edit(post, user)
        post.can_delete = posting.can_delete(post, user)
        post.edit_url = page.route_url("edit-post", post.pk)
        post.delete_url = page.route_url("delete-post", post.pk)
    opening = next((post for post in posts if post.is_opening), None)
    replies = [post for post in posts if not post.is_opening]
    organisation = localize([thread.organisation])[0] if thread.organisation else None
    can_reply = access.can_post(user) and thread.deleted_at is None
    return {
        "thread": thread,
        "opening": opening,
        "replies": replies,
        "thread_topics": localize(list(thread.topics.all())),
        "thread_practices": localize_pages(list(thread.practices.all()), user),
        "thread_sessions": localize_pages(list(thread.sessions.all()), user),
        "organisation": organisation,
        "restricted_names": [org.name for org in localize(list(thread.restricted_to.all()))]
        if thread.sensitivity == Sensitivity.RESTRICTED
        else [],
        "reply_form": reply_form
        if reply_form is not None
        else (ReplyForm() if can_reply else None),
        "can_reply": can_reply,
        "thread_url": page.route_url("thread", thread.pk),
        "read_before": read_before,
    }


def _attempt(form, action):
    """(what ``action`` made, 200) or (None, the status of its refusal),
    the refusal's message put on ``form`` (which keeps what was typed)."""
    try:
        return action(), 200
    except posting.RateLimited as error:
        form.add_posting_error(error)
        return None, 429
    except posting.PostingError as error:
        form.add_posting_error(error)
        return None, 400


@_entered
def thread(request, page, pk):
    """A thread: GET reads it (and marks it read), POST replies to it."""
    user = request.user
    thread = _readable_thread(user, pk, Thread.objects.select_related("author", "organisation"))
    status = 200
    form = None
    if request.method == "POST":
        form = ReplyForm(request.POST, request.FILES)
        if form.is_valid():
            post, status = _attempt(
                form,
                lambda: posting.reply(
                    user, thread, body=form.cleaned_data["body"], files=form.cleaned_data["files"]
                ),
            )
            if post is not None:
                messages.success(request, _("Your reply is published."))
                return redirect(f"{page.route_url('thread', thread.pk)}#post-{post.pk}")
        else:
            status = 400
    elif request.method not in ("GET", "HEAD"):
        return HttpResponseNotAllowed(["GET", "HEAD", "POST"])
    context = _thread_context(request, page, thread, reply_form=form)
    posting.mark_read(user, thread)
    return _render(request, page, "exchange/thread.html", context, status=status)


@_entered
def new_thread(request, page):
    user = request.user
    if not access.can_post(user):
        raise PermissionDenied
    status = 200
    if request.method == "POST":
        form = ThreadForm(request.POST, request.FILES, user=user)
        if form.is_valid():
            data = form.cleaned_data
            thread, status = _attempt(
                form,
                lambda: posting.create_thread(
                    user,
                    title=data["title"],
                    body=data["body"],
                    language=data["language"],
                    sensitivity=data["sensitivity"],
                    restricted_to=data["restricted_to"],
                    topics=data["topics"],
                    practices=data["practices"],
                    sessions=data["sessions"],
                    files=data["files"],
                ),
            )
            if thread is not None:
                messages.success(request, _("Your thread is published."))
                return redirect(page.route_url("thread", thread.pk))
        else:
            status = 400
    else:
        form = ThreadForm(initial={"language": translation.get_language()}, user=user)
    return _render(request, page, "exchange/thread_form.html", {"form": form}, status=status)


def _post_of(request, pk):
    """A post in a thread the reader may read, that they may see (or wrote)."""
    post = get_object_or_404(Post.objects.select_related("thread"), pk=pk)
    if not access.can_read(request.user, post.thread):
        raise Http404
    if not access.sees_post(request.user, post) and post.author_id != request.user.pk:
        raise Http404
    return post


@_entered
def edit_post(request, page, pk):
    user = request.user
    post = _post_of(request, pk)
    thread_url = page.route_url("thread", post.thread_id)
    if not posting.can_edit(post, user):
        return _render(
            request,
            page,
            "exchange/post_locked.html",
            {
                "post": post,
                "thread_url": thread_url,
                "EXCHANGE_EDIT_MINUTES": settings.EXCHANGE_EDIT_MINUTES,
            },
            status=403,
        )
    status = 200
    if request.method == "POST":
        form = EditForm(request.POST, with_title=post.is_opening)
        if form.is_valid():
            try:
                posting.edit(
                    post,
                    user,
                    body=form.cleaned_data["body"],
                    title=form.cleaned_data.get("title"),
                )
            except posting.PostingError as error:
                form.add_posting_error(error)
                status = 400
            else:
                messages.success(request, _("Your changes are saved."))
                return redirect(f"{thread_url}#post-{post.pk}")
        else:
            status = 400
    else:
        form = EditForm(
            initial={"body": html.editable(post.body), "title": post.thread.title},
            with_title=post.is_opening,
        )
    context = {"form": form, "post": post, "thread_url": thread_url}
    return _render(request, page, "exchange/post_edit.html", context, status=status)


@_entered
def delete_post(request, page, pk):
    user = request.user
    post = _post_of(request, pk)
    thread_url = page.route_url("thread", post.thread_id)
    if not posting.can_delete(post, user):
        raise PermissionDenied
    if request.method == "POST":
        posting.delete(post, user)
        if post.is_opening:
            messages.success(request, _("The thread is deleted."))
            return redirect(page.url)
        messages.success(request, _("The post is deleted."))
        return redirect(thread_url)
    context = {"post": post, "thread_url": thread_url}
    return _render(request, page, "exchange/post_delete.html", context)


@_entered
def search(request, page):
    """The exchange's search: the site's search service, threads only."""
    user = request.user
    locale = translation.get_language()
    form = SearchForm(request.GET or None)
    facet_index = FacetIndex.get(IndexVersion.current())
    labels = facet_index.labels(locale)
    text, number = "", 1
    if form.is_bound and form.is_valid():
        text = form.cleaned_data["q"] or ""
        number = form.cleaned_data["page"] or 1
    filters = {"kind": [KIND]}
    for name in SEARCH_FACETS:
        values = [value for value in request.GET.getlist(name) if value]
        if values:
            filters[name] = values
    results = run_search(
        SearchQuery(
            text=text,
            filters=filters,
            page=number,
            page_size=THREADS_PER_PAGE,
            locale=locale,
            all_languages=True,
            members=True,
        ),
        index=facet_index,
    )
    # The search holds no restricted or deleted thread; the rule has the last word.
    ids = [hit.object_id for hit in results.hits]
    readable = set(
        access.visible_threads(user, Thread.objects.filter(pk__in=ids)).values_list("pk", flat=True)
    )
    hits = [
        {
            "title": hit.title,
            "url": page.route_url("thread", hit.object_id),
            "language": hit.locale,
            "extract": highlight(hit.text, results.terms, hit.locale, hit.summary),
        }
        for hit in results.hits
        if hit.object_id in readable
    ]
    names = facet_labels()
    facets = [
        {
            "name": name,
            "label": names.get(name, name),
            "values": [
                {
                    **item,
                    "label": labels.get(name, {}).get(item["value"], item["value"]),
                }
                for item in sorted(
                    results.facets.get(name, []), key=lambda item: (-item["count"], item["value"])
                )
            ],
        }
        for name in SEARCH_FACETS
    ]
    context = {
        "form": form,
        "hits": hits,
        "results": results,
        "facets": [facet for facet in facets if facet["values"]],
        "searched": bool(text or len(filters) > 1),
        "query_text": text,
    }
    return _render(request, page, "exchange/search.html", context)


@require_safe
@csp_override({"default-src": [CSP.NONE], "sandbox": True})
def attachment(request, pk):
    """An attachment, only to readers of its thread who see its post."""
    user = request.user
    if not user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    if not access.can_enter(user):
        return render(request, "members_only.html", status=403)
    attachment = get_object_or_404(Attachment.objects.select_related("post__thread"), pk=pk)
    if not access.can_see_post(user, attachment.post):
        raise Http404
    try:
        return uploads.file_response(attachment)
    except FileNotFoundError:
        raise Http404 from None
