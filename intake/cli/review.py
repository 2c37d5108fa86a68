"""CLI commands of the DPO's review: the queue, drafts, approval, refusal, extension, closing, digest, templates."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from intake import review as review_module
from intake.cli.app import CaseRef, app, current_actor, current_settings, err, open_session, organisation, out
from intake.errors import InputError

templates_app = typer.Typer(help="Reply templates.", no_args_is_help=True)
app.add_typer(templates_app, name="templates")


@app.command()
def review() -> None:
    """The DPO's queue: cases needing a decision, the earliest due first, overdue ones marked.

    Example: intake review
    """
    with open_session() as session:
        items = review_module.queue(session, organisation=organisation())
    if not items:
        err.print("nothing waits for you")
    for item in items:
        c = item.case
        when = f"OVERDUE by {-item.days_left} d" if item.overdue else f"{item.days_left} d left"
        flags = f"  [{', '.join(c.flags)}]" if c.flags else ""
        out.print(
            f"{c.reference}  due {c.due_on} ({when})  {c.status:<18} {item.drafts} draft(s)  {c.requester}{flags}",
            highlight=False,
        )


def _editor_text(subject: str, body: str) -> str:
    return f"Subject: {subject}\n\n{body}"


@app.command()
def draft(
    ref: CaseRef,
    edit: Annotated[bool, typer.Option("--edit", help="Edit the waiting draft in $EDITOR.")] = False,
    draft_id: Annotated[int | None, typer.Option("--draft", help="Which draft, when there are several.")] = None,
) -> None:
    """Show a case's drafts with the evidence behind them, or edit one.

    Example: intake draft DPO-2026-000001-1 --edit
    """
    import os
    import shlex
    import subprocess
    import tempfile

    with open_session() as session:
        c = review_module.load(session, ref)
        waiting = review_module.drafts(session, c)
        if not edit:
            ex = c.extraction or {}
            out.print(f"[bold]{c.reference}[/bold] {c.status}, due {c.due_on}; flags: {', '.join(c.flags) or '-'}")
            out.print(
                f"understood: rights {', '.join(ex.get('rights', [])) or '-'}; name {ex.get('name')}; "
                f"employer {ex.get('employer')}; language {ex.get('language')}",
                highlight=False,
            )
            for e in ex.get("evidence", [])[:20]:
                out.print(f"  {e['field']}: {e['source']}: {e['text'][:100]}", highlight=False, markup=False)
            ver = c.verification or {}
            out.print(f"identity: {ver.get('status')} (score {ver.get('score', 0):.2f})", highlight=False)
            for h in (c.decision or {}).get("hits", []):
                out.print(f"  rule {h['rule']}: {h['reason']}", highlight=False, markup=False)
            if not waiting:
                err.print("no draft waits for approval")
            for d in waiting:
                out.print(
                    f"\n--- draft {d.id} ({d.template}, {d.language}) to {d.to_addr}: {d.reason}", highlight=False
                )
                out.print(f"Subject: {d.subject}\n\n{d.body}", highlight=False, markup=False)
            return
        chosen = [d for d in waiting if draft_id is None or d.id == draft_id]
        if not chosen:
            raise InputError(f"{c.reference}: no waiting draft to edit (see `intake draft {c.reference}`)")
        d = chosen[0]
        with tempfile.NamedTemporaryFile("w+", suffix=".txt", delete=False, encoding="utf-8") as f:
            f.write(_editor_text(d.subject, d.body))
            path = f.name
        editor = os.environ.get("VISUAL") or os.environ.get("EDITOR") or "vi"
        subprocess.run([*shlex.split(editor), path], check=False)
        text = Path(path).read_text(encoding="utf-8")
        os.unlink(path)
        head, _, body = text.partition("\n\n")
        if not head.startswith("Subject:"):
            raise InputError("the edited draft must start with 'Subject: ...' and a blank line; nothing changed")
        review_module.edit(session, d.id, head.removeprefix("Subject:").strip(), body, current_actor())  # type: ignore[arg-type]
    err.print(f"draft {d.id} saved; send it with: intake approve {c.reference}")


@app.command()
def approve(
    refs: Annotated[
        list[str], typer.Argument(help="Case reference(s) (DPO-2026-000123-7) or id(s).", show_default=False)
    ],
    draft_id: Annotated[int | None, typer.Option("--draft", help="Approve only this draft.")] = None,
    override_check: Annotated[
        str | None,
        typer.Option(
            "--override-check",
            help="Send even though the text lacks a required clause or discloses too much; your reason is audited.",
        ),
    ] = None,
) -> None:
    """Approve the waiting drafts of one case or several: they go to the outbox, threaded, From the DPO address.

    The text as it will leave is checked again for the clauses its letter requires and, for a requester not yet
    verified, for anything telling whether we hold data; a draft that fails is not approved unless you override.
    Several cases are approved one after the other, each in its own transaction: one refused stops the rest.

    Example: intake --as "A. DPO" approve DPO-2026-000001-1
    Example: intake approve DPO-2026-000001-1 DPO-2026-000002-9
    Example: intake approve DPO-2026-000001-1 --override-check "Authority named in the attached letter"
    """
    if len(refs) > 1 and (draft_id is not None or override_check is not None):
        raise InputError("--draft and --override-check concern one case: give only its reference")
    total = 0
    for ref in refs:
        with open_session() as session:
            done = review_module.approve(session, current_settings(), ref, current_actor(), draft_id, override_check)
        total += len(done)
        if len(refs) > 1:
            err.print(f"{ref}: {len(done)} draft(s) approved", highlight=False)
    err.print(f"{total} draft(s) approved and queued for sending")


@app.command()
def reject(
    ref: CaseRef,
    reason: Annotated[str, typer.Option("--reason", help="Why, in words the requester will read.")],
) -> None:
    """Refuse a request: drafts the refusal with your reasons and the right to complain; approve it to send.

    Example: intake reject DPO-2026-000001-1 --reason "The same request was answered on 3 May."
    """
    with open_session() as session:
        d = review_module.reject(session, current_settings(), ref, reason, current_actor())
    err.print(f"refusal drafted (draft {d.id}); read it with `intake draft {ref}`, send it with `intake approve {ref}`")


@app.command()
def reply(
    ref: CaseRef,
    template: Annotated[str, typer.Option("--template", help="Template name, e.g. access or completion.")],
) -> None:
    """Draft a reply from any template, to edit and approve.

    Example: intake reply DPO-2026-000001-1 --template completion
    """
    with open_session() as session:
        d = review_module.reply(session, current_settings(), ref, template, current_actor())
    err.print(f"draft {d.id} created; edit with `intake draft {ref} --edit`, send with `intake approve {ref}`")


@app.command()
def extend(
    ref: CaseRef,
    reason: Annotated[str, typer.Option("--reason", help="Why more time is needed (told to the requester).")],
) -> None:
    """Extend the deadline where the law allows it, and draft the notice to the requester.

    Example: intake extend DPO-2026-000001-1 --reason "Your request covers ten years of records."
    """
    with open_session() as session:
        d = review_module.extend(session, current_settings(), ref, reason, current_actor())
        c = review_module.load(session, ref)
    err.print(f"now due {c.due_on}: {c.due_explanation}")
    err.print(f"extension notice drafted (draft {d.id}); send it with `intake approve {ref}`")


@app.command()
def close(
    ref: CaseRef,
    status: Annotated[str, typer.Option("--status", help="closed, withdrawn or spam.")] = "closed",
) -> None:
    """Close a case (or mark it withdrawn or spam); waiting drafts are discarded.

    Example: intake close DPO-2026-000001-1
    """
    if status not in {"closed", "withdrawn", "spam"}:
        raise InputError(f"--status: expected closed, withdrawn or spam, got {status!r}")
    with open_session() as session:
        c = review_module.close(session, ref, current_actor(), status)
    err.print(f"{c.reference} is {c.status}")


@app.command()
def flag(
    ref: CaseRef,
    name: Annotated[str, typer.Argument(help="Flag to record, e.g. authority_checked.")],
) -> None:
    """Record a finding on a case, e.g. that an agent's proof of authority was checked.

    Example: intake flag DPO-2026-000001-1 authority_checked
    """
    with open_session() as session:
        c = review_module.flag(session, ref, name, current_actor())
    err.print(f"{c.reference}: flags {', '.join(c.flags)}")


@app.command()
def confirm(
    ref: CaseRef,
    subject: Annotated[
        str | None, typer.Option("--subject", help="The record whose address is asked (default: the case's own).")
    ] = None,
) -> None:
    """Ask the address on record to confirm the case's request: a one-time code it answers by replying.

    Example: intake confirm DPO-2026-000001-1
    """
    with open_session() as session:
        c = review_module.confirm(session, current_settings(), ref, current_actor(), subject)
    err.print(f"{c.reference}: the address on record was asked to confirm; its reply verifies the case")


@app.command()
def digest(
    force: Annotated[bool, typer.Option("--force", help="Send even if sent today or nothing is due.")] = False,
    show: Annotated[bool, typer.Option("--print", help="Print the digest instead of mailing it.")] = False,
) -> None:
    """Mail the DPO the cases due within 7 days and the overdue ones (`intake run` does it daily).

    Example: intake digest --print
    """
    from intake.models import utcnow
    from intake.outbox import digest as digest_module

    org = organisation()
    with open_session() as session:
        if show:
            today = utcnow().date()
            print(digest_module.text(*digest_module.due_soon(session, today, organisation=org), today), end="")
            return
        row = digest_module.send_digest(session, current_settings(), force=force)
    err.print("digest queued" if row else "nothing to send (already sent today, or nothing due)")


@templates_app.command("check")
def templates_check() -> None:
    """Render every template in every language with sample data and check the clauses the law requires.

    Example: INTAKE_TEMPLATES_DIR=my-templates intake templates check
    """
    from intake.letters import catalogue

    settings = current_settings()
    problems = catalogue.check(settings)
    # The table first: letters x languages, what passes and what is missing, before the problems line by line.
    out.print(catalogue.table(problems, settings), highlight=False, markup=False)
    for problem in problems:
        out.print(str(problem), highlight=False, markup=False)
    if problems:
        raise typer.Exit(1)
    err.print("all templates render and carry the required clauses")
