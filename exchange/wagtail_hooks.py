"""The exchange in Wagtail's admin: an "Exchange" menu (for moderators)
with the moderation queue and the threads (to turn one into a draft
practice). Other parts of the exchange add their items to the same menu
through the ``register_exchange_menu_item`` hook."""

from django.urls import path, reverse
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import Menu, MenuItem, SubmenuMenuItem
from wagtail.admin.ui.sidebar import LinkMenuItem as LinkMenuItemComponent

from exchange import access, moderation, moderation_admin


class ModeratorMenuItem(MenuItem):
    def is_shown(self, request):
        return access.can_moderate(request.user)


class QueueMenuItem(ModeratorMenuItem):
    """ "Moderation queue (3)": the posts waiting for an editor."""

    def render_component(self, request):
        label = self.label
        waiting = moderation.queue("open").count()
        if waiting:
            label = gettext("Moderation queue (%(count)d)") % {"count": waiting}
        return LinkMenuItemComponent(
            self.name,
            label,
            self.url,
            icon_name=self.icon_name,
            classname=self.classname,
            attrs=self.attrs,
        )


exchange_menu = Menu(register_hook_name="register_exchange_menu_item")


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [
        path(
            "exchange/moderation/",
            moderation_admin.QueueView.as_view(),
            name="exchange_moderation_queue",
        ),
        path(
            "exchange/moderation/posts/<int:pk>/<slug:action>/",
            moderation_admin.post_action,
            name="exchange_moderation_post",
        ),
        path(
            "exchange/moderation/threads/<int:pk>/restore/",
            moderation_admin.thread_restore,
            name="exchange_moderation_thread_restore",
        ),
        path(
            "exchange/threads/",
            moderation_admin.ThreadsView.as_view(),
            name="exchange_admin_threads",
        ),
        path(
            "exchange/threads/<int:pk>/practice/",
            moderation_admin.ProposeView.as_view(),
            name="exchange_admin_propose",
        ),
    ]


@hooks.register("register_admin_menu_item")
def register_exchange_menu():
    return SubmenuMenuItem(
        _("Exchange"), exchange_menu, name="exchange", icon_name="comment", order=250
    )


@hooks.register("register_exchange_menu_item")
def register_queue_menu_item():
    return QueueMenuItem(
        _("Moderation queue"),
        reverse("exchange_moderation_queue"),
        name="exchange-moderation-queue",
        icon_name="warning",
        order=100,
    )


@hooks.register("register_exchange_menu_item")
def register_threads_menu_item():
    return ModeratorMenuItem(
        _("Threads"),
        reverse("exchange_admin_threads"),
        name="exchange-threads",
        icon_name="comment",
        order=200,
    )
