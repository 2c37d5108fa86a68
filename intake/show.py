"""The case view for a terminal: what was understood, with the evidence for each field, then the trail."""

from __future__ import annotations

from typing import Any

from rich.console import Console
from rich.table import Table


def print_case(console: Console, data: dict[str, Any]) -> None:
    console.print(f"[bold]{data['reference']}[/bold]  {data['status']}  requester {data['requester']}", highlight=False)
    console.print(f"received {data['received']}  due {data['due']}", highlight=False)
    if data.get("due_explanation"):
        console.print(f"  {data['due_explanation']}", highlight=False)
    if data.get("flags"):
        console.print(f"flags: {', '.join(data['flags'])}", highlight=False)
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
            table.add_row(key, label, "\n".join(evidence.get(key, [])))
        for right in ex.get("rights", []):
            table.add_row("right", right, "\n".join(evidence.get(f"rights.{right}", [])))
        for key in ("emails", "phones", "identifiers"):
            if ex.get(key):
                table.add_row(key, ", ".join(ex[key]), "")
        for key in ("date_of_birth", "address", "agent_name", "generator"):
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
