from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ProgrammeConfig(AppConfig):
    """The programme of the network: training sessions, seminars and study
    visits (pages), and next their registrations."""

    name = "programme"
    verbose_name = _("Programme")
