"""The command-line face's common parts: the `intake` app, its options, settings, database session and output."""

from __future__ import annotations

import getpass
import json
from datetime import date, datetime
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from sqlmodel import Session, select

from intake import db
from intake import settings as settings_module
from intake.errors import InputError, NotFound
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


def _own_case(ref: str) -> str:
    """A case reference of the organisation the command works for; another's is as unknown as a missing one."""
    org = organisation()
    if org is not None:
        from intake import cases

        with open_session() as session:
            if cases.organisation_of(session, ref) != org:
                raise NotFound(f"{ref.strip()}: no such case (see `intake cases`)")
    return ref


def _own_message(message_id: int) -> int:
    """A stored message of the organisation the command works for, checked as `_own_case` checks a case."""
    org = organisation()
    if org is not None:
        with open_session() as session:
            found = session.exec(select(Message.organisation).where(Message.id == message_id)).first()
        if found != org:
            raise NotFound(f"message {message_id}: not stored (see `intake messages`)")
    return message_id


CaseRef = Annotated[str, typer.Argument(help="Case reference (DPO-2026-000123-7) or id.", callback=_own_case)]
MessageId = Annotated[int, typer.Argument(help="Stored message id (see `intake messages`).", callback=_own_message)]


@app.callback()
def _root(
    config: Annotated[
        Path | None, typer.Option("--config", "-c", help="TOML configuration file (default: intake.toml if present).")
    ] = None,
    as_user: Annotated[
        str | None, typer.Option("--as", help="Your name in the audit trail (default: INTAKE_USER or login name).")
    ] = None,
    org: Annotated[
        str | None,
        typer.Option(
            "--organisation",
            # Rich reads [[...]] as markup: the backslash keeps the table's name visible in --help.
            help="The id of the \\[\\[organisation]] whose cases, mail and records the command works on (needed when "
            "there are several).",
        ),
    ] = None,
) -> None:
    _state["config"] = config
    _state["as"] = as_user
    _state["organisation"] = org


def deployment() -> Settings:
    """The deployment's settings: every organisation's (`settings.tenant(id)` gives one's)."""
    if "settings" not in _state:
        _state["settings"] = settings_module.load(_state["config"])
    return _state["settings"]


def organisation(required: bool = True) -> str | None:
    """The organisation the command works for: --organisation, which must name one of the deployment's; None
    where there is only one (or, `required` false, where the command may work across them all)."""
    s, org = deployment(), _state.get("organisation")
    if org is not None:
        if org not in s.organisations:
            raise InputError(f"--organisation {org}: no [[organisation]] has this id ({', '.join(s.organisations)})")
        return org if s.multi else None
    if s.multi and required:
        raise InputError(
            f"several organisations share this deployment: name one, intake --organisation ID ... "
            f"({', '.join(s.organisations)})"
        )
    return None


def current_settings() -> Settings:
    """The settings of the organisation named by --organisation (its name, templates, records...), else the
    deployment's."""
    org = organisation(required=False)
    return deployment() if org is None else deployment().tenant(org)


def open_session() -> Session:
    s = deployment()
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
