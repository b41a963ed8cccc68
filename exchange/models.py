"""The members' exchange: threads, their posts and attachments, reports,
subscriptions and read markers, and the page that is the exchange's entry
point in the tree.

Who may see a thread is decided once, in ``exchange.access``, which builds on
the network's rule (``network.access``). Every body a member writes is
stored sanitised (``exchange.html``)."""

from django.conf import settings
from django.core.files.storage import FileSystemStorage
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.routable_page.models import RoutablePageMixin, path

from cms.i18n import default_locale_only
from cms.models import DemoEntry
from cms.pages import BasePage
from network.models import Organisation


def private_storage():
    """Attachments live outside MEDIA_ROOT (nothing serves that directory):
    they are sent only by ``exchange.views.attachment`` after the rule."""
    return FileSystemStorage(location=settings.PRIVATE_MEDIA_ROOT, base_url=None)


class ExchangePage(RoutablePageMixin, BasePage):
    """The entry point of the exchange, placed by editors in the tree: its
    title and introduction are translated like any page; members see the
    threads below it, everybody else a sign-in or "how to join" prompt.

    Its routes (``exchange.views``): the list of threads, a thread (and a
    reply posted to it), a new thread, editing and deleting a post, and the
    search inside the exchange."""

    introduction = models.TextField(_("introduction"), blank=True)
    join_text = models.TextField(
        _("how to join"),
        blank=True,
        help_text=_("Shown to readers who are not members, instead of the threads."),
    )

    content_panels = BasePage.content_panels + ["introduction", "join_text"]
    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("exchange")

    # The views live in exchange.views (imported here: they import this module).
    @path("", name="index")
    def index_route(self, request):
        from exchange import views

        return views.index(request, self)

    @path("threads/<int:pk>/", name="thread")
    def thread_route(self, request, pk):
        from exchange import views

        return views.thread(request, self, pk)

    @path("new/", name="new-thread")
    def new_thread_route(self, request):
        from exchange import views

        return views.new_thread(request, self)

    @path("posts/<int:pk>/edit/", name="edit-post")
    def edit_post_route(self, request, pk):
        from exchange import views

        return views.edit_post(request, self, pk)

    @path("posts/<int:pk>/delete/", name="delete-post")
    def delete_post_route(self, request, pk):
        from exchange import views

        return views.delete_post(request, self, pk)

    @path("search/", name="search")
    def search_route(self, request):
        from exchange import views

        return views.search(request, self)

    def route_url(self, name, *args):
        """The address of one of the routes, under this page (the page's
        own address is worked out once per instance)."""
        if "_route_base" not in self.__dict__:
            self._route_base = self.url
        return self._route_base + self.reverse_subpage(name, args=args)


class Sensitivity(models.TextChoices):
    """Who sees a thread, and what its notifications carry."""

    PUBLIC_SAFE = "public", _("Public-safe: any member; e-mails and digests carry the text")
    MEMBERS = "members", _("Members: any member; e-mails and digests carry only a link")
    RESTRICTED = (
        "restricted",
        _(
            "Restricted: members of the named organisations only; e-mails carry only a "
            "link, never in a digest"
        ),
    )


class ThreadQuerySet(models.QuerySet):
    def not_deleted(self):
        return self.filter(deleted_at__isnull=True)


class Thread(DemoEntry, models.Model):
    title = models.CharField(_("title"), max_length=200)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="exchange_threads",
        verbose_name=_("author"),
    )
    #: The author's organisation when they opened the thread (the
    #: "organisation" facet; it stays when the author leaves).
    organisation = models.ForeignKey(
        Organisation,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        limit_choices_to=default_locale_only,
        verbose_name=_("organisation"),
    )
    language = models.CharField(
        _("language"), max_length=8, choices=settings.LANGUAGES, default=settings.LANGUAGE_CODE
    )
    sensitivity = models.CharField(
        _("sensitivity"), max_length=12, choices=Sensitivity.choices, default=Sensitivity.MEMBERS
    )
    restricted_to = models.ManyToManyField(
        Organisation,
        blank=True,
        related_name="+",
        limit_choices_to=default_locale_only,
        verbose_name=_("organisations that may see it"),
    )
    topics = models.ManyToManyField(
        "practices.Topic",
        blank=True,
        related_name="+",
        limit_choices_to=default_locale_only,
        verbose_name=_("topics"),
    )
    practices = models.ManyToManyField(
        "practices.PracticePage", blank=True, related_name="+", verbose_name=_("practices")
    )
    sessions = models.ManyToManyField(
        "programme.SessionPage", blank=True, related_name="+", verbose_name=_("sessions")
    )
    created_at = models.DateTimeField(_("opened"), default=timezone.now, db_index=True)
    #: The time of the newest visible post: the list's order, unread markers.
    last_post_at = models.DateTimeField(default=timezone.now, db_index=True)
    #: Visible posts, opening post included (kept by ``exchange.posting``).
    post_count = models.PositiveIntegerField(default=0)
    deleted_at = models.DateTimeField(null=True, blank=True)

    objects = ThreadQuerySet.as_manager()

    class Meta:
        verbose_name = _("thread")
        verbose_name_plural = _("threads")
        ordering = ["-last_post_at"]

    def __str__(self):
        return self.title

    @property
    def opening_post(self):
        return self.posts.filter(is_opening=True).first()


class PostQuerySet(models.QuerySet):
    def visible(self):
        """Posts every reader of the thread sees: not deleted, not hidden."""
        return self.filter(deleted_at__isnull=True, hidden_at__isnull=True)


