"""Per-language phrase tables (the TOML files beside this module) loaded once and compiled into regexes."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

HERE = Path(__file__).resolve().parent
LANGUAGES = ("en", "de", "fr", "es", "it", "nl", "pt", "pl", "hi")
FLAGS = re.IGNORECASE | re.MULTILINE

# Placeholders in patterns. Each is linear by construction: the repeated part starts with a character the
# separator cannot match, so the engine never has two ways to split the same text.
PLACEHOLDERS = {
    "{name}": r"(?P<name>[^\W\d_][\w'’.-]{0,40}(?:[ \t]{1,3}[^\W\d_][\w'’.-]{0,40}){0,5})",
    "{org}": r"(?P<org>[^\W_][^\n,;:!?()<>|\"]{0,80})",
    "{id}": r"(?P<id>[A-Z0-9][A-Z0-9/-]{3,30})",
    "{addr}": r"(?P<addr>[^\n]{5,160})",
}
# A quantified group whose last item is itself quantified, e.g. (a+)+ or (\w*)*: the shape of catastrophic
# backtracking. Patterns in the tables must not contain it (a test checks every table).
NESTED_QUANTIFIER = re.compile(r"[+*]\)[+*{]|[+*]\)\?[+*]")


class LexiconError(ValueError):
    """A phrase table is malformed: the message names the file, the key and the pattern."""


@dataclass
class Lexicon:
    """One language's compiled phrase tables."""

    language: str
    rights: dict[str, re.Pattern[str]] = field(default_factory=dict)
    negative_rights: dict[str, re.Pattern[str]] = field(default_factory=dict)
    negation: re.Pattern[str] | None = None
    negation_after: re.Pattern[str] | None = None
    reported: re.Pattern[str] | None = None
    clause_breaks: re.Pattern[str] | None = None
    closings: re.Pattern[str] | None = None
    quote_headers: re.Pattern[str] | None = None
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


@dataclass
class Common:
    """Language-independent cues: legal references, jurisdictions, request services, mail furniture."""

    articles: dict[str, str]
    ccpa_sections: dict[str, str]
    dpdp_sections: dict[str, str]
    jurisdiction: dict[str, re.Pattern[str]]
    generators: list[Generator]
    furniture: re.Pattern[str]
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
    for key in ("negation", "negation_after", "reported", "clause_breaks", "quote_headers", "forward_markers"):
        setattr(lex, key, _alternation(source, f"cues.{key}", cues.get(key, [])))
    for key in ("request", "auto_reply", "bounce", "bulk"):
        setattr(lex, key, _alternation(source, f"cues.{key}", cues.get(key, [])))
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
    jurisdiction = {}
    for key, patterns in data.get("jurisdiction", {}).items():
        compiled = _alternation(source, f"jurisdiction.{key}", patterns)
        if compiled:
            jurisdiction[key] = compiled
    generators = []
    for item in data.get("generator", []):
        compiled = _alternation(source, f"generator.{item['name']}", item["patterns"])
        if compiled:
            generators.append(Generator(item["name"], bool(item.get("agent", False)), compiled))
    mail = data.get("mail", {})
    furniture = _alternation(source, "mail.furniture", mail.get("furniture", []))
    assert furniture is not None
    return Common(
        articles=dict(data.get("articles", {})),
        ccpa_sections=dict(data.get("ccpa_sections", {})),
        dpdp_sections=dict(data.get("dpdp_sections", {})),
        jurisdiction=jurisdiction,
        generators=generators,
        furniture=furniture,
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
