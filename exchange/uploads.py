"""Files attached to posts: checked by what they contain, not by their name.

A file is accepted when its content is one of the kinds below (found with
puremagic, then looked into: office documents are zip or OLE containers
that say what they hold), when the extension of its name is one of that
kind's, and when it is within the size limit
(``settings.EXCHANGE_MAX_UPLOAD_MB``); a post has at most
``MAX_FILES_PER_POST`` files. Documents with macros are refused. The name
kept is the uploader's, cleaned: no folders, no control characters,
Unicode letters kept.
"""

import io
import os
import re
import unicodedata
import zipfile
from dataclasses import dataclass

import puremagic
from django.conf import settings
from django.core.exceptions import ValidationError
from django.http import FileResponse
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

MAX_FILES_PER_POST = 5
NAME_MAX_LENGTH = 200
#: How much of a zip's part we read to recognise it (never a whole member).
PART_READ_LIMIT = 512 * 1024

OOXML = "application/vnd.openxmlformats-officedocument."
ODF = "application/vnd.oasis.opendocument."


@dataclass(frozen=True)
class Kind:
    content_type: str
    extensions: tuple
    image: bool = False


KINDS = {
    "pdf": Kind("application/pdf", (".pdf",)),
    "png": Kind("image/png", (".png",), image=True),
    "jpeg": Kind("image/jpeg", (".jpg", ".jpeg"), image=True),
    "gif": Kind("image/gif", (".gif",), image=True),
    "webp": Kind("image/webp", (".webp",), image=True),
    "docx": Kind(OOXML + "wordprocessingml.document", (".docx",)),
    "xlsx": Kind(OOXML + "spreadsheetml.sheet", (".xlsx",)),
    "pptx": Kind(OOXML + "presentationml.presentation", (".pptx",)),
    "odt": Kind(ODF + "text", (".odt",)),
    "ods": Kind(ODF + "spreadsheet", (".ods",)),
    "odp": Kind(ODF + "presentation", (".odp",)),
    "doc": Kind("application/msword", (".doc",)),
    "xls": Kind("application/vnd.ms-excel", (".xls",)),
}

#: The main part's content type in ``[Content_Types].xml`` (macro-free only).
OOXML_MAIN = {
    OOXML + "wordprocessingml.document.main+xml": "docx",
    OOXML + "spreadsheetml.sheet.main+xml": "xlsx",
    OOXML + "presentationml.presentation.main+xml": "pptx",
}
ODF_MIMETYPES = {KINDS[kind].content_type: kind for kind in ("odt", "ods", "odp")}
OLE_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
#: Stream names in an OLE directory (UTF-16LE) that tell a Word or Excel
#: file, and those of macros.
OLE_STREAMS = {"doc": "WordDocument", "xls": "Workbook"}
OLE_MACROS = ("_VBA_PROJECT", "Macros")
PUREMAGIC_KINDS = {
    "application/pdf": "pdf",
    "image/png": "png",
    "image/jpeg": "jpeg",
    "image/gif": "gif",
    "image/webp": "webp",
}
CONTROL_CATEGORIES = {"Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"}
RESERVED = re.compile(r'[<>:"/\\|?*]')

ACCEPTED_HELP = _(
    "PDF, office documents (Word, Excel, PowerPoint, OpenDocument) and images "
    "(PNG, JPEG, GIF, WebP)."
)


@dataclass(frozen=True)
class CheckedFile:
    """An accepted upload: the file, its cleaned name, the media type found
    in its content, its size and its (lower-case) extension."""

    file: object
    name: str
    content_type: str
    size: int
    extension: str


def max_bytes():
    return settings.EXCHANGE_MAX_UPLOAD_MB * 1024 * 1024


def clean_name(name):
    """The uploader's file name without folders, control or reserved
    characters, in NFC; letters of every script are kept."""
    name = unicodedata.normalize("NFC", str(name or ""))
    name = re.split(r"[/\\]", name)[-1]
    name = "".join(ch for ch in name if unicodedata.category(ch) not in CONTROL_CATEGORIES)
    name = RESERVED.sub("_", name)
    name = " ".join(name.split()).strip(" .")
    stem, extension = os.path.splitext(name)
    extension = extension.lower()
    if len(extension) > 10:
        stem, extension = name, ""
    stem = stem[: NAME_MAX_LENGTH - len(extension)].rstrip(" .") or "attachment"
    return stem + extension


def _read_head(file, size=8192):
    file.seek(0)
    head = file.read(size)
    file.seek(0)
    return head


def _ooxml_kind(archive):
    try:
        info = archive.getinfo("[Content_Types].xml")
    except KeyError:
        return None
    if info.file_size > PART_READ_LIMIT:
        return None
    names = {name.lower() for name in archive.namelist()}
    if any(name.endswith("vbaproject.bin") for name in names):
        return None
    content_types = archive.read(info).decode("utf-8", "replace")
    found = {kind for main, kind in OOXML_MAIN.items() if f'"{main}"' in content_types}
    return found.pop() if len(found) == 1 else None


