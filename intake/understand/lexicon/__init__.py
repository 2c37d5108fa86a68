"""Per-language phrase tables (the TOML files beside this module) loaded once and compiled into regexes."""

from __future__ import annotations

import re
import tomllib
import unicodedata
from dataclasses import dataclass
from functools import cache, cached_property
from pathlib import Path
from typing import Any

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
    "no", "tr", "ru", "uk", "ar", "he", "ja", "zh", "ko", "ca", "id", "vi",
)  # fmt: skip
# Tables a table marked `unaccented = true` (Vietnamese, Maltese, Irish, Turkish) also reads without tone and vowel
# marks, as people type on a phone without the language's keyboard ("xoa du lieu cua toi", "hassru kollox li
# ghandkom fuqi", "ceartaigi e", "bilgilerimi silin lutfen"). Titles are left out: "Ông" unaccented is "Ong",
# a family name elsewhere.
_UNACCENTED = {
    "cues": None,
    "rights": None,
    "negative_rights": None,
    "person": frozenset({"name", "agent", "agent_cue", "employee", "employer", "job_titles", "dob"}),
}


# Letters Unicode does not decompose into a base letter and a mark, typed as their base letter without the keyboard.
_UNMARKED = str.maketrans({"đ": "d", "Đ": "D", "ħ": "h", "Ħ": "H", "ı": "i"})


def unaccented(text: str) -> str:
    """The text without tone and vowel marks: "xóa dữ liệu" -> "xoa du lieu", "Đ" -> "D", "ħ" -> "h", "ı" -> "i"."""
    decomposed = unicodedata.normalize("NFD", text.translate(_UNMARKED))
    return unicodedata.normalize("NFC", "".join(ch for ch in decomposed if not unicodedata.combining(ch)))


def _with_unaccented(data: dict[str, Any]) -> dict[str, Any]:
    """The table with each pattern's unaccented spelling beside it (when it differs)."""
    out = dict(data)
    for table, keys in _UNACCENTED.items():
        section = dict(out.get(table, {}))
        for key, patterns in section.items():
            if (keys is None or key in keys) and isinstance(patterns, list):
                extra = [unaccented(p) for p in patterns if isinstance(p, str)]
                section[key] = list(dict.fromkeys([*patterns, *extra]))
        out[table] = section
    return out


class _Cue:
    """A table of phrases compiled into one alternation when first read, then kept on the Lexicon."""

    def __init__(self, table: str, key: str | None = None) -> None:
        self.table, self.key = table, key

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name
        self.key = self.key or name

    def __get__(self, lex: Lexicon, owner: type | None = None) -> re.Pattern[str] | None:
        key = f"{self.table}.{self.key}"
        compiled = alternation(lex.source, key, lex.data.get(self.table, {}).get(self.key, []))
        lex.__dict__[self.name] = compiled  # the instance's value hides this descriptor from now on
        return compiled


