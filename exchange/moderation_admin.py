"""The exchange in Wagtail's admin, for moderators (``exchange.access.
can_moderate``): the moderation queue (reported, hidden and deleted posts,
deleted threads) with its actions, and the threads an editor may turn into
a draft practice (``exchange.proposals``). Registered in
``exchange.wagtail_hooks``."""

from functools import cached_property

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.db.models import Count, Prefetch, Q
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST
from django.views.generic import FormView, TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from cms.i18n import default_locale_only
from exchange import access, html, moderation, proposals
from exchange.models import Post, PracticeProposal, Report, Sensitivity, Thread
from network.models import Organisation
from practices.models import PracticePage

PER_PAGE = 25

QUEUE_TABS = [
    ("open", _("Needs review")),
    ("hidden", _("Hidden")),
    ("deleted", _("Deleted")),
]


class ModeratorRequired:
    """Wagtail's admin lets in anybody with admin access; these views are
    for moderators only."""

    def dispatch(self, request, *args, **kwargs):
        if not access.can_moderate(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


def _page(request, queryset):
    paginator = Paginator(queryset, PER_PAGE)
    page = paginator.get_page(request.GET.get("p"))
    return page, paginator.get_elided_page_range(page.number)


class QueueView(ModeratorRequired, WagtailAdminTemplateMixin, TemplateView):
    page_title = _("Moderation queue")
    header_icon = "warning"
    template_name = "exchange/admin/queue.html"

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [{"url": "", "label": self.get_page_title()}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        status = self.request.GET.get("show")
        status = status if status in dict(QUEUE_TABS) else "open"
        reports = Report.objects.select_related("reporter", "resolved_by").order_by("created_at")
        posts = moderation.queue(status).prefetch_related(Prefetch("reports", queryset=reports))
        threads = None
        if status == "deleted":
            # Threads deleted whole are listed apart; their opening posts
            # are restored with them.
            posts = posts.filter(is_opening=False)
            threads, threads_range = _page(self.request, moderation.deleted_threads())
            context["threads_range"] = threads_range
        page, page_range = _page(self.request, posts)
        counts = {
            "open": moderation.queue("open").count(),
            "hidden": Post.objects.filter(hidden_at__isnull=False).count(),
            "deleted": Post.objects.filter(deleted_at__isnull=False, is_opening=False).count()
            + Thread.objects.filter(deleted_at__isnull=False).count(),
        }
        context.update(
            status=status,
            tabs=[
                {"key": key, "label": label, "count": counts[key], "current": key == status}
                for key, label in QUEUE_TABS
            ],
            items=page,
            elided_page_range=page_range,
            rows=[_row(post, self.request) for post in page],
            threads=threads,
            thread_rows=[
                {"thread": thread, "url": moderation.thread_url(thread, self.request)}
                for thread in (threads or [])
            ],
            next_url=self.request.get_full_path(),
        )
        return context


def _row(post, request):
    reports = list(post.reports.all())
    open_reports = [report for report in reports if report.resolved_at is None]
    return {
        "post": post,
        "excerpt": html.excerpt(post.body, 400),
        "url": f"{moderation.thread_url(post.thread, request)}#post-{post.pk}",
        "reports": reports,
        "open_reports": open_reports,
        "can_hide": post.hidden_at is None and post.deleted_at is None,
        "can_restore": post.hidden_at is not None or post.deleted_at is not None,
        "can_keep": bool(open_reports) or post.hidden_reason == Post.HiddenReason.REPORTS,
    }


def _back_to_queue(request):
    target = request.POST.get("next", "")
    if target and url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return redirect(target)
    return redirect("exchange_moderation_queue")


ACTIONS = {
    "hide": (moderation.hide, _("The post is hidden.")),
    "restore": (moderation.restore, _("The post is visible again.")),
    "review": (moderation.mark_reviewed, _("The post stays visible; its reports are closed.")),
}


@require_POST
def post_action(request, pk, action):
    """Hide, restore or keep visible (mark reviewed) a post from the queue."""
    if action not in ACTIONS:
        raise Http404
    if not access.can_moderate(request.user):
        raise PermissionDenied
    post = get_object_or_404(Post.objects.select_related("thread"), pk=pk)
    service, message = ACTIONS[action]
    service(post, request.user)
    messages.success(request, message)
    return _back_to_queue(request)


@require_POST
def thread_restore(request, pk):
    """Bring back a thread deleted whole."""
    if not access.can_moderate(request.user):
        raise PermissionDenied
    thread = get_object_or_404(Thread, pk=pk)
    moderation.restore_thread(thread, request.user)
    messages.success(request, gettext("“%(title)s” is visible again.") % {"title": thread.title})
    return _back_to_queue(request)


# ---------------------------------------------------------------- threads


class ThreadsView(ModeratorRequired, WagtailAdminTemplateMixin, TemplateView):
    """The exchange's threads, to open one on the site or turn it into a
    draft practice."""

    page_title = _("Threads")
    header_icon = "comment"
    template_name = "exchange/admin/threads.html"

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [{"url": "", "label": self.get_page_title()}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        query = " ".join(self.request.GET.get("q", "").split())[:200]
        threads = (
            Thread.objects.filter(deleted_at__isnull=True)
            .select_related("author", "organisation")
            .annotate(proposal_count=Count("proposals"))
            .order_by("-last_post_at", "-pk")
        )
        if query:
            threads = threads.filter(
                Q(title__icontains=query) | Q(organisation__name__icontains=query)
            )
        page, page_range = _page(self.request, threads)
        context.update(
            query=query,
            items=page,
            elided_page_range=page_range,
            rows=[
                {"thread": thread, "url": moderation.thread_url(thread, self.request)}
                for thread in page
            ],
        )
        return context


class ReplyChoices(forms.ModelMultipleChoiceField):
    def label_from_instance(self, post):
        author = post.author.get_full_name() or post.author.get_username() if post.author else ""
        return f"{author or gettext('former member')}: {html.excerpt(post.body, 160)}"


def _current_year():
    return timezone.localdate().year


class ProposalForm(forms.Form):
    consent_note = forms.CharField(
        label=_("How did the author give their consent?"),
        help_text=_(
            "Required. For example: “by e-mail to the secretariat on 3 December”. Without the "
            "author's consent, the thread does not become a practice."
        ),
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    credited_name = forms.CharField(
        label=_("Name to credit"),
        max_length=PracticeProposal._meta.get_field("credited_name").max_length,
        help_text=_("Shown on the practice: “Contributed by … through the members' exchange”."),
    )
    credited_organisation = forms.CharField(
        label=_("Organisation to credit"),
        required=False,
        max_length=PracticeProposal._meta.get_field("credited_organisation").max_length,
    )
    organisation = forms.ModelChoiceField(
        label=_("City or organisation of the practice"),
        queryset=Organisation.objects.none(),
    )
    approach = forms.ChoiceField(label=_("Approach"), choices=PracticePage.Approach.choices)
    status = forms.ChoiceField(
        label=_("Status"), choices=PracticePage.Status.choices, initial=PracticePage.Status.ACTIVE
    )
    year_started = forms.IntegerField(label=_("Started in"), min_value=1950)
    replies = ReplyChoices(
        label=_("Replies to include after the opening post"),
        queryset=Post.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )

    def __init__(self, *args, thread, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["organisation"].queryset = Organisation.objects.filter(
            default_locale_only()
        ).order_by("name")
        self.fields["replies"].queryset = (
            Post.objects.visible()
            .filter(thread=thread, is_opening=False)
            .select_related("author")
            .order_by("created_at", "pk")
        )

    def clean_year_started(self):
        year = self.cleaned_data["year_started"]
        if year > _current_year():
            raise ValidationError(_("The year cannot be in the future."), code="max_value")
        return year


class ProposeView(ModeratorRequired, WagtailAdminTemplateMixin, FormView):
    """Turn a thread into a draft practice (``exchange.proposals``)."""

    page_title = _("Turn a thread into a practice")
    header_icon = "doc-full"
    template_name = "exchange/admin/propose.html"
    form_class = ProposalForm

    @cached_property
    def thread(self):
        # Looked up after ModeratorRequired: a non-moderator learns nothing
        # of which threads exist (403 either way).
        return get_object_or_404(
            Thread.objects.select_related("author", "organisation"), pk=self.kwargs["pk"]
        )

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {"url": reverse("exchange_admin_threads"), "label": gettext("Threads")},
            {"url": "", "label": self.get_page_title()},
        ]

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "thread": self.thread}

    def get_initial(self):
        name, organisation = proposals.initial_credit(self.thread)
        return {
            "credited_name": name,
            "credited_organisation": organisation,
            "organisation": self.thread.organisation_id,
            "year_started": self.thread.created_at.year,
            "status": PracticePage.Status.ACTIVE,
        }

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        opening = self.thread.opening_post
        context.update(
            thread=self.thread,
            thread_url=moderation.thread_url(self.thread, self.request),
            opening=opening,
            excerpt=html.excerpt(opening.body, 600) if opening else "",
            can_propose=proposals.can_propose(self.thread),
            restricted=self.thread.sensitivity == Sensitivity.RESTRICTED,
            earlier=self.thread.proposals.select_related("practice", "created_by").order_by(
                "-created_at"
            ),
        )
        return context

    def form_valid(self, form):
        data = form.cleaned_data
        try:
            proposal = proposals.propose_practice(
                self.thread,
                self.request.user,
                consent_note=data["consent_note"],
                credited_name=data["credited_name"],
                credited_organisation=data["credited_organisation"],
                organisation=data["organisation"],
                approach=data["approach"],
                status=data["status"],
                year_started=data["year_started"],
                replies=data["replies"],
                request=self.request,
            )
        except ValidationError as error:
            for field, errors in error.message_dict.items():
                form.add_error(None if field == "__all__" else field, errors)
            return self.form_invalid(form)
        messages.success(
            self.request,
            gettext(
                "A draft practice was made from “%(title)s”. Finish it, then publish it "
                "when it is ready."
            )
            % {"title": self.thread.title},
        )
        return redirect("wagtailadmin_pages:edit", proposal.practice.pk)

    def form_invalid(self, form):
        messages.error(self.request, gettext("The practice could not be made: see below."))
        return super().form_invalid(form)
