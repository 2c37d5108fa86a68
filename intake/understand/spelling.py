"""How a name is spelt: its script, its honorifics and its order, and the spelling the mail itself gives."""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from intake.understand import lexicon

# Han, kana and Hangul: names written without a space between family and given name ("陈美玲", "한지은").
DENSE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uac00-\ud7af]")
_HANGUL = re.compile(r"[\uac00-\ud7af]")
# Honorifics written after a name in those scripts ("陳志明先生", "田中様", "김민준님"), and a profession used so
# ("許雅婷律師", "山田弁護士"): never part of the name.
_DENSE_AFTER = (
    "先生", "女士", "小姐", "博士", "律师", "律師", "老师", "老師", "教授", "医生", "醫師", "同学", "同學",
    "様", "さん", "氏", "殿", "くん", "ちゃん", "弁護士", "님", "씨", "박사", "변호사", "선생님", "고객님",
)  # fmt: skip
# A job title used so ("김과장", "王经理", "山田部長"): what is left may be a family name alone, which is no full name.
_DENSE_JOBS = (
    "经理", "經理", "主任", "总监", "總監", "部長", "課長", "社長", "係長", "과장", "부장", "대리", "팀장", "실장",
    "차장", "이사", "사장", "대표", "주임",
)  # fmt: skip


def dense(text: str) -> bool:
    """Whether the text is written in Han, kana or Hangul (spaces and a middle dot aside)."""
    letters = [ch for ch in text if ch.isalpha()]
    return bool(letters) and all(DENSE.match(ch) for ch in letters)


def without_honorific(token: str) -> str:
    """ "陳志明先生" -> "陳志明", "김민준님" -> "김민준": a Han, kana or Hangul word without the honorific after it."""
    if not DENSE.match(token[-1:]):
        return token
    for suffix in sorted(_DENSE_AFTER, key=len, reverse=True):
        if token.endswith(suffix) and len(token) > len(suffix) + 1:
            return token[: -len(suffix)]
    for suffix in _DENSE_JOBS:
        if token.endswith(suffix) and len(token) > len(suffix):
            return token[: -len(suffix)]
    return token


def dense_job(token: str) -> bool:
    """A Han or Hangul job title written as its own word ("대리", "課長")."""
    return token in _DENSE_JOBS


def is_honorific(token: str) -> bool:
    return token in _DENSE_AFTER


def dense_name_fits(tokens: list[str]) -> bool:
    """A Han, kana or Hangul name is short: two to six characters in one or two words ("欧阳思远", "渡辺 彩");
    a longer run is a sentence the pattern ran into ("캘리포니아 주민", "你们的客户")."""
    chars = sum(len(t) for t in tokens)
    if any(_HANGUL.search(t) for t in tokens):
        return len(tokens) == 1 and 2 <= chars <= 5
    return len(tokens) <= 2 and 2 <= chars <= 6


@cache
def _stops() -> frozenset[str]:
    """Words that end a name in scripts without capitals (`name_stops` in each table): "عمرها", "का", "בת"."""
    return frozenset(w for lex in lexicon.all_loaded() for w in lex.data.get("person", {}).get("name_stops", []))


@cache
def _family_names() -> frozenset[str]:
    return frozenset(w for lex in lexicon.all_loaded() for w in lex.data.get("person", {}).get("family_names", []))


def known_family(name: str) -> bool:
    """Whether a Han or Hangul name written as one word starts with a family name of the tables ("陈美玲", "欧阳思远",
    "김민준"); kana, spaced names and other scripts are not checked."""
    if " " in name or not (_HANGUL.search(name) or re.search(r"[\u3400-\u9fff\uf900-\ufaff]", name)):
        return True
    return name[:1] in _family_names() or name[:2] in _family_names()


def stop_word(token: str) -> bool:
    """Whether a word of a script without capitals cannot belong to a name ("ريم خالد العتيبي عمرها")."""
    return token in _stops()


def caseless(token: str) -> bool:
    return token[:1].isalpha() and token[:1].lower() == token[:1].upper()


def latin(text: str) -> bool:
    """Whether every letter of the text is a Latin one (with or without its accents)."""
    return all("LATIN" in unicodedata.name(ch, "") for ch in text if ch.isalpha())


def fold(word: str) -> str:
    """A word without case or accents: "Nguyễn" and "NGUYEN" are one spelling."""
    decomposed = unicodedata.normalize("NFKD", word.casefold().strip(".,"))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).replace("đ", "d")


