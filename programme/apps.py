from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ProgrammeConfig(AppConfig):
    """The programme of the network: training sessions, seminars and study
    visits (pages), their registrations, attendance and certificates, and
    the services on demand."""

    name = "programme"
    verbose_name = _("Programme")

    def ready(self):
        # The programme's parts of the profile page and the data export;
        # the grant that lets a session's confirmed participants download its
        # materials (cms.visibility asks it for members-only documents).
        # A session page shows its free seats: every registration that comes,
        # changes or goes purges the shared cache (cms.cache), so the count
        # a reader gets is always true.
        from cms.signals import purge_when_changed
        from programme import access, sections  # noqa: F401
        from programme.models import Registration

        purge_when_changed(Registration)
