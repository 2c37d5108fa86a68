"""Per-language phrase tables (the TOML files beside this module) loaded once and compiled into regexes."""

from __future__ import annotations

import re
import tomllib

try:  # the parser behind `re`, used to read which words a pattern requires
    import re._parser as _sre_parser  # type: ignore[import-not-found]
except ImportError:  # Python 3.10 and older
    import sre_parse as _sre_parser  # type: ignore[no-redef]
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from intake.sections import NESTED_QUANTIFIER

HERE = Path(__file__).resolve().parent
# Every language with a phrase table: the 24 official EU languages, then others a European company's DPO
# receives. Order matters only for ties (the first table to claim a line of mail furniture wins).
LANGUAGES = (
    "en", "de", "fr", "es", "it", "nl", "pt", "pl", "hi",
    "bg", "hr", "cs", "da", "et", "fi", "el", "hu", "ga", "lv", "lt", "mt", "ro", "sk", "sl", "sv",
    "no", "tr", "ru", "uk", "ar", "he", "ja", "zh", "ko",
)  # fmt: skip
FLAGS = re.IGNORECASE | re.MULTILINE
_CHUNK = re.compile(r"(?:[^\W\d_]|[\u0900-\u097F])+")

# Placeholders in patterns. Each is linear by construction: the repeated part starts with a character the
# separator cannot match, so the engine never has two ways to split the same text.
PLACEHOLDERS = {
    "{name}": r"(?P<name>[^\W\d_][\w'’.-]{0,40}(?:[ \t]{1,3}[^\W\d_][\w'’.-]{0,40}){0,5})",
    # An organisation stops at punctuation, except South Africa's and India's "(Pty) Ltd", "(Pvt) Ltd".
    "{org}": r"(?P<org>[^\W_](?:[^\n,;:!?()<>|\"]|\((?:Pty|Pvt|Private)\)){0,80})",
    "{id}": r"(?P<id>[A-Z0-9][A-Z0-9/-]{3,30})",
    "{addr}": r"(?P<addr>[^\n]{5,160})",
}


class LexiconError(ValueError):
    """A phrase table is malformed: the message names the file, the key and the pattern."""


@dataclass
class Lexicon:
    """One language's compiled phrase tables."""

    language: str
    rights: dict[str, re.Pattern[str]] = field(default_factory=dict)
    negative_rights: dict[str, re.Pattern[str]] = field(default_factory=dict)
    # Every rights pattern with the words it needs: only patterns whose words occur in a text are run on it.
    rights_index: list[RightPattern] = field(default_factory=list)
    negation: re.Pattern[str] | None = None
    negation_after: re.Pattern[str] | None = None
    reported: re.Pattern[str] | None = None
    clause_breaks: re.Pattern[str] | None = None
    # Words that make a sentence an item of what an access request asks to be told ("the existence of
    # automated decision-making", "the right to lodge a complaint"): rights named there are not asked for.
    information: re.Pattern[str] | None = None
    closings: re.Pattern[str] | None = None
    quote_headers: re.Pattern[str] | None = None
    quote_header_patterns: tuple[str, ...] = ()  # the same, one pattern each (layout sorts them by form)
    forward_markers: re.Pattern[str] | None = None
    request: re.Pattern[str] | None = None
    auto_reply: re.Pattern[str] | None = None
    bounce: re.Pattern[str] | None = None
    bulk: re.Pattern[str] | None = None
    agent_cue: re.Pattern[str] | None = None
    name: list[re.Pattern[str]] = field(default_factory=list)
    agent: list[re.Pattern[str]] = field(default_factory=list)
    employer: list[re.Pattern[str]] = field(default_factory=list)
    identifier: list[re.Pattern[str]] = field(default_factory=list)
    address: list[re.Pattern[str]] = field(default_factory=list)
    dob: re.Pattern[str] | None = None
    titles: list[str] = field(default_factory=list)
    job_titles: re.Pattern[str] | None = None
    months: list[str] = field(default_factory=list)
    typo_words: list[str] = field(default_factory=list)
    latin_markers: frozenset[str] = frozenset()


@dataclass
class Generator:
    name: str
    agent: bool
    pattern: re.Pattern[str]


