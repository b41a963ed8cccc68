"""The LIAISE book in five languages, as the demo's small PDF editions.

The published book ("Preventing and fighting radicalisation at the local
level", Efus, 2016) is not shipped with the demo: ``load_demo`` writes one
short, valid PDF per language instead (a title page saying it is a demo
edition, the contents and an introduction to each chapter), made from the
training topics of the demo data and their translations. The PDF writer is
a few lines of our own (the standard Helvetica fonts, Windows-1252 text), so
the demo needs no PDF library.
"""

import textwrap

from home.demo import catalogue, records

#: The chapters of the book: the training topics (keys of data/topics.json).
CHAPTERS = [
    "awareness-field-workers",
    "local-strategy",
    "family-support",
    "school-resilience",
    "deradicalisation-disengagement",
    "communication-counter-narrative",
]

#: The texts of each edition that are not topics.
EDITIONS = {
    "en": {
        "title": "Preventing and fighting radicalisation at the local level",
        "edition": "Demo edition",
        "contents": "Contents",
        "chapter": "Chapter",
        "note": "This short edition was generated for the demonstration platform of the network. "
        "It is not the published book: it gives the book's title, its contents and an "
        "introduction to each chapter, drawn from the training topics of the LIAISE project.",
    },
    "fr": {
        "title": "Prévenir et combattre la radicalisation au niveau local",
        "edition": "Édition de démonstration",
        "contents": "Sommaire",
        "chapter": "Chapitre",
        "note": "Cette courte édition a été générée pour la plateforme de démonstration du réseau. "
        "Ce n'est pas le livre publié : elle en donne le titre, le sommaire et une "
        "introduction à chaque chapitre, tirée des thèmes de formation du projet LIAISE.",
    },
    "de": {
        "title": "Radikalisierung auf lokaler Ebene vorbeugen und bekämpfen",
        "edition": "Demo-Ausgabe",
        "contents": "Inhalt",
        "chapter": "Kapitel",
        "note": "Diese kurze Ausgabe wurde für die Demonstrationsplattform des Netzwerks erzeugt. "
        "Sie ist nicht das veröffentlichte Buch: Sie enthält seinen Titel, sein "
        "Inhaltsverzeichnis und eine Einführung in jedes Kapitel, entnommen den "
        "Fortbildungsthemen des Projekts LIAISE.",
    },
    "it": {
        "title": "Prevenire e combattere la radicalizzazione a livello locale",
        "edition": "Edizione dimostrativa",
        "contents": "Indice",
        "chapter": "Capitolo",
        "note": "Questa breve edizione è stata generata per la piattaforma dimostrativa della "
        "rete. Non è il libro pubblicato: ne riporta il titolo, l'indice e un'introduzione a "
        "ogni capitolo, tratta dai temi di formazione del progetto LIAISE.",
    },
    "es": {
        "title": "Prevenir y combatir la radicalización en el ámbito local",
        "edition": "Edición de demostración",
        "contents": "Índice",
        "chapter": "Capítulo",
        "note": "Esta breve edición se ha generado para la plataforma de demostración de la red. "
        "No es el libro publicado: recoge su título, su índice y una introducción a cada "
        "capítulo, extraída de los temas de formación del proyecto LIAISE.",
    },
}

PUBLISHER = "European Forum for Urban Security (Efus), Paris"
PROJECT = "LIAISE – Local institutions against extremism"


def document_title(language):
    """The title of a language's edition in the document library."""
    edition = EDITIONS[language]
    return f"{edition['title']} – {edition['edition']}"


def file_name(language):
    return f"liaise-book-{language}-demo-edition.pdf"


def chapters(language):
    """(name, description) of each chapter in ``language`` (the topics' texts)."""
    topics = {topic["key"]: topic for topic in records("topics")}
    translations = catalogue(language) if language in EDITIONS and language != "en" else {}
    result = []
    for key in CHAPTERS:
        topic = topics[key]
        result.append(
            tuple(
                translations.get((f"{key}.{field}", topic[field]), topic[field])
                for field in ("name", "description")
            )
        )
    return result


