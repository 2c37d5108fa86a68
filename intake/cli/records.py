"""CLI commands for the organisation's records: subjects and their employers."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.progress import Progress

from intake import db
from intake.cli.app import app, current_settings, err, open_session, organisation, out
from intake.errors import InputError

subjects_app = typer.Typer(help="The organisation's records of the people it holds data about.", no_args_is_help=True)
employers_app = typer.Typer(help="Client organisations and their admin contacts.", no_args_is_help=True)
app.add_typer(subjects_app, name="subjects")
app.add_typer(employers_app, name="employers")


@subjects_app.command("import")
def subjects_import(path: Annotated[Path, typer.Argument(help="CSV or JSON Lines file.")]) -> None:
    """Import or update subject records (upsert by subject_id); bad rows are reported, good rows kept.

    Example: intake subjects import people.csv
    """
    from intake.identity import records

    s = current_settings()
    db.upgrade(s.database_url)
    with open_session() as session, Progress(console=err) as progress:
        task = progress.add_task("importing", total=None)
        report = records.import_file(
            session, path, lambda n: progress.update(task, completed=n), organisation=organisation()
        )
    for line in report.errors[:50]:
        err.print(line, highlight=False)
    rejected = getattr(report, "error_count", 0) or len(report.errors)
    if rejected > 50:
        err.print(f"... and {rejected - 50} more bad rows")
    err.print(f"{report.inserted} inserted, {report.updated} updated, {rejected} rejected")
    if report.errors:
        raise typer.Exit(1)


@subjects_app.command("sync")
def subjects_sync(
    full: Annotated[
        bool, typer.Option("--full", help="Read every row, and drop the subjects the organisation no longer holds.")
    ] = False,
) -> None:
    """Copy the organisation's records into intake ([records] mode = "copy"): the rows changed since the last sync.

    Example: intake subjects sync --full
    """
    from intake.identity.records.organisation import RecordsConfig
    from intake.identity.records.sync import check, sync
    from intake.settings import section

    s = current_settings()
    config = section(s, "records", RecordsConfig)
    check(config)  # before the progress bar: an error is then the only line
    db.upgrade(s.database_url)
    with open_session() as session, Progress(console=err) as progress:
        task = progress.add_task("syncing", total=None)
        report = sync(session, config, full, lambda n: progress.update(task, completed=n), organisation=organisation())
    for line in report.errors[:50]:
        err.print(line, highlight=False, markup=False)
    since = f"changed since {report.since}" if report.since else "all rows"
    err.print(
        f"{report.read} read ({since}): {report.inserted} inserted, {report.updated} updated, "
        f"{report.removed} removed, {len(report.errors)} rejected",
        highlight=False,
    )
    if report.errors:
        raise typer.Exit(1)


@subjects_app.command("export")
def subjects_export(
    fmt: Annotated[str, typer.Option("--format", help="jsonl or csv.")] = "jsonl",
) -> None:
    """Write every subject record to standard output.

    Example: intake subjects export --format csv > people.csv
    """
    from intake.identity import records
    from intake.identity.source import Live, source

    if fmt not in {"jsonl", "csv"}:
        raise InputError(f"--format: expected jsonl or csv, got {fmt!r}")
    # Live mode keeps no records here, only the flags: each flagged subject is a row of its id and flags.
    live = type(source(current_settings())) is Live  # a Copy is a Live that keeps the rows here
    with open_session() as session:
        n = records.export(session, sys.stdout, fmt, unrecorded=live, organisation=organisation())
    err.print(f"{n} exported")


@subjects_app.command("count")
def subjects_count() -> None:
    """Print how many subject records there are.

    Example: intake subjects count
    """
    from intake.identity import records

    with open_session() as session:
        print(records.count(session, organisation()))


@employers_app.command("import")
def employers_import(
    path: Annotated[Path, typer.Argument(help="CSV or JSON Lines: name, admin_name, admin_email.")],
) -> None:
    """Import or update client organisations and their admin contacts (told when a user's erasure is redirected).

    Example: intake employers import employers.csv
    """
    from intake.identity import employers

    s = current_settings()
    db.upgrade(s.database_url)
    with open_session() as session:
        report = employers.import_file(session, path, organisation())
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
    from intake.identity import employers

    with open_session() as session:
        for e in employers.listed(session, organisation()):
            out.print(f"{e.name}  {e.admin_name or '-'}  {e.admin_email or '-'}", highlight=False)
