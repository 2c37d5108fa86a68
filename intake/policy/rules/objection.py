"""Rule: objections; one to direct marketing is absolute (GDPR Art. 21(3)) and honoured without weighing."""

from __future__ import annotations

import re

from intake.policy.rules import Context, Hit, Outcome

# Words that show the objection is about marketing, in the languages we read (data, kept short on purpose).
MARKETING = re.compile(
    r"marketing|newsletter|unsubscribe|advert|promotion|werbung|reklame|publicit|publicidad|pubblicit|"
    r"reclame|nieuwsbrief|propaganda|publicidade|reklam|विज्ञापन|मार्केटिंग",
    re.IGNORECASE,
)


class Objection:
    name = "objection"
    description = "Objection: direct marketing is honoured absolutely; other objections are weighed by the DPO."

    def check(self, ctx: Context) -> Hit | None:
        if "objection" not in ctx.extraction.rights:
            return None
        texts = [e.text for e in ctx.extraction.evidence if e.field == "rights.objection"]
        texts.append(ctx.parsed.subject)
        marketing = any(MARKETING.search(t or "") for t in texts)
        reason = "objection to direct marketing (absolute)" if marketing else "objection to processing"
        outcome = Outcome(
            "objection", "objection", ctx.requester, reason=reason, context={"direct_marketing": marketing}
        )
        return Hit(self.name, reason, outcomes=[outcome], flags=["direct_marketing"] if marketing else [])
