"""The stored mail in the web face: every message listed, one read, its attachments and raw source downloaded."""

from __future__ import annotations

from urllib.parse import quote

from sqlmodel import select
from starlette.responses import Response

from intake import byhand, cases, reading, review
from intake.errors import IntakeError
from intake.models import Case, Message
from intake.outbox import redact
from intake.understand import RIGHTS
from intake.web.context import Ctx

MESSAGES_SHOWN = 500
# A stranger's HTML is shown inside this page: on top of the site's policy, this one loads no image, font, frame
# or script from anywhere, not even from this site, and lets a form go nowhere.
READING_POLICY = (
    "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
)


def messages_page(ctx: Ctx) -> Response:
    query = select(Message, Case.reference).join(Case, isouter=True)
    if ctx.organisation is not None:
        query = query.where(Message.organisation == ctx.organisation)
    with ctx.db() as session:
        rows = session.exec(
            query.order_by(Message.id.desc()).limit(MESSAGES_SHOWN + 1)  # type: ignore[union-attr]
        ).all()
    return ctx.render("messages.html", title="Messages", rows=rows[:MESSAGES_SHOWN], more=len(rows) > MESSAGES_SHOWN)


def _missing(ctx: Ctx, exc: IntakeError) -> Response:
    ctx.flash("error", str(exc))
    return ctx.render("refused.html", 404, title="No such message", reason="")


def message_page(ctx: Ctx) -> Response:
    message_id = ctx.request.path_params["message_id"]
    try:
        with ctx.db() as session:
            view = reading.read(session, ctx.settings, message_id)
            stored = session.get(Message, message_id)
            case = session.get(Case, view.case_id) if view.case_id else None
            first = cases.first_message(session, case) if case else None
    except IntakeError as exc:
        return _missing(ctx, exc)
    # What the DPO can do about how the message was read: make a case of one that opened none, or undo a case
    # this very message opened while nothing in it was answered (review.not_a_request refuses the rest anyway).
    marked = stored is not None and review.NOT_A_REQUEST in stored.flags
    response = ctx.render(
        "message.html",
        title=f"Message {message_id}",
        m=view,
        stored=stored,
        case=case,
        rights=RIGHTS,
        can_open=case is None and view.status == "processed",
        can_undo=not marked
        and (case is None or (first is not None and first.id == view.id and case.status in review.OPEN_TO_UNDO)),
    )
    response.headers["content-security-policy"] = READING_POLICY
    return response


def _download(data: bytes, filename: str, media_type: str) -> Response:
    # Always a download, never shown by the browser: an attached HTML or SVG file would run on this site.
    disposition = f"attachment; filename=\"{filename.encode('ascii', 'replace').decode()}\"; filename*=UTF-8''"
    disposition += quote(filename, safe="")
    return Response(
        data, media_type=media_type, headers={"content-disposition": disposition, "content-security-policy": "sandbox"}
    )


def attachment_file(ctx: Ctx) -> Response:
    message_id, number = ctx.request.path_params["message_id"], ctx.request.path_params["number"]
    try:
        with ctx.db() as session:
            raw = reading.load(session, message_id).raw
        found, data = reading.attachment(raw, number)
    except IntakeError as exc:
        return _missing(ctx, exc)
    return _download(data, found.filename, "application/octet-stream")


def raw_file(ctx: Ctx) -> Response:
    message_id = ctx.request.path_params["message_id"]
    try:
        with ctx.db() as session:
            raw = reading.load(session, message_id).raw
    except IntakeError as exc:
        return _missing(ctx, exc)
    if not ctx.can_act:
        # A viewer reads the record masked: a download token quoted in the mail would open it unmasked.
        raw = redact.download_tokens(raw)
    return _download(raw, f"message-{message_id}.eml", "message/rfc822")


def open_case(ctx: Ctx) -> Response:
    """Make a case of a message that opened none (`intake message ID --open-case`), then show the case."""
    message_id = ctx.request.path_params["message_id"]
    rights = [r for r in RIGHTS if ctx.form.get(f"right_{r}") == "on"]
    with ctx.db() as session:
        try:
            case = byhand.open_from_message(session, ctx.settings, message_id, ctx.user, rights)
        except IntakeError as exc:
            session.rollback()
            ctx.flash("error", str(exc))
            return ctx.redirect(f"/messages/{message_id}")
        ctx.flash("info", f"{case.reference} opened from message {message_id}; it is due {case.due_on}.")
        return ctx.redirect(f"/cases/{quote(case.reference or '', safe='')}")


def not_request(ctx: Ctx) -> Response:
    """Mark a message as no request (`intake message ID --not-request`); a case it opened is closed as spam."""
    message_id = ctx.request.path_params["message_id"]
    with ctx.db() as session:
        try:
            case = review.not_a_request(session, message_id, ctx.user)
            done = f"; {case.reference} closed as {case.status}" if case else ""
            ctx.flash("info", f"Message {message_id} marked as not a request{done}.")
        except IntakeError as exc:
            session.rollback()
            ctx.flash("error", str(exc))
    return ctx.redirect(f"/messages/{message_id}")


ACTIONS = [
    ("/messages/{message_id:int}/case", open_case),
    ("/messages/{message_id:int}/not-request", not_request),
]
ROUTES = [
    ("/messages", messages_page),
    ("/messages/{message_id:int}", message_page),
    ("/messages/{message_id:int}/raw", raw_file),
    ("/messages/{message_id:int}/attachments/{number:int}", attachment_file),
]
