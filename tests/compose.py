"""A plain-text mail to the DPO built from a body, read by the extraction: the people tests' one way to write one."""

from __future__ import annotations

import unicodedata

from intake.understand import Extraction
from intake.understand.extract import extract
from intake.understand.parse import parse


def run(
    body: str, sender: str = "Jane Doe <jane.doe@example.com>", subject: str = "Request", robot: bool = False
) -> Extraction:
    """Extract a text/plain mail from `sender`; `robot` marks it Auto-Submitted, as a form tool sends it."""
    head = [f"From: {sender}", "To: dpo@massistcrm.com", f"Subject: {subject}", "MIME-Version: 1.0"]
    if robot:
        head.append("Auto-Submitted: auto-generated")
    head.append("Content-Type: text/plain; charset=utf-8")
    return extract(parse(("\r\n".join(head) + "\r\n\r\n" + body).encode()))


def norm(value: str | None) -> str:
    """Casefolded letters and digits only, accents kept apart from their letters (as the benchmark compares)."""
    text = unicodedata.normalize("NFKD", (value or "").casefold())
    return "".join(ch for ch in text if ch.isalnum())
