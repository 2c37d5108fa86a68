"""Assignment and internal notes from the case page: each form calls one function of intake.notes, as the CLI does."""

from __future__ import annotations

from sqlmodel import Session
from starlette.responses import Response

from intake import notes
from intake.web.actions import _decide
from intake.web.context import Ctx


def assign(ctx: Ctx) -> Response:
    def work(session: Session, ref: str) -> str:
        case = notes.assign(session, ref, ctx.form.get("user", ""), ctx.user)
        return f"Assigned to {case.assigned_to}." if case.assigned_to else "Assigned to nobody."

    return _decide(ctx, work)


def note(ctx: Ctx) -> Response:
    def work(session: Session, ref: str) -> str:
        notes.add(session, ref, ctx.form.get("text", ""), ctx.user)
        return "Note kept (internal: it is never sent)."

    return _decide(ctx, work)


ROUTES = [
    ("/cases/{ref}/assign", assign),
    ("/cases/{ref}/note", note),
]
