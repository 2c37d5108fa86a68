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
# Characters of a sentence either side of a match searched for "I already asked" or an information item: a
# "sentence" without full stops (a 10 MB line) must not be searched once per match.
SENTENCE_REACH = 400
ERASURE_OBJECT = 2  # spaces between an erasure verb and an access phrase that is its object
# Sentence and clause boundaries: a full stop followed by a capital, ! ? ; the Hindi danda, the ideographic
# full stop and its ！？；, a line break, a comma (also ， and 、; unless a "that"-clause follows, which keeps
# the negation of its main clause: "nechci, abyste mazali", "jag vill inte, att ni raderar"), or a dash.
_BOUNDARY = re.compile(
    r"[.!?;।](?=\s{1,10}(?:[^\W\d_]|$)|\s*$)|[!?;।。！？；]|\n|[,，、](?!\s{0,3}(?:that|dass|que|che|dat|że|ki|aby|abyste|abys|att|da|kad|hogy|että|ότι|να|чтобы|что|щоб|că|jog|kad)\b)|\s[-–—]\s"
)
_REFERENCE_WORDS = (
    "art", "čl", "§", "sec", " s.", "\ns.", "ст", "чл", "άρθρ", "αρθρ", "madde", "md.", "cikk", "pant", "straipsn",
    "člen", "airteagal", "第", "제", "1798", "inciso",
)  # fmt: skip
# "Art. 15", "Artikel 15", "artículo 15", "članak 15.", "чл. 15", "άρθρο 15", "статья 15", "Airteagal 15", "§ 34",
# and sections ("section 13", "s.23", "ss. 11"); the word comes before the number.
_WORD_FIRST = re.compile(
    r"(?<!\w)(?:(?P<art>art(?:icles?|ikel|ikla|iklan|ikkel|ikli|iklis|ículo|icolo|igo|ykuł|ykułu|ykułem|icol|icolul|"
    r"ikolu|t\.|s\.|\.)?|čl(?:ánek|ánku|ánok|anak|anka|anku|en|ena|enu|\.)?|άρθρ(?:ο|ου|α)|αρθρ(?:ο|ου)|"
    r"ст(?:атья|атьи|атье|аттю|атті|аття|\.)|чл(?:ен|ена|\.)|madde(?:si|sinin)?|md\.|airteagal|§{1,2})"
    r"|(?P<sec>sections?|sec\.|ss?\.))\s{0,2}(?P<n>\d{1,4})(?!\d|[.,]\d)",
    re.I,
)
# "15. cikk", "15. pants", "15 straipsnis", "15. člen", "15 artiklan", "11. madde": the number comes first.
_NUMBER_FIRST = re.compile(
    r"(?<![\d.])(?P<n>\d{1,3})\.?\s{0,2}(?:cikk\w{0,5}|pant\w{0,2}|straipsn\w{0,3}|člen\w{0,2}|artikl\w{0,3}|madde\w{0,6})",
    re.I,
)
# 第15条 / 第十五條 (Chinese, Japanese), 제35조의2 (Korean).
_CJK = re.compile(
    r"第\s?(?P<n>\d{1,3}|[一二三四五六七八九十]{1,4})\s?[条條](?:之?(?P<cjk_sub>[一二三四五]))?|제\s?(?P<k>\d{1,3})\s?조(?:의\s?(?P<k_sub>\d))?"
)
# What may follow the number: "(3)", "Abs. 3", "ust. 3", "/f", ", II", ", inciso VI".
_SUB = re.compile(
    r"\s?\((?P<p>\d{1,2}|[a-hı])\)|\s{0,2}(?:abs|para|ust|odst|al|lid|comma|ods|pkt|punkt|bod|st)\.?\s{0,2}(?P<q>\d{1,2})(?!\d)"
    r"|/(?P<l>[a-hı])\b|,?\s{0,2}(?:inciso\s{1,2}|inc\.\s{0,2})?(?P<r>(?-i:[IVX]{1,4}))\b",
    re.I,
)
# More numbers of the same list: "Art. 15, 16 und 17", "articles 15 and 20"; a range ("15-22") is a list of all.
_MORE = re.compile(
    r"\s{0,2}(?:,|&|and|und|sowie|et|y|e|i|a|en|og|och|ja|és|ir|un|in|și|и|і|και|ve|oraz)\s{1,2}(?:art\w{0,6}\.?\s{0,2})?"
    r"(\d{1,2})(?![\d.,]\d)",
    re.I,
)
_RANGE = re.compile(r"\s{0,2}(?:[-–—]|to|bis|à|al|do)\s{0,2}\d{1,2}\b", re.I)
_CCPA = re.compile(r"\b(1798\.1\d\d)\b")
_CHINESE_DIGITS = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
LAW_WINDOW = 120  # characters around a reference searched for the law it belongs to
LAW_BEFORE = 25  # handicap of a law named before the number over one named after it
_WORD = re.compile(r"[^\W\d_]{5,20}")
# Real words one letter away from a keyword: never "correct" them.
_NOT_TYPOS = frozenset({"remote", "retails", "success", "excess", "recess", "consents", "deleted", "removed", "erased"})