class Post(models.Model):
    """The opening post of a thread or a reply; every body a member writes."""

    class HiddenReason(models.TextChoices):
        REPORTS = "reports", _("Reported by several members, waiting for an editor")
        EDITOR = "editor", _("Hidden by an editor")

    thread = models.ForeignKey(Thread, on_delete=models.CASCADE, related_name="posts")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="exchange_posts",
        verbose_name=_("author"),
    )
    is_opening = models.BooleanField(default=False)
    #: Sanitised HTML (``exchange.html.clean``): the only form stored.
    body = models.TextField(_("text"))
    created_at = models.DateTimeField(default=timezone.now, db_index=True)
    edited_at = models.DateTimeField(null=True, blank=True)
    deleted_at = models.DateTimeField(null=True, blank=True)
    deleted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    hidden_at = models.DateTimeField(null=True, blank=True)
    hidden_reason = models.CharField(max_length=10, choices=HiddenReason.choices, blank=True)
    hidden_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    #: An editor looked at its reports (kept visible or restored).
    reviewed_at = models.DateTimeField(null=True, blank=True)
    is_demo = models.BooleanField(default=False)

    objects = PostQuerySet.as_manager()

    class Meta:
        verbose_name = _("post")
        verbose_name_plural = _("posts")
        ordering = ["created_at", "pk"]
        indexes = [models.Index(fields=["thread", "created_at"])]

    def __str__(self):
        return f"{self.thread} #{self.pk}"

    @property
    def is_visible(self):
        return self.deleted_at is None and self.hidden_at is None


class Attachment(models.Model):
    """A file attached to a post: type checked by content, size limited,
    stored privately (``private_storage``)."""

    post = models.ForeignKey(Post, on_delete=models.CASCADE, related_name="attachments")
    file = models.FileField(upload_to="exchange/%Y/%m/", storage=private_storage, max_length=255)
    #: The uploader's file name, cleaned; shown and used for the download.
    name = models.CharField(_("file name"), max_length=200)
    #: The media type found in the content (not the name's or the browser's).
    content_type = models.CharField(max_length=100)
    size = models.PositiveBigIntegerField()
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("attachment")
        verbose_name_plural = _("attachments")
        ordering = ["pk"]

    def __str__(self):
        return self.name


class Report(models.Model):
    """A member reports a post; three reports hide it until an editor looks."""

    post = models.ForeignKey(Post, on_delete=models.CASCADE, related_name="reports")
    reporter = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+"
    )
    reason = models.TextField(_("reason"), blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    resolved_at = models.DateTimeField(null=True, blank=True)
    resolved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    class Meta:
        verbose_name = _("report")
        verbose_name_plural = _("reports")
        constraints = [
            models.UniqueConstraint(fields=["post", "reporter"], name="report_once_per_member")
        ]

    def __str__(self):
        return f"{self.reporter} → {self.post}"


class Subscription(models.Model):
    """How much a person hears of a thread or of a topic."""

    class Level(models.TextChoices):
        WATCHING = "watching", _("Watching: every reply")
        NORMAL = "normal", _("Normal: in my digest")
        MUTED = "muted", _("Muted: nothing")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="exchange_subscriptions"
    )
    thread = models.ForeignKey(
        Thread, on_delete=models.CASCADE, null=True, blank=True, related_name="subscriptions"
    )
    topic = models.ForeignKey(
        "practices.Topic",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="+",
        limit_choices_to=default_locale_only,
    )
    level = models.CharField(max_length=10, choices=Level.choices, default=Level.WATCHING)

    class Meta:
        constraints = [
            models.CheckConstraint(
                condition=Q(thread__isnull=False, topic__isnull=True)
                | Q(thread__isnull=True, topic__isnull=False),
                name="subscription_thread_or_topic",
            ),
            models.UniqueConstraint(
                fields=["user", "thread"],
                condition=Q(thread__isnull=False),
                name="subscription_once_per_thread",
            ),
            models.UniqueConstraint(
                fields=["user", "topic"],
                condition=Q(topic__isnull=False),
                name="subscription_once_per_topic",
            ),
        ]

    def __str__(self):
        return f"{self.user}: {self.thread or self.topic} ({self.level})"


class ReadMarker(models.Model):
    """Up to when a person has read a thread (unread markers, digests)."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    thread = models.ForeignKey(Thread, on_delete=models.CASCADE, related_name="read_markers")
    read_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["user", "thread"], name="read_marker_once")]

    def __str__(self):
        return f"{self.user}: {self.thread} at {self.read_at}"


class Digest(models.Model):
    """A digest sent (or due) to a person for a period: the row is taken
    before the e-mail is queued, so ``send_digests`` run twice sends once."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    frequency = models.CharField(max_length=10)
    #: The period's key: "2026-12-05" (daily) or "2026-W49" (weekly).
    period = models.CharField(max_length=12)
    #: Posts up to this time are in it; the next digest starts after it.
    until = models.DateTimeField()
    post_count = models.PositiveIntegerField(default=0)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["user", "frequency", "period"], name="digest_once")
        ]

    def __str__(self):
        return f"{self.user}: {self.frequency} {self.period}"


class PracticeProposal(models.Model):
    """A thread turned by an editor into a draft practice page, with the
    author's consent recorded and the credit kept."""

    thread = models.ForeignKey(Thread, on_delete=models.PROTECT, related_name="proposals")
    practice = models.ForeignKey(
        "practices.PracticePage", on_delete=models.SET_NULL, null=True, related_name="+"
    )
    #: The name credited on the practice (kept if the account goes).
    credited_name = models.CharField(max_length=255)
    credited_organisation = models.CharField(max_length=255, blank=True)
    consent_given_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    consent_note = models.TextField(
        _("how consent was given"),
        help_text=_("For example: 'by e-mail to the secretariat on 3 December'."),
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    def __str__(self):
        return f"{self.thread} → {self.practice}"
