"""The data subject's employer stated in a sentence, and a company's name cut from running text."""

from __future__ import annotations

import re
from functools import cache

from intake.understand import lexicon
from intake.understand.lexicon import Lexicon

# The people module's name and line helpers: an employer is read beside the name it belongs to.
from intake.understand.people import (
    _SENTENCE_START,
    _SPACES,
    Found,
    _capitalised,
    _job_title_regex,
    _line,
    has_legal_form,
)

ORG_CONNECTORS = frozenset(
    (
        "of & de del della der des du la le van von den di da do dos das für z and und et e y és og och ja ve si și i"
    ).split()
)

_PHONEISH = re.compile(r"\d[\d\s()./+-]{5,}\d|@|https?://|www\.", re.I)

# An organisation named in quotes after its legal form: ТОВ «Карпати Логістик», UAB „Baltų vėjas“, SIA "Koks".
_QUOTED_ORG = re.compile(r"^(?:[^\s«„“\"]{1,12}\s)?[«„“\"][^»“”\"\n]{1,60}[»“”\"]")


def clean_org(raw: str, case_free: bool = False) -> str | None:
    """An organisation name cut where the sentence goes on ("Acme Inc. and my..." -> "Acme Inc.")."""
    org = _clean_org(raw, case_free)
    if org and org.endswith(".") and " " in org:
        # "… la firma Carpați Logistic SRL." or "Родопа Трейд ЕООД.": the sentence's full stop, for a legal form
        # that is written without one (capitals, GmbH); "Acme Ltd." and "Kft." keep theirs.
        form = org.rsplit(" ", 1)[1][:-1]
        if "." not in form and (form.isupper() or form in _UNDOTTED_FORMS):
            return org[:-1]
    return org


_UNDOTTED_FORMS = frozenset({"GmbH", "mbH", "ApS", "gGmbH", "UG"})


def _clean_org(raw: str, case_free: bool) -> str | None:
    text = _SPACES.sub(" ", raw).strip(" ,;:-'")
    # Quotes around the whole go; a name quoted after its legal form keeps them: SIA "Baltijas Koks".
    if text.count('"') % 2 or text.startswith('"') and text.endswith('"'):
        text = text.strip('"').strip(" ,;:-'")
    for article in (
        "the ",
        "der ",
        "die ",
        "den ",
        "dem ",
        "das ",
        "la ",
        "le ",
        "l'",
        "el ",
        "il ",
        "lo ",
        "het ",
        "a ",
        "o ",
    ):
        if text.lower().startswith(article) and len(text) > len(article) + 1 and _capitalised(text[len(article)]):
            text = text[len(article) :]
            break
    text = _CLAUSE_END.split(text, 1)[0].strip()  # "شركة البحر الأحمر للشحن، أطلب…": the Arabic comma ends it
    text = _LOCATED.sub("", text)  # "캘리포니아 LA에 있는 Pacific Dental Group": the place before the company
    if case_free:
        return text or None
    text = without_department(text)
    quoted = _QUOTED_ORG.match(text)
    if quoted:
        return quoted.group(0)
    org = _capitalised_org(text)
    if org is None or not has_legal_form(org):
        # "Jurić savjetovanje j.d.o.o.", "Agro záhorie s.r.o.": lower-case words before a legal form are the name's.
        return _up_to_legal_form(text) or org
    return org


_CLAUSE_END = re.compile(r"[،、，。；]|\s(?:التي|الذي|والتي|والذي)\s")  # Arabic "which" starts a clause
_QUOTED_TAIL = re.compile(r"[\"«„“][^\"»“”\n]{1,60}[\"»“”]")
_LOCATED = re.compile(r"^[^\n]{1,30}?에 (?:있는|위치한) ")
# A case ending a language attaches to the legal form ("Saare Kala AS-is", "Acme Oy:ssä"): not part of the name.
_ATTACHED_CASE = re.compile(r"^(.{1,12}?)(?:-|:)[^\W\d_]{1,4}[.,]?$")


# A department written after a Han or Hangul company ("주식회사 세움물산 영업부", "株式会社北斗精機 営業企画部").
_DEPARTMENT = re.compile(
    r"\s[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]{1,12}(?:팀|부|과|실|본부|센터|部|課|室|科|部门|部門)$"
)