@dataclass
class Hit:
    right: str
    start: int
    end: int
    sentence: str
    how: str  # "phrase:<lang>", "article" (GDPR), "ccpa", "lgpd"... (the law cited), "typo:<lang>"
    negated: bool = False
    reported: bool = False
    informational: bool = False  # in a sentence that lists what an access request wants to be told


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
        self.sentence_cuts = [
            end for end, mark in bounds if mark not in {",", "，", "、"} and mark.strip() not in {"-", "–", "—"}
        ]

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
    return bool(lex.reported.search(text, max(left, start - SENTENCE_REACH), min(right, end + SENTENCE_REACH)))


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
    for start, end, right, kind in references(text, low):
        negated = any(_is_negated(lx, text, clauses, start, end) for lx in lexicons)
        reported = any(_is_reported(lx, text, clauses, start, end) for lx in lexicons)
        sentence = clauses.sentence(start, end)
        hits.append(Hit(right, start, end, sentence, kind, negated, reported))
    for hit in hits:
        left, right = clauses.sentence_span(hit.start, hit.end)
        left, right = max(left, hit.start - SENTENCE_REACH), min(right, hit.end + SENTENCE_REACH)
        hit.informational = any(
            lx.information is not None and lx.information.search(text, left, right) for lx in lexicons
        )
    return hits


def _number(raw: str) -> str:
    """A reference number as digits ("十五" -> "15")."""
    if raw.isdigit():
        return raw
    tens, _, units = raw.partition("十")
    if "十" not in raw:
        return str(_CHINESE_DIGITS.get(raw, 0))
    return str((_CHINESE_DIGITS.get(tens, 1) if tens else 1) * 10 + (_CHINESE_DIGITS.get(units, 0) if units else 0))


def _raw_references(text: str) -> list[tuple[int, int, str, str, bool]]:
    """(start, end, number, sub-point, is a section) of every article or section reference, in any language."""
    refs: list[tuple[int, int, str, str, bool]] = []
    for found in _limited(_WORD_FIRST, text):
        end = found.end()
        if _RANGE.match(text, end):
            continue  # "Art. 15-22": the whole chapter, not one right
        sub = _SUB.match(text, end)
        is_section = found.group("sec") is not None
        point = next((g for g in sub.groups() if g), "") if sub else ""
        refs.append((found.start(), sub.end() if sub else end, found.group("n"), point, is_section))
        more = _MORE.match(text, sub.end() if sub else end)
        count = 0
        while more is not None and count < 6:
            refs.append((more.start(1), more.end(1), more.group(1), "", is_section))
            more, count = _MORE.match(text, more.end()), count + 1
    for found in _limited(_NUMBER_FIRST, text):
        sub = _SUB.match(text, found.end())
        point = next((g for g in sub.groups() if g), "") if sub else ""
        refs.append((found.start(), sub.end() if sub else found.end(), found.group("n"), point, False))
    for found in _limited(_CJK, text):
        if found.group("n"):
            sub = found.group("cjk_sub")
            refs.append((found.start(), found.end(), _number(found.group("n")), _number(sub) if sub else "", False))
        else:
            refs.append((found.start(), found.end(), found.group("k"), found.group("k_sub") or "", False))
    return refs


