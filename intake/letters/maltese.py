"""The Maltese definite article before a date's day, joined to its preposition: "sal-25", "tas-27", "mit-2"."""

from __future__ import annotations

# The article before a number takes the sound of the number as it is spoken. Numbers spoken with a "sun letter"
# first (ċ d n r s t x ż z) double it: "it-2" (tnejn), "is-6" (sitta), "id-9" (disgħa), as in the GDPR's own
# Maltese title, "tas-27 ta' April 2016". The others take "l-", written "il-" after a consonant sound with
# nothing before it ("il-5", ħamsa; "il-21", wieħed u għoxrin) and "l-" before a vowel or għ ("l-4", erbgħa;
# "l-10", għaxra) and for the first of the month, read "l-ewwel".
_SUN = {2: "t", 3: "t", 6: "s", 7: "s", 8: "t", 9: "d", 12: "t", 13: "t", 16: "s", 17: "s", 18: "t", 19: "d"}
_SUN |= {22: "t", 23: "t", 26: "s", 27: "s", 28: "t", 29: "d", 30: "t"}
_VOWEL = frozenset({1, 4, 10, 14, 20, 24})

# The prepositions a letter puts before a date, as each joins the article: sa + il- -> sal-, minn + il- -> mill-.
PREPOSITIONS = ("sa", "ta", "minn", "fi")


def article(day: int, preposition: str = "") -> str:
    """The article (with its preposition) before the day of the month `day`, hyphen included."""
    letter = _SUN.get(day, "l")
    if preposition == "":
        return f"{letter}-" if day in _VOWEL else f"i{letter}-"
    if preposition in ("sa", "ta"):
        return f"{preposition}{letter}-"
    if preposition == "minn":
        return "mill-" if letter == "l" else f"mi{letter}-"
    if preposition == "fi":
        # fi + l-ewwel -> fl-1; fi + il-ħamsa -> fil-5; fi + it-tnejn -> fit-2.
        return "fl-" if day in _VOWEL else f"fi{letter}-"
    raise ValueError(f"no Maltese preposition {preposition!r}; use one of {', '.join(PREPOSITIONS)}")


def with_article(written: str, day: int, preposition: str = "") -> str:
    """A date as Babel writes it in Maltese ("25 ta’ Diċembru 2026") with its article: "sal-25 ta’ Diċembru 2026"."""
    return article(day, preposition) + written
