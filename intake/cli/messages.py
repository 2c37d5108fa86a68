"""CLI commands over stored messages: list them with their status, see the failed ones, queue one again."""

from __future__ import annotations

import dataclasses
import sys
from typing import Annotated

import typer
from sqlmodel import select

from intake import byhand, db, reading, review, store
from intake.cli.app import (
    MessageId,
    app,
    current_actor,
    current_settings,
    err,
    message_row,
    open_session,
    organisation,
    out,
    print_json,
)
from intake.errors import InputError, NotFound
from intake.models import Case, Message, MessageStatus


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
    with open_session() as session:
        query = select(Message, Case.reference).join(Case, isouter=True).order_by(Message.id)  # type: ignore[arg-type]
        if status:
            query = query.where(Message.status == status)
        org = organisation()
        if org is not None:
            query = query.where(Message.organisation == org)
        rows = session.exec(query).all()
    for message, ref in rows:
        row = {**message_row(message), "case": ref}
        if as_json:
            print_json(row)
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
    org = organisation()
    with open_session() as session:
        rows = [m for m in store.failures(session) if org is None or m.organisation == org]
    for m in rows:
        if as_json:
            print_json(message_row(m))
        else:
            out.print(f"{m.id:>6} {m.status:<11} {m.message_id[:60]}  {m.error}", highlight=False)
    if not rows and not as_json:
        err.print("no failed or quarantined messages")


@app.command()
def retry(message_id: MessageId) -> None:
    """Put a failed or quarantined message back in the queue (after fixing what made it fail).

    Example: intake retry 42
    """

    with open_session() as session:
        m = db.get(session, Message, message_id)
        if m is None:
            raise NotFound(f"message {message_id}: not stored (see `intake messages`)")
        store.requeue(session, m, current_actor())
    err.print(f"message {message_id} queued again")


@app.command()
def message(
    message_id: MessageId,
    raw: Annotated[bool, typer.Option("--raw", help="Print the message exactly as it arrived.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object.")] = False,
    open_case: Annotated[
        bool, typer.Option("--open-case", help="Make a case of it: a request the reading missed (audited).")
    ] = False,
    rights: Annotated[
        str, typer.Option(help="--open-case: the rights it asks for, comma-separated (access,erasure).")
    ] = "",
    not_request: Annotated[
        bool,
        typer.Option("--not-request", help="Mark it as no request; a case it opened is closed as spam (audited)."),
    ] = False,
) -> None:
    """Show one stored message: the headers that matter, the sender check, its text and its attachments.

    With --open-case, a message that opened no case becomes one, on the path a request's case takes; with
    --not-request, a message read as a request (a newsletter's case) is marked as none.

    Example: intake message 42 --raw

    Example: intake message 42 --open-case --rights access,erasure
    """
    if open_case or not_request:
        _decide(message_id, open_case, not_request, rights)
        return
    if rights:
        raise InputError("--rights: only with --open-case")
    with open_session() as session:
        if raw:
            sys.stdout.buffer.write(reading.load(session, message_id).raw)
            sys.stdout.buffer.flush()
            return
        view = reading.read(session, current_settings(), message_id)
    if as_json:
        data = dataclasses.asdict(view)
        data.pop("html")  # sanitised for a page, not for a terminal: the text part says the same
        print_json(data)
        return
    for label, value in (
        ("From", f"{view.from_name} <{view.from_addr}>".strip()),
        ("To", ", ".join(view.to)),
        ("Date", view.date.isoformat() if view.date else "-"),
        ("Subject", view.subject),
        ("Sender check", view.authentication),
    ):
        out.print(f"{label}: {value}", highlight=False, markup=False)
    for a in view.attachments:
        line = f"Attachment {a.number}: {a.filename} ({a.content_type}, {a.size} bytes)"
        out.print(line, highlight=False, markup=False)
    for note in view.notes:
        err.print(f"note: {note}", highlight=False, markup=False)
    out.print("", highlight=False)
    out.print(view.text, highlight=False, markup=False)


def _decide(message_id: int, open_case: bool, not_request: bool, rights: str) -> None:
    """--open-case or --not-request: the same functions as the message page's two buttons."""
    if open_case and not_request:
        raise InputError("--open-case and --not-request: choose one")
    if rights and not open_case:
        raise InputError("--rights: only with --open-case")
    with open_session() as session:
        if open_case:
            case = byhand.open_from_message(
                session, current_settings(), message_id, current_actor(), rights.split(",") if rights else None
            )
            out.print(f"{case.reference}  {case.status}  due {case.due_on}", highlight=False)
            return
        closed = review.not_a_request(session, message_id, current_actor())
    done = f"; {closed.reference} closed as {closed.status}" if closed else ""
    err.print(f"message {message_id} marked as not a request{done}", highlight=False, markup=False)
