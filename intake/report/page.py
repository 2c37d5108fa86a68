"""The period report as one printable HTML page: tables and server-side SVG charts, no script, nothing remote."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined

from intake.report import charts
from intake.report.figures import Figures

HERE = Path(__file__).resolve().parent


def _environment() -> Environment:
    env = Environment(
        loader=FileSystemLoader(str(HERE)),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["days"] = days
    return env


def days(value: float | None) -> str:
    """A number of days as the tables write it: `12`, `12.5`, or `-` when nothing was answered."""
    return "-" if value is None else f"{value:g}"


def html(figures: Figures, organisation: str, generated: datetime) -> str:
    """The report of `figures` as a standalone HTML page (its own stylesheet inside, so it opens from a file)."""
    return (
        _environment()
        .get_template("report.html.j2")
        .render(
            f=figures,
            organisation=organisation,
            generated=generated.strftime("%Y-%m-%d %H:%M UTC"),
            week_chart=charts.weeks("Requests per right per week", figures.weeks, figures.rights),
            right_chart=charts.bars("Requests by right", figures.by_right),
            language_chart=charts.bars("Requests by language", figures.by_language),
            outcome_chart=charts.bars("Requests by outcome", figures.by_outcome),
        )
    )
