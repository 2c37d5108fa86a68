"""Which rights a text asks for: phrase tables per language, legal references, negation and typo tolerance."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import cache

from rapidfuzz.distance import OSA

from intake.understand import lexicon
from intake.understand.lexicon import Lexicon
from intake.understand.references import limited, references

MAX_HITS_PER_RIGHT = 40  # matches examined per right and language: a 10 MB "delete delete..." stays cheap
NEGATION_WINDOW = 80  # characters of the clause before a match searched for "not", "nicht"...
# Characters of a sentence either side of a match searched for "I already asked" or an information item: a
# "sentence" without full stops (a 10 MB line) must not be searched once per match.
SENTENCE_REACH = 400
ERASURE_OBJECT = 2  # spaces between an erasure verb and an access phrase that is its object
OBJECT_REACH = 60  # characters between an erasure and "and everything you have on me", its second object
VERB_LAST_REACH = 12  # characters between "alles, was Sie über mich haben" and the verb that ends the clause
# Sentence and clause boundaries: a full stop followed by a capital, ! ? ; the Hindi danda, the ideographic
# full stop and its ！？；, the Arabic ؟ ؛, a line break, a comma (also ， 、 and ،; unless a "that"-clause follows,
# which keeps the negation of its main clause: "nechci, abyste mazali", "jag vill inte, att ni raderar"), a dash, or
# the end of a parenthesis ("(é Marques, não Marquez) e depois apagar…": its "não" negates nothing after it).
_BOUNDARY = re.compile(
    r"[.!?;।](?=\s{1,10}(?:[^\W\d_]|$)|\s*$)|[!?;।。！？；؟؛]|\n|[,，、،](?!\s{0,3}(?:that|dass|que|che|dat|że|ki|aby|abyste|abys|att|da|kad|hogy|että|ότι|να|чтобы|что|щоб|că|jog|kad)\b)|\s[-–—]\s|[)）]"
)
_CLAUSE_ONLY = frozenset({",", "，", "、", "،", ")", "）", "-", "–", "—"})
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
    negative: bool = False  # a pattern that carries its own "don't" ("don't send me anything")


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
        # Commas, dashes and closing parentheses end clauses, not sentences.
        self.sentence_cuts = [end for end, mark in bounds if mark.strip() not in _CLAUSE_ONLY]

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


# A form's tick boxes: "Delete my personal information ☐ No" is an option left unticked, not a request.
_UNTICKED = re.compile(r"[☐□]|\[ \]")
_TICKED = re.compile(r"[☑☒✓✔✅■]|\[[xX✓]\]")


def _unchecked(text: str, start: int, end: int) -> bool:
    """The line of a match holds an empty tick box and no ticked one."""
    low, high = max(0, start - 200), min(len(text), end + 200)  # a 10 MB line is not searched per match
    left, right = text.rfind("\n", low, start), text.find("\n", end, high)
    line = text[left + 1 if left != -1 else low : right if right != -1 else high]
    return bool(_UNTICKED.search(line)) and not _TICKED.search(line)


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
    boxes = "☐" in text or "□" in text or "[ ]" in text
    for lex in lexicons:
        active = tuple(i for i, rp in enumerate(lex.rights_index) if lexicon.may_match(rp.words, low))
        if not active:
            continue
        for found in limited(lexicon.scanner(lex.language, active), text, MAX_HITS_PER_RIGHT * 4):
            pattern = lex.rights_index[int((found.lastgroup or "p0")[1:])]
            start, end = found.start(), found.end()
            negated = False if pattern.negative else _is_negated(lex, text, clauses, start, end)
            negated = negated or boxes and _unchecked(text, start, end)
            reported = _is_reported(lex, text, clauses, start, end)
            sentence = clauses.sentence(start, end)
            hit = Hit(pattern.right, start, end, sentence, f"{how}:{lex.language}", negated, reported)
            hit.negative = pattern.negative
            hits.append(hit)
    # Legal references work in any language: "Art. 17 RODO", "§ 1798.120", "section 13 of the DPDP Act".
    for start, end, right, kind in references(text, low):
        negated = any(_is_negated(lx, text, clauses, start, end) for lx in lexicons)
        reported = any(_is_reported(lx, text, clauses, start, end) for lx in lexicons)
        sentence = clauses.sentence(start, end)
        hits.append(Hit(right, start, end, sentence, kind, negated, reported))
    for hit in hits:
        first, last = clauses.sentence_span(hit.start, hit.end)
        first, last = max(first, hit.start - SENTENCE_REACH), min(last, hit.end + SENTENCE_REACH)
        hit.informational = any(
            lx.information is not None and lx.information.search(text, first, last) for lx in lexicons
        )
    return hits


_QUANTIFIER = re.compile(
    r"(?:everything|all|tout|toutes|tous|alles|alle|todo|todos|todas|tutto|tutti|tutte|wszystko|vše|všechno|всё|все|"
    r"mindent|kaikki|allt|alt|všetko|sve|vse|visu|viską|kõik|totul|όλα|всичко|усе|hepsini|her şeyi|כל|كل|جميع)\b",
    re.I,
)
_QUANTIFIER_BEFORE = re.compile(r"(?<!\w)" + _QUANTIFIER.pattern + r"[\s,]{0,3}$", re.I)
_AND_BEFORE = re.compile(r"\b(?:and|et|und|y|e|en|i|og|och|a|és|ja|ir|un|in|și|и|і|και|ve|oraz)\s{1,3}$", re.I)
# A list item: "- ", "• ", "1) ", "a) " at a line's start.
_ITEM = re.compile(r"^[ \t]{0,6}(?:[-*•–—·▪]|\d{1,2}[.)]|[a-zא-ת][.)])[ \t]", re.M)
MIN_ITEMS = 3
_ITEMS = ("automated_decision", "grievance")  # rights an access request names among what it wants to be told


def _listed(text: str, hits: list[Hit]) -> set[int]:
    """Automated decisions and complaints in a list whose items mostly name no right (purposes, recipients,
    storage period, source…): the list of what an access request wants to be told."""
    if not any(h.right in _ITEMS for h in hits):
        return set()
    blocks: list[list[tuple[int, int]]] = []
    for found in limited(_ITEM, text, 200):
        start = found.start()
        end = text.find("\n", start)
        end = len(text) if end == -1 else end
        if blocks and blocks[-1][-1][1] == start - 1:
            blocks[-1].append((start, end))
        else:
            blocks.append([(start, end)])
    out: set[int] = set()
    for block in blocks:
        if len(block) < MIN_ITEMS:
            continue
        # An item asking for the source or recipients ("where you got it from") is part of the access request too.
        naming = sum(
            any(s <= h.start < e and h.right != "access" and not (h.negated or h.reported) for h in hits)
            for s, e in block
        )
        if naming * 2 < len(block):
            first, last = block[0][0], block[-1][1]
            out.update(id(h) for h in hits if h.right in _ITEMS and first <= h.start < last)
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
    # "supprimez mon compte et tout ce que vous avez sur moi" (everything after "and" is the verb's second object),
    # "vymažte všetko, čo o mne máte" (delete everything, what you have on me).
    spans.extend(
        (h.start, h.end)
        for h in hits
        if h.right == "access"
        for e in erasures
        if 0 <= h.start - e.end <= OBJECT_REACH and e.sentence == h.sentence and (
            _QUANTIFIER.match(text, h.start) and _AND_BEFORE.search(text, max(0, h.start - 12), h.start)
            or _QUANTIFIER_BEFORE.search(text, max(e.start, h.start - 16), h.start)
        )
    )  # fmt: skip
    # Verb last (German, Dutch): "dass Sie alles, was Sie über mich gespeichert haben, löschen", "alles wat jullie
    # van mij hebben verwijderen": the quantified access phrase right before the erasure verb is its object.
    spans.extend(
        (h.start, h.end)
        for h in hits
        if h.right == "access"
        for e in erasures
        if 0 <= e.start - h.end <= VERB_LAST_REACH
        and e.sentence == h.sentence
        and _QUANTIFIER_BEFORE.search(text, max(0, h.start - 16), h.start)
    )
    objects = {id(h) for h in hits if h.right == "access" and any(s <= h.start and h.end <= f for s, f in spans)}
    listed = _listed(text, hits) if asks_access else set()
    # Whom the writer names to act after their death may ask for, correct or delete the data: "my son shall decide
    # whether it is kept or deleted". Rights named in the sentence of a nomination are its powers, not requests.
    nominated = {h.sentence for h in hits if h.right == "nomination" and not (h.negated or h.reported)}
    for hit in hits:
        seen.add(hit.right)
        if id(hit) in objects:
            hit.informational = True
            result.refused.append(hit)
            continue
        # Told about, not asked for: kept as evidence like a negated or reported right.
        item = hit.right in _ITEMS and (hit.sentence in access_sentences or id(hit) in listed)
        hit.informational = asks_access and (hit.informational or item) and hit.right != "access"
        hit.informational = hit.informational or hit.right != "nomination" and hit.sentence in nominated
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
    # "Freeze my data until you have checked: don't use it, don't send me anything": the "don'ts" spell out the
    # restriction asked in the same sentence; they are no objection of their own.
    if "objection" in result.rights and "restriction" in result.rights:
        frozen = {h.sentence for h in result.asked if h.right == "restriction"}
        spelled = [h for h in result.asked if h.right == "objection" and h.negative and h.sentence in frozen]
        if len(spelled) == sum(h.right == "objection" for h in result.asked):
            del result.rights["objection"]
            for h in spelled:
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
