"""Normalised forms of personal data values and the hashed blocking keys built from them."""

from __future__ import annotations

import re
import zlib
from collections.abc import Iterable
from datetime import date
from functools import lru_cache

from anyascii import anyascii
from nicknames import NickNamer

# Absurd inputs (a 10 KB name) are cut before any work so one request can never cost more than a normal one.
MAX_VALUE_CHARS = 300
MAX_NAME_TOKENS = 6

_NON_ALNUM = re.compile(r"[^a-z0-9]+")
_ALNUM = re.compile(r"[a-z0-9]+")
_DIGITS = re.compile(r"\D+")
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_HONORIFICS = frozenset(
    "mr mrs ms miss mx dr prof sir dame herr frau sig sra sr mme mlle m shri smt sri dott ing mag".split()
)
# Legal-form words that say nothing about which organisation is meant ("Acme Pvt. Ltd." is "Acme GmbH").
LEGAL_SUFFIXES = frozenset(
    """pvt private ltd limited llp llc lp plc inc incorporated corp corporation co company gmbh mbh ag kg ohg ug
    ev se sa sas sarl sasu sca srl spa snc sapa lda sl slu bv nv vof oy oyj ab asa aps as kk pty pte bhd sdn
    cv sab de the and und et y e group holding holdings intl international sp z oo spzoo kft zrt doo ooo""".split()
)

_nicknamer = NickNamer()


def fold(text: str | None) -> str:
    """Lower-case ASCII words separated by single spaces: diacritics and scripts transliterated (anyascii)."""
    if not text:
        return ""
    text = text[:MAX_VALUE_CHARS]
    # Most values are plain ASCII already; anyascii walks characters in Python, so skip it when it cannot help.
    ascii_text = text.lower() if text.isascii() else anyascii(text).lower()
    return _NON_ALNUM.sub(" ", ascii_text).strip()


def name_tokens(name: str | None) -> tuple[str, ...]:
    """The words of a personal name, folded, honorifics dropped, at most MAX_NAME_TOKENS."""
    if not name:
        return ()
    # "O'Brien" and "Mary-Ann" keep their parts together as people write them both ways; apostrophes vanish.
    text = name[:MAX_VALUE_CHARS].replace("'", "").replace("\u2019", "")
    # fold(text).split(), a space-separated piece at a time: given and family names repeat across a million records,
    # so each piece is folded once (see _fold_piece for why the result is the same).
    tokens = [t for piece in text.split(" ") for t in _fold_piece(piece) if t not in _HONORIFICS]
    return tuple(tokens[:MAX_NAME_TOKENS])


@lru_cache(maxsize=65536)
def _fold_piece(piece: str) -> tuple[str, ...]:
    """fold(piece).split() for text without spaces.

    Folding text piece by piece gives fold's words: anyascii maps each character on its own, lower() of ASCII does
    too, and a space ends a word in fold as it ends a piece here.
    """
    ascii_text = piece.lower() if piece.isascii() else anyascii(piece).lower()
    return tuple(_ALNUM.findall(ascii_text))


@lru_cache(maxsize=65536)
def nickname_variants(token: str) -> frozenset[str]:
    """The token plus the names it is a nickname of and the nicknames of it (the `nicknames` table)."""
    if len(token) < 2:
        return frozenset({token})
    return frozenset({token} | _nicknamer.canonicals_of(token) | _nicknamer.nicknames_of(token))


def norm_email(value: str | None) -> str | None:
    """Lower-cased address, or None when it is not an address at all."""
    if not value:
        return None
    text = value.strip().strip("<>").lower()
    if len(text) > 254 or not _EMAIL.match(text):
        return None
    return text


def norm_phone(value: str | None) -> str | None:
    """The last nine digits: the same number written +44 20..., 0044 20... or 020... compares equal."""
    if not value:
        return None
    digits = _DIGITS.sub("", value[:64])
    if len(digits) < 7:
        return None
    return digits[-9:]