class Lexicon:
    """One language's phrase tables, each compiled when first used.

    A message needs its own language's tables and a few tables of every language (quote headers, titles, dates
    of birth): compiling all 35 languages' tables before the first message took 1.5-2 s of a cold start.
    """

    negation = _Cue("cues")
    negation_after = _Cue("cues")
    reported = _Cue("cues")
    clause_breaks = _Cue("cues")
    # Words that make a sentence an item of what an access request asks to be told ("the existence of
    # automated decision-making", "the right to lodge a complaint"): rights named there are not asked for.
    information = _Cue("cues")
    quote_headers = _Cue("cues")
    forward_markers = _Cue("cues")
    request = _Cue("cues")
    auto_reply = _Cue("cues")
    bounce = _Cue("cues")
    bulk = _Cue("cues")
    agent_cue = _Cue("person")
    # The writer is the data subject's employer ("our employee", HR): their signature names the subject's employer.
    employee = _Cue("person")
    dob = _Cue("person")
    # A regional variant told by its wording ([variant] in the table): its words, and the other variant's.
    variant = _Cue("variant", "marks")
    variant_against = _Cue("variant", "against")

    def __init__(self, language: str, data: dict[str, Any] | None = None, source: str = "") -> None:
        self.language = language
        self.data = data or {}
        self.source = source or f"{language}.toml"

    def _table(self, table: str) -> dict[str, Any]:
        return dict(self.data.get(table, {}))

    def _alternations(self, table: str) -> dict[str, re.Pattern[str]]:
        found = {}
        for right, patterns in self._table(table).items():
            compiled = alternation(self.source, f"{table}.{right}", patterns)
            if compiled:
                found[right] = compiled
        return found

    @cached_property
    def rights(self) -> dict[str, re.Pattern[str]]:
        return self._alternations("rights")

    @cached_property
    def negative_rights(self) -> dict[str, re.Pattern[str]]:
        return self._alternations("negative_rights")

    @cached_property
    def rights_index(self) -> list[RightPattern]:
        """Every rights pattern with the words it needs: only patterns whose words occur in a text are run on it."""
        index = []
        for table, negative in (("rights", False), ("negative_rights", True)):
            for right, patterns in self._table(table).items():
                for p in patterns:
                    index.append(RightPattern(right, negative, expand(p), chunks(p)))
        return index

    @cached_property
    def quote_header_patterns(self) -> tuple[str, ...]:
        """The quote headers, one pattern each (layout sorts them by form)."""
        return tuple(expand(p) for p in self._table("cues").get("quote_headers", []))

    @cached_property
    def closings(self) -> re.Pattern[str] | None:
        return _words(self.source, "cues.closings", self._table("cues").get("closings", []))

    def _each(self, key: str) -> list[re.Pattern[str]]:
        return [compile_one(self.source, f"person.{key}", p) for p in self._table("person").get(key, [])]

    @cached_property
    def name(self) -> list[re.Pattern[str]]:
        return self._each("name")

    @cached_property
    def agent(self) -> list[re.Pattern[str]]:
        return self._each("agent")

    @cached_property
    def employer(self) -> list[re.Pattern[str]]:
        return self._each("employer")

    @cached_property
    def identifier(self) -> list[re.Pattern[str]]:
        return self._each("identifier")

    @cached_property
    def address(self) -> list[re.Pattern[str]]:
        return self._each("address")

    @cached_property
    def titles(self) -> list[str]:
        return list(self._table("person").get("titles", []))

    @cached_property
    def job_titles(self) -> list[str]:
        """Words naming a role ("Steuerberater", "営業部長"); people.py matches every language's at once."""
        return list(self._table("person").get("job_titles", []))

    @cached_property
    def months(self) -> list[str]:
        return [m.lower() for m in self._table("person").get("months", [])]

    @cached_property
    def typo_words(self) -> list[str]:
        return [w.lower() for w in self._table("person").get("typo_words", [])]

    @cached_property
    def latin_markers(self) -> frozenset[str]:
        return frozenset(w.lower() for w in self._table("person").get("latin_markers", []))

    @property
    def variant_flag(self) -> str:
        """The flag a mail in the table's regional variant carries ("brazilian"), or "" when it has none."""
        return str(self._table("variant").get("flag", ""))

    def compile_all(self) -> Lexicon:
        """Compile every table now (a warm-up, or a check that every pattern of the file compiles)."""
        for name in dir(type(self)):
            if isinstance(getattr(type(self), name, None), (_Cue, cached_property)):
                getattr(self, name)
        return self


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
    place_starts: list[str]  # first words of town names ("San", "Sankt", "سان"): a line they start is no company
    not_roles: frozenset[str]  # "customer", "Kunde", "клиент": a gap before a company naming these is no job there
    street_words: frozenset[str]  # "Street", "Road", "Straße": a name ending so is an address, not a company
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
    """One language's tables (cached: read once per process; each pattern compiled when first used)."""
    path = HERE / f"{language}.toml"
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    if data.get("unaccented"):
        data = _with_unaccented(data)
    return Lexicon(language, data, path.name)


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
        place_starts=list(mail.get("place_starts", [])),
        not_roles=frozenset(w.casefold() for w in mail.get("not_roles", [])),
        street_words=frozenset(w.casefold() for w in mail.get("street_words", [])),
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
