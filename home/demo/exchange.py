"""The members' side of the demo network (``data/exchange.json``, SCHEMA.md):
the exchange's entry page under each home page, the demo members' profiles,
threads and replies between them, a PDF attachment, a pending
associate-partner application and a membership that ends soon.

The entry page's texts are an index page's (``data/index_pages.json``,
"exchange") and are translated like them, through wagtail-localize. Threads
and replies are not translated: a member writes in their own language, so
each thread is in the language it was written in. Every thread and post is
marked demo and its opening post says so.

Dates are relative to the day a thread is first loaded ("days_ago" and a
time of day). A second load finds every record (a thread by its title, the
application by its organisation and contact) and writes nothing; only the
membership that "ends soon" is given a new end 40 days ahead once it has
ended, so that a demo database kept for months still shows one."""

import datetime

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import transaction
from django.utils import timezone

from cms import mail
from exchange import posting
from exchange.models import ExchangePage, Post, ReadMarker, Thread
from home.demo import books, records
from home.demo.translation import SOURCE
from network.models import (
    Affiliation,
    Application,
    ApplicationApproval,
    Membership,
    Organisation,
)
from practices.models import PracticePage, Topic
from programme.models import SessionPage
from search import indexer

#: What editors may do in the exchange besides reading it: moderate posts,
#: threads and reports, and turn a thread into a draft practice.
EDITOR_PERMISSIONS = (
    r"^((view|change)_(thread|post|report|attachment)|(add|view|change)_practiceproposal)$"
)


def data():
    return records("exchange")


# --- the entry page ---------------------------------------------------------


def create_page(home, translator, add_child, log):
    """The exchange's entry page under the English home page, translated into
    every language (``add_child(parent, page)`` publishes a new page)."""
    entry = records("index_pages")["exchange"]
    page = ExchangePage.objects.child_of(home).first()
    if page is None:
        page = add_child(
            home,
            ExchangePage(
                title=entry["title"],
                slug=entry["slug"],
                summary=entry["intro"],
                introduction=entry["intro"],
                join_text=entry["join_text"],
                show_in_menus=True,
            ),
        )
    translator.translate_record(page, "index_pages", "exchange", entry, slug_from="title")
    log("Exchange: its entry page in every language")
    return page


# --- people -------------------------------------------------------------------


def organisation(key):
    return Organisation.objects.get(slug=key, locale__language_code=SOURCE)


def complete_people():
    """Names, roles, languages and affiliations of the demo accounts that
    take part in the exchange. An account is completed once, while it still
    has the name ``load_demo`` gave it: what a demo user changes later stays."""
    User = get_user_model()
    users = {}
    for person in data()["people"]:
        user = User.objects.get(username=person["username"])
        users[person["username"]] = user
        if user.last_name or user.first_name != user.username.capitalize():
            continue
        user.first_name, user.last_name = person["first_name"], person["last_name"]
        user.job_title = person["job_title"]
        user.languages_spoken = person["languages"]
        user.preferred_language = person["preferred_language"]
        user.requested_organisation = person.get("requested_organisation", "")
        user.save()
        if person["organisation"]:
            affiliation, _created = Affiliation.objects.get_or_create(
                user=user,
                organisation=organisation(person["organisation"]),
                defaults={"status": Affiliation.Status.CONFIRMED},
            )
            affiliation.status = Affiliation.Status.CONFIRMED
            affiliation.is_contact = person["contact"]
            affiliation.save()
    return users


def grant_editors_moderation():
    editors = Group.objects.get(name="Editors")
    editors.permissions.add(
        *Permission.objects.filter(
            content_type__app_label="exchange", codename__regex=EDITOR_PERMISSIONS
        )
    )


# --- threads ----------------------------------------------------------------


def moment(now, days_ago, time):
    """``time`` ("HH:MM", local) on the day ``days_ago`` days before ``now``."""
    day = timezone.localdate(now) - datetime.timedelta(days=days_ago)
    hours, minutes = (int(part) for part in time.split(":"))
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(hours, minutes)))


def pages_by_key(model, name, keys):
    slugs = {record["key"]: record["slug"] for record in records(name)}
    pages = {
        page.slug: page
        for page in model.objects.filter(
            locale__language_code=SOURCE, slug__in=[slugs[key] for key in keys]
        )
    }
    return [pages[slugs[key]] for key in keys if slugs[key] in pages]


def create_threads(users, now):
    """The demo threads that do not exist yet, each with its replies; the
    number created."""
    existing = set(Thread.objects.filter(is_demo=True).values_list("title", flat=True))
    created = 0
    for entry in data()["threads"]:
        if entry["title"] in existing:
            continue
        # All or nothing: an interrupted load leaves no half thread behind.
        # The people are fictional: no e-mail, and no task to send one.
        with transaction.atomic(), mail.suppressed():
            create_thread(entry, users, now)
        created += 1
    return created


