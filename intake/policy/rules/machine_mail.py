"""Rule: never answer mail sent by a machine (auto-replies, bounces, lists), so two robots cannot loop."""

from __future__ import annotations

from intake.policy.rules import Context, Hit


class MachineMail:
    name = "machine_mail"
    description = "No automatic reply to auto-replies, bounces, list or bulk mail, or a null envelope sender."

    def check(self, ctx: Context) -> Hit | None:
        reason = ctx.parsed.automatic
        if reason is None and ctx.envelope_from == "":
            reason = "null envelope sender (MAIL FROM:<>)"
        if reason is None and ctx.extraction.kind in {"auto_reply", "bounce", "bulk"}:
            reason = f"classified as {ctx.extraction.kind}"
        if reason is None:
            return None
        return Hit(self.name, reason, suppress_acknowledgement=True, flags=["machine_mail"])
