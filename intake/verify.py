"""Extraction + the organisation's records -> IdentityMatch, with per-field evidence."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from sqlmodel import Session

from intake.extract import Extraction
from intake.parse import ParsedEmail

STATUSES = ("verified", "ambiguous", "unverified", "mismatch")


@dataclass
class FieldEvidence:
    """One compared data point: what the request said, what the record holds (masked), how they compared."""

    field: str
    request_value: str
    record_value: str
    comparator: str
    score: float


@dataclass
class IdentityMatch:
    status: str = "unverified"
    subject_id: str | None = None  # set only when verified
    score: float = 0.0
    evidence: list[FieldEvidence] = field(default_factory=list)
    candidates: int = 0
    reasons: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


def verify(session: Session, extraction: Extraction, parsed: ParsedEmail, trusted_from: bool = False) -> IdentityMatch:
    """Match the requester against the subject records (the verification work fills this in)."""
    return IdentityMatch(status="unverified", reasons=["no subject records matched"])
