"""Rule: nothing substantive until the requester is verified; ask for more data points, revealing nothing."""

from __future__ import annotations

from intake.identity.score import FROM_CONTRADICTION
from intake.policy.rules import Context, Hit, Outcome


class Identity:
    name = "identity"
    description = (
        "Not verified (unverified, ambiguous or mismatch): ask for additional data points without revealing "
        "whether anything is held; a mismatch is flagged as a possible impersonation. A requester verified from "
        "a mailbox other than the one on record is flagged reply_to_other_mailbox."
    )

    def check(self, ctx: Context) -> Hit | None:
        status = ctx.match.status if ctx.match else "unverified"
        if status == "verified":
            if ctx.match and any(FROM_CONTRADICTION in r for r in ctx.match.reasons):
                # Verified on private data points, but the reply that discloses goes to a mailbox not on record:
                # the DPO approves it anyway; the flag puts the case in the queue with that said plainly.
                return Hit(self.name, f"verified, but {FROM_CONTRADICTION}", flags=["reply_to_other_mailbox"])
            return None
        flags = ["possible_impersonation"] if status == "mismatch" else []
        # A mismatch may be someone else using the requester's name: the DPO sees it before anything leaves.
        automatic = ctx.settings.policy.auto_send_safe and status != "mismatch"
        outcome = Outcome("verification_needed", to=ctx.requester, automatic=automatic, reason=f"identity {status}")
        return Hit(self.name, outcome.reason, flags=flags, outcomes=[outcome], final=True, status="awaiting_requester")
