"""Machine mail: its kind from the automatic-mail headers, else from the bounce, out-of-office and newsletter cues."""

from __future__ import annotations

import re
from functools import cache

from intake.understand import lexicon
from intake.understand.parse import ParsedEmail


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


@cache
def _kind_patterns(languages: tuple[str, ...]) -> list[tuple[str, re.Pattern[str]]]:
    """The machine-mail cues of some languages, one regex per kind (bounce first: it outranks an auto-reply)."""
    out = []
    for kind in ("bounce", "auto_reply", "bulk"):
        parts = [
            getattr(lexicon.load(c), kind).pattern for c in languages if getattr(lexicon.load(c), kind) is not None
        ]
        if parts:
            out.append((kind, re.compile("|".join(f"(?:{p})" for p in parts), re.I | re.M)))
    return out


def content_kind(subject: str, text: str, languages: tuple[str, ...]) -> tuple[str, str] | None:
    """(kind, the words that show it) when the text of an otherwise human-looking mail is machine-made.

    The subject is read in every language (it is short); the body in its own language and English.
    """
    every = _kind_patterns(lexicon.LANGUAGES)
    own = _kind_patterns(languages)
    for (kind, subject_pattern), (_, text_pattern) in zip(every, own, strict=True):
        # A newsletter is told by its footer; a person's subject "Désinscription" or "Unsubscribe" asks something.
        places = ((subject_pattern, subject), (text_pattern, text)) if kind != "bulk" else ((text_pattern, text),)
        for pattern, where in places:
            found = lexicon.search(pattern, where)
            if found:
                return kind, around(where, found.start(), found.end())
    return None


def around(text: str, start: int, end: int) -> str:
    """The whole line holding text[start:end], spaces squeezed, at most 240 characters: the evidence shown."""
    left = text.rfind("\n", 0, start) + 1
    right = text.find("\n", end)
    return " ".join(text[left : right if right != -1 else len(text)].split())[:240]
