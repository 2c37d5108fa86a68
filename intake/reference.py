"""Human case references with a check digit: DPO-2026-000123-7."""

from __future__ import annotations

import re

PATTERN = re.compile(r"\bDPO-(\d{4})-(\d{6,9})-(\d)\b")


def _luhn_digit(digits: str) -> int:
    """The Luhn check digit: catches every single-digit typo and most swaps of neighbours."""
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return (10 - total % 10) % 10


def make(year: int, number: int) -> str:
    body = f"{year:04d}{number:06d}"
    return f"DPO-{year:04d}-{number:06d}-{_luhn_digit(body)}"


def is_valid(reference: str) -> bool:
    match = PATTERN.fullmatch(reference.strip())
    if not match:
        return False
    year, number, check = match.groups()
    return _luhn_digit(year + number) == int(check)


def find(text: str) -> str | None:
    """The first valid reference in a text (a subject line, usually); mistyped ones are ignored."""
    for match in PATTERN.finditer(text or ""):
        if is_valid(match.group(0)):
            return match.group(0)
    return None
