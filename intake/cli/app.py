"""The command-line face's common parts: the `intake` app, its options, settings, database session and output."""

from __future__ import annotations

import getpass
import json
from datetime import date, datetime
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from sqlmodel import Session

from intake import db
from intake import settings as settings_module
from intake.models import Message
from intake.settings import Settings

app = typer.Typer(
    help="intake: the data protection officer's mailbox assistant.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
db_app = typer.Typer(help="Database schema.", no_args_is_help=True)
app.add_typer(db_app, name="db")
out = Console(soft_wrap=True)  # one record per line, whatever the terminal width
err = Console(stderr=True, soft_wrap=True)  # errors stay on one line

_state: dict[str, Any] = {"config": None}
CaseRef = Annotated[str, typer.Argument(help="Case reference (DPO-2026-000123-7) or id.")]


@app.callback()
def _root(
    config: Annotated[
        Path | None, typer.Option("--config", "-c", help="TOML configuration file (default: intake.toml if present).")
    ] = None,
    as_user: Annotated[
        str | None, typer.Option("--as", help="Your name in the audit trail (default: INTAKE_USER or login name).")
    ] = None,
) -> None:
    _state["config"] = config
    _state["as"] = as_user


def current_settings() -> Settings:
    if "settings" not in _state:
        _state["settings"] = settings_module.load(_state["config"])
    return _state["settings"]


def open_session() -> Session:
    s = current_settings()
    if not _state.get("checked"):
        db.require_current(s.database_url)
        _state["checked"] = True
    return Session(db.engine_for(s.database_url), expire_on_commit=False)


def _jsonable(value: Any) -> Any:
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    if isinstance(value, bytes):
        return None
    return value


def print_json(obj: dict[str, Any]) -> None:
    print(json.dumps({k: _jsonable(v) for k, v in obj.items()}, ensure_ascii=False, default=str))


def current_actor() -> str:
    s = current_settings()
    return _state.get("as") or s.user or getpass.getuser()


def message_row(m: Message) -> dict[str, Any]:
    return {
        "id": m.id,
        "message_id": m.message_id,
        "sha256": m.sha256,
        "source": m.source,
        "status": m.status,
        "kind": m.kind,
        "from": m.from_addr,
        "subject": m.subject,
        "received": m.received_at.isoformat(),
        "error": m.error,
        "reason": m.reason,
        "flags": m.flags,
        "attempts": m.attempts,
    }