def norm_identifier(value: str | None) -> str | None:
    """Upper-case letters and digits only (customer numbers are typed with spaces and dashes); None if too short."""
    if not value:
        return None
    text = _NON_ALNUM.sub("", anyascii(value[:64]).lower()).upper()
    return text if len(text) >= 4 else None


@lru_cache(maxsize=65536)  # birth dates repeat: a million records hold some 30,000 distinct ones
def norm_date(value: str | None) -> str | None:
    """ISO date from YYYY-MM-DD or YYYYMMDD, or None when not a real date."""
    if not value:
        return None
    if _ISO_DATE.match(value):
        try:
            return date.fromisoformat(value).isoformat()
        except ValueError:
            return None
    digits = _DIGITS.sub("", value.strip()[:32])
    if len(digits) != 8:
        return None
    try:
        return date(int(digits[:4]), int(digits[4:6]), int(digits[6:8])).isoformat()
    except ValueError:
        return None


@lru_cache(maxsize=65536)
def employer_key(value: str | None) -> str:
    """The words of an organisation's name without legal forms: "Acme Pvt. Ltd." and "ACME GmbH" give "acme"."""
    if not value:
        return ""
    # Dots go first so "S.r.l." becomes "srl" rather than three one-letter words.
    words = fold(value[:MAX_VALUE_CHARS].replace(".", "")).split()
    kept = [w for w in words if w not in LEGAL_SUFFIXES]
    return " ".join(kept or words)


def hkey(kind: str, value: str) -> int:
    """A signed 64-bit hash of a blocking key: a small, fast integer index that stores no readable personal data.

    CRC-32 and Adler-32 side by side are three times cheaper than a cryptographic hash, which matters at ten keys
    per row and a million rows; a rare collision only adds a candidate that the comparison then rejects.
    """
    data = f"{kind}:{value}".encode()
    return ((zlib.crc32(data) << 32) | zlib.adler32(data)) - 0x8000000000000000


def key_hashes(keys: Iterable[str]) -> set[int]:
    """{hkey(kind, value)} for keys already written "kind:value": the import's form, one loop for a row's keys."""
    crc32, adler32 = zlib.crc32, zlib.adler32
    return {((crc32(data) << 32) | adler32(data)) - 0x8000000000000000 for data in map(str.encode, keys)}


def name_keys(tokens: tuple[str, ...]) -> set[tuple[str, str]]:
    """Order-free blocking keys of a stored name: full pairs (given with every other word) and initial+word."""
    keys: set[tuple[str, str]] = set()
    long_tokens = [t for t in tokens if len(t) > 1]
    if not long_tokens:
        return keys
    if len(long_tokens) == 1:
        keys.add(("n", long_tokens[0]))
        return keys
    first, last = long_tokens[0], long_tokens[-1]
    for other in long_tokens[1:]:
        keys.add(("n", "|".join(sorted((first, other)))))
    # Initials: "J. Smith" and "Smith, J." both find John Smith.
    keys.add(("i", f"{first[0]}|{last}"))
    keys.add(("i", f"{last[0]}|{first}"))
    return keys


def query_name_keys(tokens: tuple[str, ...]) -> set[tuple[str, str]]:
    """Blocking keys to look up for a name given in a request: every word pair, nickname variants, initials."""
    keys: set[tuple[str, str]] = set()
    words = [t for t in tokens if len(t) > 1]
    initials = [t for t in tokens if len(t) == 1]
    if len(words) == 1 and not initials:
        keys.add(("n", words[0]))
    for i, a in enumerate(words):
        for b in words[i + 1 :]:
            for va in nickname_variants(a):
                for vb in nickname_variants(b):
                    keys.add(("n", "|".join(sorted((va, vb)))))
            keys.add(("i", f"{a[0]}|{b}"))
            keys.add(("i", f"{b[0]}|{a}"))
    for initial in initials:
        for w in words:
            keys.add(("i", f"{initial}|{w}"))
    return keys
