"""Which organisation's data a web request may touch: a user bound to one never learns another's case exists.

Every path that names a case ({ref}), a message ({message_id}) or a draft ({draft_id}) is checked here, before
its handler runs, so that no page or action, present or future, can forget it: another organisation's object
answers the same 404 as one that does not exist. The lists filter by `ctx.organisation` themselves.
"""

from __future__ import annotations

from sqlmodel import Session, select
from starlette.responses import Response

from intake import cases, db
from intake.models import Case, Draft, Message
from intake.web.context import Ctx

# What the handler says of a missing object, said alike of another organisation's.
MISSING = {
    "ref": ("No such case", "{}: no such case (see `intake cases`)"),
    "message_id": ("No such message", "message {}: not stored (see `intake messages`)"),
    "draft_id": ("No such draft", "draft {}: no such draft"),
}


def owner(session: Session, key: str, value: object) -> str | None:
    """The organisation of the case, message or draft path parameter `key` names; None when there is none."""
    if key == "ref":
        return cases.organisation_of(session, str(value))
    if not 0 < int(str(value)) <= db.MAX_KEY:
        return None  # no row has it, and the database would refuse to compare a number that large
    if key == "message_id":
        return session.exec(select(Message.organisation).where(Message.id == value)).first()
    return session.exec(
        select(Case.organisation).join(Draft, Draft.case_id == Case.id).where(Draft.id == value)  # type: ignore[arg-type]
    ).first()


def gate(ctx: Ctx) -> Response | None:
    """None when the request may go on (with `ctx.target` set); else the 404 a missing object gets.

    A user bound to an organisation gets this 404 for a missing object too, on every path, GET or POST: an
    action on another's case must not answer otherwise than one on a case that does not exist."""
    params = dict(ctx.request.path_params)
    key = next((k for k in MISSING if k in params), None)
    if key is None or (not ctx.web.settings.multi and ctx.organisation is None):
        return None  # one organisation, and a user who sees it: nothing to check, nothing to choose
    with ctx.db() as session:
        org = owner(session, key, params[key])
    mine = ctx.organisation
    if mine is not None and org != mine:
        title, said = MISSING[key]
        ctx.flash("error", said.format(params[key]))
        return ctx.render("refused.html", 404, title=title, reason="")
    ctx.target = org
    return None
