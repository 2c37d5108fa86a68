"""The DPO's desk pages over accountability: the dashboard, the register (and its CSV) and the letter templates."""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date

from jinja2 import TemplateNotFound
from starlette.responses import Response

from intake.fulfil import register
from intake.letters import catalogue, render
from intake.letters.samples import samples
from intake.models import utcnow
from intake.report import charts, figures
from intake.settings import Settings
from intake.web.context import Ctx

DASHBOARD_WEEKS = 12
REGISTER_PAGE = 200  # rows on one page of the register; the CSV holds them all


def dashboard_page(ctx: Ctx) -> Response:
    today = utcnow().date()
    period = figures.Period.recent_weeks(today, DASHBOARD_WEEKS)
    with ctx.db() as session:
        found = figures.compute(figures.load(session, ctx.organisation), period, today)
    return ctx.render(
        "dashboard.html",
        title="Dashboard",
        f=found,
        week_chart=charts.weeks("Requests per right per week", found.weeks, found.rights),
        right_chart=charts.bars("Requests by right", found.by_right),
        outcome_chart=charts.bars("Requests by outcome", found.by_outcome),
        month=f"{today:%Y-%m}",
    )


def _since(ctx: Ctx) -> date | None:
    value = ctx.request.query_params.get("since", "").strip()
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        ctx.flash("error", f"since: expected a date like 2026-01-01, got {value[:40]!r}; ignored")
        return None


def register_page(ctx: Ctx) -> Response:
    since = _since(ctx)
    with ctx.db() as session:
        rows = register.rows(session, since, ctx.organisation)
    raw = ctx.request.query_params.get("page", "1")
    pages = max(1, -(-len(rows) // REGISTER_PAGE))
    page = min(int(raw), pages) if raw.isdigit() and int(raw) >= 1 else 1
    newest = list(reversed(rows))  # newest first on screen; the CSV keeps the export's order
    return ctx.render(
        "register.html",
        title="Register",
        rows=newest[(page - 1) * REGISTER_PAGE : page * REGISTER_PAGE],
        total=len(rows),
        page=page,
        pages=pages,
        since=since.isoformat() if since else "",
    )


def register_csv(ctx: Ctx) -> Response:
    """The register as `intake register export --format csv` writes it, downloaded rather than shown."""
    since = _since(ctx)
    with ctx.db() as session:
        rows = register.rows(session, since, ctx.organisation)
    out = io.StringIO()
    register.write(out, rows, "csv")
    name = f"register-{utcnow().date().isoformat()}" + (f"-since-{since.isoformat()}" if since else "") + ".csv"
    return Response(
        out.getvalue(),
        media_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": f'attachment; filename="{name}"'},
    )


def present(settings: Settings, language: str, name: str) -> bool:
    """Whether `language` has its own template `name` (built in or in the user's folder), not a fallback."""
    env = render.environment(settings)
    try:
        env.loader.get_source(env, f"{language}/{name}.txt.j2")  # type: ignore[union-attr]
    except TemplateNotFound:
        return False
    return True


def templates_page(ctx: Ctx) -> Response:
    languages = catalogue.languages(ctx.settings)
    have = {(lang, name): present(ctx.settings, lang, name) for lang in languages for name in catalogue.NAMES}
    lacking = {
        lang: [name for name in catalogue.NAMES if not have[(lang, name)]]
        for lang in languages
        if not all(have[(lang, name)] for name in catalogue.NAMES)
    }
    return ctx.render(
        "templates.html",
        title="Letter templates",
        names=catalogue.NAMES,
        languages=languages,
        have=have,
        lacking=lacking,
        default=ctx.settings.default_language,
    )


@dataclass
class Preview:
    """One template rendered with the catalogue's sample data, or why it could not be."""

    name: str
    description: str
    present: bool
    subject: str = ""
    text: str = ""
    error: str = ""


def preview(settings: Settings, language: str, name: str) -> Preview:
    description = catalogue.NAMES[name]
    if not present(settings, language, name):
        return Preview(name, description, False)
    values = {**samples(name)[0].values, "organisation": settings.organisation}
    try:
        letter = render.render(settings, name, language, values)
    except Exception as exc:  # a broken template is shown as such, never a failed page
        return Preview(name, description, True, error=f"{type(exc).__name__}: {exc}")
    return Preview(name, description, True, letter.subject, letter.text)


def language_page(ctx: Ctx) -> Response:
    language = ctx.request.path_params["language"]
    if language not in catalogue.languages(ctx.settings):
        ctx.flash("error", f"{language[:20]}: no such language; see the table of templates")
        return ctx.render("refused.html", 404, title="No such language", reason="")
    return ctx.render(
        "letters.html",
        title=f"Letter templates: {language}",
        language=language,
        previews=[preview(ctx.settings, language, name) for name in catalogue.NAMES],
        default=ctx.settings.default_language,
    )


ROUTES = [
    ("/dashboard", dashboard_page),
    ("/register", register_page),
    ("/register.csv", register_csv),
    ("/templates", templates_page),
    ("/templates/{language}", language_page),
]
