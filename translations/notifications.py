"""E-mail to language teams when the source of their translations changes.

Wagtail's workflow already writes to the reviewers when a translation is
submitted for review, in each reviewer's language: nothing is added here
for that. When a page of the default language that has translations is
published again, every member of each affected language team gets one
e-mail, in their own language (Wagtail's ``UserProfile``, else the site's
default), naming the page with a link to each translation to update. Sent
once the publication is committed.
"""

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.dispatch import receiver
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from wagtail.models import Page
from wagtail.signals import page_published
from wagtail.users.models import UserProfile


@receiver(page_published)
def source_published(sender, instance, revision=None, **kwargs):
    page = instance
    if page.locale.language_code != settings.LANGUAGE_CODE or page.alias_of_id is not None:
        return
    # A source published for the first time has no translations yet.
    if (
        not Page.objects.filter(translation_key=page.translation_key, alias_of__isnull=True)
        .exclude(pk=page.pk)
        .exists()
    ):
        return
    page_id = page.pk
    transaction.on_commit(lambda: notify_source_changed(page_id))


def person_language(user):
    """The language of a person's e-mails: their admin language (Wagtail's
    ``UserProfile``), else the one their account names, else the site's."""
    profile = UserProfile.get_for_user(user)
    return (
        profile.preferred_language
        or getattr(user, "preferred_language", "")
        or settings.LANGUAGE_CODE
    )


def notify_source_changed(page_id):
    from translations.models import LanguageTeam

    source = Page.objects.filter(pk=page_id).first()
    if source is None:
        return
    translations = {
        page.locale_id: page
        for page in Page.objects.filter(
            translation_key=source.translation_key, alias_of__isnull=True
        )
        .exclude(pk=source.pk)
        .select_related("locale")
    }
    recipients = {}
    for team in LanguageTeam.objects.filter(locale_id__in=translations).select_related("group"):
        for user in team.group.user_set.filter(is_active=True).exclude(email=""):
            recipients.setdefault(user.pk, (user, set()))[1].add(team.locale_id)
    base_url = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
    for user, locale_ids in recipients.values():
        language = person_language(user)
        items = [
            {
                "language": translations[locale_id].locale.get_display_name(),
                "title": translations[locale_id].title,
                "url": base_url
                + reverse("wagtailadmin_pages:edit", args=[translations[locale_id].pk]),
            }
            for locale_id in sorted(locale_ids)
        ]
        with translation.override(language):
            context = {"user": user, "source": source, "items": items}
            subject = render_to_string("translations/email/source_changed_subject.txt", context)
            body = render_to_string("translations/email/source_changed.txt", context)
        send_mail(" ".join(subject.split()), body, None, [user.email])
