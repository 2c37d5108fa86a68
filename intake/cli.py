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

from intake import audit, db, logs
from intake import review as review_module
from intake import settings as settings_module
from intake.errors import InputError, IntakeError, NotFound
from intake.models import Case, Message, MessageStatus, Outbox
from intake.settings import Settings

app = typer.Typer(
    help="intake: the data protection officer's mailbox assistant.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
db_app = typer.Typer(help="Database schema.", no_args_is_help=True)
subjects_app = typer.Typer(help="The organisation's records of the people it holds data about.", no_args_is_help=True)
app.add_typer(db_app, name="db")
app.add_typer(subjects_app, name="subjects")
employers_app = typer.Typer(help="Client organisations and their admin contacts.", no_args_is_help=True)
app.add_typer(employers_app, name="employers")
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


def _settings() -> Settings:
    if "settings" not in _state:
        _state["settings"] = settings_module.load(_state["config"])
    return _state["settings"]


def _session() -> Session:
    s = _settings()
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


def _actor() -> str:
    s = _settings()
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
    from intake.service import Options
    from intake.service import run as run_service

    logs.setup()
    run_service(_settings(), Options(smtp=not no_smtp, worker=not no_worker, web=not no_web, since=since))


@app.command()
def ingest(
    paths: Annotated[list[Path], typer.Argument(help=".eml files, folders of them, mbox files or Maildir folders.")],
    process: Annotated[bool, typer.Option("--process/--no-process", help="Process what was stored now.")] = True,
) -> None:
    """Store mail from files (idempotent: the same message twice is stored once), then process it.

    Example: intake ingest ~/Downloads/request.eml archive.mbox Maildir/
    """
    from intake import store, worker
    from intake.sources import files

    s = _settings()
    db.upgrade(s.database_url)
    total = files.count(paths)
    stored = duplicates = 0
    with _session() as session, Progress(console=err, disable=total <= 5) as progress:
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
    from intake import worker

    err.print(f"{worker.drain(_settings())} processed")


@app.command()
def deliver() -> None:
    """Deliver the outbox messages that are due, once (what `intake run` does continuously).

    Example: INTAKE_OUTBOUND=smtp://relay.example.org:25 intake deliver
    """
    from intake import send

    s = _settings()
    with _session() as session:
        n = send.deliver_due(session, s, send.transport_for(s), limit=10_000)
    err.print(f"{n} delivered")


@app.command()
def parse(
    files_: Annotated[list[Path], typer.Argument(metavar="FILE...", help="Message files (.eml).")],
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object per line.")] = True,
) -> None:
    """Show what intake understands of messages, without storing them.

    Example: intake parse --json tests/corpus/*.eml
    """
    from intake.extract import config_from, extract
    from intake.parse import parse as parse_bytes

    config = config_from(_settings())
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
    from intake import verify as verify_module
    from intake.extract import config_from, extract
    from intake.parse import parse as parse_bytes

    config = config_from(_settings())
    verify_config = settings_module.section(_settings(), "verify", verify_module.VerifyConfig)
    with _session() as session:
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
    with _session() as session:
        query = select(Case).order_by(Case.id.desc())  # type: ignore[union-attr]
        if status:
            query = query.where(Case.status == status)
        rows = session.exec(query).all()
        failed = session.exec(
            select(Message).where(Message.status.in_([MessageStatus.failed, MessageStatus.quarantined]))  # type: ignore[attr-defined]
        ).all()
    for case in rows:
        if as_json:
            _print_json(_case_row(case))
        else:
            due = case.due_on.isoformat() if case.due_on else "-"
            out.print(f"{case.reference}  {case.status:<18} due {due}  {case.requester}", highlight=False)
    if failed and not as_json:
        err.print(f"{len(failed)} message(s) failed or quarantined: see `intake failures`")


@app.command()
def case(
    ref: Annotated[str, typer.Argument(help="Case reference (DPO-2026-000123-7) or id.")],
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object.")] = False,
) -> None:
    """Show one case: what was understood, its messages, its outbox and its audit trail.

    Example: intake case DPO-2026-000001-7
    """
    with _session() as session:
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
        "messages": [_message_row(m) for m in messages],
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


def _message_row(m: Message) -> dict[str, Any]:
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


@app.command()
def messages(
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object per line.")] = False,
    status: Annotated[str | None, typer.Option(help="received, processed, failed or quarantined.")] = None,
) -> None:
    """List every stored message with its status, error and case.

    Example: intake messages --status failed
    """
    if status and status not in set(MessageStatus):
        raise InputError(f"--status: expected one of {', '.join(MessageStatus)}, got {status!r}")
    with _session() as session:
        query = select(Message, Case.reference).join(Case, isouter=True).order_by(Message.id)  # type: ignore[arg-type]
        if status:
            query = query.where(Message.status == status)
        rows = session.exec(query).all()
    for message, ref in rows:
        row = {**_message_row(message), "case": ref}
        if as_json:
            _print_json(row)
        else:
            note = message.error or message.reason or ""
            out.print(
                f"{message.id:>6} {message.status:<11} {message.kind or '-':<10} {ref or '-':<19} "
                f"{message.message_id[:50]} {note[:80]}",
                highlight=False,
            )


@app.command()
def failures(as_json: Annotated[bool, typer.Option("--json", help="One JSON object per line.")] = False) -> None:
    """List messages that failed or were quarantined, with their errors.

    Example: intake failures
    """
    with _session() as session:
        rows = session.exec(
            select(Message).where(Message.status.in_([MessageStatus.failed, MessageStatus.quarantined]))  # type: ignore[attr-defined]
        ).all()
    for m in rows:
        if as_json:
            _print_json(_message_row(m))
        else:
            out.print(f"{m.id:>6} {m.status:<11} {m.message_id[:60]}  {m.error}", highlight=False)
    if not rows and not as_json:
        err.print("no failed or quarantined messages")


@app.command()
def retry(message_id: Annotated[int, typer.Argument(help="Stored message id (see `intake failures`).")]) -> None:
    """Put a failed or quarantined message back in the queue (after fixing what made it fail).

    Example: intake retry 42
    """
    from intake import store

    with _session() as session:
        m = session.get(Message, message_id)
        if m is None:
            raise NotFound(f"message {message_id}: not stored (see `intake messages`)")
        store.requeue(session, m, _actor())
    err.print(f"message {message_id} queued again")


templates_app = typer.Typer(help="Reply templates.", no_args_is_help=True)
app.add_typer(templates_app, name="templates")


@app.command()
def review() -> None:
    """The DPO's queue: cases needing a decision, the earliest due first, overdue ones marked.

    Example: intake review
    """
    with _session() as session:
        items = review_module.queue(session)
    if not items:
        err.print("nothing waits for you")
    for item in items:
        c = item.case
        when = f"OVERDUE by {-item.days_left} d" if item.overdue else f"{item.days_left} d left"
        flags = f"  [{', '.join(c.flags)}]" if c.flags else ""
        out.print(
            f"{c.reference}  due {c.due_on} ({when})  {c.status:<18} {item.drafts} draft(s)  {c.requester}{flags}",
            highlight=False,
        )


def _editor_text(subject: str, body: str) -> str:
    return f"Subject: {subject}\n\n{body}"


@app.command()
def draft(
    ref: CaseRef,
    edit: Annotated[bool, typer.Option("--edit", help="Edit the waiting draft in $EDITOR.")] = False,
    draft_id: Annotated[int | None, typer.Option("--draft", help="Which draft, when there are several.")] = None,
) -> None:
    """Show a case's drafts with the evidence behind them, or edit one.

    Example: intake draft DPO-2026-000001-1 --edit
    """
    import os
    import shlex
    import subprocess
    import tempfile

    with _session() as session:
        c = review_module.load(session, ref)
        waiting = review_module.drafts(session, c)
        if not edit:
            ex = c.extraction or {}
            out.print(f"[bold]{c.reference}[/bold] {c.status}, due {c.due_on}; flags: {', '.join(c.flags) or '-'}")
            out.print(
                f"understood: rights {', '.join(ex.get('rights', [])) or '-'}; name {ex.get('name')}; "
                f"employer {ex.get('employer')}; language {ex.get('language')}",
                highlight=False,
            )
            for e in ex.get("evidence", [])[:20]:
                out.print(f"  {e['field']}: {e['source']}: {e['text'][:100]}", highlight=False, markup=False)
            ver = c.verification or {}
            out.print(f"identity: {ver.get('status')} (score {ver.get('score', 0):.2f})", highlight=False)
            for h in (c.decision or {}).get("hits", []):
                out.print(f"  rule {h['rule']}: {h['reason']}", highlight=False, markup=False)
            if not waiting:
                err.print("no draft waits for approval")
            for d in waiting:
                out.print(
                    f"\n--- draft {d.id} ({d.template}, {d.language}) to {d.to_addr}: {d.reason}", highlight=False
                )
                out.print(f"Subject: {d.subject}\n\n{d.body}", highlight=False, markup=False)
            return
        chosen = [d for d in waiting if draft_id is None or d.id == draft_id]
        if not chosen:
            raise InputError(f"{c.reference}: no waiting draft to edit (see `intake draft {c.reference}`)")
        d = chosen[0]
        with tempfile.NamedTemporaryFile("w+", suffix=".txt", delete=False, encoding="utf-8") as f:
            f.write(_editor_text(d.subject, d.body))
            path = f.name
        editor = os.environ.get("VISUAL") or os.environ.get("EDITOR") or "vi"
        subprocess.run([*shlex.split(editor), path], check=False)
        text = Path(path).read_text(encoding="utf-8")
        os.unlink(path)
        head, _, body = text.partition("\n\n")
        if not head.startswith("Subject:"):
            raise InputError("the edited draft must start with 'Subject: ...' and a blank line; nothing changed")
        review_module.edit(session, d.id, head.removeprefix("Subject:").strip(), body, _actor())  # type: ignore[arg-type]
    err.print(f"draft {d.id} saved; send it with: intake approve {c.reference}")


@app.command()
def approve(
    ref: CaseRef,
    draft_id: Annotated[int | None, typer.Option("--draft", help="Approve only this draft.")] = None,
) -> None:
    """Approve the case's waiting drafts: they go to the outbox, threaded, From the DPO address.

    Example: intake --as "A. DPO" approve DPO-2026-000001-1
    """
    with _session() as session:
        done = review_module.approve(session, _settings(), ref, _actor(), draft_id)
    err.print(f"{len(done)} draft(s) approved and queued for sending")


@app.command()
def reject(
    ref: CaseRef,
    reason: Annotated[str, typer.Option("--reason", help="Why, in words the requester will read.")],
) -> None:
    """Refuse a request: drafts the refusal with your reasons and the right to complain; approve it to send.

    Example: intake reject DPO-2026-000001-1 --reason "The same request was answered on 3 May."
    """
    with _session() as session:
        d = review_module.reject(session, _settings(), ref, reason, _actor())
    err.print(f"refusal drafted (draft {d.id}); read it with `intake draft {ref}`, send it with `intake approve {ref}`")


@app.command()
def reply(
    ref: CaseRef,
    template: Annotated[str, typer.Option("--template", help="Template name, e.g. access or completion.")],
) -> None:
    """Draft a reply from any template, to edit and approve.

    Example: intake reply DPO-2026-000001-1 --template completion
    """
    with _session() as session:
        d = review_module.reply(session, _settings(), ref, template, _actor())
    err.print(f"draft {d.id} created; edit with `intake draft {ref} --edit`, send with `intake approve {ref}`")


@app.command()
def extend(
    ref: CaseRef,
    reason: Annotated[str, typer.Option("--reason", help="Why more time is needed (told to the requester).")],
) -> None:
    """Extend the deadline where the law allows it, and draft the notice to the requester.

    Example: intake extend DPO-2026-000001-1 --reason "Your request covers ten years of records."
    """
    with _session() as session:
        d = review_module.extend(session, _settings(), ref, reason, _actor())
        c = review_module.load(session, ref)
    err.print(f"now due {c.due_on}: {c.due_explanation}")
    err.print(f"extension notice drafted (draft {d.id}); send it with `intake approve {ref}`")


@app.command()
def close(
    ref: CaseRef,
    status: Annotated[str, typer.Option("--status", help="closed, withdrawn or spam.")] = "closed",
) -> None:
    """Close a case (or mark it withdrawn or spam); waiting drafts are discarded.

    Example: intake close DPO-2026-000001-1
    """
    if status not in {"closed", "withdrawn", "spam"}:
        raise InputError(f"--status: expected closed, withdrawn or spam, got {status!r}")
    with _session() as session:
        c = review_module.close(session, ref, _actor(), status)
    err.print(f"{c.reference} is {c.status}")


@app.command()
def flag(
    ref: CaseRef,
    name: Annotated[str, typer.Argument(help="Flag to record, e.g. authority_checked.")],
) -> None:
    """Record a finding on a case, e.g. that an agent's proof of authority was checked.

    Example: intake flag DPO-2026-000001-1 authority_checked
    """
    with _session() as session:
        c = review_module.flag(session, ref, name, _actor())
    err.print(f"{c.reference}: flags {', '.join(c.flags)}")


@app.command()
def digest(
    force: Annotated[bool, typer.Option("--force", help="Send even if sent today or nothing is due.")] = False,
    show: Annotated[bool, typer.Option("--print", help="Print the digest instead of mailing it.")] = False,
) -> None:
    """Mail the DPO the cases due within 7 days and the overdue ones (`intake run` does it daily).

    Example: intake digest --print
    """
    from intake import digest as digest_module
    from intake.models import utcnow

    with _session() as session:
        if show:
            today = utcnow().date()
            print(digest_module.text(*digest_module.due_soon(session, today), today), end="")
            return
        row = digest_module.send_digest(session, _settings(), force=force)
    err.print("digest queued" if row else "nothing to send (already sent today, or nothing due)")


@templates_app.command("check")
def templates_check() -> None:
    """Render every template in every language with sample data and check the clauses the law requires.

    Example: INTAKE_TEMPLATES_DIR=my-templates intake templates check
    """
    from intake import catalogue

    problems = catalogue.check(_settings())
    for problem in problems:
        out.print(str(problem), highlight=False, markup=False)
    if problems:
        raise typer.Exit(1)
    err.print("all templates render and carry the required clauses")


@app.command("settings")
def show_settings() -> None:
    """Show every setting with its environment name, current value and meaning.

    Example: INTAKE_ORGANISATION="Acme" intake settings
    """
    s = _settings()
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
    s = _settings()
    db.upgrade(s.database_url)
    err.print(f"database at revision {db.current_revision(s.database_url)}")


@subjects_app.command("import")
def subjects_import(path: Annotated[Path, typer.Argument(help="CSV or JSON Lines file.")]) -> None:
    """Import or update subject records (upsert by subject_id); bad rows are reported, good rows kept.

    Example: intake subjects import people.csv
    """
    from intake import subjects

    s = _settings()
    db.upgrade(s.database_url)
    with _session() as session, Progress(console=err) as progress:
        task = progress.add_task("importing", total=None)
        report = subjects.import_file(session, path, lambda n: progress.update(task, completed=n))
    for line in report.errors[:50]:
        err.print(line, highlight=False)
    rejected = getattr(report, "error_count", 0) or len(report.errors)
    if rejected > 50:
        err.print(f"... and {rejected - 50} more bad rows")
    err.print(f"{report.inserted} inserted, {report.updated} updated, {rejected} rejected")
    if report.errors:
        raise typer.Exit(1)


@subjects_app.command("export")
def subjects_export(
    fmt: Annotated[str, typer.Option("--format", help="jsonl or csv.")] = "jsonl",
) -> None:
    """Write every subject record to standard output.

    Example: intake subjects export --format csv > people.csv
    """
    from intake import subjects

    if fmt not in {"jsonl", "csv"}:
        raise InputError(f"--format: expected jsonl or csv, got {fmt!r}")
    with _session() as session:
        n = subjects.export(session, sys.stdout, fmt)
    err.print(f"{n} exported")


@subjects_app.command("count")
def subjects_count() -> None:
    """Print how many subject records there are.

    Example: intake subjects count
    """
    from intake import subjects

    with _session() as session:
        print(subjects.count(session))


@employers_app.command("import")
def employers_import(
    path: Annotated[Path, typer.Argument(help="CSV or JSON Lines: name, admin_name, admin_email.")],
) -> None:
    """Import or update client organisations and their admin contacts (told when a user's erasure is redirected).

    Example: intake employers import employers.csv
    """
    from intake import employers

    s = _settings()
    db.upgrade(s.database_url)
    with _session() as session:
        report = employers.import_file(session, path)
    for line in report.errors:
        err.print(line, highlight=False, markup=False)
    err.print(f"{report.inserted} inserted, {report.updated} updated, {len(report.errors)} rejected")
    if report.errors:
        raise typer.Exit(1)


@employers_app.command("list")
def employers_list() -> None:
    """List client organisations and their admin contacts.

    Example: intake employers list
    """
    from intake.subjects import Employer

    with _session() as session:
        for e in session.exec(select(Employer).order_by(Employer.name)).all():
            out.print(f"{e.name}  {e.admin_name or '-'}  {e.admin_email or '-'}", highlight=False)


def main() -> None:
    """Console-script entry: user errors are one line on stderr and exit code 2, never a traceback."""
    try:
        app()
    except IntakeError as exc:
        err.print(f"error: {exc}", highlight=False, markup=False)
        sys.exit(2)


if __name__ == "__main__":
    main()