@dataclass(frozen=True)
class Guarded:
    """Patterns kept apart, each with the words it needs: only those whose words occur in a text are run.

    One alternation of many patterns costs a try of every alternative at every position of every text; a few
    `in` tests per pattern cost far less, and most texts hold the words of none. Patterns sharing a label are
    skipped together when none of their words occurs.
    """

    groups: tuple[tuple[str, frozenset[str], tuple[tuple[re.Pattern[str], tuple[frozenset[str], ...]], ...]], ...]

    @classmethod
    def build(cls, source: str, items: list[tuple[str, str]]) -> Guarded:
        """From (label, pattern) pairs; patterns are checked as every table pattern is."""
        by_label: dict[str, list[tuple[re.Pattern[str], tuple[frozenset[str], ...]]]] = {}
        for label, p in items:
            by_label.setdefault(label, []).append((_compile_one(source, label, p), chunks(p)))
        groups = []
        for label, patterns in by_label.items():
            # A pattern without known words could match anywhere: its group is never skipped.
            anyword = (
                frozenset() if any(not w for _, w in patterns) else frozenset().union(*(w[0] for _, w in patterns))
            )
            groups.append((label, anyword, tuple(patterns)))
        return cls(tuple(groups))

    def finditer(self, text: str, limit: int = 200) -> Iterator[tuple[str, re.Match[str]]]:
        """(label, match) of every pattern whose words occur, pattern by pattern, at most `limit` per pattern."""
        low = lowered(text)
        for label, anyword, patterns in self.groups:
            if anyword and not any(word in low for word in anyword):
                continue
            for pattern, words in patterns:
                if not may_match(words, low):
                    continue
                for count, found in enumerate(pattern.finditer(text)):
                    if count >= limit:
                        break
                    yield label, found

    def search(self, text: str) -> tuple[str, re.Match[str]] | None:
        return next(self.finditer(text, 1), None)


_last_mentions: tuple[str, list[tuple[int, int, str]]] = ("", [])


def law_mentions(text: str) -> list[tuple[int, int, str]]:
    """(start, end, law key) of every law the text names, remembered for the last text (rights and
    jurisdiction both ask)."""
    global _last_mentions
    last = _last_mentions
    if last[0] is text:
        return last[1]
    found = [(m.start(), m.end(), key) for key, m in common().law_names.finditer(text, 20)]
    _last_mentions = (text, found)
    return found


@dataclass
class Law:
    """A data protection law: how letters name it and which of its article or section numbers name a right."""

    key: str
    jurisdiction: str
    default: bool  # an article number with no law named is read as this law's (the GDPR)
    articles: dict[str, str]


@dataclass
class Common:
    """Language-independent cues: legal references, jurisdictions, request services, mail furniture."""

    laws: dict[str, Law]
    law_names: Guarded  # every law's names, labelled with the law's key
    jurisdiction: Guarded  # cues of a jurisdiction other than a law's name, labelled with its key
    generators: list[Generator]
    furniture: re.Pattern[str]
    disclaimer: Guarded
    org_suffixes: list[str]


def _check(source: str, key: str, pattern: str) -> None:
    if NESTED_QUANTIFIER.search(pattern):
        raise LexiconError(f"{source} [{key}]: nested quantifier in {pattern!r}; rewrite it with a bounded gap")


def _expand(pattern: str) -> str:
    for placeholder, regex in PLACEHOLDERS.items():
        pattern = pattern.replace(placeholder, regex)
    return pattern


def _compile_one(source: str, key: str, pattern: str) -> re.Pattern[str]:
    _check(source, key, pattern)
    try:
        return re.compile(_expand(pattern), FLAGS)
    except re.error as exc:
        raise LexiconError(f"{source} [{key}]: {exc} in {pattern!r}") from None


def _alternation(source: str, key: str, patterns: list[str]) -> re.Pattern[str] | None:
    """Several patterns as one regex (one scan of the text instead of one per pattern)."""
    if not patterns:
        return None
    for p in patterns:
        _compile_one(source, key, p)  # name the faulty pattern, not the whole alternation
    return re.compile("|".join(f"(?:{_expand(p)})" for p in patterns), FLAGS)


