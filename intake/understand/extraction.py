"""The output contract of understanding one mail: the Extraction and the Evidence behind each of its fields."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

KINDS = ("request", "auto_reply", "bounce", "bulk", "other")
RIGHTS = (
    "access",
    "rectification",
    "erasure",
    "restriction",
    "portability",
    "objection",
    "withdraw_consent",
    "automated_decision",
    "opt_out_sale",
    "limit_sensitive",
    "grievance",
    "nomination",
)


@dataclass
class Evidence:
    """Why a field has its value: where it was found and the words that show it."""

    field: str  # "rights.erasure", "name", "employer", "kind", "language"...
    value: str
    source: str  # "subject", "body", "signature", "header:From", "forwarded"...
    text: str  # the sentence or header, as written (trimmed)


@dataclass
class Extraction:
    """Everything understood from one message; stored on the case as JSON (`to_json`)."""

    kind: str = "other"
    language: str | None = None
    rights: list[str] = field(default_factory=list)
    name: str | None = None
    employer: str | None = None
    emails: list[str] = field(default_factory=list)
    phones: list[str] = field(default_factory=list)
    identifiers: list[str] = field(default_factory=list)
    date_of_birth: str | None = None
    address: str | None = None
    agent: bool = False
    agent_name: str | None = None
    generator: str | None = None
    jurisdiction_cues: list[str] = field(default_factory=list)  # e.g. ["california"], for deadlines
    evidence: list[Evidence] = field(default_factory=list)
    confidence: dict[str, float] = field(default_factory=dict)
    missing: list[str] = field(default_factory=list)  # of "name", "employer", "rights"
    flags: list[str] = field(default_factory=list)  # e.g. "language_unsupported", "negated_right"

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Extraction:
        known = {k: v for k, v in data.items() if k in cls.__dataclass_fields__}
        known["evidence"] = [Evidence(**e) for e in known.get("evidence", [])]
        return cls(**known)