def _capitalised_runs(text: str) -> list[list[str]]:
    """Runs of capitalised words side by side on one line, a bracket or punctuation mark ending one ("Tôi là Nguyễn
    Thị Thu Hằng. Xin…" -> [Tôi], [Nguyễn, Thị, Thu, Hằng], [Xin…]; "T. Brooks (Tyler Brooks)" -> [Tyler, Brooks])."""
    runs: list[list[str]] = []
    for line in text[:5000].splitlines():
        runs.append([])
        for token in line.split():
            word = token.rstrip("\"'“”„«»)]")
            bare = word.rstrip(".,;:!?").lstrip("\"'“”„«»([")
            if bare != word.rstrip(".,;:!?"):
                runs.append([])  # "(Tyler": a bracket or a quote opens a new run
            if bare[:1].isupper() and all(ch.isalpha() or ch in "-'’" for ch in bare):
                runs[-1].append(bare)
                if bare != word.lstrip("\"'“”„«»([") or word != token:
                    runs.append([])  # "Hằng." or "Brooks)": the run ends with it
            elif runs[-1]:
                runs.append([])
    return [run for run in runs if len(run) >= 2]


def written_in(display: str, text: str) -> str | None:
    """The spelling the mail gives of the From name: capitalised words side by side holding every word of it, in
    whatever order, accents and case ("Hang Nguyen" -> "Nguyễn Thị Thu Hằng", "PETRAITIS JONAS" -> "Jonas
    Petraitis"); None when the text writes it as the header does or not at all."""
    wanted = {fold(w) for w in display.split() if len(w.strip(".")) > 1}
    if len(wanted) < 2 or len(wanted) < len(display.split()):
        return None  # "K Venkataramana Rao": an initial the letter may spell out or not
    for run in _capitalised_runs(text):
        folded = [fold(w) for w in run]
        # More words than the header's only where the header dropped the accents the letter writes ("Hang Nguyen"):
        # "Maria Garcia" in the header and "Maria Garcia Lopez" in the letter may be her daughter.
        extra = 2 if display.isascii() else 0
        for start in range(len(run)):
            for end in range(start + len(wanted), min(len(run), start + len(wanted) + extra) + 1):
                if wanted <= set(folded[start:end]) and folded[start] in wanted and folded[end - 1] in wanted:
                    found = " ".join(run[start:end])
                    if found.isupper() and not display.isupper():
                        continue  # "NOVINKY GDPR": a heading in capitals, not a spelling of "Novinky GDPR"
                    if end - start > len(wanted) and found.isascii():
                        continue
                    return None if found == display else found
    return None


def family_first(display: str, signed: str) -> bool:
    """Whether the header writes the signed name family first ("Фёдоров Пётр Алексеевич" for "Пётр Фёдоров")."""
    shown = [fold(w) for w in display.split()]
    own = [fold(w) for w in signed.split()]
    if len(own) < 2 or own[0] not in shown or own[-1] not in shown:
        return False
    return shown.index(own[-1]) < shown.index(own[0])


def given_first(display: str, language: str | None) -> str:
    """ "KNEŽEVIĆ Ante" -> "Ante Knežević": a family name in capitals before a given name that is not. Hungarian,
    Chinese, Japanese, Korean and Vietnamese names stay family first, as their writers put them."""
    words = display.split()
    if language in {"hu", "zh", "ja", "ko", "vi"} or not 2 <= len(words) <= 3:
        return display
    upper = [w for w in words if sum(ch.isalpha() for ch in w) > 2 and w.isupper() and _VOWELS.search(fold(w))]
    if not upper or words[: len(upper)] != upper or len(upper) == len(words):
        return display
    rest = words[len(upper) :]
    if not all(w[:1].isupper() and not w.isupper() for w in rest):
        return display
    return " ".join([*rest, *(_capitalise(w) for w in upper)])


# A family name has a vowel; "GDPR", "HR" and "NGO" in "GDPR Compliance Center" are initials of an organisation.
_VOWELS = re.compile(r"[aeiouyаеёиоуыэюяіїєαεηιουω]")


def _capitalise(word: str) -> str:
    """ "KNEŽEVIĆ" -> "Knežević", "MÄKELÄ-NIEMINEN" -> "Mäkelä-Nieminen", "O'BRIEN" -> "O'Brien"."""
    return re.sub(r"[^\W\d_]+", lambda m: m.group(0).capitalize(), word)
