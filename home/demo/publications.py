"""What the demo's project pages link to, beyond their texts: the book's
editions (one PDF document per language, written by ``home.demo.books``), its
chapter videos per language, and the way to ask for a service.

``load_demo`` calls ``complete_pages`` after the project pages and their
translations exist: the blocks are added to the English page and to each of
its translations (the same blocks, so wagtail-localize sees the same
structure), each page published once; a page that has them is left as it is.
"""

import uuid

from django.conf import settings
from django.core.files.base import ContentFile

from cms.models import CustomDocument
from home.demo import books, keyed
from home.models import StandardPage

#: Where the introductory videos are watched: links, not an embedded player
#: (the site's CSP allows no third-party frames). The seeds do not give one
#: address per language: the demo links the project's page on the Efus site,
#: which presents them; editors set the real addresses.
VIDEO_ADDRESS = "https://efus.eu/en/topics/risks-forms-of-crime/radicalisation/efus/10863/"
#: The languages the videos exist in, then those announced ("soon").
VIDEOS_AVAILABLE = ["en", "fr", "es"]
VIDEOS_ANNOUNCED = ["it", "de"]


def book_edition(language):
    """The book's edition in ``language`` as a public document (created once)."""
    title = books.document_title(language)
    document = CustomDocument.objects.filter(title=title).first()
    if document is None:
        document = CustomDocument(title=title, members_only=False)
        document.file.save(books.file_name(language), ContentFile(books.pdf(language)), save=False)
        document.save()
    return document


def item(value):
    return {"type": "item", "value": value, "id": str(uuid.uuid4())}


def blocks_for(key):
    """{position: block} to add to a project page: the position is the index
    of the text block it follows in the record's body (None: at the end)."""
    if key == "publications":
        editions = [
            item({"language": code, "document": book_edition(code).pk})
            for code, _name in settings.LANGUAGES
        ]
        videos = [item({"language": code, "url": VIDEO_ADDRESS}) for code in VIDEOS_AVAILABLE]
        videos += [item({"language": code, "url": ""}) for code in VIDEOS_ANNOUNCED]
        return {3: ("editions", editions), None: ("videos", videos)}
    if key == "services":
        # No address of its own: the block uses the site settings' contact e-mail.
        value = {"email": "", "services": ["study_visit", "training", "strategy", "event"]}
        return {None: ("service_requests", value)}
    return {}


def complete_pages(home, log):
    added = 0
    for key, entry in keyed("pages"):
        wanted = blocks_for(key)
        source = StandardPage.objects.child_of(home).filter(slug=entry["slug"]).first()
        if not wanted or source is None:
            continue
        raw = list(source.body.raw_data)
        anchors = {position: raw[position]["id"] for position in wanted if position is not None}
        made = {
            kind: {"type": kind, "value": value, "id": str(uuid.uuid4())}
            for kind, value in wanted.values()
        }
        versions = StandardPage.objects.filter(
            translation_key=source.translation_key, alias_of__isnull=True
        )
        # The source first: publishing it updates its placeholders (aliases).
        for version in sorted(versions, key=lambda page: page.pk != source.pk):
            body = list(version.body.raw_data)
            present = {block["type"] for block in body}
            if all(kind in present for kind in made):
                continue
            for position, (kind, _value) in wanted.items():
                if kind in present:
                    continue
                ids = [block["id"] for block in body]
                at = ids.index(anchors[position]) + 1 if anchors.get(position) in ids else len(body)
                body.insert(at, made[kind])
            version.body = body
            version.save_revision().publish()
            added += 1
    log(f"Project pages: book editions, videos and service requests ({added} pages completed)")
