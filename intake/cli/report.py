"""CLI command of the period report: the figures as tables in the terminal, and as a printable HTML page."""

from __future__ import annotations

import dataclasses
import json
from datetime import date
from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from intake.cli.app import app, current_settings, err, open_session, organisation, out
from intake.errors import InputError
from intake.models import utcnow
from intake.report import figures as figures_module
from intake.report import page
from intake.report.figures import Figures


def _jsonable(value: object) -> str:
    if isinstance(value, date):
        return value.isoformat()
    raise TypeError(f"{type(value).__name__} is not JSON")


def _counts(title: str, counts: dict[str, int]) -> Table:
    table = Table(title=title, title_justify="left")
    table.add_column(title.removeprefix("By ").capitalize())
    table.add_column("Requests", justify="right")
    for name, n in counts.items():
        table.add_row(name, str(n))
    return table


def tables(f: Figures) -> list[Table]:
    """The report as terminal tables, in the order of the HTML page."""
    summary = Table(title=f"Requests report: {f.period.label}", title_justify="left", show_header=False)
    summary.add_column("Figure")
    summary.add_column("Value", justify="right")
    for label, value in (
        ("Received", str(f.received)),
        ("Answered in the period", str(f.closed)),
        ("Median days to close", page.days(f.median_days)),
        ("95th percentile, days", page.days(f.p95_days)),
        ("Deadlines missed", str(len(f.missed))),
        (f"Open on {f.today.isoformat()}", str(f.work.open)),
        ("Overdue", str(f.work.overdue)),
        ("Due within 7 days", str(f.work.due_soon)),
    ):
        summary.add_row(label, value)
    weeks = Table(title="Requests per right per week", title_justify="left")
    weeks.add_column("Week of", no_wrap=True, min_width=10)
    for right in f.rights:
        weeks.add_column(right, justify="right")
    for monday, counts in f.weeks:
        weeks.add_row(monday.isoformat(), *(str(counts.get(r, 0)) for r in f.rights))
    ccpa = Table(title="CCPA metrics (California requests received in the period)", title_justify="left")
    for column in ("Request type", "Received", "Complied (whole or part)", "Denied", "Median days"):
        ccpa.add_column(column, justify="left" if column == "Request type" else "right")
    for row in f.ccpa:
        ccpa.add_row(
            row.request_type, str(row.received), str(row.complied), str(row.denied), page.days(row.median_days)
        )
    return [
        summary,
        weeks,
        _counts("By right", f.by_right),
        _counts("By language", f.by_language),
        _counts("By outcome", f.by_outcome),
        ccpa,
    ]


@app.command()
def report(
    period: Annotated[str, typer.Option("--period", help="A month (2026-11) or a year (2026).")],
    out_file: Annotated[
        Path | None, typer.Option("--out", help="Also write the report as a printable HTML page with charts.")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="The figures as one JSON object instead of tables.")] = False,
) -> None:
    """Requests by right, language and outcome, days to close, deadlines missed and the CCPA metrics.

    Example: intake report --period 2026-11 --out report-2026-11.html
    """
    chosen = figures_module.Period.parse(period)
    now = utcnow()
    with open_session() as session:
        found = figures_module.compute(figures_module.load(session, organisation()), chosen, now.date())
    if as_json:
        print(json.dumps(dataclasses.asdict(found), default=_jsonable, ensure_ascii=False))
    else:
        for table in tables(found):
            out.print(table)
        if found.missed:
            out.print(f"Deadlines missed: {', '.join(found.missed)}", highlight=False)
    if out_file is not None:
        try:
            out_file.write_text(page.html(found, current_settings().organisation, now), encoding="utf-8")
        except OSError as exc:
            raise InputError(f"--out {out_file}: cannot write it ({exc.strerror})") from None
        err.print(f"report written to {out_file}", highlight=False)
