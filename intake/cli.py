"""The command-line face: every command is a thin layer over the same functions the web face uses."""

from __future__ import annotations

import getpass
import json
import sys
from datetime import date, datetime
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.progress import Progress
from sqlmodel import Session, select

from intake import audit, db, logs, store
from intake import review as review_module
from intake import settings as settings_module
from intake.errors import InputError, IntakeError
from intake.models import Case, Message, Outbox
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


def _print_json(obj: dict[str, Any]) -> None:
    print(json.dumps({k: _jsonable(v) for k, v in obj.items()}, ensure_ascii=False, default=str))


def current_actor() -> str:
    s = current_settings()
    return _state.get("as") or s.user or getpass.getuser()


@app.command()
def run(
    no_smtp: Annotated[bool, typer.Option("--no-smtp", help="Do not start the SMTP server.")] = False,
    no_worker: Annotated[bool, typer.Option("--no-worker", help="Store mail but do not process it.")] = False,
    no_web: Annotated[bool, typer.Option("--no-web", help="Do not start the web interface.")] = False,
    since: Annotated[
        str | None,
        typer.Option(help="IMAP, first start of a mailbox: 'now' skips existing mail, YYYY-MM-DD ingests since then."),
    ] = None,
) -> None:
    """Start the service in the foreground: SMTP server, worker, sender and web interface.

    Example: intake run
    """
    from intake.run.service import Options
    from intake.run.service import run as run_service

    logs.setup()
    run_service(current_settings(), Options(smtp=not no_smtp, worker=not no_worker, web=not no_web, since=since))


@app.command()
def ingest(
    paths: Annotated[list[Path], typer.Argument(help=".eml files, folders of them, mbox files or Maildir folders.")],
    process: Annotated[bool, typer.Option("--process/--no-process", help="Process what was stored now.")] = True,
) -> None:
    """Store mail from files (idempotent: the same message twice is stored once), then process it.

    Example: intake ingest ~/Downloads/request.eml archive.mbox Maildir/
    """
    from intake.run import worker
    from intake.sources import files

    s = current_settings()
    db.upgrade(s.database_url)
    total = files.count(paths)
    stored = duplicates = 0
    with open_session() as session, Progress(console=err, disable=total <= 5) as progress:
        task = progress.add_task("storing", total=total)
        for mail in files.read(paths):
            result = store.put(session, mail.raw, mailbox="file", source="file", envelope_to=mail.label[:500])
            duplicates += result.duplicate
            stored += not result.duplicate
            progress.advance(task)
    err.print(f"{stored} stored, {duplicates} already stored")
    if process:
        done = worker.drain(s)
        err.print(f"{done} processed")


@app.command("process")
def process_queue() -> None:
    """Process every stored message that waits (what the worker of `intake run` does continuously).

    Example: intake process
    """
    from intake.run import worker

    err.print(f"{worker.drain(current_settings())} processed")


@app.command()
def deliver() -> None:
    """Deliver the outbox messages that are due, once (what `intake run` does continuously).

    Example: INTAKE_OUTBOUND=smtp://relay.example.org:25 intake deliver
    """
    from intake.outbox import send, transports

    s = current_settings()
    with open_session() as session:
        n = send.deliver_due(session, s, transports.transport_for(s), limit=10_000)
    err.print(f"{n} delivered")


@app.command()
def parse(
    files_: Annotated[list[Path], typer.Argument(metavar="FILE...", help="Message files (.eml).")],
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object per line.")] = True,
) -> None:
    """Show what intake understands of messages, without storing them.

    Example: intake parse --json tests/corpus/*.eml
    """
    from intake.understand.extract import extract
    from intake.understand.parse import parse as parse_bytes

    config = current_settings().extract
    for path in files_:
        try:
            raw = path.read_bytes()
        except OSError as exc:
            raise InputError(f"{path}: {exc.strerror}") from None
        parsed = parse_bytes(raw)
        result = extract(parsed, config)
        row = {"file": str(path), "from": parsed.from_addr, "subject": parsed.subject, **result.to_json()}
        if as_json:
            _print_json(row)
        else:
            out.print(f"{path}: {result.kind} {result.language} rights={','.join(result.rights)} name={result.name}")