def references(text: str, low: str) -> list[tuple[int, int, str, str]]:
    """(start, end, right, how) for article and section numbers that name a right under the law they cite."""
    if not any(word in low for word in _REFERENCE_WORDS):
        return []
    common = lexicon.common()
    out: list[tuple[int, int, str, str]] = []
    if "1798" in text:
        ccpa = common.laws["ccpa"].articles
        out.extend((m.start(), m.end(), ccpa[m.group(1)], "ccpa") for m in _limited(_CCPA, text) if m.group(1) in ccpa)
    refs = _raw_references(text)
    if not refs:
        return out
    named = lexicon.law_mentions(text)
    only = {key for _, _, key in named}
    default = next((law for law in common.laws.values() if law.default), None)
    for start, end, number, point, is_section in refs:
        # A law named after the number ("Art. 15 DSGVO", "artículo 15 de la LOPDGDD") is the one it belongs to;
        # one named before it counts only when nearer by a good margin.
        near = [
            (s - end if s >= end else start - e + LAW_BEFORE, key)
            for s, e, key in named
            if s - end <= LAW_WINDOW and start - e <= LAW_WINDOW
        ]
        if near:
            law = common.laws.get(min(near)[1])
        elif len(only) == 1:
            law = common.laws.get(next(iter(only)))
        else:
            law = None if is_section else default
        if law is None or law.key == "ccpa":
            continue
        right = law.articles.get(f"{number}.{point}") if point else None
        right = right or law.articles.get(number)
        if right is not None:
            out.append((start, end, right, "article" if law.default else law.key))
    return out


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
    hits = sorted(_scan(lexicons, text), key=lambda h: h.start)
    # An access request lists what it wants to be told: "the existence of automated decision-making", "the
    # right to lodge a complaint", "the existence of the right to request erasure". Those are part of access.
    asks_access = any(h.right == "access" and not (h.negated or h.reported) for h in hits)
    # Automated decisions and complaints named in the very sentence that asks for access are items of it too
    # ("send me my data, the recipients and whether automated decision-making is used").
    access_sentences = {h.sentence for h in hits if h.right == "access" and not (h.negated or h.reported)}
    # "Delete everything you have on me", "effacez tout ce que vous avez sur moi": what follows an erasure verb
    # is its object, not an access request.
    erasures = [h for h in hits if h.right == "erasure" and not (h.negated or h.reported)]
    # The object starts right after the verb (a space or two); shorter access phrases inside it go with it.
    spans = [
        (e.end, h.end)
        for h in hits
        if h.right == "access"
        for e in erasures
        if 0 <= h.start - e.end <= ERASURE_OBJECT and e.sentence == h.sentence
    ]
    objects = {id(h) for h in hits if h.right == "access" and any(s <= h.start and h.end <= f for s, f in spans)}
    for hit in hits:
        seen.add(hit.right)
        if id(hit) in objects:
            hit.informational = True
            result.refused.append(hit)
            continue
        # Told about, not asked for: kept as evidence like a negated or reported right.
        item = hit.right in ("automated_decision", "grievance") and hit.sentence in access_sentences
        hit.informational = asks_access and (hit.informational or item) and hit.right != "access"
        if hit.negated or hit.reported or hit.informational:
            result.refused.append(hit)
        else:
            result.asked.append(hit)
            result.rights.setdefault(hit.right, hit)
    # "I object to the automated decision" contests the decision (Art. 22), it is no objection to processing.
    if "objection" in result.rights and "automated_decision" in result.rights:
        contested = {h.sentence for h in result.asked if h.right == "automated_decision"}
        objections = [h for h in result.asked if h.right == "objection"]
        if all(h.sentence in contested for h in objections):
            del result.rights["objection"]
            for h in objections:
                h.informational = True
                result.asked.remove(h)
                result.refused.append(h)
    # Spelling is forgiven only when the text asks for nothing as written: a clear request needs no guessing.
    fixed, changed = correct_typos(text, codes) if not result.rights else (text, False)
    if changed:
        for hit in sorted(_scan(lexicons, fixed, "typo"), key=lambda h: h.start):
            # Only rights the text did not already mention in any form: a typo pass never overrides a negation.
            if hit.right in seen or hit.negated or hit.reported or hit.informational or hit.right in result.rights:
                continue
            hit.sentence = " ".join(text[max(0, hit.start - 60) : hit.end + 60].split())
            result.rights[hit.right] = hit
            result.typo_corrected = True
    return result
