"""Which rights a text asks for: phrase tables per language, legal references, negation and typo tolerance."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import cache

from rapidfuzz.distance import OSA

from intake.understand import lexicon
from intake.understand.lexicon import Lexicon

MAX_HITS_PER_RIGHT = 40  # matches examined per right and language: a 10 MB "delete delete..." stays cheap
NEGATION_WINDOW = 80  # characters of the clause before a match searched for "not", "nicht"...
# Sentence and clause boundaries: a full stop followed by a capital, ! ? ; the Hindi danda, a line break,
# a comma (unless a "that"-clause follows, which keeps the negation of its main clause), or a dash.
_BOUNDARY = re.compile(
    r"[.!?;।](?=\s{1,10}(?:[^\W\d_]|$)|\s*$)|[!?;।]|\n|,(?!\s{0,3}(?:that|dass|que|che|dat|że|ki)\b)|\s[-–—]\s"
)
_ARTICLE = re.compile(
    r"\b(?:art(?:icle|ikel|ículo|icolo|igo|ykuł|ykułu|\.)?|čl(?:ánek|ánku|\.)?|§)\s{0,2}(\d{1,2})(?:\.?º|\.\s?º)?"
    r"(?!\d|\.\d)",
    re.I,
)
_SEVEN_THREE = re.compile(
    r"\bart(?:icle|ikel|ículo|icolo|igo|ykuł|\.)?\s{0,2}7\s?(?:\(3\)|abs\.?\s?3|para\.?\s?3|ust\.?\s?3)", re.I
)
_CCPA = re.compile(r"\b(1798\.1\d\d)\b")
_DPDP = re.compile(r"\bsection\s{1,2}(1[1-4])\b[^.\n]{0,60}\b(?:DPDP|Digital Personal Data Protection)", re.I)
_WORD = re.compile(r"[^\W\d_]{5,20}")
# Real words one letter away from a keyword: never "correct" them.
_NOT_TYPOS = frozenset({"remote", "retails", "success", "excess", "recess", "consents", "deleted", "removed", "erased"})


@dataclass
class Hit:
    right: str
    start: int
    end: int
    sentence: str
    how: str  # "phrase:<lang>", "article", "ccpa", "dpdp", "typo:<lang>"
    negated: bool = False
    reported: bool = False


@dataclass
class RightsFound:
    """Rights asked for, with every hit kept (negated and reported ones too, for evidence and flags)."""

    rights: dict[str, Hit] = field(default_factory=dict)
    refused: list[Hit] = field(default_factory=list)  # negated or reported: seen, not asked for
    asked: list[Hit] = field(default_factory=list)  # every hit that asks (several per right)
    typo_corrected: bool = False


class _Clauses:
    """Clause boundaries of a text, to find the clause and sentence around a match quickly."""

    def __init__(self, text: str, breaks: re.Pattern[str] | None) -> None:
        self.text = text
        bounds = [(m.end(), m.group(0)) for m in _BOUNDARY.finditer(text)]
        cuts = {end for end, _ in bounds}
        if breaks is not None:
            cuts.update(m.start() for m in breaks.finditer(text))
        self.cuts = sorted(cuts)
        # Commas and dashes end clauses, not sentences.
        self.sentence_cuts = [end for end, mark in bounds if mark != "," and mark.strip() not in {"-", "–", "—"}]

    def clause(self, start: int, end: int) -> tuple[int, int]:
        i = bisect.bisect_right(self.cuts, start)
        left = self.cuts[i - 1] if i > 0 else 0
        j = bisect.bisect_left(self.cuts, end)
        right = self.cuts[j] if j < len(self.cuts) else len(self.text)
        return left, right

    def sentence(self, start: int, end: int) -> str:
        i = bisect.bisect_right(self.sentence_cuts, start)
        left = self.sentence_cuts[i - 1] if i > 0 else 0
        j = bisect.bisect_left(self.sentence_cuts, end)
        right = self.sentence_cuts[j] if j < len(self.sentence_cuts) else len(self.text)
        return " ".join(self.text[left:right].split())[:240]

    def sentence_span(self, start: int, end: int) -> tuple[int, int]:
        i = bisect.bisect_right(self.sentence_cuts, start)
        left = self.sentence_cuts[i - 1] if i > 0 else 0
        j = bisect.bisect_left(self.sentence_cuts, end)
        right = self.sentence_cuts[j] if j < len(self.sentence_cuts) else len(self.text)
        return left, right


def _is_negated(lex: Lexicon, text: str, clauses: _Clauses, start: int, end: int) -> bool:
    left, right = clauses.clause(start, end)
    before = text[max(left, start - NEGATION_WINDOW) : end]
    if lex.negation is not None and lex.negation.search(before):
        return True
    # Languages that put the negation after the verb ("Löschen möchte ich mein Konto nicht").
    return bool(lex.negation_after is not None and lex.negation_after.search(text, end, right))


def _is_reported(lex: Lexicon, text: str, clauses: _Clauses, start: int, end: int) -> bool:
    if lex.reported is None:
        return False
    left, right = clauses.sentence_span(start, end)
    return bool(lex.reported.search(text, left, right))


def _scan(lexicons: list[Lexicon], text: str, how: str = "phrase") -> list[Hit]:
    hits: list[Hit] = []
    breaks = [lx.clause_breaks.pattern for lx in lexicons if lx.clause_breaks is not None]
    clauses = _Clauses(text, re.compile("|".join(breaks), re.I) if breaks else None)
    low = lexicon.lowered(text)
    for lex in lexicons:
        active = tuple(i for i, rp in enumerate(lex.rights_index) if lexicon.may_match(rp.words, low))
        if not active:
            continue
        for found in _limited(lexicon.scanner(lex.language, active), text, MAX_HITS_PER_RIGHT * 4):
            pattern = lex.rights_index[int((found.lastgroup or "p0")[1:])]
            start, end = found.start(), found.end()
            negated = False if pattern.negative else _is_negated(lex, text, clauses, start, end)
            reported = _is_reported(lex, text, clauses, start, end)
            sentence = clauses.sentence(start, end)
            hits.append(Hit(pattern.right, start, end, sentence, f"{how}:{lex.language}", negated, reported))
    # Legal references work in any language: "Art. 17 RODO", "§ 1798.120", "section 13 of the DPDP Act".
    common = lexicon.common()
    refs: list[tuple[re.Match[str], str, str]] = []
    # Each reference regex runs only when its literal part occurs at all.
    if "art" in low or "čl" in low or "§" in low:
        refs.extend(
            (m, common.articles[m.group(1)], "article")
            for m in _limited(_ARTICLE, text)
            if m.group(1) in common.articles
        )
        refs.extend((m, "withdraw_consent", "article") for m in _limited(_SEVEN_THREE, text))
    if "1798" in text:
        ccpa = common.ccpa_sections
        refs.extend((m, ccpa[m.group(1)], "ccpa") for m in _limited(_CCPA, text) if m.group(1) in ccpa)
    if "section" in low:
        dpdp = common.dpdp_sections
        refs.extend((m, dpdp[m.group(1)], "dpdp") for m in _limited(_DPDP, text) if m.group(1) in dpdp)
    for found, right, kind in refs:
        negated = any(_is_negated(lx, text, clauses, found.start(), found.end()) for lx in lexicons)
        reported = any(_is_reported(lx, text, clauses, found.start(), found.end()) for lx in lexicons)
        sentence = clauses.sentence(found.start(), found.end())
        hits.append(Hit(right, found.start(), found.end(), sentence, kind, negated, reported))
    return hits


def _limited(pattern: re.Pattern[str], text: str, limit: int = MAX_HITS_PER_RIGHT) -> list[re.Match[str]]:
    out = []
    for found in pattern.finditer(text):
        out.append(found)
        if len(out) >= limit:
            break
    return out


@cache
def _typo_index(languages: tuple[str, ...]) -> dict[str, str]:
    """Every keyword and its one-letter deletions -> keyword (symmetric-delete spelling correction)."""
    index: dict[str, str] = {}
    for code in languages:
        for word in lexicon.load(code).typo_words:
            for variant in {word, *(word[:i] + word[i + 1 :] for i in range(len(word)))}:
                index.setdefault(variant, word)
    return index


def correct_typos(text: str, languages: tuple[str, ...]) -> tuple[str, bool]:
    """The text with words one edit away from a keyword replaced by it ("delte my acount")."""
    index = _typo_index(languages)
    if not index:
        return text, False
    changed = False

    def fix(found: re.Match[str]) -> str:
        nonlocal changed
        word = found.group(0)
        low = word.lower()
        if low in index and index[low] == low or low in _NOT_TYPOS:
            return word
        candidates = {index[v] for v in (low, *(low[:i] + low[i + 1 :] for i in range(len(low)))) if v in index}
        for candidate in candidates:
            # Inflections ("deleted", "accounts") are not typos; a single edit or swap is.
            if low.startswith(candidate) or candidate.startswith(low):
                continue
            if OSA.distance(low, candidate) <= 1:
                changed = True
                return candidate
        return word

    fixed = _WORD.sub(fix, text[:20_000]) + text[20_000:]
    return fixed, changed


def find(text: str, languages: list[str]) -> RightsFound:
    """Rights asked for in `text`, reading it with the phrase tables of `languages` (English always added)."""
    codes = tuple(dict.fromkeys([*(c for c in languages if c in lexicon.LANGUAGES), "en"]))
    lexicons = [lexicon.load(c) for c in codes]
    result = RightsFound()
    seen: set[str] = set()
    for hit in sorted(_scan(lexicons, text), key=lambda h: h.start):
        seen.add(hit.right)
        if hit.negated or hit.reported:
            result.refused.append(hit)
        else:
            result.asked.append(hit)
            result.rights.setdefault(hit.right, hit)
    # Spelling is forgiven only when the text asks for nothing as written: a clear request needs no guessing.
    fixed, changed = correct_typos(text, codes) if not result.rights else (text, False)
    if changed:
        for hit in sorted(_scan(lexicons, fixed, "typo"), key=lambda h: h.start):
            # Only rights the text did not already mention in any form: a typo pass never overrides a negation.
            if hit.right in seen or hit.negated or hit.reported or hit.right in result.rights:
                continue
            hit.sentence = " ".join(text[max(0, hit.start - 60) : hit.end + 60].split())
            result.rights[hit.right] = hit
            result.typo_corrected = True
    return result
