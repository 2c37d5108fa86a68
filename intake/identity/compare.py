"""Field comparators for identity verification: names, addresses, dates and identifiers, each scored in [0, 1]."""

from __future__ import annotations

import re
from functools import lru_cache

from rapidfuzz import fuzz
from rapidfuzz.distance import OSA, JaroWinkler

from intake.identity.normalise import nickname_variants


@lru_cache(maxsize=65536)  # the same pairs of words come back with every candidate of a common name
def _token_pair(a: str, b: str) -> tuple[float, str]:
    if a == b:
        return 1.0, "exact"
    if len(a) == 1 or len(b) == 1:
        return (0.75, "initial") if a[0] == b[0] else (0.0, "initial")
    if b in nickname_variants(a) or a in nickname_variants(b):
        return 0.94, "nickname"
    return JaroWinkler.normalized_similarity(a, b), "jaro_winkler"


def compare_names(query: tuple[str, ...], record: tuple[str, ...]) -> tuple[float, list[tuple[str, str, float]]]:
    """Align the words of two names in any order; the score is the mean over the shorter name (at least two words).

    Returns the score and the aligned (query word, record word, similarity) pairs. One word against a full
    name scores at most 0.5: a family name alone never agrees strongly.
    """
    if not query or not record:
        return 0.0, []
    pairs = sorted(
        ((s, kind, i, j) for i, a in enumerate(query) for j, b in enumerate(record) for s, kind in [_token_pair(a, b)]),
        reverse=True,
    )
    used_q: set[int] = set()
    used_r: set[int] = set()
    aligned: list[tuple[str, str, float]] = []
    for s, _kind, i, j in pairs:
        if i in used_q or j in used_r:
            continue
        used_q.add(i)
        used_r.add(j)
        aligned.append((query[i], record[j], s))
    need = max(2, min(len(query), len(record)))
    best = sorted((s for _, _, s in aligned), reverse=True)[:need]
    return sum(best) / need, aligned


ADDRESS_COMPARATOR = "token sort or character ratio; numbers within one digit"
_NUMBER = re.compile(r"\d+")


def compare_addresses(query: str, record: str) -> tuple[float, bool]:
    """Similarity of two folded addresses, and whether their numbers (house number, postcode) are the same.

    Token sort forgives word order ("Flat 2, 5 High St" against "5 High St Flat 2"); the character ratio with
    spaces removed forgives the slips of typing (a space lost or doubled: "kingsburystreet"), which split or join
    words and defeat any token comparison. The numbers (house number, postcode) may differ by one typed digit at
    most: a second difference is another address, however alike the words.
    """
    text = max(
        fuzz.token_sort_ratio(query, record),
        fuzz.ratio(query.replace(" ", ""), record.replace(" ", "")),
    )
    # OSA counts two neighbouring digits swapped (2845 for 2854) as one slip, as it is typed.
    numbers = OSA.distance(" ".join(sorted(_NUMBER.findall(query))), " ".join(sorted(_NUMBER.findall(record))))
    return text / 100, numbers <= 1


def identifier_shape(identifier: str) -> str:
    """C12345678 -> A99999999: two identifiers of the same shape are the same kind of number."""
    return re.sub(r"[A-Z]", "A", re.sub(r"\d", "9", identifier))


def compare_dates(a: str, b: str) -> float:
    """1 for the same ISO date, 0.7 for one slip (day and month swapped, one digit), else 0."""
    if a == b:
        return 1.0
    ya, ma, da = a.split("-")
    yb, mb, db = b.split("-")
    if ya == yb and ma == db and da == mb:
        return 0.7  # day and month swapped: the US/European habit, not a different person
    if OSA.distance(a, b) == 1:
        return 0.7  # one mistyped digit, or two neighbouring digits swapped
    return 0.0


def compare_employers(query: str, record: str) -> float:
    """Two employer keys (legal forms already removed): the mean of rapidfuzz's token set and token sort ratios.

    Token set alone calls "Adam" and "Adam Laroche" identical (one is a subset of the other); averaging with
    token sort keeps word order free but makes the words left over count.
    """
    return (fuzz.token_set_ratio(query, record) + fuzz.token_sort_ratio(query, record)) / 200


def compare_identifiers(a: str, b: str) -> float:
    """Two normalised identifiers: 1 when equal, else the OSA similarity (one slip in seven digits is 0.86)."""
    return 1.0 if a == b else OSA.normalized_similarity(a, b)
