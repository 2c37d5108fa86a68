"""Run the policy rules over one message and record every hit: the Decision says what to do and why."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from intake.rules import Context, Hit, Rule
from intake.rules.machine_mail import MachineMail
from intake.rules.no_sender import NoSender
from intake.rules.own_address import OwnAddress

# The rule table, in order. Adding a rule: write rules/<name>.py with its test, then list it here.
DEFAULT_RULES: list[Rule] = [MachineMail(), OwnAddress(), NoSender()]


@dataclass
class Decision:
    acknowledge: bool
    hits: list[Hit] = field(default_factory=list)

    @property
    def flags(self) -> list[str]:
        return sorted({f for h in self.hits for f in h.flags})

    def to_json(self) -> dict[str, Any]:
        return {"acknowledge": self.acknowledge, "hits": [asdict(h) for h in self.hits]}


def decide(ctx: Context, rules: list[Rule] | None = None) -> Decision:
    hits = [hit for rule in (rules or DEFAULT_RULES) if (hit := rule.check(ctx)) is not None]
    acknowledge = (
        ctx.settings.auto_acknowledge
        and ctx.extraction.kind == "request"
        and not any(h.suppress_acknowledgement for h in hits)
    )
    return Decision(acknowledge=acknowledge, hits=hits)
