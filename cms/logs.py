"""Logs a log collector can read: one JSON object per line, each carrying the
id of the request it belongs to.

``cms.middleware.RequestIdMiddleware`` gives every request an id (the
proxy's ``X-Request-ID`` when it is a sane token, a new one otherwise), puts
it in ``request_id`` below for the request's duration and writes one line
per request. ``RequestIdFilter``, on the handler, copies the id onto every
record, whichever logger made it, so a traceback and the request line that
preceded it can be found together.

``LOG_FORMAT`` chooses the formatter of the console handler: ``json``
(``JsonFormatter``, the default of the production settings) or ``plain``
(the default elsewhere, for people reading a terminal).
"""

import json
import logging
import re
import uuid
from contextvars import ContextVar
from datetime import UTC, datetime

from django.core.exceptions import ImproperlyConfigured

#: The id of the request being served in this context (thread or task).
request_id = ContextVar("request_id", default=None)

#: What we accept from a proxy: a UUID, a hex token, Heroku's or nginx's
#: ids... Nothing that could break a log line or a header, nothing huge.
SANE_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._:+=/-]{7,127}")

#: The request log's fields (``cms.middleware.RequestIdMiddleware``), taken
#: from a record's ``extra`` when present. Only these: a record never
#: carries a person's name or e-mail address into the log by accident.
REQUEST_FIELDS = ("method", "path", "status", "duration_ms", "user_id")

FORMATS = ("json", "plain")


def new_request_id(given=None):
    """``given`` (a proxy's ``X-Request-ID``) if it is a sane token, else a new one."""
    if given and SANE_ID.fullmatch(given):
        return given
    return uuid.uuid4().hex


class RequestIdFilter(logging.Filter):
    """Puts the current request's id on every record (None outside a request)."""

    def filter(self, record):
        if getattr(record, "request_id", None) is None:
            record.request_id = request_id.get()
        return True


class JsonFormatter(logging.Formatter):
    """One JSON object per line: time (UTC, ISO 8601), level, logger,
    message, request_id, the request log's fields, and the traceback of an
    exception as one string (newlines escaped, so still one line)."""

    def format(self, record):
        entry = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
            "request_id": getattr(record, "request_id", None) or request_id.get(),
        }
        for name in REQUEST_FIELDS:
            if hasattr(record, name):
                entry[name] = getattr(record, name)
        if record.exc_info:
            entry["exception"] = self.formatException(record.exc_info)
        elif record.exc_text:
            entry["exception"] = record.exc_text
        if record.stack_info:
            entry["stack"] = self.formatStack(record.stack_info)
        return json.dumps(entry, ensure_ascii=False, default=str)


def formatter_name(value):
    """The console formatter for ``LOG_FORMAT``; anything else is a mistake
    worth stopping on rather than logging in a format nobody expects."""
    value = (value or "plain").strip().lower()
    if value not in FORMATS:
        raise ImproperlyConfigured(f"LOG_FORMAT must be one of {', '.join(FORMATS)}, not {value!r}")
    return value
