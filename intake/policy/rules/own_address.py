"""Rule: never answer mail that claims to come from one of our own DPO addresses (spoofed or looped)."""

from __future__ import annotations

from intake.policy.rules import Context, Hit


class OwnAddress:
    name = "own_address"
    description = "No automatic reply to mail whose From is one of our own DPO addresses."

    def check(self, ctx: Context) -> Hit | None:
        ours = {a.lower() for a in ctx.settings.dpo_addresses} | {ctx.settings.reply_from.lower()}
        if ctx.parsed.from_addr.lower() in ours:
            return Hit(self.name, f"From is our own address {ctx.parsed.from_addr}", suppress_acknowledgement=True)
        return None
