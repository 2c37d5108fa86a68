"""Structured log lines (logfmt) that carry ids, never message bodies or requester addresses."""

from __future__ import annotations

import logging
import sys

# Fields every record has, and uvicorn's terminal-colour duplicate of its message: not worth a log field.
_STANDARD = set(vars(logging.makeLogRecord({}))) | {"message", "asctime", "color_message"}


class LogfmtFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        fields = {k: v for k, v in vars(record).items() if k not in _STANDARD}
        line = f"time={self.formatTime(record, '%Y-%m-%dT%H:%M:%S')} level={record.levelname.lower()} "
        line += f'logger={record.name} msg="{record.getMessage()}"'
        line += "".join(f" {k}={v}" for k, v in fields.items())
        if record.exc_info:
            line += " error=" + repr(str(record.exc_info[1]))[:300]
        return line


def setup(level: str = "INFO") -> None:
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(LogfmtFormatter())
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    logging.getLogger("mail.log").setLevel(logging.WARNING)  # aiosmtpd logs every peer and address at INFO
    logging.getLogger("alembic").setLevel(logging.WARNING)  # its plugin list at every start says nothing useful
