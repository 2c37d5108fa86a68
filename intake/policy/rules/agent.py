"""Rule: a request made on someone else's behalf needs proof of authority before any data goes to the agent."""

from __future__ import annotations

from intake.policy.rules import Context, Hit, Outcome


class Agent:
    name = "agent"
    description = (
        "A lawyer, HR colleague or request service writes for the data subject: draft a request for proof of "
        "authority unless a document is attached; never send the subject's data to the agent without it."
    )

    def check(self, ctx: Context) -> Hit | None:
        ex = ctx.extraction
        if not ex.agent:
            return None
        who = ex.agent_name or ctx.parsed.from_addr
        if ctx.parsed.attachments:
            names = ", ".join(a.filename or a.content_type for a in ctx.parsed.attachments)[:200]
            return Hit(
                self.name,
                f"written by an agent ({who}); attachments to check as proof of authority: {names}",
                flags=["agent", "authority_attached"],
            )
        outcome = Outcome(
            "proof_of_authority",
            to=ctx.requester,
            reason=f"written by an agent ({who}) without proof of authority",
            context={"agent_name": ex.agent_name},
        )
        return Hit(self.name, outcome.reason, flags=["agent"], outcomes=[outcome], final=True, status="drafted")
