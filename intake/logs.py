"""Structured log lines (logfmt or JSON, UTC) that carry ids, never message bodies or requester addresses."""

from __future__ import annotations

import json
import logging
import re
import sys
import traceback
from datetime import UTC, datetime
from typing import Any

from intake.errors import IntakeError

# Fields every record has, and uvicorn's terminal-colour duplicate of its message: not worth a log field.
_STANDARD = set(vars(logging.makeLogRecord({}))) | {"message", "asctime", "color_message", "taskName"}
# A logfmt value needs quotes when it is empty or holds a space, a quote, an equals sign or anything unprintable.
_BARE = re.compile(r"[^\s\"=\\]+")
_KEY_CHARS = re.compile(r"[^A-Za-z0-9_.-]")


def _safe_error(exc: BaseException) -> str | None:
    """The text of an exception when it cannot carry personal data: ours (written to be shown) and the system's.

    A database or parser error may quote the row or the mail it failed on (SQLAlchemy prints its parameters),
    so only its class and where it was raised are logged; the message itself stays in the database.
    """
    if isinstance(exc, IntakeError | OSError | TimeoutError):
        return str(exc)[:300]
    return None


def _where(tb: Any) -> str | None:
    """file:line of the innermost frame in intake's own code: enough to find a bug, no values in it."""
    found = None
    for frame in traceback.extract_tb(tb):
        if "/intake/" in frame.filename:
            found = f"{frame.filename.rpartition('/intake/')[2]}:{frame.lineno}"
    return found


def fields(record: logging.LogRecord) -> dict[str, Any]:
    """Time, level, logger and message first, then the record's own fields, then what the error says."""
    out: dict[str, Any] = {
        "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
        "level": record.levelname.lower(),
        "logger": record.name,
        "msg": record.getMessage(),
    }
    out.update({k: v for k, v in vars(record).items() if k not in _STANDARD})
    if record.exc_info and record.exc_info[1] is not None:
        exc = record.exc_info[1]
        out["error_type"] = type(exc).__name__
        text = _safe_error(exc)
        if text is not None:
            out["error"] = text
        where = _where(record.exc_info[2])
        if where:
            out["error_at"] = where
    return out


def logfmt_value(value: Any) -> str:
    """key=value's value: bare when it can be, else double-quoted with quotes, backslashes and controls escaped."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    text = value if isinstance(value, str) else str(value)
    if _BARE.fullmatch(text) and text.isprintable():
        return text
    return json.dumps(text, ensure_ascii=False)  # JSON's string escapes are logfmt's (Go's strconv.Quote alike)


class LogfmtFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        return " ".join(f"{_KEY_CHARS.sub('_', k)}={logfmt_value(v)}" for k, v in fields(record).items())


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        return json.dumps(fields(record), ensure_ascii=False, default=str)


FORMATTERS: dict[str, type[logging.Formatter]] = {"logfmt": LogfmtFormatter, "json": JsonFormatter}


def setup(fmt: str = "logfmt", level: str = "INFO") -> None:
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(FORMATTERS[fmt]())
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    logging.getLogger("mail.log").setLevel(logging.WARNING)  # aiosmtpd logs every peer and address at INFO
    logging.getLogger("alembic").setLevel(logging.WARNING)  # its plugin list at every start says nothing useful