def without_department(org: str) -> str:
    """The company without the department after it, when what is left still carries its legal form."""
    found = _DEPARTMENT.search(org)
    if found and has_legal_form(org[: found.start()]):
        return org[: found.start()]
    return org


def _up_to_legal_form(text: str) -> str | None:
    """The text up to the first legal form ending a word within eight words, when it starts with a capital."""
    tokens = text.split(" ")
    if not tokens or not _capitalised(tokens[0][:1] or "a"):
        return None
    for i in range(1, min(len(tokens), 8)):
        head = " ".join(tokens[: i + 1])
        if any(not _letters_or_digits(t.rstrip(".,")) for t in tokens[1 : i + 1] if t not in {"&", "+"}):
            return None
        if has_legal_form(head.rstrip(",")) and not _legal_form_alone(head.rstrip(",")):
            return head.rstrip(",")
        if tokens[i].endswith(".") and not has_legal_form(tokens[i]):
            return None  # a sentence ended before any legal form
    return None


def _capitalised_org(text: str) -> str | None:
    """The run of capitalised words, connectors and a legal form that starts `text`."""
    suffixes = lexicon.common().org_suffixes
    # A legal form written first may hold lower-case words ("Công ty TNHH Minh Phát", "công ty cổ phần …").
    first = _written_first().match(text)
    head = [first.group(0)] if first else []
    tokens = text[first.end() + 1 :].split(" ") if first else text.split(" ")
    kept: list[str] = list(head)
    i = 0
    while i < len(tokens) and len(kept) < 8:
        rest = " ".join(tokens[i : i + 6])  # a legal form has five words at most ("Unipessoal, Lda.")
        leading = _leading_suffix().match(rest) if kept else None
        if leading:
            kept.append(leading.group(0))
            break
        token = tokens[i]
        if not token:
            i += 1
            continue
        attached = _ATTACHED_CASE.match(token) if kept else None
        if attached and _legal_form_alone(attached.group(1)):
            kept.append(attached.group(1))  # "Saare Kala AS-is" -> "Saare Kala AS"
            break
        if token.endswith(",") and len(token) > 1 and _capitalised(token[0]):
            # "Atlântico Seguros, S.A.": a comma before the legal form is part of the name.
            after = " ".join(tokens[i + 1 :])
            tail = next(
                (s for s in suffixes if after.startswith(s) and after[len(s) : len(s) + 1] in ("", " ", ",", ".")), None
            )
            if tail:
                kept.extend([token, tail])
                break
        bare = token.rstrip(".")
        ends_sentence = token.endswith(".") and bare and not re.fullmatch(r"(?:[A-Z]\.)+[A-Z]?", token)
        if bare and (_capitalised(bare) or bare[0].isdigit()) and _letters_or_digits(bare):
            kept.append(bare if ends_sentence else token)
            if ends_sentence:
                break
        elif (
            token in {"&", "+"}
            and kept
            or bare.lower() in ORG_CONNECTORS
            and kept
            and i + 1 < len(tokens)
            and tokens[i + 1][:1].isupper()
        ):
            kept.append(token)
        else:
            break
        i += 1
    while kept and (kept[-1].lower() in ORG_CONNECTORS or kept[-1] in {"&", "+"}):
        kept.pop()
    org = " ".join(kept).strip()
    return org if len(org) >= 2 else None


@cache
def _written_first() -> re.Pattern[str]:
    """A legal form written before the name and followed by it ("PT …", "Công ty TNHH …"), longest first."""
    forms = "|".join(map(re.escape, lexicon.common().org_prefixes))
    return re.compile(rf"(?:{forms})(?= \S)")


@cache
def _leading_suffix(bounded: bool = True) -> re.Pattern[str]:
    """A legal form at the start of the rest of a name ("GmbH & Co. KG sells…"), longest first."""
    forms = "|".join(map(re.escape, lexicon.common().org_suffixes))
    return re.compile(rf"(?:{forms})" + (r"(?=$|[ ,.])" if bounded else ""))


def _letters_or_digits(token: str) -> bool:
    return any(ch.isalnum() for ch in token) and all(ch.isalnum() or ch in "'’.-&" for ch in token)