def pages(language):
    """The edition as pages, each a list of (style, text) lines; style is
    "title", "heading" or "text"."""
    edition = EDITIONS[language]
    cover = [
        ("title", edition["title"]),
        ("text", ""),
        ("heading", edition["edition"]),
        ("text", PROJECT),
        ("text", PUBLISHER),
        ("text", ""),
        ("text", edition["note"]),
    ]
    contents = [("title", edition["contents"]), ("text", "")]
    contents += [
        ("text", f"{edition['chapter']} {number}. {name}")
        for number, (name, _description) in enumerate(chapters(language), start=1)
    ]
    result = [cover, contents]
    body = []
    for number, (name, description) in enumerate(chapters(language), start=1):
        body += [("heading", f"{edition['chapter']} {number}. {name}"), ("text", description)]
        body += [("text", "")]
        if number % 2 == 0:
            result.append(body)
            body = []
    if body:
        result.append(body)
    return result


STYLES = {"title": ("F2", 20, 34), "heading": ("F2", 14, 26), "text": ("F1", 11, 16)}
WIDTH, HEIGHT, MARGIN = 595, 842, 60


def escape(text):
    data = text.encode("cp1252", errors="replace")
    return data.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def info(text):
    """A text string of the document's information (UTF-16, as hex)."""
    return "<FEFF" + text.encode("utf-16-be").hex().upper() + ">"


def page_stream(lines, number):
    """The content stream of a page: its lines, wrapped, and its number."""
    out = [b"BT"]
    y = HEIGHT - MARGIN
    for style, text in lines:
        font, size, leading = STYLES[style]
        columns = int((WIDTH - 2 * MARGIN) / (size * 0.52))
        for line in textwrap.wrap(text, columns) or [""]:
            y -= leading
            out.append(
                f"/{font} {size} Tf 1 0 0 1 {MARGIN} {y} Tm".encode()
                + b" ("
                + escape(line)
                + b") Tj"
            )
    out.append(f"/F1 9 Tf 1 0 0 1 {WIDTH // 2} {MARGIN // 2} Tm ({number}) Tj".encode())
    out.append(b"ET")
    return b"\n".join(out)


def pdf(language):
    """A small, valid PDF of a language's edition (bytes)."""
    return document(pages(language), document_title(language), PUBLISHER, language)


def document(sheets, title, author, language):
    """A small, valid PDF (bytes) of ``sheets``, pages as ``pages`` makes
    them (lists of (style, text) lines); also the demo exchange's attachment."""
    contents = [page_stream(lines, n) for n, lines in enumerate(sheets, start=1)]
    count = len(contents)
    # Objects: 1 catalog, 2 page tree, 3-4 fonts, 5 info, then a page and its stream each.
    first = 6
    kids = " ".join(f"{first + 2 * n} 0 R" for n in range(count))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R /Lang (" + language.encode() + b") >>",
        f"<< /Type /Pages /Kids [{kids}] /Count {count} >>".encode(),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>",
        f"<< /Title {info(title)} /Author {info(author)} >>".encode(),
    ]
    for n, stream in enumerate(contents):
        objects.append(
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {WIDTH} {HEIGHT}] "
            "/Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> "
            f"/Contents {first + 2 * n + 1} 0 R >>".encode()
        )
        objects.append(f"<< /Length {len(stream)} >>\nstream\n".encode() + stream + b"\nendstream")
    output = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(output))
        output += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(output)
    output += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    for offset in offsets:
        output += f"{offset:010d} 00000 n \n".encode()
    output += (
        f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R /Info 5 0 R >>\n"
        f"startxref\n{xref}\n%%EOF\n"
    ).encode()
    return bytes(output)
