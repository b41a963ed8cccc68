"""The programme's admin: a "Programme" menu that each area fills through the
``register_programme_menu_item`` hook; each area registers its own hooks in
its module."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import Menu, SubmenuMenuItem

from programme import registrations_admin, service_admin  # noqa: F401

programme_menu = Menu(register_hook_name="register_programme_menu_item")


@hooks.register("register_admin_menu_item")
def register_programme_menu():
    # Shown only when one of its items is (SubmenuMenuItem.is_shown).
    return SubmenuMenuItem(
        _("Programme"), programme_menu, name="programme", icon_name="date", order=240
    )
