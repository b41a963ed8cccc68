"""What the search finds of the exchange: threads (registered with
``search.registry``; see docs/search.md).

A thread's document is its title and the text of its visible posts (the
opening post first; extracts come from it), in the thread's language, always
members-only. Facets: topic (the practices' "topic" facet, so one filter
serves both), organisation (the author's when they opened it, as on
practices) and "has-attachment".

Not indexed at all: deleted threads, and *restricted* threads. The search
knows two audiences only, the public and members (``members_only``, decided
by ``network.access.can_view_members_content``); it cannot tell one
member's organisation from another's, so a restricted thread indexed as
members-only would show its title, extracts and facet counts to members of
organisations it does not name. Restricted threads are found only in the
exchange's own list, which asks ``exchange.access``.

The site search shows threads to members like any members-only record
(never to anybody else); the exchange's search page restricts the same
service to this kind.
"""

from django.utils.translation import gettext_lazy as _

from exchange import html
from exchange.models import Attachment, ExchangePage, Post, Sensitivity, Thread
from network.models import Organisation
from practices.models import Topic
from practices.search import TOPIC, term_labels
from search.registry import Facet, Fields, Index, register

KIND = "thread"
HAS_ATTACHMENT = "has-attachment"


def thread_url(exchange_urls, thread, fallback_language):
    base = exchange_urls.get(thread.language) or exchange_urls.get(fallback_language)
    return f"{base}threads/{thread.pk}/" if base else ""


@register
class ThreadIndex(Index):
    model = Thread
    kind = KIND
    label = _("Exchange threads")
    facets = {
        "topic": TOPIC,
        "organisation": Facet(
            _("City or organisation"),
            "The organisation running a practice, hosting a session, employing an expert.",
            "efus",
        ),
        HAS_ATTACHMENT: Facet(
            _("Attachments"), "Exchange threads with at least one attached file.", "yes"
        ),
    }
    related = ("topics",)
    select_related = ("organisation",)

    def queryset(self):
        return Thread.objects.filter(deleted_at__isnull=True).exclude(
            sensitivity=Sensitivity.RESTRICTED
        )

    def prefetch(self, threads, context):
        """The visible posts' text, the attachments and the exchange pages'
        addresses of a batch, one query each."""
        state = context.state(self)
        ids = [thread.pk for thread in threads]
        texts = {pk: [] for pk in ids}
        for thread_id, body in (
            Post.objects.visible()
            .filter(thread_id__in=ids)
            .order_by("created_at", "pk")
            .values_list("thread_id", "body")
        ):
            texts[thread_id].append(html.text(body))
        state.setdefault("texts", {}).update(texts)
        state.setdefault("attached", set()).update(
            Attachment.objects.filter(
                post__thread_id__in=ids, post__deleted_at__isnull=True, post__hidden_at__isnull=True
            ).values_list("post__thread_id", flat=True)
        )
        if "urls" not in state:
            state["urls"] = {
                page.locale.language_code: page.url
                for page in ExchangePage.objects.live().select_related("locale")
                if page.url
            }

    def document(self, thread, context):
        if thread.deleted_at is not None or thread.sensitivity == Sensitivity.RESTRICTED:
            return None
        state = context.state(self)
        if thread.pk not in state.get("texts", {}):
            self.prefetch([thread], context)
        topics = context.related(thread, "topics")
        organisation = thread.organisation
        language = thread.language
        return Fields(
            title=thread.title,
            url=thread_url(state["urls"], thread, "en"),
            locale=language,
            translation_key=self.translation_key(thread),
            members_only=True,
            public_text=state["texts"][thread.pk],
            extra_text=[
                *context.names(topics, language),
                *context.names([organisation] if organisation else [], language),
            ],
            published_at=thread.created_at,
            facets={
                "topic": [topic.slug for topic in topics],
                "organisation": [organisation.slug] if organisation else [],
                HAS_ATTACHMENT: ["yes"] if thread.pk in state["attached"] else [],
            },
        )

    def value_labels(self):
        return {
            "topic": term_labels(Topic),
            "organisation": term_labels(Organisation),
            HAS_ATTACHMENT: {"yes": str(_("With attachments"))},
        }

    def dependencies(self):
        """A post written, edited, hidden or deleted changes its thread's
        text; a renamed topic or organisation its searched names."""

        def same(obj):
            return type(obj).objects.filter(translation_key=obj.translation_key)

        return {
            Post: lambda post: [post.thread],
            Topic: lambda topic: Thread.objects.filter(topics__in=same(topic)).distinct(),
            Organisation: lambda organisation: Thread.objects.filter(
                organisation__in=same(organisation)
            ),
        }
