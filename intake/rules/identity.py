"""Rule: nothing substantive until the requester is verified; ask for more data points, revealing nothing."""

from __future__ import annotations

from intake.rules import Context, Hit, Outcome
from intake.rules.policy import policy


class Identity:
    name = "identity"
    description = (
        "Not verified (unverified, ambiguous or mismatch): ask for additional data points without revealing "
        "whether anything is held; a mismatch is flagged as a possible impersonation."
    )

    def check(self, ctx: Context) -> Hit | None:
        status = ctx.match.status if ctx.match else "unverified"
        if status == "verified":
            return None
        flags = ["possible_impersonation"] if status == "mismatch" else []
        # A mismatch may be someone else using the requester's name: the DPO sees it before anything leaves.
        automatic = policy(ctx.settings).auto_send_safe and status != "mismatch"
        outcome = Outcome("verification_needed", to=ctx.requester, automatic=automatic, reason=f"identity {status}")
        return Hit(self.name, outcome.reason, flags=flags, outcomes=[outcome], final=True, status="awaiting_requester")
