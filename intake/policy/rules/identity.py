"""Rule: nothing substantive until the requester is verified; ask for more data points, revealing nothing."""

from __future__ import annotations

from typing import TYPE_CHECKING

from intake.policy.rules import Context, Hit, Outcome

if TYPE_CHECKING:
    from intake.identity.verify import IdentityMatch

# Flags per status, for the DPO's queue; the requester's mail is the same whatever the status (see `check`).
FLAGS = {
    "mismatch": ["possible_impersonation"],
    "pending_confirmation": ["awaiting_confirmation"],
}


def flags_for(match: IdentityMatch | None) -> list[str]:
    """The flags a verification result puts on its case, whichever rule ends the chain first."""
    if match is None:
        return []
    forged = ["from_failed_authentication"] if match.authentication == "fail" else []
    return [*FLAGS.get(match.status, []), *forged]


class Identity:
    name = "identity"
    description = (
        "Not verified (pending_confirmation, unverified, ambiguous or mismatch): the requester gets the same "
        "request for more data points whatever the records hold, so the reply never tells a prober who is on "
        "file; a mismatch is flagged as a possible impersonation, a pending confirmation waits for the address "
        "on record. A requester verified from a mailbox other than the one on record is flagged "
        "reply_to_other_mailbox; a From our receiving server found forged is flagged from_failed_authentication."
    )

    def check(self, ctx: Context) -> Hit | None:
        match = ctx.match
        status = match.status if match else "unverified"
        forged = ["from_failed_authentication"] if match and match.authentication == "fail" else []
        if status == "verified":
            if match and match.reach in {"elsewhere", "no_address_on_record"}:
                # Verified on private data points, but the reply that discloses goes to a mailbox not on record:
                # the DPO approves it anyway; the flag puts the case in the queue with that said plainly.
                reason = "verified, but the mail comes from an address other than the one on record"
                return Hit(self.name, reason, flags=["reply_to_other_mailbox", *forged])
            return Hit(self.name, "verified", flags=forged) if forged else None
        # The same letter, sent the same way, for every status that is not verified: a stranger, a namesake, an
        # impostor and a person writing from home must not be told apart by what arrives.
        outcome = Outcome(
            "verification_needed",
            to=ctx.requester,
            automatic=ctx.settings.policy.auto_send_safe,
            reason=f"identity {status}",
        )
        return Hit(
            self.name,
            outcome.reason,
            flags=[*FLAGS.get(status, []), *forged],
            outcomes=[outcome],
            final=True,
            status="awaiting_requester",
        )