def chunks(pattern: str) -> tuple[frozenset[str], ...]:
    """What every match of the pattern contains: all of these sets, and from each set at least one string.

    Read from the parsed pattern (lower-cased): literal runs in sequence are required, a branch requires one
    of its alternatives' strings, an optional part requires nothing. A text lacking any one of the sets
    cannot match, so a few cheap `in` tests spare running the regex on it. Empty when nothing is known.
    """
    try:
        parsed = _sre_parser.parse(_expand(pattern), FLAGS)
    except re.error:
        return ()
    return tuple(frozenset(w.lower() for w in group) for group in _required(list(parsed)))


# Han, kana and Hangul: one character of these scripts says about as much as two Latin letters, and their
# words are two or three characters long ("删除", "削除", "삭제"), so each counts twice.
_DENSE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]")


def _selectivity(strings: frozenset[str]) -> int:
    return min(len(s.strip()) + len(_DENSE.findall(s)) for s in strings)


def _required(items: list) -> list[frozenset[str]]:  # type: ignore[type-arg]
    """The requirements of a sequence of parsed items, as a conjunction of alternatives."""
    required: list[frozenset[str]] = []
    run: list[str] = []

    def close_run() -> None:
        if run:
            required.append(frozenset(["".join(run)]))
            run.clear()

    for op, av in items:
        name = str(op)
        if name == "LITERAL":
            run.append(chr(av))
            continue
        close_run()
        if name == "SUBPATTERN":
            required.extend(_required(list(av[-1])))
        elif name == "BRANCH":
            alternatives = [_required(list(branch)) for branch in av[1]]
            if alternatives and all(alternatives):
                # One string of each alternative's most selective requirement must occur.
                required.append(frozenset().union(*(max(a, key=_selectivity) for a in alternatives)))
        elif name in {"MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"} and av[0] >= 1:
            required.extend(_required(list(av[2])))
    close_run()
    return [group for group in required if _selectivity(group) >= 3]


def may_match(required: tuple[frozenset[str], ...], low: str) -> bool:
    """False when the lower-cased text lacks a string the pattern cannot match without."""
    for group in required:  # plain loops: this runs a hundred times per mail
        for word in group:
            if word in low:
                break
        else:
            return False
    return True


@dataclass(frozen=True)
class RightPattern:
    right: str
    negative: bool  # carries its own negation ("don't email me again")
    regex: str
    words: tuple[frozenset[str], ...]


@cache
def scanner(language: str, active: tuple[int, ...]) -> re.Pattern[str]:
    """The active patterns of a language as one regex; group `p<i>` names the pattern that matched."""
    index = load(language).rights_index
    return re.compile("|".join(f"(?P<p{i}>{index[i].regex})" for i in active), FLAGS)


def _words(source: str, key: str, words: list[str]) -> re.Pattern[str] | None:
    """A list of plain phrases as one regex that matches a whole line starting with one of them."""
    if not words:
        return None
    return _alternation(source, key, [rf"^\s*(?:{w})\s*[,.!:]*\s*$" for w in words])


@cache
def load(language: str) -> Lexicon:
    """The compiled tables of one language (cached: built once per process)."""
    path = HERE / f"{language}.toml"
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    source = path.name
    cues = data.get("cues", {})
    person = data.get("person", {})
    lex = Lexicon(language=language)
    for right, patterns in data.get("rights", {}).items():
        compiled = _alternation(source, f"rights.{right}", patterns)
        if compiled:
            lex.rights[right] = compiled
    for right, patterns in data.get("negative_rights", {}).items():
        compiled = _alternation(source, f"negative_rights.{right}", patterns)
        if compiled:
            lex.negative_rights[right] = compiled
    for table, negative in (("rights", False), ("negative_rights", True)):
        for right, patterns in data.get(table, {}).items():
            for p in patterns:
                lex.rights_index.append(RightPattern(right, negative, _expand(p), chunks(p)))
    for key in (
        "negation",
        "negation_after",
        "reported",
        "clause_breaks",
        "information",
        "quote_headers",
        "forward_markers",
    ):
        setattr(lex, key, _alternation(source, f"cues.{key}", cues.get(key, [])))
    for key in ("request", "auto_reply", "bounce", "bulk"):
        setattr(lex, key, _alternation(source, f"cues.{key}", cues.get(key, [])))
    lex.quote_header_patterns = tuple(_expand(p) for p in cues.get("quote_headers", []))
    lex.closings = _words(source, "cues.closings", cues.get("closings", []))
    lex.agent_cue = _alternation(source, "person.agent_cue", person.get("agent_cue", []))
    for key in ("name", "agent", "employer", "identifier", "address"):
        setattr(lex, key, [_compile_one(source, f"person.{key}", p) for p in person.get(key, [])])
    lex.dob = _alternation(source, "person.dob", person.get("dob", []))
    lex.titles = list(person.get("titles", []))
    titles = person.get("job_titles", [])
    # Boundaries that also hold inside Devanagari words, whose vowel signs are not \w; German and French
    # feminine forms ("Steuerberaterin", "avocate") count as the title.
    alternatives = "|".join(re.escape(t) for t in titles)
    word = r"[\w\u0900-\u097F]"
    lex.job_titles = re.compile(rf"(?<!{word})(?:{alternatives})(?:in|innen|e)?(?!{word})", FLAGS) if titles else None
    lex.months = [m.lower() for m in person.get("months", [])]
    lex.typo_words = [w.lower() for w in person.get("typo_words", [])]
    lex.latin_markers = frozenset(w.lower() for w in person.get("latin_markers", []))
    return lex


