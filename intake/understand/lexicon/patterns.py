"""Compiling table patterns: placeholders, the linearity check, the words a pattern needs, guarded pattern sets."""

from __future__ import annotations

import re

try:  # the parser behind `re`, used to read which words a pattern requires
    import re._parser as _sre_parser
except ImportError:  # Python 3.10 and older
    import sre_parse as _sre_parser
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from intake.sections import NESTED_QUANTIFIER

FLAGS = re.IGNORECASE | re.MULTILINE

# Placeholders in patterns. Each is linear by construction: the repeated part starts with a character the
# separator cannot match, so the engine never has two ways to split the same text.
PLACEHOLDERS = {
    "{name}": r"(?P<name>[^\W\d_][\w'’.-]{0,40}(?:[ \t]{1,3}[^\W\d_][\w'’.-]{0,40}){0,5})",
    # An organisation stops at punctuation, except South Africa's and India's "(Pty) Ltd", "(Pvt) Ltd".
    # Hebrew's legal form "בע\"מ" holds a quote.
    "{org}": r"(?P<org>[^\W_](?:[^\n,;:!?()<>|\"]|\((?:Pty|Pvt|Private)\)|(?<=בע)\"(?=מ)){0,80})",
    "{id}": r"(?P<id>[A-Z0-9][A-Z0-9/-]{3,30})",
    "{addr}": r"(?P<addr>[^\n]{5,160})",
}


class LexiconError(ValueError):
    """A phrase table is malformed: the message names the file, the key and the pattern."""


def _check(source: str, key: str, pattern: str) -> None:
    if NESTED_QUANTIFIER.search(pattern):
        raise LexiconError(f"{source} [{key}]: nested quantifier in {pattern!r}; rewrite it with a bounded gap")


def expand(pattern: str) -> str:
    for placeholder, regex in PLACEHOLDERS.items():
        pattern = pattern.replace(placeholder, regex)
    return pattern


def compile_one(source: str, key: str, pattern: str) -> re.Pattern[str]:
    _check(source, key, pattern)
    try:
        return re.compile(expand(pattern), FLAGS)
    except re.error as exc:
        raise LexiconError(f"{source} [{key}]: {exc} in {pattern!r}") from None


def alternation(source: str, key: str, patterns: list[str]) -> re.Pattern[str] | None:
    """Several patterns as one regex (one scan of the text instead of one per pattern)."""
    if not patterns:
        return None
    for p in patterns:
        compile_one(source, key, p)  # name the faulty pattern, not the whole alternation
    return re.compile("|".join(f"(?:{expand(p)})" for p in patterns), FLAGS)


def chunks(pattern: str) -> tuple[frozenset[str], ...]:
    """What every match of the pattern contains: all of these sets, and from each set at least one string.

    Read from the parsed pattern (lower-cased): literal runs in sequence are required, a branch requires one
    of its alternatives' strings, an optional part requires nothing. A text lacking any one of the sets
    cannot match, so a few cheap `in` tests spare running the regex on it. Empty when nothing is known.
    """
    try:
        parsed = _sre_parser.parse(expand(pattern), FLAGS)
    except re.error:
        return ()
    return tuple(frozenset(w.lower() for w in group) for group in _required(list(parsed)))


# Han, kana and Hangul: one character of these scripts says about as much as two Latin letters, and their
# words are two or three characters long ("删除", "削除", "삭제"), so each counts twice.
_DENSE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]")


def _selectivity(strings: frozenset[str]) -> int:
    return min(len(s.strip()) + len(_DENSE.findall(s)) for s in strings)


def _required(items: list) -> list[frozenset[str]]:
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
            by_label.setdefault(label, []).append((compile_one(source, label, p), chunks(p)))
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
