"""The data subject's employer in a signature block or a letterhead: the company line, never a town, a role, a
phone's footer or the name written again."""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from intake.understand import lexicon
from intake.understand.employers import _DENSE, _PHONEISH, _legal_form_alone, without_department
from intake.understand.people import (
    Found,
    _capitalised,
    _job_title_line,
    _post_nominal,
    clean_name,
    has_legal_form,
    same_person,
)

# US state codes: "Sacramento, CA" is an address line, not a company.
US_STATES = frozenset(
    """AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK
    OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC""".split()
)

_STATE_LINE = re.compile(r"^(?:[^\W\d_][\w .'-]{0,40}(?:,\s*|\s))?([A-Z]{2})(?:\s+\d{5}(?:-\d{4})?)?$")


def employer_in_signature(lines: list[str], anchor: str | None, also: tuple[str, ...] = ()) -> Found | None:
    """The company line of a signature: a legal form near the name, else a line after it that is not a job title,
    a phone, an address, a place or the name again (`also`: its other spellings, as the From header's)."""
    furniture = lexicon.common().furniture
    start = 0
    if anchor:
        for i, line in enumerate(lines):
            if same_person(line.split("|")[0].split(",")[0], anchor):
                start = i
                break
        else:
            return None
    else:
        return None
    first = lines[start]
    # "Name | Title | Company", "Name, Company", "Title at Company" on the name line itself.
    for part in reversed(_parts(first)[1:]):
        org = _org_from_line(part)
        if org and (has_legal_form(org) or _bare_org(org)):
            return Found(org, "signature", first, 0.8)
    following = lines[start + 1 : start + 4]
    # A legal form names the company, whatever title, department or town stands beside it: below the name, or
    # above it where the company comes first (株式会社さくら物産 / 営業部 課長 / 伊藤 誠).
    for line in [*following, *reversed(lines[max(0, start - 2) : start])]:
        if furniture.search(line) or _PHONEISH.search(line):
            continue
        for part in _parts(line, words=True):
            part = _from_legal_form(part)
            org = _org_from_line(part) if has_legal_form(part) else None
            if org:
                return Found(org, "signature", line, 0.8)
    words = {w.lower() for w in anchor.split()}
    for at, line in enumerate(following):
        these = {w.lower() for w in line.split()}
        if these and (these <= words or words <= these) and clean_name(line) == line.strip():
            continue  # the name again ("Rachel" then "Rachel Hughes")
        if any(_name_again(line, name) for name in (anchor, *also)):
            continue  # the name again, in full or in brackets ("R. Vītols" then "(Raimonds Vītols)")
        if furniture.search(line) or _PHONEISH.search(line) or _us_address(line) or _place(line) or _town(line):
            continue
        if at and _street(following[at - 1]):
            continue  # the town under a street address ("12 Rookery Lane" / "Much Hadley")
        if re.match(r"^(?:tel|phone|mobile|fax|mob|tél|telefon)\b", line, re.I):
            continue
        parts = _parts(line, at=True)
        if len(parts) == 1 and _job_title_line(line) or any(_REGION.match(part) for part in parts[1:]):
            continue  # a job title; a town and its state or province ("São Paulo - SP", "Galway, IE")
        for part in reversed(parts):
            if len(parts) > 1 and _job_title_line(part):
                continue
            org = _org_from_line(part)
            if org and _bare_org(org):
                return Found(org, "signature", line, 0.75 if len(parts) > 1 else 0.7)
    return None


# A line that starts with a number and holds a word ("12 Rookery Lane", "Flat 3, 22 Denby Road"): a street.
_STREET = re.compile(r"^(?:[^\W\d_]{1,12}\.? )?\d{1,5}[a-zA-Z]?,? [^\W\d_]|^[^\W\d_][^\d\n]{1,40} \d{1,5}[a-zA-Z]?$")
# A town and its region in brackets ("Lectoure (Gers)", "Xàtiva (Valencia)").
_TOWN_AND_REGION = re.compile(r"^[^\W\d_][\w'’-]{1,30}(?: [^\W\d_][\w'’-]{1,30}){0,2} \([^\W\d_][\w'’ -]{1,30}\)$")
# An Irish county after the town ("Carna, Co. na Gaillimhe", "Tralee, Co. Kerry").
_COUNTY = re.compile(r"(?:^|,\s?)Co\.? (?:na |an )?[^\W\d_]")


def _name_again(line: str, anchor: str) -> bool:
    """Whether every word of the line is a word of the name or spells out one of its initials."""
    line = line.strip().strip("()（）")
    if clean_name(line) != line:
        return False
    known = {_fold(w) for w in anchor.split() if len(w.strip(".")) > 1}
    initials = {_fold(w)[0] for w in anchor.split() if len(w.strip(".")) == 1}
    return all(_fold(w) in known or _fold(w)[0] in initials for w in line.split())


def _fold(word: str) -> str:
    plain = unicodedata.normalize("NFKD", word.casefold().strip("."))
    return "".join(ch for ch in plain if not unicodedata.combining(ch)) or word.casefold()


def _street(line: str) -> bool:
    return bool(_STREET.search(line.strip())) and not _PHONEISH.search(line)


def _place(line: str) -> bool:
    """A town: "San Diego", "سان خوسيه", "Sankt Pölten", "Ħal Qormi", "Carna, Co. na Gaillimhe" (`place_starts`)."""
    line = line.strip()
    if has_legal_form(line):
        return False
    first = line.split(maxsplit=1)[0] if line else ""
    if _TOWN_AND_REGION.match(line):
        return True  # "Lectoure (Gers)", "Xàtiva (Valencia)"
    return first.casefold() in _place_starts() and len(line.split()) >= 2 or bool(_COUNTY.search(line))


