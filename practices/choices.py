"""The fixed vocabularies of a practice, apart from the models so that the
filters (and the search's labels) can use them without importing the pages."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Approach(models.TextChoices):
    PREVENTION = "prevention", _("Prevention")
    DETECTION = "detection", _("Detection and referral")
    INTERVENTION = "intervention", _("Intervention")
    EXIT = "exit", _("Exit and disengagement")
    STRATEGY = "strategy", _("Local strategy and coordination")


class Evidence(models.TextChoices):
    INSPIRING = "inspiring", _("Inspiring practice")
    EVALUATED = "evaluated", _("Evaluated")
    PEER_REVIEWED = "peer_reviewed", _("Peer-reviewed")


class Status(models.TextChoices):
    PILOT = "pilot", _("Pilot")
    ACTIVE = "active", _("Running")
    COMPLETED = "completed", _("Completed")
