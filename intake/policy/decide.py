"""Run the policy rules over one message and record every hit: the Decision says what to do and why."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from intake.policy.rules import Context, Hit, Outcome, Rule
from intake.policy.rules.agent import Agent
from intake.policy.rules.employer_redirect import EmployerRedirect
from intake.policy.rules.erasure import Erasure
from intake.policy.rules.excessive import Excessive
from intake.policy.rules.identity import Identity
from intake.policy.rules.machine_mail import MachineMail
from intake.policy.rules.missing_details import MissingDetails
from intake.policy.rules.no_sender import NoSender
from intake.policy.rules.objection import Objection
from intake.policy.rules.own_address import OwnAddress
from intake.policy.rules.rights import Rights

# The rule table, in order. Adding a rule: write rules/<name>.py with its test, then list it here.
# Mail-safety rules come first (they only stop replies), then the ones that end the chain, then per-right ones.
DEFAULT_RULES: list[Rule] = [
    MachineMail(),
    OwnAddress(),
    NoSender(),
    Excessive(),
    Agent(),
    MissingDetails(),
    Identity(),
    EmployerRedirect(),
    Erasure(),
    Objection(),
    Rights(),
]


@dataclass
class Decision:
    acknowledge: bool
    hits: list[Hit] = field(default_factory=list)

    @property
    def flags(self) -> list[str]:
        return sorted({f for h in self.hits for f in h.flags})

    @property
    def outcomes(self) -> list[Outcome]:
        return [o for h in self.hits for o in h.outcomes]

    @property
    def answerable(self) -> bool:
        """False when a mail-safety rule says no reply may go to this sender at all."""
        return not any(h.suppress_acknowledgement for h in self.hits)

    @property
    def status(self) -> str | None:
        """The status the case should reach: that of the final hit, else drafted when there is anything to draft."""
        for hit in self.hits:
            if hit.final and hit.status:
                return hit.status
        return "drafted" if self.outcomes else None

    def to_json(self) -> dict[str, Any]:
        return {
            "acknowledge": self.acknowledge,
            "status": self.status,
            "flags": self.flags,
            "hits": [asdict(h) for h in self.hits],
        }


def decide(ctx: Context, rules: list[Rule] | None = None) -> Decision:
    """Run the rules in order; mail-safety hits suppress replies, a final hit ends the chain."""
    hits: list[Hit] = []
    for rule in rules or DEFAULT_RULES:
        hit = rule.check(ctx)
        if hit is None:
            continue
        hits.append(hit)
        if hit.suppress_acknowledgement:
            # Nothing at all goes to a machine or a spoofed address: keep only the safety hits.
            continue
        if hit.final:
            break
    if any(h.suppress_acknowledgement for h in hits):
        hits = [h for h in hits if h.suppress_acknowledgement]
    acknowledge = ctx.settings.auto_acknowledge and ctx.extraction.kind == "request" and not hits_suppress(hits)
    return Decision(acknowledge=acknowledge, hits=hits)


def hits_suppress(hits: list[Hit]) -> bool:
    return any(h.suppress_acknowledgement for h in hits)
