"""The words each language's letters must contain, and those they must never contain, for `intake templates check`.

They are data, in `clauses.toml` beside this module: one table a language, so a new language adds its table there
and its folder under intake/letters/templates/.
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

SOURCE = Path(__file__).resolve().parent / "clauses.toml"
_LISTS = ("forbidden", "attachment")


def _load() -> dict[str, dict[str, Any]]:
    return tomllib.loads(SOURCE.read_text(encoding="utf-8"))


_TABLES = _load()

# Phrases a letter must contain, per language and clause: any one of the alternatives, compared case-insensitively.
PHRASES: dict[str, dict[str, tuple[str, ...]]] = {
    language: {key: tuple(words) for key, words in table.items() if key not in _LISTS}
    for language, table in _TABLES.items()
}

# Phrases that would tell a stranger whether we hold data about someone (an enumeration leak).
FORBIDDEN: dict[str, tuple[str, ...]] = {
    language: tuple(table.get("forbidden", ())) for language, table in _TABLES.items()
}

# Words that tell the reader the mail carries a file: a letter using them must be one whose approval attaches
# files (intake/fulfil SUPPLIES), or it promises what never comes.
ATTACHMENT: dict[str, tuple[str, ...]] = {
    language: tuple(table.get("attachment", ())) for language, table in _TABLES.items()
}
