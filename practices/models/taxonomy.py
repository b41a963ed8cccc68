"""The vocabularies practices, experts and sessions are described with."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail_localize.fields import TranslatableField

from cms.models import TaxonomyBase


class Topic(TaxonomyBase):
    description = models.TextField(_("description"), blank=True)

    panels = TaxonomyBase.panels + [FieldPanel("description")]
    translatable_fields = TaxonomyBase.translatable_fields + [TranslatableField("description")]

    class Meta(TaxonomyBase.Meta):
        verbose_name = _("topic")
        verbose_name_plural = _("topics")


class FormOfExtremism(TaxonomyBase):
    class Meta(TaxonomyBase.Meta):
        verbose_name = _("form of extremism")
        verbose_name_plural = _("forms of extremism")


class TargetGroup(TaxonomyBase):
    class Meta(TaxonomyBase.Meta):
        verbose_name = _("target group")
        verbose_name_plural = _("target groups")


__all__ = ["Topic", "FormOfExtremism", "TargetGroup"]