@app.command()
def verify(
    files_: Annotated[list[Path], typer.Argument(metavar="FILE...", help="Message files (.eml).")],
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object per line.")] = True,
) -> None:
    """Match the senders of messages against the subject records, with evidence.

    Example: intake verify --json request.eml
    """
    from intake.identity import verify as verify_module
    from intake.understand.extract import extract
    from intake.understand.parse import parse as parse_bytes

    config = current_settings().extract
    verify_config = current_settings().verify
    with open_session() as session:
        for path in files_:
            try:
                raw = path.read_bytes()
            except OSError as exc:
                raise InputError(f"{path}: {exc.strerror}") from None
            parsed = parse_bytes(raw)
            match = verify_module.verify(session, extract(parsed, config), parsed, config=verify_config)
            row = {"file": str(path), **match.to_json()}
            if as_json:
                _print_json(row)
            else:
                out.print(f"{path}: {match.status} {match.subject_id or ''} score={match.score:.3f}")


def _case_row(case: Case) -> dict[str, Any]:
    return {
        "id": case.id,
        "reference": case.reference,
        "status": case.status,
        "requester": case.requester,
        "received": case.received_at,
        "due": case.due_on,
    }


@app.command()
def cases(
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object per line.")] = False,
    status: Annotated[str | None, typer.Option(help="Only cases in this status.")] = None,
) -> None:
    """List cases, newest first.

    Example: intake cases --status acknowledged --json
    """
    with open_session() as session:
        query = select(Case).order_by(Case.id.desc())  # type: ignore[union-attr]
        if status:
            query = query.where(Case.status == status)
        rows = session.exec(query).all()
        failed = store.failure_count(session)
    for case in rows:
        if as_json:
            _print_json(_case_row(case))
        else:
            due = case.due_on.isoformat() if case.due_on else "-"
            out.print(f"{case.reference}  {case.status:<18} due {due}  {case.requester}", highlight=False)
    if failed and not as_json:
        err.print(f"{failed} message(s) failed or quarantined: see `intake failures`")


@app.command()
def case(
    ref: Annotated[str, typer.Argument(help="Case reference (DPO-2026-000123-7) or id.")],
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object.")] = False,
) -> None:
    """Show one case: what was understood, its messages, its outbox and its audit trail.

    Example: intake case DPO-2026-000001-7
    """
    with open_session() as session:
        c = review_module.load(session, ref)
        messages = session.exec(select(Message).where(Message.case_id == c.id).order_by(Message.id)).all()  # type: ignore[arg-type]
        outbox = session.exec(select(Outbox).where(Outbox.case_id == c.id).order_by(Outbox.id)).all()  # type: ignore[arg-type]
        events = audit.trail(session, c.id)  # type: ignore[arg-type]
    data = {
        **_case_row(c),
        "requester_name": c.requester_name,
        "language": c.language,
        "jurisdiction": c.jurisdiction,
        "due_explanation": c.due_explanation,
        "flags": c.flags,
        "extraction": c.extraction,
        "verification": c.verification,
        "decision": c.decision,
        "messages": [message_row(m) for m in messages],
        "outbox": [
            {"id": o.id, "purpose": o.purpose, "to": o.rcpt_to, "subject": o.subject, "status": o.status}
            for o in outbox
        ],
        "events": [{"at": e.at.isoformat(), "actor": e.actor, "action": e.action, "detail": e.detail} for e in events],
    }
    if as_json:
        _print_json(data)
        return
    from intake.show import print_case

    print_case(out, data)


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


@app.command("settings")
def showcurrent_settings() -> None:
    """Show every setting with its environment name, current value and meaning.

    Example: INTAKE_ORGANISATION="Acme" intake settings
    """
    s = current_settings()
    for env_name, default, doc in settings_module.documented():
        key = env_name.removeprefix("INTAKE_").lower()
        value = getattr(s, key)
        if key == "secret" and value:
            value = "***"
        if isinstance(value, list):
            value = ",".join(value)
        out.print(f"{env_name}={value}  # {doc} (default {default or 'empty'})", highlight=False)


@db_app.command("upgrade")
def db_upgrade() -> None:
    """Create or migrate the database schema to the latest version.

    Example: INTAKE_DATABASE_URL=postgresql+psycopg://localhost/intake intake db upgrade
    """
    s = current_settings()
    db.upgrade(s.database_url)
    err.print(f"database at revision {db.current_revision(s.database_url)}")


# The messages, review and records commands live in their own modules; importing them registers them on `app`.
from intake.commands import messages as _messages  # noqa: E402, F401
from intake.commands import records as _records  # noqa: E402, F401
from intake.commands import review as _review  # noqa: E402, F401


def main() -> None:
    """Console-script entry: user errors are one line on stderr and exit code 2, never a traceback."""
    try:
        app()
    except IntakeError as exc:
        err.print(f"error: {exc}", highlight=False, markup=False)
        sys.exit(2)


if __name__ == "__main__":
    # `python -m intake.cli` runs this file as __main__; the command modules register on the imported
    # intake.cli, so run that one.
    from intake.cli import main as _main

    _main()
