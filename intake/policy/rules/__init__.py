"""Policy rules: small named units, each with a name, a description and a check that returns a Hit or None.

The rule table lives in `intake.decide`; rules run in order, every hit is recorded on the case, and a
hit marked `final` ends the chain (no substantive reply while details or identity are missing).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from intake.identity.verify import IdentityMatch
    from intake.settings import Settings
    from intake.understand import Extraction, ParsedEmail


@dataclass
class Record:
    """What the organisation holds about a verified subject that the policy needs (never sent unverified)."""

    subject_id: str
    name: str | None = None
    employer: str | None = None
    role: str | None = None
    account_status: str | None = None
    status_changed_at: str | None = None
    employer_contact: str | None = None  # the client organisation's admin address


@dataclass
class Context:
    """What a rule may look at about one incoming message and its case."""

    parsed: ParsedEmail
    extraction: Extraction
    settings: Settings
    envelope_from: str | None = None  # None when the source has no envelope (files, IMAP)
    match: IdentityMatch | None = None
    record: Record | None = None  # only when match.status == "verified"
    requests_last_year: int = 0  # earlier cases from the same requester or subject in the last 12 months
    repeats: int = 0  # earlier cases in 12 months with the same request text
    requester: str = ""  # where replies go


@dataclass
class Outcome:
    """A reply a rule asks for: which template, about which right, to whom, and whether it may leave alone."""

    template: str
    right: str | None = None
    to: str = ""
    automatic: bool = False  # True only for texts that disclose nothing (clarification, verification needed)
    reason: str = ""
    context: dict[str, Any] = field(default_factory=dict)


@dataclass
class Hit:
    """A rule's finding: the rule's name, why it fired, and what it asks for."""

    rule: str
    reason: str
    suppress_acknowledgement: bool = False
    flags: list[str] = field(default_factory=list)
    outcomes: list[Outcome] = field(default_factory=list)
    final: bool = False  # stop the chain here
    status: str | None = None  # the case status this hit leads to (awaiting_requester, drafted...)


class Rule(Protocol):
    name: str
    description: str

    def check(self, ctx: Context) -> Hit | None: ...
