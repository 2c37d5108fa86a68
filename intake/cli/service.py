"""The operator's commands: run the service, store mail from files, process the queue, deliver the outbox."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.progress import Progress

from intake import db, logs, store
from intake.cli.app import app, current_settings, err, open_session, organisation


@app.command()
def run(
    role: Annotated[
        str,
        typer.Option(help="What this process runs, a comma list of smtp,imap,worker,sender,web,scheduler."),
    ] = "smtp,imap,worker,sender,web,scheduler",
    workers: Annotated[int, typer.Option(help="Worker processes that turn stored mail into cases.")] = 1,
    no_smtp: Annotated[bool, typer.Option("--no-smtp", help="Do not start the SMTP server.")] = False,
    no_worker: Annotated[bool, typer.Option("--no-worker", help="Store mail but do not process it.")] = False,
    no_web: Annotated[bool, typer.Option("--no-web", help="Do not start the web interface.")] = False,
    since: Annotated[
        str | None,
        typer.Option(help="IMAP, first start of a mailbox: 'now' skips existing mail, YYYY-MM-DD ingests since then."),
    ] = None,
) -> None:
    """Start the service in the foreground: SMTP, IMAP, workers, sender, web interface (after `intake db upgrade`).

    Example: intake run --role smtp,worker --workers 4
    """
    from intake.run.service import Options
    from intake.run.service import run as run_service

    roles = {r.strip() for r in role.split(",") if r.strip()}
    roles -= {name for name, off in (("smtp", no_smtp), ("worker", no_worker), ("web", no_web)) if off}
    options = Options(roles=frozenset(roles), workers=workers, since=since)
    settings = current_settings()
    logs.setup(settings.log_format)
    run_service(settings, options)


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
    org = organisation() or s.organisation_id  # whose mail it is: with several organisations, --organisation
    db.upgrade(s.database_url)
    total = files.count(paths)
    stored = duplicates = 0
    with open_session() as session, Progress(console=err, disable=total <= 5) as progress:
        task = progress.add_task("storing", total=total)
        for mail in files.read(paths):
            result = store.put(
                session, mail.raw, mailbox=_mailbox(), source="file", envelope_to=mail.label[:500], organisation=org
            )
            duplicates += result.duplicate
            stored += not result.duplicate
            progress.advance(task)
    err.print(f"{stored} stored, {duplicates} already stored")
    if process:
        done = worker.drain(s)
        err.print(f"{done} processed")


def _mailbox() -> str:
    """Where files are stored from: one mailbox per organisation where there are several (a file given to two
    organisations is a message of each)."""
    org = organisation(required=False)
    return "file" if org is None else f"file:{org}"


@app.command("process")
def process_queue() -> None:
    """Process every stored message that waits (what the worker of `intake run` does continuously).

    Example: intake process
    """
    from intake.run import worker

    err.print(f"{worker.drain(current_settings())} processed")


@app.command()
def deliver() -> None:
    """Deliver the outbox messages and webhook events that are due, once (what `intake run` does continuously).

    Example: INTAKE_OUTBOUND=smtp://relay.example.org:25 intake deliver
    """
    from intake.outbox import send, transports, webhooks

    s = current_settings()
    with open_session() as session:
        n = send.deliver_due(session, s, transports.transport_for(s), limit=10_000)
        webhooks.collect(session, s)
        hooks = webhooks.deliver(session, s, limit=10_000)
    err.print(f"{n} delivered" + (f", {hooks} webhook event(s) posted" if hooks else ""))
