"""Dates in a letter's language: an ISO date becomes "25. Dezember 2026" in the render step, stored values stay ISO."""

from __future__ import annotations

import datetime as dt
from typing import Any

from babel.core import Locale, UnknownLocaleError
from babel.dates import format_date

from intake.letters import maltese

# Babel locale of a letter language where the bare code is not the one meant: British English, European
# Portuguese, Norwegian Bokmål, simplified Chinese; a regional variant's folder ("pt-BR") is its locale ("pt_BR").
LOCALE = {"en": "en_GB", "pt": "pt_PT", "no": "nb", "zh": "zh_Hans_CN"}

# CLDR's long date is a nominative form; where a letter's sentences put a date after a preposition that
# governs another case, the numeric form every reader of the language uses in letters reads correctly
# after any preposition (Latvian "līdz 25.12.2026." not "līdz 2026. gada 25. decembris"; Slovenian
# "do 25. 12. 2026", not "do 25. december 2026", which wants the genitive "decembra"; Estonian "hiljemalt
# 25.12.2026", where the long form would need a case ending on the month).
PATTERN = {"lv": "dd.MM.yyyy.", "sl": "d. M. yyyy", "et": "dd.MM.yyyy"}


def iso(value: Any) -> dt.date | None:
    """The date an ISO string (or a date) stands for, or None for anything else (a sample sentinel, free text)."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip()[:10]) if len(value.strip()) == 10 else None
        except ValueError:
            return None
    return None


def locale_of(language: str) -> Locale:
    """The Babel locale for a letter language; English (British) for a code Babel does not know."""
    try:
        return Locale.parse(LOCALE.get(language, language.replace("-", "_")))
    except (UnknownLocaleError, ValueError):
        return Locale.parse("en_GB")


def long_date(value: Any, language: str, preposition: str = "") -> str:
    """`value` as the letter's language writes a date in running text; a value that is no date is left as it is.

    `preposition` is for Maltese, whose article before the day's number is joined to the preposition and takes
    the sound of the number as spoken: "sal-25 ta’ Diċembru", "sas-27", "mit-2" (`maltese.with_article`).
    """
    day = iso(value)
    if day is None:
        return "" if value is None else f"{preposition} {value}".strip()
    written = format_date(day, format=PATTERN.get(language, "long"), locale=locale_of(language))
    return maltese.with_article(written, day.day, preposition) if language == "mt" else written


def forms(value: Any, language: str) -> list[str]:
    """Every way a letter in `language` writes the date `value`, longest first: the ones joined to a preposition
    (Maltese) before the bare one, so that a replacement of one date by another finds the whole of each."""
    if language != "mt":
        return [long_date(value, language)]
    return [long_date(value, language, p) for p in (*maltese.PREPOSITIONS, "")]
