"""CLI commands of fulfilment and accountability: holds, rectifications, links, the purge, the audit, the register."""

from __future__ import annotations

import sys
from datetime import date
from typing import Annotated

import typer

from intake import audit as audit_module
from intake import review as review_module
from intake.cli.app import CaseRef, app, current_actor, current_settings, err, open_session, organisation, out
from intake.errors import InputError
from intake.fulfil import holds, links
from intake.fulfil import purge as purge_module
from intake.fulfil import register as register_module

audit_app = typer.Typer(help="The tamper-evident audit trail.", no_args_is_help=True)
app.add_typer(audit_app, name="audit")
register_app = typer.Typer(help="The register of requests, for accountability.", no_args_is_help=True)
app.add_typer(register_app, name="register")


def _date(value: str | None, option: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise InputError(f"{option} {value!r}: expected a date like 2027-06-30") from None


@app.command()
def hold(
    subject: Annotated[str | None, typer.Argument(help="The subject_id to hold (or release).")] = None,
    reason: Annotated[str | None, typer.Option("--reason", help="Why the record must be kept.")] = None,
    until: Annotated[str | None, typer.Option("--until", help="Last day of the hold (YYYY-MM-DD); none: open.")] = None,
    release: Annotated[bool, typer.Option("--release", help="End the subject's holds now.")] = False,
    list_: Annotated[bool, typer.Option("--list", help="List the holds in force.")] = False,
) -> None:
    """Keep a subject's record from erasure and purge (a legal hold), release it, or list the holds.

    Example: intake hold S-1001 --reason "claim 2026/17 pending" --until 2027-06-30
    """
    with open_session() as session:
        if list_ or subject is None:
            for h in holds.active(session):
                end = h.until.isoformat() if h.until else "no end date"
                out.print(f"{h.subject_id}  until {end}  by {h.created_by}  {h.reason}", highlight=False)
            return
        if release:
            n = holds.release(session, subject, current_actor())
            err.print(f"{subject}: {n} hold(s) released")
            return
        placed = holds.place(session, subject, reason or "", current_actor(), _date(until, "--until"))
    err.print(f"{subject}: held until {placed.until or 'released'}")


@app.command()
def rectify(
    ref: CaseRef,
    changes: Annotated[list[str], typer.Argument(help="FIELD=VALUE, one or more (name, address, phone...).")],
) -> None:
    """Set what a waiting rectification draft changes in the record on approval, and draft its letter again.

    Example: intake rectify DPO-2026-000001-1 "address=2 New Street, Leeds"
    """
    wanted: dict[str, str] = {}
    for item in changes:
        name, sep, value = item.partition("=")
        if not sep or not value.strip():
            raise InputError(f"{item!r}: expected FIELD=VALUE")
        wanted[name.strip()] = value.strip()
    with open_session() as session:
        draft = review_module.rectify(session, current_settings(), ref, wanted, current_actor())
    err.print(f"draft {draft.id}: {', '.join(sorted(wanted))} will change on approval (intake draft {ref})")


@app.command("links")
def links_(
    ref: CaseRef,
    revoke: Annotated[
        str | None, typer.Option("--revoke", help="A link's number, or all: its export is deleted, the link dies.")
    ] = None,
) -> None:
    """List a case's download links (number, files, expiry, downloads), or revoke one or all of them, audited.

    Example: intake links DPO-2026-000001-1 --revoke all
    """
    with open_session() as session:
        case = review_module.load(session, ref)
        if revoke is not None:
            n = links.revoke_by_hand(session, case, revoke, current_actor())
            session.commit()
            err.print(f"{case.reference}: {n} download link(s) revoked; they answer 404 from now on")
            return
        for row in links.of_case(session, case.id):
            files = ", ".join(sorted(row.files))
            out.print(
                f"{row.id}  {files}  expires {row.expires_at:%Y-%m-%d %H:%M}  downloaded {row.downloads}x",
                highlight=False,
            )


@app.command()
def purge(
    dry_run: Annotated[bool, typer.Option("--dry-run", help="Count what would go; change nothing.")] = False,
) -> None:
    """Apply the retention rules now: expired accounts removed, suspended ones closed, old cases reduced.

    Example: intake purge --dry-run
    """
    with open_session() as session:
        report = purge_module.purge(session, current_settings(), dry_run=dry_run)
    verb = "would be" if dry_run else "were"
    counts = report.counts()
    out.print(
        f"{counts['expired_removed']} expired account(s), {counts['suspended_expired']} suspended account(s) closed, "
        f"{counts['cases_reduced']} case(s) reduced to the register, {counts['messages_deleted']} mail(s) deleted: "
        f"these {verb} purged",
        highlight=False,
    )
    if report.held:
        out.print(f"held, left alone: {', '.join(report.held)}", highlight=False)


@audit_app.command("verify")
def audit_verify() -> None:
    """Check the audit trail's hash chain: exit 0 when intact, 1 naming the first event edited, deleted or moved.

    Example: intake audit verify
    """
    with open_session() as session:
        checked, found = audit_module.verify(session)
    if found is not None:
        err.print(f"audit trail broken at {found} ({checked} events read)", highlight=False)
        raise typer.Exit(1)
    out.print(f"audit trail intact: {checked} events chained")


@register_app.command("export")
def register_export(
    fmt: Annotated[str, typer.Option("--format", help="csv or json.")] = "csv",
    since: Annotated[str | None, typer.Option("--since", help="Only requests received from this day on.")] = None,
) -> None:
    """Every request with its rights, verification, decision, dates, days taken, deadline and approver.

    Example: intake register export --format json --since 2026-01-01 > register.json
    """
    if fmt not in {"csv", "json"}:
        raise InputError(f"--format {fmt!r}: use csv or json")
    with open_session() as session:
        found = register_module.rows(session, _date(since, "--since"), organisation())
    register_module.write(sys.stdout, found, fmt)
    err.print(f"{len(found)} request(s)")
