"""Policy rules: small named units, each with a name, a description and a check that returns a Hit or None."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from intake.extract import Extraction
    from intake.parse import ParsedEmail
    from intake.settings import Settings


@dataclass
class Context:
    """What a rule may look at about one incoming message."""

    parsed: ParsedEmail
    extraction: Extraction
    settings: Settings
    envelope_from: str | None = None  # None when the source has no envelope (files, IMAP)


@dataclass
class Hit:
    """A rule's finding: the rule's name, why it fired, and what it asks for."""

    rule: str
    reason: str
    suppress_acknowledgement: bool = False
    flags: list[str] = field(default_factory=list)


class Rule(Protocol):
    name: str
    description: str

    def check(self, ctx: Context) -> Hit | None: ...
