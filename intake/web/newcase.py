"""The page that opens a case by hand (a request by post, phone or in person): one form, one call to intake.byhand."""

from __future__ import annotations

from datetime import date
from urllib.parse import quote

from starlette.responses import Response

from intake import byhand
from intake.errors import InputError, IntakeError
from intake.models import utcnow
from intake.understand import RIGHTS
from intake.web.context import Ctx


def _refused(ctx: Ctx) -> Response:
    return ctx.render(
        "refused.html",
        403,
        title="Not allowed",
        reason=f"You are logged in as a {ctx.role}: only a dpo or an admin can open a case.",
    )


def _form(ctx: Ctx, code: int = 200, **typed: object) -> Response:
    values = {"name": "", "address": "", "employer": "", "language": "", "received": "", "via": "post", "note": ""}
    return ctx.render(
        "newcase.html",
        code,
        title="Open a case by hand",
        rights=RIGHTS,
        vias=byhand.VIA,
        today=utcnow().date().isoformat(),
        typed={**values, **typed},
        chosen=typed.get("rights", []),
    )


def new_case_page(ctx: Ctx) -> Response:
    if not ctx.can_act:
        return _refused(ctx)
    return _form(ctx)


def new_case(ctx: Ctx) -> Response:
    """Open the case and show it; on an error the form comes back as typed, with the error on top."""
    form = ctx.form
    rights = [r for r in RIGHTS if form.get(f"right_{r}") == "on"]
    typed = {k: form.get(k, "") for k in ("name", "address", "employer", "language", "received", "via", "note")}
    try:
        received = form.get("received", "").strip()
        try:
            day = date.fromisoformat(received) if received else None
        except ValueError:
            raise InputError(f"received: {received!r} is not a day (YYYY-MM-DD)") from None
        request = byhand.HandRequest(
            name=typed["name"],
            rights=rights,
            address=typed["address"],
            employer=typed["employer"],
            language=typed["language"],
            received=day,
            via=typed["via"] or "post",
            note=typed["note"],
        )
        if ctx.settings.multi and ctx.organisation is None:
            raise InputError(
                "several organisations share intake: open a case by hand as a user of one (NAME:ROLE@ID in the "
                "users file), or with `intake case new --organisation ID`"
            )
        with ctx.db() as session:
            case = byhand.open_case(session, ctx.settings, request, ctx.user)
            reference = case.reference
    except IntakeError as exc:
        ctx.flash("error", str(exc))
        return _form(ctx, 400, rights=rights, **typed)
    ctx.flash("info", f"{reference} opened; it is due {case.due_on}.")
    return ctx.redirect(f"/cases/{quote(reference, safe='')}")


# Mounted before the pages' /cases/{ref}, which would otherwise take "new" for a reference.
PAGES = [("/cases/new", new_case_page)]
ACTIONS = [("/cases/new", new_case)]
