"""Rule: every other right gets its matching draft (access, rectification, restriction, portability...)."""

from __future__ import annotations

from intake.policy.rules import Context, Hit, Outcome

# Right -> template. Erasure and objection have rules of their own; DPDP grievances and nominations
# have no letter of their own yet, so they get the general completion letter for the DPO to adapt.
TEMPLATES = {
    "access": "access",
    "rectification": "rectification",
    "restriction": "restriction",
    "portability": "portability",
    "withdraw_consent": "consent_withdrawal",
    "automated_decision": "automated_decision",
    "opt_out_sale": "opt_out_sale",
    "limit_sensitive": "limit_sensitive",
    "grievance": "completion",
    "nomination": "completion",
}


class Rights:
    name = "rights"
    description = "Each remaining right gets its matching draft, for the DPO to complete and approve."

    def check(self, ctx: Context) -> Hit | None:
        outcomes = [
            Outcome(TEMPLATES[r], r, ctx.requester, reason=f"{r} requested")
            for r in ctx.extraction.rights
            if r in TEMPLATES
        ]
        if not outcomes:
            return None
        flags = ["needs_dpo_text"] if any(o.template == "completion" for o in outcomes) else []
        return Hit(self.name, ", ".join(o.right or "" for o in outcomes), outcomes=outcomes, flags=flags)
