"""Rule: a message with no usable From address cannot be answered."""

from __future__ import annotations

from intake.policy.rules import Context, Hit
from intake.understand import address


class NoSender:
    name = "no_sender"
    description = "No acknowledgement when the From address is missing or not a deliverable address."

    def check(self, ctx: Context) -> Hit | None:
        if address.deliverable(ctx.parsed.from_addr or ""):
            return None
        return Hit(self.name, f"no usable From address ({ctx.parsed.from_addr!r})", suppress_acknowledgement=True)
