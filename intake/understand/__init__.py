"""Understand one mail: raw bytes -> ParsedEmail -> Extraction (kind, language, requester, rights), with evidence."""

from intake.understand.extraction import KINDS, RIGHTS, Evidence, Extraction
from intake.understand.parse import ParsedEmail

__all__ = ["KINDS", "RIGHTS", "Evidence", "Extraction", "ParsedEmail"]
