"""The DPO's decisions from the web: each form calls exactly one function of intake.review, as the CLI does."""

from __future__ import annotations

from collections.abc import Callable
from urllib.parse import quote

from sqlmodel import Session
from starlette.responses import Response

from intake import db, review, store
from intake.errors import InputError, IntakeError
from intake.fulfil import links
from intake.models import Case, Draft, Message
from intake.web.context import Ctx
from intake.web.pages import CLOSE_AS, reply_templates


def _case_url(ref: str) -> str:
    return f"/cases/{quote(ref, safe='')}"


def _decide(ctx: Ctx, work: Callable[[Session, str], str]) -> Response:
    """Run one review function for the case in the URL; its error becomes a notice on the case page, never a 500."""
    ref = ctx.request.path_params["ref"]
    with ctx.db() as session:
        try:
            ctx.flash("info", work(session, ref))
        except IntakeError as exc:
            # Review functions commit only at their end; whatever they changed before failing is dropped.
            session.rollback()
            ctx.flash("error", str(exc))
    return ctx.redirect(_case_url(ref))


def _draft_id(ctx: Ctx) -> int | None:
    raw = ctx.form.get("draft_id", "").strip()
    if not raw:
        return None
    if not raw.isdigit():
        raise InputError(f"draft {raw!r}: not a draft number")
    return int(raw)


def approve(ctx: Ctx) -> Response:
    def work(session: Session, ref: str) -> str:
        # An empty field is no override: the check stands unless the DPO writes a reason.
        override = ctx.form.get("override_check", "").strip() or None
        done = review.approve(session, ctx.settings, ref, ctx.user, _draft_id(ctx), override)
        return f"{len(done)} draft(s) approved and queued for sending."

    return _decide(ctx, work)


def reject(ctx: Ctx) -> Response:
    def work(session: Session, ref: str) -> str:
        draft = review.reject(session, ctx.settings, ref, ctx.form.get("reason", ""), ctx.user)
        return f"Refusal drafted (draft {draft.id}); read it below, then approve it to send."

    return _decide(ctx, work)


def reply(ctx: Ctx) -> Response:
    def work(session: Session, ref: str) -> str:
        template = ctx.form.get("template", "")
        # Only names offered in the form: anything else would reach the template loader as a path.
        if template not in reply_templates(ctx.settings):
            raise InputError(f"template {template!r}: not one of the reply templates")
        draft = review.reply(session, ctx.settings, ref, template, ctx.user)
        return f"Draft {draft.id} created from {template}; edit it, then approve it."

    return _decide(ctx, work)


def extend(ctx: Ctx) -> Response:
    def work(session: Session, ref: str) -> str:
        draft = review.extend(session, ctx.settings, ref, ctx.form.get("reason", ""), ctx.user)
        case = review.load(session, ref)
        return f"Now due {case.due_on}; extension notice drafted (draft {draft.id})."

    return _decide(ctx, work)


def close(ctx: Ctx) -> Response:
    def work(session: Session, ref: str) -> str:
        status = ctx.form.get("status", "closed")
        if status not in CLOSE_AS:
            raise InputError(f"status: expected one of {', '.join(CLOSE_AS)}, got {status!r}")
        case = review.close(session, ref, ctx.user, status)
        return f"{case.reference} is {case.status}."

    return _decide(ctx, work)


def flag(ctx: Ctx) -> Response:
    def work(session: Session, ref: str) -> str:
        name = ctx.form.get("name", "").strip()
        if not name or len(name) > 64 or not all(c.isalnum() or c == "_" for c in name):
            raise InputError("flag: a name of letters, digits and underscores, e.g. authority_checked")
        case = review.flag(session, ref, name, ctx.user)
        return f"{case.reference}: flags {', '.join(case.flags)}."

    return _decide(ctx, work)


def confirm(ctx: Ctx) -> Response:
    def work(session: Session, ref: str) -> str:
        case = review.confirm(session, ctx.settings, ref, ctx.user)
        return f"{case.reference}: the address on record was asked to confirm; its reply verifies the case."

    return _decide(ctx, work)


def revoke_link(ctx: Ctx) -> Response:
    def work(session: Session, ref: str) -> str:
        case = review.load(session, ref)
        n = links.revoke_by_hand(session, case, str(ctx.request.path_params["download_id"]), ctx.user)
        session.commit()
        return f"{n} download link(s) revoked; the export is deleted and the link answers 404."

    return _decide(ctx, work)


def edit(ctx: Ctx) -> Response:
    """Save an edited draft; on an error the editor comes back with the text as typed, so nothing is lost."""
    draft_id = ctx.request.path_params["draft_id"]
    # Browsers send CRLF line ends from a textarea; the letter is stored with plain newlines like the templates.
    subject = ctx.form.get("subject", "").strip()
    body = ctx.form.get("body", "").replace("\r\n", "\n")
    with ctx.db() as session:
        try:
            draft = review.edit(session, draft_id, subject, body, ctx.user)
            case = session.get(Case, draft.case_id)
        except IntakeError as exc:
            session.rollback()
            ctx.flash("error", str(exc))
            again = db.get(session, Draft, draft_id)
            if again is None:
                return ctx.render("refused.html", 404, title="No such draft", reason="")
            draft = again
            case = session.get(Case, draft.case_id)
            return ctx.render(
                "draft.html", 400, title=f"Draft {draft_id}", draft=draft, case=case, subject=subject, body=body
            )
    ctx.flash("info", f"Draft {draft_id} saved.")
    return ctx.redirect(_case_url(case.reference if case else ""))


def retry(ctx: Ctx) -> Response:
    """Queue a failed or quarantined message again (`intake retry ID`), after its cause was fixed."""
    message_id = ctx.request.path_params["message_id"]
    with ctx.db() as session:
        message = db.get(session, Message, message_id)
        try:
            if message is None:
                raise InputError(f"message {message_id}: not stored")
            store.requeue(session, message, ctx.user)
            ctx.flash("info", f"Message {message_id} queued again.")
        except IntakeError as exc:
            session.rollback()
            ctx.flash("error", str(exc))
    return ctx.redirect("/failures")


ROUTES = [
    ("/messages/{message_id:int}/retry", retry),
    ("/cases/{ref}/approve", approve),
    ("/cases/{ref}/reject", reject),
    ("/cases/{ref}/reply", reply),
    ("/cases/{ref}/extend", extend),
    ("/cases/{ref}/close", close),
    ("/cases/{ref}/flag", flag),
    ("/cases/{ref}/confirm", confirm),
    ("/cases/{ref}/links/{download_id:int}/revoke", revoke_link),
    ("/drafts/{draft_id:int}", edit),
]
