"""The data points a requester states in a mail: emails, phones, identifiers, date of birth and postal address."""

from __future__ import annotations

import re
from datetime import date
from functools import cache

import phonenumbers

from intake.sections import ExtractConfig
from intake.understand import lexicon
from intake.understand.extraction import Extraction
from intake.understand.lexicon import Lexicon
from intake.understand.parse import ParsedEmail

_REGIONS = {
    "de": "DE",
    "fr": "FR",
    "es": "ES",
    "it": "IT",
    "nl": "NL",
    "pt": "PT",
    "pl": "PL",
    "hi": "IN",
    "id": "ID",
    "vi": "VN",
}
_EMAIL = re.compile(r"[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}")
_DIGIT_RUN = re.compile(r"\d[\d \t().+/-]{6,20}\d")
_NUMERIC_DATE = re.compile(r"\b(\d{1,4})[./-](\d{1,2})[./-](\d{2,4})\b")
_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_DAY_MONTH_YEAR = re.compile(
    r"\b(\d{1,2})(?:\.|st|nd|rd|th)?\s{0,2}(?:de\s)?([^\W\d_]{3,12})\.?\s{0,2}(?:de\s)?(\d{4})\b"
)
_MONTH_DAY_YEAR = re.compile(r"\b([^\W\d_]{3,12})\.?\s{1,2}(\d{1,2})(?:st|nd|rd|th)?,?\s{1,2}(\d{4})\b")


def _parse_date(text: str, months: dict[str, int], month_first: bool) -> str | None:
    """An ISO date from the many ways people write one ("12 March 1985", "12.03.1985", "March 12, 1985")."""
    candidates: list[tuple[int, int, int]] = []
    if found := _ISO.search(text):
        candidates.append((int(found.group(1)), int(found.group(2)), int(found.group(3))))
    if found := _DAY_MONTH_YEAR.search(text):
        month = months.get(found.group(2).lower())
        if month:
            candidates.append((int(found.group(3)), month, int(found.group(1))))
    if found := _MONTH_DAY_YEAR.search(text):
        month = months.get(found.group(1).lower())
        if month:
            candidates.append((int(found.group(3)), month, int(found.group(2))))
    if found := _NUMERIC_DATE.search(text):
        a, b, c = (int(found.group(i)) for i in (1, 2, 3))
        if a > 31:
            candidates.append((a, b, c))
        else:
            year = c + (1900 if c >= 30 else 2000) if c < 100 else c
            # Day first, as most of the world writes; month first for US writers unless the day says otherwise.
            day, month = (b, a) if (month_first and a <= 12) or b > 12 else (a, b)
            candidates.append((year, month, day))
    for year, month, day in candidates:
        try:
            value = date(year, month, day)
        except ValueError:
            continue
        if 1900 <= value.year <= 2026:
            return value.isoformat()
    return None


@cache
def _dob_cues() -> re.Pattern[str]:
    """ "Date of birth", "Geburtsdatum", "né le"... of every language: a birth date is written the same anywhere."""
    parts = [lx.dob.pattern for lx in lexicon.all_loaded() if lx.dob is not None]
    return re.compile("|".join(f"(?:{p})" for p in parts), re.I | re.M)


def _months() -> dict[str, int]:
    table: dict[str, int] = {}
    for lex in lexicon.all_loaded():
        for i, name in enumerate(lex.months[:12]):
            table.setdefault(name, i + 1)
            table.setdefault(name[:3], i + 1)
    return table


_MONTHS: dict[str, int] = {}


def find(result: Extraction, parsed: ParsedEmail, text: str, lexicons: list[Lexicon], config: ExtractConfig,
             compiled: list[re.Pattern[str]]) -> None:  # fmt: skip
    """Emails, phones, identifiers, date of birth and postal address stated in the requester's text."""
    ours = set(parsed.to) | set(parsed.cc)
    emails = [parsed.from_addr] if parsed.from_addr else []
    if "@" in text:
        emails += [m.group(0).lower().rstrip(".") for m in _EMAIL.finditer(text[:20_000])]
    result.emails = [e for e in dict.fromkeys(emails) if e and e not in ours][:10]
    if _DIGIT_RUN.search(text[:20_000]):
        region = _REGIONS.get(result.language or "", config.phone_region)
        phones: list[str] = []
        try:
            for match in phonenumbers.PhoneNumberMatcher(text[:10_000], region, leniency=phonenumbers.Leniency.VALID):
                phones.append(phonenumbers.format_number(match.number, phonenumbers.PhoneNumberFormat.E164))
                if len(phones) >= 5:
                    break
        except Exception:  # the library is robust, but a phone number is never worth a failed extraction
            pass
        result.phones = list(dict.fromkeys(phones))
    identifiers: list[str] = []
    for lex in lexicons:
        for pattern in lex.identifier:
            identifiers += [m.group("id").rstrip(".-/") for m in lexicon.finditer(pattern, text[:20_000])]
    for pattern in compiled:
        identifiers += [m.group(0) for m in pattern.finditer(text[:20_000])]
    result.identifiers = [i for i in dict.fromkeys(identifiers) if any(ch.isdigit() for ch in i)][:10]
    if not _MONTHS:
        _MONTHS.update(_months())
    month_first = "california" in result.jurisdiction_cues
    for found in lexicon.finditer(_dob_cues(), text[:20_000]):
        result.date_of_birth = _parse_date(text[found.end() : found.end() + 40], _MONTHS, month_first)
        if result.date_of_birth:
            break
    for lex in lexicons:
        for pattern in lex.address:
            address = lexicon.search(pattern, text[:20_000])
            if address:
                result.address = address.group("addr").strip().rstrip(".")[:160]
                break
        if result.address:
            break
