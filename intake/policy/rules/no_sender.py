"""Rule: a message with no usable From address cannot be answered."""

from __future__ import annotations

import re

from intake.policy.rules import Context, Hit

_ADDRESS = re.compile(r"^[^@\s<>\"]{1,64}@[A-Za-z0-9.-]{1,253}\.[A-Za-z0-9-]{2,63}$")


class NoSender:
    name = "no_sender"
    description = "No acknowledgement when the From address is missing or not a deliverable address."

    def check(self, ctx: Context) -> Hit | None:
        if _ADDRESS.match(ctx.parsed.from_addr or ""):
            return None
        return Hit(self.name, f"no usable From address ({ctx.parsed.from_addr!r})", suppress_acknowledgement=True)