def create_thread(entry, users, now):
    """Written as members write (``exchange.posting``: sanitised, counted,
    indexed, the author watching), then dated back to when the demo says
    each post was written and marked demo."""
    posts = entry["posts"]
    times = [moment(now, post["days_ago"], post["time"]) for post in posts]
    if times != sorted(times):
        raise ValueError(f"The posts of {entry['key']!r} are not in order of time.")
    opening, *replies = posts
    files = []
    if "attachment" in entry:
        spec = entry["attachment"]
        content = books.document(spec["pages"], spec["title"], spec["author"], entry["language"])
        files.append(SimpleUploadedFile(spec["name"], content, content_type="application/pdf"))
    thread = posting.create_thread(
        users[opening["author"]],
        title=entry["title"],
        body=text(opening["body"]),
        language=entry["language"],
        sensitivity=entry["sensitivity"],
        restricted_to=[organisation(key) for key in entry["restricted_to"]],
        topics=Topic.objects.filter(locale__language_code=SOURCE, slug__in=entry["topics"]),
        practices=pages_by_key(PracticePage, "practices", entry["practices"]),
        sessions=pages_by_key(SessionPage, "sessions", entry["sessions"]),
        files=files,
    )
    date_back(thread.posts.get(is_opening=True), times[0])
    for post, at in zip(replies, times[1:], strict=True):
        date_back(posting.reply(users[post["author"]], thread, body=text(post["body"])), at)
    Post.objects.filter(thread=thread).update(is_demo=True)
    Thread.objects.filter(pk=thread.pk).update(created_at=times[0], is_demo=True)
    thread.refresh_from_db()
    posting.refresh_counts(thread)
    # Indexed again with its date (the search's "published" is created_at).
    indexer.index_objects([thread])


def text(paragraphs):
    """What the member typed: paragraphs separated by a blank line."""
    return "\n\n".join(paragraphs)


def date_back(post, at):
    """The post written at ``at``, and read by its author then (the replies
    after it are unread for them)."""
    Post.objects.filter(pk=post.pk).update(created_at=at)
    ReadMarker.objects.filter(user_id=post.author_id, thread_id=post.thread_id).update(read_at=at)


# --- the network's business ---------------------------------------------------


def create_application(users, now):
    """A pending associate-partner application with half its checklist done
    and one approval (a second editor completes it: four eyes)."""
    entry = data()["application"]
    application = Application.objects.filter(
        organisation_name=entry["organisation_name"], contact_email=entry["contact_email"]
    ).first()
    if application is not None:
        return application
    with transaction.atomic():
        application = Application.objects.create(
            organisation_name=entry["organisation_name"],
            kind=entry["kind"],
            country=entry["country"],
            city=entry["city"],
            website=entry["website"],
            contact_name=entry["contact_name"],
            contact_email=entry["contact_email"],
            contact_role=entry["contact_role"],
            motivation=entry["motivation"],
            accepts_contribution=entry["accepts_contribution"],
            language=entry["language"],
            applicant=users[entry["applicant"]],
            **entry["checklist"],
        )
        submitted = moment(now, entry["days_ago"], "10:00")
        # submitted_at and approved_at are set on creation (auto_now_add).
        Application.objects.filter(pk=application.pk).update(submitted_at=submitted)
        User = get_user_model()
        for number, username in enumerate(entry["approved_by"], start=1):
            approval = ApplicationApproval.objects.create(
                application=application, approver=User.objects.get(username=username)
            )
            ApplicationApproval.objects.filter(pk=approval.pk).update(
                approved_at=submitted + datetime.timedelta(days=number)
            )
    return application


def membership_ending_soon(today):
    """The organisation's membership ends in about 40 days (its contact's
    60-day reminder is due); once that end has passed, a new one is set."""
    entry = data()["ending_membership"]
    membership = (
        Membership.objects.filter(organisation=organisation(entry["organisation"]))
        .order_by("-starts_on")
        .first()
    )
    if membership is None or (membership.ends_on is not None and membership.ends_on >= today):
        return membership
    membership.ends_on = today + datetime.timedelta(days=entry["days"])
    membership.save(update_fields=["ends_on"])
    # The reminders of an earlier end are due again for the new one.
    membership.reminders.all().delete()
    return membership


def load(log):
    """Everything but the entry page, after the demo accounts exist."""
    now = timezone.now()
    users = complete_people()
    grant_editors_moderation()
    created = create_threads(users, now)
    create_application(users, now)
    membership = membership_ending_soon(timezone.localdate(now))
    log(
        f"Exchange: {Thread.objects.filter(is_demo=True).count()} demo threads ({created} new), "
        f"{Post.objects.filter(is_demo=True).count()} posts, a pending application, "
        f"{membership.organisation} ends on {membership.ends_on}"
    )
