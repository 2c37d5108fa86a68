"""Rule: manifestly excessive requests (too many in 12 months, or the same request repeated) go to the DPO."""

from __future__ import annotations

from intake.policy.rules import Context, Hit, Outcome


class Excessive:
    name = "excessive"
    description = (
        "More than N requests from one requester in 12 months, or an identical repeat: flag for the DPO with a "
        "drafted refusal giving reasons and the right to complain (GDPR Art. 12(4)/(5)); never automatic."
    )

    def check(self, ctx: Context) -> Hit | None:
        limit = ctx.settings.policy.excessive_requests_per_year
        reasons = []
        if ctx.requests_last_year >= limit:
            reasons.append(f"{ctx.requests_last_year + 1} requests in the last 12 months (more than {limit})")
        if ctx.repeats:
            reasons.append(f"the same request was already made {ctx.repeats} time(s) in the last 12 months")
        if not reasons:
            return None
        reason = "; ".join(reasons)
        refusal = Outcome("refusal", to=ctx.requester, reason=reason, context={"reasons": reason})
        return Hit(self.name, reason, flags=["possibly_excessive"], outcomes=[refusal], final=True, status="drafted")
