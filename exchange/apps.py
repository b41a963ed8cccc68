from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ExchangeConfig(AppConfig):
    """The members' area: the exchange (threads, posts, attachments,
    moderation, notifications) and the member directory."""

    name = "exchange"
    verbose_name = _("Members' exchange")

    def ready(self):
        # The exchange's part of a person's data export (network.personal_data).
        from exchange.personal_data import register_exchange

        register_exchange()

        # E-mail about new posts (exchange.notifications).
        from exchange.models import Post
        from exchange.notifications import post_published_receiver
        from exchange.signals import post_published

        post_published.connect(
            post_published_receiver, sender=Post, dispatch_uid="exchange.notifications"
        )
