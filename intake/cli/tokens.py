"""Tokens for the JSON API: `intake tokens add|list|revoke`."""

from __future__ import annotations

import json
from typing import Annotated

import typer

from intake.cli.app import app, current_actor, open_session, organisation, out
from intake.web import tokens as tokens_module

tokens_app = typer.Typer(help="Bearer tokens for the JSON API (/api/v1).", no_args_is_help=True)
app.add_typer(tokens_app, name="tokens")


@tokens_app.command("add")
def add(
    name: Annotated[str, typer.Argument(help="A name for the token; the audit trail shows it as token:NAME.")],
    role: Annotated[str, typer.Option(help="viewer (reads) or dpo (reads and decides).")] = "viewer",
) -> None:
    """Make a token and print it once: only its hash is kept, so copy it now.

    Example: intake tokens add ticketing --role viewer
    """
    with open_session() as session:
        # Bound to --organisation when given: the token then sees that organisation's cases only.
        token = tokens_module.add(session, name, role, current_actor(), organisation(required=False))
    print(token)


@tokens_app.command("list")
def list_(as_json: Annotated[bool, typer.Option("--json", help="One JSON array.")] = False) -> None:
    """Every token: name, role, made by and when, last used, revoked (never the token itself).

    Example: intake tokens list
    """
    with open_session() as session:
        rows = tokens_module.listing(session)
    data: list[dict[str, str | None]] = [
        {
            "name": t.name,
            "role": t.role,
            "created_by": t.created_by,
            "created": t.created_at.isoformat(),
            "last_used": t.last_used_at.isoformat() if t.last_used_at else None,
            "revoked": t.revoked_at.isoformat() if t.revoked_at else None,
        }
        for t in rows
    ]
    if as_json:
        print(json.dumps(data))
        return
    for t in data:
        revoked, used = t["revoked"] or "", t["last_used"] or "never"
        state = f"revoked {revoked[:10]}" if revoked else f"last used {used[:19]}"
        created = t["created"] or ""
        out.print(f"{t['name']:<24} {t['role']:<7} by {t['created_by']} {created[:10]}  {state}", highlight=False)


@tokens_app.command("revoke")
def revoke(name: Annotated[str, typer.Argument(help="The token's name.")]) -> None:
    """Revoke a token: requests carrying it are refused (401) from now on.

    Example: intake tokens revoke ticketing
    """
    with open_session() as session:
        row = tokens_module.revoke(session, name, current_actor())
    out.print(f"{row.name} revoked", highlight=False)
