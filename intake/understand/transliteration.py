"""Serbian Cyrillic in its standard Latin spelling, for the Croatian table to read, and back to what was written."""

from __future__ import annotations

import dataclasses

from intake.understand.extraction import Extraction
from intake.understand.parse import ParsedEmail

# The standard Serbian correspondence, one Cyrillic letter to one Latin letter or digraph (љ lj, њ nj, џ dž).
_LOWER = dict(zip(
    "абвгдђежзијклљмнњопрстћуфхцчџш",
    "a b v g d đ e ž z i j k l lj m n nj o p r s t ć u f h c č dž š".split(),
    strict=True,
))  # fmt: skip
_MAP = {ord(c): latin for c, latin in _LOWER.items()}
_MAP |= {ord(c.upper()): latin.capitalize() for c, latin in _LOWER.items()}


def latin(text: str) -> str:
    """`text` with its Serbian Cyrillic letters in Latin spelling (every other character as it was)."""
    return text.translate(_MAP)


def written(value: str, original: str) -> str:
    """The words of `original` whose Latin spelling is `value` ("Милица Јовановић" for "Milica Jovanović"), or
    `value` itself when the mail does not hold them."""
    starts: list[int] = []  # for each character of the Latin text, the Cyrillic character it came from
    for i, char in enumerate(original):
        starts.extend([i] * len(char.translate(_MAP)))
    at = latin(original).find(value)
    if at < 0 or not value:
        return value
    return original[starts[at] : starts[at + len(value) - 1] + 1]


def parsed(message: ParsedEmail) -> ParsedEmail:
    """The message with its subject, sender's name and text in Latin letters (the HTML is not read again)."""
    return dataclasses.replace(
        message, subject=latin(message.subject), from_name=latin(message.from_name), text=latin(message.text)
    )


def restore(result: Extraction, message: ParsedEmail) -> Extraction:
    """Names and employer as the mail writes them (Cyrillic), the rest as read from the Latin spelling."""
    original = f"{message.from_name}\n{message.subject}\n{message.text}"
    if result.name:
        result.name = written(result.name, original)
    if result.agent_name:
        result.agent_name = written(result.agent_name, original)
    if result.employer:
        result.employer = written(result.employer, original)
    for item in result.evidence:
        if item.field in ("name", "employer"):
            item.value = written(item.value, original)
    return result
