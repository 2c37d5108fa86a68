"""CLI commands over stored messages: list them with their status, see the failed ones, queue one again."""

from __future__ import annotations

from typing import Annotated

import typer
from sqlmodel import select

from intake import db, store
from intake.cli.app import app, current_actor, err, message_row, open_session, out, print_json
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
    with open_session() as session:
        rows = store.failures(session)
    for m in rows:
        if as_json:
            print_json(message_row(m))
        else:
            out.print(f"{m.id:>6} {m.status:<11} {m.message_id[:60]}  {m.error}", highlight=False)
    if not rows and not as_json:
        err.print("no failed or quarantined messages")


@app.command()
def retry(message_id: Annotated[int, typer.Argument(help="Stored message id (see `intake failures`).")]) -> None:
    """Put a failed or quarantined message back in the queue (after fixing what made it fail).

    Example: intake retry 42
    """

    with open_session() as session:
        m = db.get(session, Message, message_id)
        if m is None:
            raise NotFound(f"message {message_id}: not stored (see `intake messages`)")
        store.requeue(session, m, current_actor())
    err.print(f"message {message_id} queued again")
