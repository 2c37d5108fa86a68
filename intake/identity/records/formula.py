"""Values a spreadsheet would run as a formula: neutralised in the CSV files intake writes, restored on import."""

from __future__ import annotations

import re

# OWASP's list: a cell starting with one of these is a formula to Excel, LibreOffice or Google Sheets
# (=HYPERLINK(...) sends data away when clicked, DDE runs programs), so CSV output puts a single quote before it.
TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
# Except a telephone number or a plain number, which start with + or - too: without a letter, a reference or a
# function name a formula can do nothing, and "'+44 20 7946 0958" in someone's own data would read as damage.
_NUMBER = re.compile(r"[+-]?[\d\s().\-/]*\d[\d\s().\-/]*")


def looks_like(value: object) -> bool:
    """True when a spreadsheet would run the value as a formula that is not simply a number."""
    text = str(value or "")
    return text.startswith(TRIGGERS) and _NUMBER.fullmatch(text) is None


def neutral(value: str) -> str:
    """The value as a CSV cell no spreadsheet runs: a single quote before a formula."""
    return "'" + value if looks_like(value) else value


def restored(value: str) -> str:
    """A value read back from such a CSV cell: the quote `neutral` added taken off again."""
    return value[1:] if value.startswith("'") and looks_like(value[1:]) else value
