from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ExchangeConfig(AppConfig):
    """The members' area: the exchange (threads, posts, attachments,
    moderation, notifications) and the member directory."""

    name = "exchange"
    verbose_name = _("Members' exchange")
