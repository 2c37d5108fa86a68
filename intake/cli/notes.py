"""CLI commands of a case's handling: assign it to a user, keep and read internal notes (never sent)."""

from __future__ import annotations

import json
from typing import Annotated

import typer

from intake import notes as notes_module
from intake import review as review_module
from intake.cli.app import CaseRef, app, current_actor, err, open_session, out


@app.command()
def assign(
    ref: CaseRef,
    user: Annotated[str, typer.Argument(help="Who handles the case; an empty string assigns it to nobody.")],
) -> None:
    """Assign a case to a user (the web face's user names), audited.

    Example: intake assign DPO-2026-000001-1 alice
    """
    with open_session() as session:
        case = notes_module.assign(session, ref, user, current_actor())
    err.print(f"{case.reference}: assigned to {case.assigned_to or 'nobody'}")


@app.command()
def note(
    ref: CaseRef,
    text: Annotated[str | None, typer.Argument(help="The note; without it, the case's notes are listed.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="The notes as one JSON array.")] = False,
) -> None:
    """Keep an internal note on a case (never sent to anyone, audited), or list its notes.

    Example: intake note DPO-2026-000001-1 "Called the requester; the mandate is in the post."
    """
    with open_session() as session:
        if text is not None:
            kept = notes_module.add(session, ref, text, current_actor())
            err.print(f"note {kept.id} kept")
            return
        case = review_module.load(session, ref)
        found = notes_module.of_case(session, case)
    if as_json:
        rows = [{"id": n.id, "author": n.author, "at": n.created_at.isoformat(), "text": n.text} for n in found]
        print(json.dumps(rows, ensure_ascii=False))
        return
    for n in found:
        out.print(f"{n.created_at:%Y-%m-%d %H:%M} {n.author}: {n.text}", highlight=False, markup=False)
    if not found:
        err.print(f"{case.reference}: no notes")
