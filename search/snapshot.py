"""The facet index of one index state, kept in a file for the next process.

A fresh serving process (a new gunicorn worker after a restart or a
max-requests recycle) used to read every document's row and build the
bitsets: about 5 s at 100,000 documents before its first search answered.
The first process to build an index state writes it here; the next ones
read it back (``marshal``: plain dicts, lists, tuples, strings, integers and
bytes, made by C code; numpy arrays are kept as bytes) and catch up from
the change log if the index moved on since, as a process that had kept it
in memory would.

One file per database (its vendor, host, port and name), named after a hash
of them, in ``settings.SEARCH_SNAPSHOT_DIR`` (default ``var/search``; empty:
no snapshot). A first line says what follows: format, index state (seq and
token), length and CRC-32 of the data. A file that is unreadable, truncated,
of another format or another database is ignored and rewritten; one of an
index state the change log cannot lead from to the current one is ignored
too (``FacetIndex.catch_up``). ``marshal`` runs no code from the file, but
the directory must be the site's own: whoever writes there decides what the
search shows.
"""

import hashlib
import logging
import marshal
import os
import uuid
import zlib
from pathlib import Path

import numpy as np
from django.conf import settings
from django.db import connection

logger = logging.getLogger(__name__)

#: Changed when what is written changes: older files are then ignored.
FORMAT = 3
MAGIC = b"liaise-facet-index"
#: The plain attributes of a ``FacetIndex`` that a snapshot holds; the
#: bitsets are written as bytes (``int.to_bytes``: far faster to read than
#: marshal's big integers), the numpy arrays as their bytes, read back
#: without a copy (``np.frombuffer``: read-only, which catch-up respects).
FIELDS = ("group_at", "groups", "facet_keys", "title_bytes", "title_changes", "span", "values")
ARRAYS = ("doc_at", "positions", "published", "title_order", "date_order", "title_at")
BITSETS = ("bits", "locale_bits")
#: A process that caught up more changes than this from a snapshot writes a
#: new one, so that the next process has less to catch up.
REWRITE_AFTER = 200


def directory():
    configured = getattr(settings, "SEARCH_SNAPSHOT_DIR", None)
    if configured is None:
        configured = os.environ.get("SEARCH_SNAPSHOT_DIR")
    if configured is None:
        return Path(settings.BASE_DIR) / "var" / "search"
    return Path(configured) if configured else None


def database_identity():
    data = connection.settings_dict
    return "|".join(
        str(part) for part in (connection.vendor, data.get("HOST"), data.get("PORT"), data["NAME"])
    )


def path():
    folder = directory()
    if folder is None:
        return None
    digest = hashlib.sha256(database_identity().encode()).hexdigest()[:16]
    return folder / f"facets-{connection.vendor}-{digest}.marshal"


def _bytes(bits):
    return bits.to_bytes((bits.bit_length() + 7) // 8, "little")


def _int(data):
    return int.from_bytes(data, "little")


def header_of(file):
    """(seq, token hex, length, crc) from the first line, or None."""
    parts = file.readline(200).split()
    if len(parts) != 6 or parts[0] != MAGIC or parts[1] != str(FORMAT).encode():
        return None
    try:
        return int(parts[2]), parts[3].decode(), int(parts[4]), int(parts[5])
    except ValueError:
        return None


def save(index):
    """Write ``index`` for the next processes (unless the file holds its
    state already). Never fails the search: a read-only or full disk is
    logged."""
    target = path()
    if target is None or index.token is None:
        return False
    token = uuid.UUID(str(index.token)).hex
    try:
        with target.open("rb") as file:
            header = header_of(file)
        if header is not None and header[:2] == (index.seq, token):
            return False
    except OSError:
        pass
    data = {name: getattr(index, name) for name in FIELDS}
    data["bits"] = {key: _bytes(bits) for key, bits in index.bits.items()}
    data["locale_bits"] = {key: _bytes(bits) for key, bits in index.locale_bits.items()}
    data["public_bits"] = _bytes(index.public_bits)
    data["arrays"] = {
        name: (getattr(index, name).dtype.str, getattr(index, name).tobytes()) for name in ARRAYS
    }
    data["database"] = database_identity()
    payload = marshal.dumps(data)
    head = b" ".join(
        [
            MAGIC,
            str(FORMAT).encode(),
            str(index.seq).encode(),
            token.encode(),
            str(len(payload)).encode(),
            str(zlib.crc32(payload)).encode(),
        ]
    )
    temporary = target.with_name(f"{target.name}.{os.getpid()}.tmp")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(descriptor, "wb") as file:
            file.write(head + b"\n")
            file.write(payload)
        # Readers see the old file or the new one, never half of one.
        os.replace(temporary, target)
    except OSError:
        logger.warning("Could not write the search's facet index to %s", target, exc_info=True)
        temporary.unlink(missing_ok=True)
        return False
    return True


def load(index_class):
    """The ``FacetIndex`` in the file, at the state it was written at, or
    None if there is no usable file."""
    source = path()
    if source is None:
        return None
    try:
        with source.open("rb") as file:
            header = header_of(file)
            if header is None:
                raise ValueError("not a facet index snapshot of this format")
            seq, token, length, crc = header
            payload = file.read()
        if len(payload) != length or zlib.crc32(payload) != crc:
            raise ValueError("truncated or damaged")
        data = marshal.loads(payload)  # noqa: S302 (our own file: see the docstring)
        if data["database"] != database_identity():
            raise ValueError("of another database")
        index = object.__new__(index_class)
        attributes = {name: data[name] for name in FIELDS}
        attributes["bits"] = {key: _int(bits) for key, bits in data["bits"].items()}
        attributes["locale_bits"] = {key: _int(bits) for key, bits in data["locale_bits"].items()}
        attributes["public_bits"] = _int(data["public_bits"])
        for name in ARRAYS:
            dtype, raw = data["arrays"][name]
            attributes[name] = np.frombuffer(raw, dtype=np.dtype(dtype))
        attributes.update(seq=seq, token=uuid.UUID(token), loaded_from="snapshot")
    except FileNotFoundError:
        return None
    except Exception:  # any damage: the database has the truth
        logger.warning("Ignoring the search's facet index snapshot %s", source, exc_info=True)
        # Gone, so that ``save`` writes it again rather than trusting its
        # first line (a damaged file may name the current state).
        source.unlink(missing_ok=True)
        return None
    index.__dict__.update(attributes)
    return index
