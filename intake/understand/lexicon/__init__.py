"""Per-language phrase tables (the TOML files beside this module) loaded once and compiled into regexes."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from intake.sections import NESTED_QUANTIFIER
from intake.understand.lexicon.patterns import (
    FLAGS,
    PLACEHOLDERS,
    Guarded,
    LexiconError,
    alternation,
    chunks,
    compile_one,
    expand,
    finditer,
    lowered,
    may_match,
    search,
)

__all__ = [
    "FLAGS", "LANGUAGES", "NESTED_QUANTIFIER", "PLACEHOLDERS", "Common", "Generator", "Guarded", "Law", "Lexicon",
    "LexiconError", "RightPattern", "all_loaded", "chunks", "common", "finditer", "law_mentions", "load", "lowered",
    "may_match", "raw_patterns", "scanner", "search",
]  # fmt: skip

HERE = Path(__file__).resolve().parent
# Every language with a phrase table: the 24 official EU languages, then others a European company's DPO
# receives. Order matters only for ties (the first table to claim a line of mail furniture wins).
LANGUAGES = (
    "en", "de", "fr", "es", "it", "nl", "pt", "pl", "hi",
    "bg", "hr", "cs", "da", "et", "fi", "el", "hu", "ga", "lv", "lt", "mt", "ro", "sk", "sl", "sv",
    "no", "tr", "ru", "uk", "ar", "he", "ja", "zh", "ko", "ca",
)  # fmt: skip


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
    # The writer is the data subject's employer ("our employee", HR): their signature names the subject's employer.
    employee: re.Pattern[str] | None = None
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
    # A regional variant told by its wording ([variant] in the table): its flag, its words and the other's.
    variant_flag: str = ""
    variant: re.Pattern[str] | None = None
    variant_against: re.Pattern[str] | None = None


@dataclass
class Generator:
    name: str
    agent: bool
    pattern: re.Pattern[str]


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
    org_prefixes: list[str]  # legal forms written before the name ("UAB …", "ООО «…»", "株式会社…")
    form_labels: dict[str, list[str]]  # form field -> its labels in any language
    form_rights: dict[str, re.Pattern[str]]  # right -> the words of a request-type field that name it
    vendor: re.Pattern[str] | None  # a vendor's compliance questions: mail about data protection, no request
    phishing: re.Pattern[str] | None
    question: re.Pattern[str] | None  # a question about requests that says it makes none


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
    return alternation(source, key, [rf"^\s*(?:{w})\s*[,.!:]*\s*$" for w in words])


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
        compiled = alternation(source, f"rights.{right}", patterns)
        if compiled:
            lex.rights[right] = compiled
    for right, patterns in data.get("negative_rights", {}).items():
        compiled = alternation(source, f"negative_rights.{right}", patterns)
        if compiled:
            lex.negative_rights[right] = compiled
    for table, negative in (("rights", False), ("negative_rights", True)):
        for right, patterns in data.get(table, {}).items():
            for p in patterns:
                lex.rights_index.append(RightPattern(right, negative, expand(p), chunks(p)))
    for key in (
        "negation",
        "negation_after",
        "reported",
        "clause_breaks",
        "information",
        "quote_headers",
        "forward_markers",
    ):
        setattr(lex, key, alternation(source, f"cues.{key}", cues.get(key, [])))
    for key in ("request", "auto_reply", "bounce", "bulk"):
        setattr(lex, key, alternation(source, f"cues.{key}", cues.get(key, [])))
    lex.quote_header_patterns = tuple(expand(p) for p in cues.get("quote_headers", []))
    lex.closings = _words(source, "cues.closings", cues.get("closings", []))
    lex.agent_cue = alternation(source, "person.agent_cue", person.get("agent_cue", []))
    lex.employee = alternation(source, "person.employee", person.get("employee", []))
    for key in ("name", "agent", "employer", "identifier", "address"):
        setattr(lex, key, [compile_one(source, f"person.{key}", p) for p in person.get(key, [])])
    lex.dob = alternation(source, "person.dob", person.get("dob", []))
    lex.titles = list(person.get("titles", []))
    titles = person.get("job_titles", [])
    # Boundaries that also hold inside Devanagari words, whose vowel signs are not \w; German and French
    # feminine forms ("Steuerberaterin", "avocate") count as the title.
    alternatives = "|".join(re.escape(t) for t in titles)
    # Han, kana and Hangul titles attach to the department before them ("営業部長", "销售经理").
    word = r"(?![\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af])[\w\u0900-\u097F]"
    lex.job_titles = re.compile(rf"(?<!{word})(?:{alternatives})(?:in|innen|e)?(?!{word})", FLAGS) if titles else None
    lex.months = [m.lower() for m in person.get("months", [])]
    lex.typo_words = [w.lower() for w in person.get("typo_words", [])]
    lex.latin_markers = frozenset(w.lower() for w in person.get("latin_markers", []))
    variant = data.get("variant", {})
    lex.variant_flag = str(variant.get("flag", ""))
    lex.variant = alternation(source, "variant.marks", variant.get("marks", []))
    lex.variant_against = alternation(source, "variant.against", variant.get("against", []))
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
        compiled = alternation(source, f"generator.{item['name']}", item["patterns"])
        if compiled:
            generators.append(Generator(item["name"], bool(item.get("agent", False)), compiled))
    mail = data.get("mail", {})
    furniture = alternation(source, "mail.furniture", mail.get("furniture", []))
    assert furniture is not None
    form = data.get("form", {})
    form_rights = {}
    for right, patterns in form.get("rights", {}).items():
        compiled = alternation(source, f"form.rights.{right}", patterns)
        if compiled is not None:
            form_rights[right] = compiled
    not_request = data.get("not_request", {})
    return Common(
        laws=laws,
        law_names=Guarded.build(source, names),
        jurisdiction=Guarded.build(source, cues),
        generators=generators,
        furniture=furniture,
        disclaimer=Guarded.build(source, [("disclaimer", p) for p in mail.get("disclaimer", [])]),
        org_suffixes=sorted(set(mail.get("org_suffixes", [])), key=len, reverse=True),
        org_prefixes=sorted(set(mail.get("org_prefixes", [])), key=len, reverse=True),
        form_labels={key: list(labels) for key, labels in form.get("labels", {}).items()},
        form_rights=form_rights,
        vendor=alternation(source, "not_request.vendor", not_request.get("vendor", [])),
        phishing=alternation(source, "not_request.phishing", not_request.get("phishing", [])),
        question=alternation(source, "not_request.question", not_request.get("question", [])),
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
