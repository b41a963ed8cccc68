"""Language teams: a group of people responsible for one language.

Saving a team gives its group the rights for that language and nothing else
(``translations.teams.apply``): edit and add pages in the locale's own tree,
and publish them or submit them for an editor's review.
"""

from django.contrib.auth.models import Group
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale


class LanguageTeam(models.Model):
    class Mode(models.TextChoices):
        PUBLISH = "publish", _("Members publish their translations")
        REVIEW = "review", _("Members submit their translations for review")

    group = models.OneToOneField(
        Group,
        verbose_name=_("group"),
        on_delete=models.CASCADE,
        related_name="language_team",
        help_text=_("The people of this team: the members of this group."),
    )
    locale = models.ForeignKey(
        Locale,
        verbose_name=_("language"),
        on_delete=models.CASCADE,
        related_name="language_teams",
    )
    mode = models.CharField(
        _("publishing"),
        max_length=10,
        choices=Mode.choices,
        default=Mode.REVIEW,
    )

    class Meta:
        verbose_name = _("language team")
        verbose_name_plural = _("language teams")
        ordering = ["locale__language_code", "group__name"]

    def __str__(self):
        return f"{self.group.name} ({self.locale.get_display_name()})"

    @property
    def publishes(self):
        return self.mode == self.Mode.PUBLISH

    def save(self, *args, **kwargs):
        from translations import teams

        super().save(*args, **kwargs)
        teams.apply(self)

    def delete(self, *args, **kwargs):
        from translations import teams

        group = self.group
        result = super().delete(*args, **kwargs)
        teams.withdraw(group)
        return result