def employer_in_text(text: str, lexicons: list[Lexicon]) -> Found | None:
    """An employer stated in a sentence ("I work at...", "Mein Arbeitgeber ist...", "Pracuję w...")."""
    for lex in lexicons:
        case_free = lex.language == "hi"
        for pattern in lex.employer:
            for found in lexicon.finditer(pattern, text):
                raw = found.group("org")
                if found.start("org") - found.start() <= 3:
                    # The name comes before the verb ("Ege Lojistik A.Ş.'de çalışıyorum"): the match may have
                    # begun sentences earlier.
                    raw = _SENTENCE_START.split(raw)[-1]
                rest = text[found.end("org") : found.end("org") + 20]
                if rest.startswith(", "):
                    # "colaborador da Atlântico Seguros, S.A.": the legal form after a comma is part of the name.
                    tail = _leading_suffix(bounded=False).match(rest[2:])
                    raw = f"{raw}, {tail.group(0)}" if tail else raw
                quoted = _QUOTED_TAIL.match(text, found.end("org"))
                if quoted and raw.strip() in lexicon.common().org_prefixes:
                    raw = f"{raw.strip()} {quoted.group(0)}"  # {org} stops at a quote: SIA "Baltijas Koks"
                org = clean_org(raw, case_free=case_free and not raw.isascii())
                if org is None and "role" in found.re.groupindex:
                    org = _later_legal_name(raw)  # "lucrez ca operator în depozit la Carpați Logistic SRL"
                if org and not _org_is_pronoun(org) and _stated(found, org, raw):
                    return Found(org, "body", _line(text, found.start()), 0.9)
    return None


def org_after_name(line: str) -> Found | None:
    """The company with its legal form after the name on a labelled line ("Employee: Anna Berg, Acme Ltd, Leeds")."""
    for part in line.split(":", 1)[-1].split(",")[1:3]:
        org = clean_org(part)
        if org and has_legal_form(org):
            return Found(org, "body", line, 0.8)
    return None


def _later_legal_name(raw: str) -> str | None:
    """A company with its legal form a few words into `raw`, after a place or a department the gap did not take."""
    words = raw.split(" ")
    for i in range(1, min(len(words), 6)):
        if words[i][:1] and _capitalised(words[i][:1]) and words[i][:1].isalpha():
            org = clean_org(" ".join(words[i:]))
            return org if org and has_legal_form(org) else None
    return None


def _stated(found: re.Match[str], org: str, raw: str) -> bool:
    """Whether a loose wording names the employer. A pattern with a gap before the company (group `role`: "работаю
    менеджером в …", "radim u računovodstvu u …", "I'm a loan officer at …") counts when the company has its legal
    form or the gap names a job; one naming the writer's own business (group `own`: "I run …", "фирмата ми е …")
    when the company has its legal form or is the whole clause in two words or more. Others always count."""
    groups = found.re.groupindex
    role = found.group("role") if "role" in groups else None
    if role and any(word.casefold() in lexicon.common().not_roles for word in re.findall(r"[^\W\d_]+", role)):
        return False  # "I'm a long-standing customer at Acme Ltd"
    if "role" not in groups and "own" not in groups or has_legal_form(org):
        return True
    if role is not None:
        # "the owner of a shop at Market Street": a job, then a street, not a company
        street = org.split()[-1].casefold().rstrip(".") in lexicon.common().street_words
        return bool(role.strip()) and _job_title_regex().search(role) is not None and not street
    if found.group("own") is not None:
        whole = org == raw.strip().rstrip(".").strip()
        # Han and Hangul names are one word: "민호디자인" is as much a name as "Minho Design".
        return whole and (len(org.split()) >= 2 or bool(_DENSE.search(org)) and len(org) >= 3)
    return True


def _org_is_pronoun(org: str) -> bool:
    return org.lower() in {"i", "we", "you", "it", "the company", "them", "ich", "je", "yo", "io", "ik", "eu", "ja"}


def _legal_form_alone(part: str) -> bool:
    suffixes = lexicon.common().org_suffixes
    return any(part == s or part == s.rstrip(".") or part.startswith(f"{s} ") for s in suffixes)


_DENSE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


def names_the_person(org: str, name: str) -> bool:
    """Whether an "employer" is only the person's name in another case ("працівника Віктора Гончаренка")."""
    stems = [word[:4].lower() for word in name.split() if len(word) >= 4]
    words = org.split()
    return bool(stems) and all(len(w) >= 4 and w[:4].lower() in stems for w in words)