# "Aarhus C", "København SV": a Danish town and its postal district.
_POSTAL_DISTRICT = re.compile(r"^[^\W\d_][\w'’-]{1,30} (?:C|K|N|S|V|Ø|NV|NØ|SV|SØ)$")
# "Donostia / San Sebastián", "Kadıköy / İstanbul": a town's two names, or a district and its city.
_TOWN_PAIR = re.compile(
    r"^[^\W\d_][\w'’-]{1,30}(?: [^\W\d_][\w'’-]{1,30})? / [^\W\d_][\w'’-]{1,30}(?: [^\W\d_][\w'’-]{1,30})?$"
)
# Lower-case words of four letters or more: "CPF informado mediante solicitação" is a sentence, no company.
_LOWER_WORD = re.compile(r"(?<![\w'’-])[a-zà-ÿą-žа-яё]{4,}(?![\w'’-])")


def _town(line: str) -> bool:
    """A town without a legal form: "Aarhus C", "Kadıköy / İstanbul", "Rosario, Santa Fe" (one word, a region),
    or words of a sentence rather than a name ("CPF informado mediante solicitação")."""
    line = line.strip()
    if has_legal_form(line):
        return False
    if _POSTAL_DISTRICT.match(line) or _TOWN_PAIR.match(line) or len(_LOWER_WORD.findall(line)) >= 2:
        return True
    town, _, region = line.partition(", ")
    # "Title, Company" has a job first ("Sales Manager, Harbour Foods"); "Rosario, Santa Fe" a single word.
    return (
        bool(region)
        and " " not in town
        and _capitalised(town)
        and not _job_title_line(town)
        and "," not in region
        and 1 <= len(region.split()) <= 3
        and all(_capitalised(w) for w in region.split())
    )


@cache
def _place_starts() -> frozenset[str]:
    return frozenset(word.casefold() for word in lexicon.common().place_starts)


_REGION = re.compile(r"^\(?[A-Z]{2}\)?$")
_REGION_AFTER = re.compile(r"\s?/\s?[A-Z]{2}$")  # "São Paulo/SP"
_SPLIT = re.compile(r"\s*\|\s*|\s*,\s*|\s+[-–]\s+")
_SPLIT_AT = re.compile(r"\s*\|\s*|\s*,\s*|\s+at\s+|\s+[-–]\s+")


def _parts(line: str, at: bool = False, words: bool = False) -> list[str]:
    """A signature line cut at "|", "," and dashes, a legal form after a comma kept with its name ("Soler, S.L.")."""
    out: list[str] = []
    # Han and Hangul lines put the department after the company with a space: "東和物産株式会社 人事部".
    pieces = (_SPLIT_AT if at else _SPLIT).split(line)
    if words and _DENSE.search(line):
        pieces = [word for piece in pieces for word in piece.split()]
    for part in pieces:
        part = part.strip()
        if not part:
            continue
        if out and _legal_form_alone(part):
            out[-1] = f"{out[-1]}, {part}"
        else:
            out.append(part)
    return out


def _from_legal_form(part: str) -> str:
    """ "відділ кадрів ПрАТ «Дніпро Агро»" -> "ПрАТ «Дніпро Агро»": a department before a legal form written first."""
    if has_legal_form(part):
        return part
    for prefix in lexicon.common().org_prefixes:
        at = part.find(f" {prefix} ")
        if at > 0 and has_legal_form(part[at + 1 :]):
            return part[at + 1 :]
    return part


# Han and Hangul place names end in their administrative unit: 東京都, 世田谷区, 北京市, 台北市, 서울시, 강남구.
_PLACE_END = re.compile(r"[都道府県市区區町村郡省州縣县시구군도동읍면]$")


def _bare_org(org: str) -> bool:
    """Whether a line without a legal form can be a company: not an address, not a town ("Kassel", "Cluj-Napoca",
    "台北市"). A company's name without its legal form has two words at least ("Valley Orthopedics")."""
    if any(ch.isdigit() for ch in org) or _us_address(org) or _REGION_AFTER.search(org):
        return False
    if _DENSE.search(org):
        return len(org) >= 4 and not _PLACE_END.search(org)  # "上海" is a city; "华信科技" a company
    return len(org.split()) >= 2


def _org_from_line(part: str) -> str | None:
    part = part.strip()
    part = part if has_legal_form(part) else part.rstrip(".")
    if not part or _job_title_line(part) and not has_legal_form(part) or _PHONEISH.search(part):
        return None
    longest = 10 if has_legal_form(part) else 7  # "Kälte- und Klimatechnik Nord GmbH & Co. KG"
    if len(part) > 80 or len(part.split()) > longest or not _capitalised(part.lstrip("(（")[:1] or "a"):
        return None
    if part.lower() in {"hr", "dpo"} or _post_nominal(part.replace(",", " ")):
        return None
    if _us_address(part):
        return None
    return without_department(part)


def _us_address(line: str) -> bool:
    """ "Sacramento, CA", "CA 94105": a city and a US state, not a company."""
    line = line.strip()
    state = _STATE_LINE.match(line)
    if not state or state.group(1) not in US_STATES:
        return False
    # "Henderson NV" is a town in Nevada; "Goossens Bouw NV" a Belgian company: its legal form after two words.
    return "," in line or not has_legal_form(line) or len(line.split()) <= 2


def letterhead(content: str) -> Found | None:
    """The company of a letterhead: a first line ending in a legal form, with an address line below it."""
    lines = [line.strip() for line in content.lstrip()[:400].split("\n")[:3]]
    if len(lines) < 2 or not has_legal_form(lines[0]) or not re.search(r"\d", lines[1]):
        return None
    org = _org_from_line(lines[0])
    return Found(org, "letterhead", lines[0], 0.7) if org else None
