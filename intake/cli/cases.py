"""The cases in a terminal: one line per case, and one case whole with the evidence for each field and its trail."""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.table import Table
from sqlmodel import select

from intake import audit, byhand, confirmation, search, store
from intake import review as review_module
from intake.cli.app import (
    _own_case,
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
from intake.errors import InputError
from intake.models import Case, Message, Outbox, utcnow


def _case_row(case: Case) -> dict[str, Any]:
    return {
        "id": case.id,
        "reference": case.reference,
        "status": case.status,
        "requester": case.requester,
        "requester_name": case.requester_name,
        "language": case.language,
        "rights": (case.extraction or {}).get("rights", []),
        "flags": case.flags,
        "verification": (case.verification or {}).get("status"),
        "received": case.received_at,
        "due": case.due_on,
        "assigned_to": case.assigned_to,
    }


@app.command()
def cases(
    as_json: Annotated[bool, typer.Option("--json", help="One JSON array of every matching case.")] = False,
    q: Annotated[
        str, typer.Option("--q", "-q", help="Text in the reference, requester name or address, subject.")
    ] = "",
    status: Annotated[str, typer.Option(help="Only cases in this status.")] = "",
    right: Annotated[str, typer.Option(help="Only cases asking for this right (erasure, access...).")] = "",
    language: Annotated[str, typer.Option(help="Only cases in this language (en, de...).")] = "",
    flag: Annotated[str, typer.Option(help="Only cases with this flag (authority_checked...).")] = "",
    verification: Annotated[str, typer.Option(help="Only cases whose identity check says this.")] = "",
    due: Annotated[str, typer.Option(help="overdue, or week (due within 7 days, overdue included).")] = "",
    assigned: Annotated[
        str, typer.Option(help="Only cases assigned to this user; - for those assigned to nobody.")
    ] = "",
    sort: Annotated[str, typer.Option(help="newest (first) or due (earliest due first).")] = "newest",
) -> None:
    """List cases, newest first, with the same search and filters as the cases page.

    Example: intake cases --right erasure --due week --json

    Example: intake cases --assigned alice
    """
    query = search.CaseQuery(
        q=q,
        status=status,
        right=right,
        language=language,
        flag=flag,
        verification=verification,
        due=due,
        assigned=assigned,
        sort=sort,
        organisation=organisation() or "",
    ).check()
    with open_session() as session:
        rows = search.everything(session, query, utcnow().date())
        failed = store.failure_count(session, organisation())
    if as_json:
        print(
            json.dumps([_jsonable_row({**_case_row(c), "subject": subject}) for c, subject in rows], ensure_ascii=False)
        )
        return
    for case, _subject in rows:
        due_on = case.due_on.isoformat() if case.due_on else "-"
        who = case.assigned_to or "-"
        out.print(f"{case.reference}  {case.status:<18} due {due_on}  {who:<12} {case.requester}", highlight=False)
    if failed:
        err.print(f"{failed} message(s) failed or quarantined: see `intake failures`")


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise InputError(f"--received: {text!r} is not a day (YYYY-MM-DD)") from None


def _jsonable_row(row: dict[str, Any]) -> dict[str, Any]:
    return {k: v.isoformat() if isinstance(v, date | datetime) else v for k, v in row.items()}


@app.command()
def case(
    ref: Annotated[str, typer.Argument(help="Case reference (DPO-2026-000123-7) or id; `new` opens one by hand.")],
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object.")] = False,
    from_: Annotated[str, typer.Option("--from", help="new: the requester's address, if they gave one.")] = "",
    name: Annotated[str, typer.Option(help="new: the requester's name.")] = "",
    rights: Annotated[str, typer.Option(help="new: rights asked for, comma-separated (access,erasure).")] = "",
    received: Annotated[
        str, typer.Option(help="new: the day the request arrived, YYYY-MM-DD (default today); the clock runs from it.")
    ] = "",
    language: Annotated[str, typer.Option(help="new: the language to answer in (de...).")] = "",
    employer: Annotated[str, typer.Option(help="new: the requester's employer.")] = "",
    via: Annotated[str, typer.Option(help="new: post, phone, in_person or other.")] = "post",
    note: Annotated[str, typer.Option(help="new: how it arrived, in your words (kept in the audit trail).")] = "",
) -> None:
    """Show one case: what was understood, its messages, its outbox and its audit trail; or open one by hand.

    `intake case new` opens a case for a request received by post, phone or in person: verified, decided and
    drafted as a mail's would be, its deadline counted from --received.

    Example: intake case DPO-2026-000001-7

    Example: intake case new --from jane@example.com --name "Jane Doe" --rights access,erasure --received 2026-12-01
    """
    organisation()  # with several organisations, the case (new or shown) is one's: --organisation says whose
    if ref != "new":
        _own_case(ref)
    if ref == "new":
        stated = byhand.HandRequest(
            name=name,
            rights=rights.split(","),
            address=from_,
            employer=employer,
            language=language,
            received=_day(received) if received else None,
            via=via,
            note=note,
        )
        with open_session() as session:
            opened = byhand.open_case(session, current_settings(), stated, current_actor())
            if as_json:
                print_json(_case_row(opened))
            else:
                out.print(f"{opened.reference}  {opened.status}  due {opened.due_on}", highlight=False)
        return
    if from_ or name or rights or received or employer or note:
        raise InputError("--from, --name, --rights...: only with `intake case new`")
    with open_session() as session:
        c = review_module.load(session, ref)
        messages = session.exec(select(Message).where(Message.case_id == c.id).order_by(Message.id)).all()  # type: ignore[arg-type]
        outbox = session.exec(select(Outbox).where(Outbox.case_id == c.id).order_by(Outbox.id)).all()  # type: ignore[arg-type]
        events = audit.trail(session, c.id)  # type: ignore[arg-type]
        asked = confirmation.of_case(session, c)
    data = {
        **_case_row(c),
        "requester_name": c.requester_name,
        "language": c.language,
        "jurisdiction": c.jurisdiction,
        "due_explanation": c.due_explanation,
        "flags": c.flags,
        "extraction": c.extraction,
        "verification": c.verification,
        "decision": c.decision,
        "confirmations": [
            {
                "id": q.id,
                "status": q.status,
                "requested_by": q.requested_by,
                "asked": q.created_at.isoformat(),
                "expires": q.expires_at.isoformat(),
                "answered": q.answered_at.isoformat() if q.answered_at else None,
                "wrong_codes": q.wrong_codes,
            }
            for q in asked
        ],
        "messages": [message_row(m) for m in messages],
        "outbox": [
            {"id": o.id, "purpose": o.purpose, "to": o.rcpt_to, "subject": o.subject, "status": o.status}
            for o in outbox
        ],
        "events": [{"at": e.at.isoformat(), "actor": e.actor, "action": e.action, "detail": e.detail} for e in events],
    }
    if as_json:
        print_json(data)
        return
    print_case(out, data)


def print_case(console: Console, data: dict[str, Any]) -> None:
    console.print(f"[bold]{data['reference']}[/bold]  {data['status']}  requester {data['requester']}", highlight=False)
    console.print(f"received {data['received']}  due {data['due']}", highlight=False)
    if data.get("due_explanation"):
        console.print(f"  {data['due_explanation']}", highlight=False)
    if data.get("flags"):
        console.print(f"flags: {', '.join(data['flags'])}", highlight=False)
    if data.get("assigned_to"):
        console.print(f"assigned to {data['assigned_to']}", highlight=False, markup=False)
    ex = data.get("extraction") or {}
    if ex:
        table = Table(title="Understood", show_lines=False)
        table.add_column("field")
        table.add_column("value")
        table.add_column("evidence")
        evidence: dict[str, list[str]] = {}
        for e in ex.get("evidence", []):
            evidence.setdefault(e["field"], []).append(f"{e['source']}: {e['text']}"[:120])
        conf = ex.get("confidence", {})
        for key in ("kind", "language", "name", "employer"):
            value = ex.get(key)
            label = f"{value}" + (f" ({conf[key]:.2f})" if key in conf else "")
            # When someone writes for the data subject, the name and employer are the subject's, not the writer's.
            row = {"name": "data subject", "employer": "subject's employer"}.get(key, key) if ex.get("agent") else key
            table.add_row(row, label, "\n".join(evidence.get(key, [])))
        if ex.get("agent"):
            writer = ex.get("agent_name") or "(not named)"
            via = f" via {ex['generator']}" if ex.get("generator") and ex["generator"] != writer else ""
            table.add_row("agent", f"{writer}{via}", "writes on the data subject's behalf")
        for right in ex.get("rights", []):
            table.add_row("right", right, "\n".join(evidence.get(f"rights.{right}", [])))
        for key in ("emails", "phones", "identifiers"):
            if ex.get(key):
                table.add_row(key, ", ".join(ex[key]), "")
        for key in ("date_of_birth", "address") if ex.get("agent") else ("date_of_birth", "address", "generator"):
            if ex.get(key):
                table.add_row(key, str(ex[key]), "")
        if ex.get("missing"):
            table.add_row("missing", ", ".join(ex["missing"]), "the requester still has to supply these")
        console.print(table)
    ver = data.get("verification") or {}
    if ver:
        console.print(f"verification: {ver.get('status')} score {ver.get('score', 0):.3f}", highlight=False)
        for e in ver.get("evidence", []):
            console.print(
                f"  {e['field']}: {e['request_value']} ~ {e['record_value']} ({e['comparator']} {e['score']:.2f})",
                highlight=False,
            )
        for reason in ver.get("reasons", []):
            console.print(f"  - {reason}", highlight=False)
    for q in data.get("confirmations", []):
        answered = f", answered {q['answered'][:10]}" if q.get("answered") else ""
        console.print(
            f"confirmation #{q['id']} to the address on record: {q['status']} (asked {q['asked'][:10]} by "
            f"{q['requested_by']}, expires {q['expires'][:10]}{answered})",
            highlight=False,
        )
    console.print("[bold]messages[/bold]")
    for m in data.get("messages", []):
        console.print(
            f"  #{m['id']} {m['status']} {m['kind']} {m['subject'] or ''}  {m['reason'] or ''}", highlight=False
        )
    if data.get("outbox"):
        console.print("[bold]outbox[/bold]")
        for o in data["outbox"]:
            console.print(f"  #{o['id']} {o['purpose']} -> {o['to']} {o['status']}: {o['subject']}", highlight=False)
    console.print("[bold]audit trail[/bold]")
    for e in data.get("events", []):
        console.print(f"  {e['at'][:19]} {e['actor']:<10} {e['action']} {e['detail'] or ''}", highlight=False)
