"""Rule: the statement asks for full name, employer and the right(s); ask for exactly what is missing."""

from __future__ import annotations

from intake.policy.rules import Context, Hit, Outcome


class MissingDetails:
    name = "missing_details"
    description = "Full name, employer or right missing: send a clarification listing exactly what is missing."

    def check(self, ctx: Context) -> Hit | None:
        missing = [m for m in ("name", "employer", "rights") if m in ctx.extraction.missing]
        if not missing:
            return None
        outcome = Outcome(
            "clarification",
            to=ctx.requester,
            automatic=ctx.settings.policy.auto_send_safe,
            reason=f"missing: {', '.join(missing)}",
            context={"missing": missing},
        )
        return Hit(self.name, outcome.reason, outcomes=[outcome], final=True, status="awaiting_requester")