@cache
def common() -> Common:
    path = HERE / "common.toml"
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    source = path.name
    laws: dict[str, Law] = {}
    names: list[tuple[str, str]] = []
    cues = [(key, p) for key, patterns in data.get("jurisdiction", {}).items() for p in patterns]
    for key, item in data.get("laws", {}).items():
        laws[key] = Law(key, item["jurisdiction"], bool(item.get("default", False)), dict(item.get("articles", {})))
        names.extend((key, p) for p in item.get("names", []))
    generators = []
    for item in data.get("generator", []):
        compiled = _alternation(source, f"generator.{item['name']}", item["patterns"])
        if compiled:
            generators.append(Generator(item["name"], bool(item.get("agent", False)), compiled))
    mail = data.get("mail", {})
    furniture = _alternation(source, "mail.furniture", mail.get("furniture", []))
    assert furniture is not None
    return Common(
        laws=laws,
        law_names=Guarded.build(source, names),
        jurisdiction=Guarded.build(source, cues),
        generators=generators,
        furniture=furniture,
        disclaimer=Guarded.build(source, [("disclaimer", p) for p in mail.get("disclaimer", [])]),
        org_suffixes=sorted(mail.get("org_suffixes", []), key=len, reverse=True),
    )


def raw_patterns() -> list[tuple[str, str, str]]:
    """(file, key, pattern) for every pattern in every table, for tests that lint or attack them."""
    out: list[tuple[str, str, str]] = []

    def walk(source: str, prefix: str, node: object) -> None:
        if isinstance(node, dict):
            for k, v in node.items():
                walk(source, f"{prefix}.{k}" if prefix else k, v)
        elif isinstance(node, list):
            for item in node:
                if isinstance(item, str):
                    out.append((source, prefix, item))
                else:
                    walk(source, prefix, item)

    for path in sorted(HERE.glob("*.toml")):
        walk(path.name, "", tomllib.loads(path.read_text(encoding="utf-8")))
    return out


@cache
def all_loaded() -> tuple[Lexicon, ...]:
    return tuple(load(code) for code in LANGUAGES)


_last_lowered: tuple[str, str] = ("", "")


def lowered(text: str) -> str:
    """text.lower(), remembered for the last text: the same text is tested against many patterns in a row.

    The pair is replaced in one assignment, so threads sharing it can only miss the memo, never mix texts.
    """
    global _last_lowered
    last = _last_lowered
    if last[0] is text:
        return last[1]
    low = text.lower()
    _last_lowered = (text, low)
    return low


@cache
def _guard_words(source: str) -> tuple[frozenset[str], ...]:
    return chunks(source)


def finditer(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """pattern.finditer(text), skipped at the cost of a few `in` tests when the text lacks a required word."""
    words = _guard_words(pattern.pattern)
    if words and not may_match(words, lowered(text)):
        return iter(())
    return pattern.finditer(text)


def search(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    """pattern.search(text) with the same required-word shortcut as `finditer`."""
    return next(finditer(pattern, text), None)
