"""The pages the DPO reads: the review queue, all cases, one case, a draft editor and the failures list."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from sqlmodel import Session, select
from starlette.responses import Response

from intake import audit, confirmation, db, notes, reading, review, search, store
from intake.errors import IntakeError
from intake.fulfil import links
from intake.letters import catalogue
from intake.letters.render import BUILTIN_TEMPLATES
from intake.models import Case, CaseStatus, Draft, DraftStatus, Message, Outbox, utcnow
from intake.settings import Settings
from intake.web.context import Ctx

FAILED = list(store.SET_ASIDE)
CLOSE_AS = ["closed", "withdrawn", "spam"]
# Flags the review code reads; offered as suggestions in the flag form (any other name is allowed too).
KNOWN_FLAGS = ["authority_checked", "identity_checked", "possible_impersonation"]


def reply_templates(settings: Settings) -> list[str]:
    """Letter templates the DPO can start a reply from: those of the default language, built-in or overridden."""
    folders = [Path(settings.templates_dir)] if settings.templates_dir else []
    folders.append(BUILTIN_TEMPLATES)
    names = {
        p.name.removesuffix(".txt.j2")
        for folder in folders
        for p in (folder / settings.default_language).glob("*.txt.j2")
        if not p.name.startswith("_")
    }
    return sorted(names - set(review.NOT_REPLIES))


def failure_count(session: Session, organisation: str | None = None) -> int:
    return store.failure_count(session, organisation)


def queue_page(ctx: Ctx) -> Response:
    today = utcnow().date()
    with ctx.db() as session:
        items = review.queue(session, today, ctx.organisation)
        failures = failure_count(session, ctx.organisation)
    return ctx.render("queue.html", title="Review queue", items=items, today=today, failures=failures)


def case_query(ctx: Ctx) -> search.CaseQuery:
    """The search and filters in the URL; a bad value is dropped with a notice naming the valid ones."""
    given: dict[str, Any] = {}
    for name in search.CaseQuery.names():
        value = ctx.request.query_params.get(name, "").strip()
        if not value:
            continue
        try:
            typed: Any = int(value) if name in ("page", "per_page") else value
            search.CaseQuery(**{name: typed}).check()
        except ValueError:
            ctx.flash("error", f"{name}: expected a number, got {value[:40]!r}; ignored")
            continue
        except IntakeError as exc:
            ctx.flash("error", f"{exc}; ignored")
            continue
        given[name] = typed
    if ctx.organisation is not None:
        given["organisation"] = ctx.organisation  # a user bound to one organisation searches only its cases
    return search.CaseQuery(**given)


def cases_page(ctx: Ctx) -> Response:
    query = case_query(ctx)
    with ctx.db() as session:
        found = search.find(session, query, utcnow().date())
    # Links to other pages and sort orders keep every filter the DPO set.
    default = dataclasses.asdict(search.CaseQuery())
    kept = {k: v for k, v in dataclasses.asdict(query).items() if v != default[k] and k not in ("page", "sort")}
    return ctx.render(
        "cases.html",
        title="Cases",
        found=found,
        query=query,
        kept=kept,
        statuses=list(CaseStatus),
        rights=list(search.RIGHTS),
        verifications=list(search.VERIFICATION_STATUSES),
        done=search.DONE,
        today=utcnow().date(),
        nobody=search.NOBODY,
        # The people who may decide, and whoever the filter names already (a name no longer in the users file).
        assignees=sorted({*ctx.people, *([query.assigned] if query.assigned not in ("", search.NOBODY) else [])}),
    )


@dataclass
class Understood:
    """One row of "what was understood": a field, its value, and the words in the mail it was read from."""

    field: str
    value: str
    evidence: list[str]


def understood(extraction: dict[str, Any] | None) -> list[Understood]:
    """The extraction as rows, each with its evidence (the same reading as `intake case`)."""
    ex = extraction or {}
    evidence: dict[str, list[str]] = {}
    for e in ex.get("evidence", []):
        evidence.setdefault(e.get("field", ""), []).append(f"{e.get('source', '')}: {e.get('text', '')}"[:300])
    confidence = ex.get("confidence", {})
    rows = []
    for key in ("kind", "language", "name", "employer"):
        value = ex.get(key)
        label = "-" if value in (None, "") else str(value)
        if key in confidence:
            label += f" (confidence {confidence[key]:.2f})"
        rows.append(Understood(key, label, evidence.get(key, [])))
    for right in ex.get("rights", []):
        rows.append(Understood("right", right, evidence.get(f"rights.{right}", [])))
    for key in ("emails", "phones", "identifiers"):
        if ex.get(key):
            rows.append(Understood(key, ", ".join(ex[key]), evidence.get(key, [])))
    for key in ("date_of_birth", "address", "agent_name", "generator"):
        if ex.get(key):
            rows.append(Understood(key, str(ex[key]), evidence.get(key, [])))
    if ex.get("missing"):
        rows.append(Understood("missing", ", ".join(ex["missing"]), ["the requester still has to supply these"]))
    return rows


def next_in_queue(session: Session, case: Case, today: date, organisation: str | None = None) -> str | None:
    """The reference after this case in the review queue (the first one when this case is not in it), for `n`."""
    refs = [item.case.reference for item in review.queue(session, today, organisation)]
    if case.reference in refs:
        refs = refs[refs.index(case.reference) + 1 :] + refs[: refs.index(case.reference)]
    return refs[0] if refs else None


def case_page(ctx: Ctx) -> Response:
    ref = ctx.request.path_params["ref"]
    today = utcnow().date()
    try:
        with ctx.db() as session:
            case = review.load(session, ref)
            drafts = review.drafts(session, case, status=None)
            messages = session.exec(select(Message).where(Message.case_id == case.id).order_by(Message.id)).all()  # type: ignore[arg-type]
            outbox = session.exec(select(Outbox).where(Outbox.case_id == case.id).order_by(Outbox.id)).all()  # type: ignore[arg-type]
            events = audit.trail(session, case.id)  # type: ignore[arg-type]
            confirmations = confirmation.of_case(session, case)
            thread = reading.conversation(session, case)
            kept = notes.of_case(session, case)
            downloads = links.of_case(session, case.id)
            following = next_in_queue(session, case, today, ctx.organisation)
    except IntakeError as exc:
        ctx.flash("error", str(exc))
        return ctx.render("refused.html", 404, title="No such case", reason="")
    return ctx.render(
        "case.html",
        title=case.reference,
        case=case,
        today=today,
        overdue=bool(case.due_on and case.due_on < today),
        understood=understood(case.extraction),
        verification=case.verification or {},
        confirmations=confirmations,
        hits=(case.decision or {}).get("hits", []),
        waiting=[d for d in drafts if d.status == DraftStatus.draft],
        earlier=[d for d in drafts if d.status != DraftStatus.draft],
        messages=messages,
        outbox=outbox,
        thread=thread,
        events=events,
        templates=[(name, catalogue.NAMES.get(name, "")) for name in reply_templates(ctx.settings)],
        next_case=following,
        close_as=CLOSE_AS,
        known_flags=KNOWN_FLAGS,
        notes=kept,
        people=ctx.people,
        downloads=downloads,
    )


def draft_page(ctx: Ctx) -> Response:
    draft_id = ctx.request.path_params["draft_id"]
    with ctx.db() as session:
        draft = db.get(session, Draft, draft_id)
        case = session.get(Case, draft.case_id) if draft else None
    if draft is None or case is None:
        ctx.flash("error", f"draft {draft_id}: no such draft")
        return ctx.render("refused.html", 404, title="No such draft", reason="")
    if draft.status != DraftStatus.draft:
        ctx.flash("error", f"draft {draft_id}: is {draft.status}, only waiting drafts can be edited")
        return ctx.redirect(f"/cases/{case.reference}")
    return ctx.render(
        "draft.html", title=f"Draft {draft.id}", draft=draft, case=case, subject=draft.subject, body=draft.body
    )


def failures_page(ctx: Ctx) -> Response:
    query = select(Message, Case.reference).join(Case, isouter=True).where(Message.status.in_(FAILED))  # type: ignore[attr-defined]
    if ctx.organisation is not None:
        query = query.where(Message.organisation == ctx.organisation)
    with ctx.db() as session:
        rows = session.exec(query.order_by(Message.id.desc())).all()  # type: ignore[union-attr]
    return ctx.render("failures.html", title="Failures", rows=rows)


ROUTES = [
    ("/", queue_page),
    ("/cases", cases_page),
    ("/cases/{ref}", case_page),
    ("/drafts/{draft_id:int}", draft_page),
    ("/failures", failures_page),
]
