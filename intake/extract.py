"""ParsedEmail -> Extraction: kind of mail, language, requester, employer, rights and identifiers, with evidence."""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from typing import Any

from intake.parse import ParsedEmail

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


# The first, header-only triage; the extraction work replaces the content part with a real one.
_ERASE = re.compile(r"\b(delete|erase|erasure|remove)\b", re.I)
_ACCESS = re.compile(r"\b(copy of (my|the) (personal )?data|access)\b", re.I)


def classify(parsed: ParsedEmail) -> tuple[str, str]:
    """(kind, reason) from the headers alone, before any content analysis."""
    reason = parsed.automatic
    if reason is None:
        return "request", "no automatic-mail header"
    if parsed.is_report or parsed.from_addr.startswith(("mailer-daemon", "postmaster")):
        return "bounce", reason
    low = reason.lower()
    if "list" in low or "bulk" in low or "junk" in low:
        return "bulk", reason
    return "auto_reply", reason


def extract(parsed: ParsedEmail) -> Extraction:
    kind, reason = classify(parsed)
    result = Extraction(kind=kind)
    result.evidence.append(Evidence("kind", kind, "headers", reason))
    text = f"{parsed.subject}\n{parsed.text}"
    for right, pattern in (("erasure", _ERASE), ("access", _ACCESS)):
        found = pattern.search(text)
        if found:
            result.rights.append(right)
            result.evidence.append(Evidence(f"rights.{right}", right, "body", found.group(0)))
    result.rights.sort()
    result.name = parsed.from_name or None
    result.emails = [parsed.from_addr] if parsed.from_addr else []
    result.missing = [
        k for k, v in (("name", result.name), ("employer", result.employer), ("rights", result.rights)) if not v
    ]
    return result