def _odf_kind(archive):
    try:
        info = archive.getinfo("mimetype")
    except KeyError:
        return None
    if info.file_size > 200:
        return None
    if any(name.lower().startswith("basic/") for name in archive.namelist()):
        return None  # StarBasic macros
    return ODF_MIMETYPES.get(archive.read(info).decode("ascii", "replace").strip())


def _zip_kind(file):
    try:
        with zipfile.ZipFile(file) as archive:
            return _ooxml_kind(archive) or _odf_kind(archive)
    except (zipfile.BadZipFile, OSError, EOFError, ValueError, RuntimeError, NotImplementedError):
        return None
    finally:
        file.seek(0)


def _ole_kind(file):
    """A legacy Word or Excel file: an OLE container naming its main stream
    in its directory; refused when it holds macros or is ambiguous."""
    file.seek(0)
    content = file.read()
    file.seek(0)
    if not content.startswith(OLE_SIGNATURE):
        return None
    if any(macro.encode("utf-16-le") in content for macro in OLE_MACROS):
        return None
    found = {kind for kind, stream in OLE_STREAMS.items() if stream.encode("utf-16-le") in content}
    return found.pop() if len(found) == 1 else None


def _image_is_whole(file):
    """Pillow reads the image's structure (a polyglot or a truncated file
    fails); decompression bombs are refused by Pillow's own limit."""
    from PIL import Image

    try:
        with Image.open(file) as image:
            image.verify()
        return True
    except Exception:  # noqa: BLE001 - any failure to read means "not an image"
        return False
    finally:
        file.seek(0)


def content_kind(file):
    """The kind (a key of ``KINDS``) of a file's content, or None."""
    head = _read_head(file)
    if not head:
        return None
    try:
        matches = puremagic.magic_stream(io.BytesIO(head))
    except (puremagic.PureError, ValueError):
        matches = []
    mime_types = {match.mime_type for match in matches}
    if head.startswith(b"PK\x03\x04"):
        return _zip_kind(file)
    if head.startswith(OLE_SIGNATURE) or "application/msword" in mime_types:
        return _ole_kind(file)
    for match in matches:
        kind = PUREMAGIC_KINDS.get(match.mime_type)
        if kind == "pdf" and not head.startswith(b"%PDF-"):
            continue  # puremagic finds "%PDF" anywhere in the first bytes
        if kind is not None:
            if KINDS[kind].image and not _image_is_whole(file):
                return None
            return kind
    return None


def check_file(file):
    """A ``CheckedFile``, or a ``ValidationError`` that names the file."""
    name = clean_name(getattr(file, "name", ""))
    size = file.size
    if size > max_bytes():
        raise ValidationError(
            _("“%(name)s” is too large: files may be up to %(limit)d MB."),
            code="file_too_large",
            params={"name": name, "limit": settings.EXCHANGE_MAX_UPLOAD_MB},
        )
    if not size:
        raise ValidationError(_("“%(name)s” is empty."), code="file_empty", params={"name": name})
    kind = content_kind(file)
    if kind is None:
        raise ValidationError(
            _("“%(name)s” cannot be attached: only %(accepted)s"),
            code="file_type",
            params={"name": name, "accepted": ACCEPTED_HELP},
        )
    extension = os.path.splitext(name)[1].lower()
    if extension not in KINDS[kind].extensions:
        raise ValidationError(
            _(
                "The name of “%(name)s” does not match its content: it is a "
                "%(extension)s file; rename it to end in %(extension)s."
            ),
            code="file_name_mismatch",
            params={"name": name, "extension": KINDS[kind].extensions[0]},
        )
    return CheckedFile(file, name, KINDS[kind].content_type, size, extension)


def check_files(files):
    """Every file checked; one ``ValidationError`` with a message per
    refused file (and one when there are too many)."""
    files = list(files)
    if len(files) > MAX_FILES_PER_POST:
        raise ValidationError(
            ngettext(
                "Attach at most %(limit)d file to a post.",
                "Attach at most %(limit)d files to a post.",
                MAX_FILES_PER_POST,
            ),
            code="too_many_files",
            params={"limit": MAX_FILES_PER_POST},
        )
    checked, errors = [], []
    for file in files:
        try:
            checked.append(check_file(file))
        except ValidationError as error:
            errors.append(error)
    if errors:
        raise ValidationError(errors)
    return checked


#: Types a browser may show in place (images); everything else downloads.
INLINE_TYPES = {"image/png", "image/jpeg", "image/gif", "image/webp"}


def file_response(attachment, *, inline=True):
    """The attachment's file as a response: its own name, the type found in
    its content, ``nosniff``, never kept by a shared cache. Images are shown
    in place when ``inline``. Raises ``FileNotFoundError`` when the file is
    gone. The caller has asked the rule (``exchange.access.can_see_post``)."""
    file = attachment.file.open("rb")
    response = FileResponse(
        file,
        as_attachment=not (inline and attachment.content_type in INLINE_TYPES),
        filename=attachment.name,
        content_type=attachment.content_type,
    )
    response["X-Content-Type-Options"] = "nosniff"
    patch_cache_control(response, private=True, no_store=True)
    return response
