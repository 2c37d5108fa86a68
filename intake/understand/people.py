"""Who the data subject is: names from phrases, signatures and the From header; employer; agents."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache

from intake.understand import inflection, lexicon
from intake.understand.lexicon import Lexicon

# Words that make a display name an organisation or a role, not a person ("HR Silverline", "Mine Requests").
ORG_WORDS = frozenset(
    """team support hr news newsletter info information service services request requests agent shop sales helpdesk
    help desk mail delivery system subsystem postmaster mailer-daemon daemon noreply no-reply office dpo privacy data
    protection rights customer customers notifications notification alerts admin billing events people microsoft
    outlook mine the group ltd inc gmbh llc llp plc digest weekly promo ofertas offers hello contact enquiries jobs
    careers recruiting kanzlei law legal rechtsanwalt maître avocats""".split()
)
PARTICLES = frozenset("van von de der den del della di da do dos das du la le ter ten bin al el y zu dem".split())
ORG_CONNECTORS = frozenset(
    (
        "of & de del della der des du la le van von den di da do dos das für z and und et e y és og och ja ve si și i"
    ).split()
)
# Degrees and certifications written after a name ("Anna Weber, PhD", "John Carter MBA, CIPP/E"): never part
# of the name, never an employer.
POST_NOMINALS = frozenset(
    """phd ph.d dphil mba msc bsc ma ba meng llm llb ll.m md mbbs jd esq cipp cipp/e cipp/us cipm cipt cisa cissp
    cism cpa aca fca acca cima mrics frsa ceng pmp dipl.-ing dr.-ing mag dipl bsc(hons) ba(hons)""".split()
)
# US state codes: "Sacramento, CA" is an address line, not a company.
US_STATES = frozenset(
    """AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK
    OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC""".split()
)
_STATE_LINE = re.compile(r"^(?:[^\W\d_][\w .'-]{0,40},\s*)?([A-Z]{2})(?:\s+\d{5}(?:-\d{4})?)?$")
_SPACES = re.compile(r"\s+")
_QUOTE = re.compile(r'(?<![\u0590-\u05ff])"|"(?![\u0590-\u05ff])')
# A sentence ends at a full stop and a space before a capital, unless the stop ends a legal form's abbreviation.
_SENTENCE_START = re.compile(r"(?<!\b\w)(?<!\bCo)(?<!\bSp)(?<!Pty)(?<!Tic)(?<!Ltd)[.!?]\s+(?=[^\W\d_])")
# An organisation named in quotes after its legal form: ТОВ «Карпати Логістик», UAB „Baltų vėjas“, SIA "Koks".
_QUOTED_ORG = re.compile(r"^(?:[^\s«„“\"]{1,12}\s)?[«„“\"][^»“”\"\n]{1,60}[»“”\"]")
_PHONEISH = re.compile(r"\d[\d\s()./+-]{5,}\d|@|https?://|www\.", re.I)


@dataclass
class Found:
    """A value and where it came from, for evidence and confidence."""

    value: str
    source: str
    text: str
    confidence: float


def _letters_only(token: str) -> bool:
    return all(unicodedata.category(ch)[0] in "LM" or ch in "'’.-" for ch in token) and any(
        unicodedata.category(ch)[0] == "L" for ch in token
    )


def _capitalised(token: str) -> bool:
    first = token[0]
    # Scripts without case (Devanagari...) count as capitalised: their names cannot be told apart by case.
    return first.isupper() or (first.isalpha() and first.lower() == first.upper())


@cache
def _titles() -> frozenset[str]:
    titles: set[str] = set()
    for lex in lexicon.all_loaded():
        titles.update(t.lower().rstrip(".") for t in lex.titles)
    return frozenset(titles)


def clean_name(raw: str | None) -> str | None:
    """A person's name as written, without titles, quotes or trailing words; None when it is not a name."""
    if not raw:
        return None
    # Quotes go, except a gershayim-style quote inside a Hebrew abbreviation (עו"ד, ד"ר): that is a title.
    text = _SPACES.sub(" ", _QUOTE.sub(" ", raw).replace("\u200b", "")).strip(" ,;:-'")
    if not text or len(text) > 80 or any(ch.isdigit() for ch in text) or "@" in text:
        return None
    parts = text.split(",")
    while len(parts) > 1 and _post_nominal(parts[-1]):
        parts.pop()
    text = ",".join(parts).strip(" ,")
    if text.count(",") == 1:
        last, first = (part.strip() for part in text.split(","))
        # "Müller, Sabine" is a reversed name; "Ben Carter, Carter Joinery" is a name and a company.
        if 1 <= len(first.split()) <= 2 and 1 <= len(last.split()) <= 2 and not _org_like_words(first):
            text = f"{first} {last}"
        else:
            text = last
    tokens = text.split()
    titles = _titles()
    while tokens and tokens[0].lower().rstrip(".") in titles:
        tokens.pop(0)
    kept: list[str] = []
    for i, written in enumerate(tokens[:6]):
        initial = bool(re.fullmatch(r"[^\W\d_]\.", written))
        token = written.rstrip(".,") if not initial else written
        if not token or not _letters_only(token) or kept and _post_nominal(token):
            break
        particle = token.lower() in PARTICLES and bool(kept) and _particle_then_name(tokens[i + 1 :])
        if _capitalised(token) or particle:
            kept.append(token)
        else:
            break
        if written.endswith(".") and not initial and kept:
            break  # "My name is Tom Baker. Please..." ends at the full stop
    if not kept:
        return None
    return " ".join(kept)


def _post_nominal(text: str) -> bool:
    words = [w.lower().strip(".,()") for w in text.split()]
    return bool(words) and all(w in POST_NOMINALS for w in words)


def _particle_then_name(rest: list[str]) -> bool:
    """Whether particles ("van den") lead to a capitalised surname."""
    for token in rest[:3]:
        if token.lower() in PARTICLES:
            continue
        return _capitalised(token)
    return False


def _org_like_words(text: str) -> bool:
    return any(word.lower().strip(".,|") in ORG_WORDS for word in text.split())


def person_like(name: str | None) -> bool:
    """True for a display name that names a person rather than a team, a service or a company."""
    if not name:
        return False
    cleaned = clean_name(name)
    if not cleaned or _org_like_words(name):
        return False
    return len(cleaned.split()) >= 1 and len(cleaned) >= 2


def same_person(a: str, b: str) -> bool:
    """Whether two spellings share a word of the name ("Emily" and "Emily Clarke", "dan harris" and "Daniel Harris")."""
    wa = {w.lower().strip(".") for w in a.split() if len(w.strip(".")) > 1}
    wb = {w.lower().strip(".") for w in b.split() if len(w.strip(".")) > 1}
    return bool(wa & wb)


def names_in_text(text: str, lexicons: list[Lexicon]) -> Found | None:
    """An explicit statement of the writer's name ("My name is...", "Ich heiße...")."""
    for lex in lexicons:
        for pattern in lex.name:
            for found in lexicon.finditer(pattern, text):
                name = clean_name(found.group("name"))
                if name and (len(name.split()) >= 2 or "name" in pattern.pattern.lower()[:40]):
                    return Found(name, "body", _line(text, found.start()), 0.95)
    return None


def signature_name(lines: list[str], hint: str | None = None) -> Found | None:
    """The name line of a signature block: the one agreeing with the From name, else the first name-like line."""
    candidates = []
    for line in lines:
        head = re.split(r"\s*[|,]\s*|\s+[-–]\s+", line.lstrip("-– "))[0]
        name = clean_name(head)
        if not name or _org_like_words(head) or _job_title_line(head):
            continue
        candidates.append((name, line))
    for name, line in candidates:
        if hint and same_person(name, hint):
            return Found(name, "signature", line, 0.85)
    if candidates and len(candidates[0][0].split()) >= 2:
        return Found(candidates[0][0], "signature", candidates[0][1], 0.7)
    return None


@cache
def _job_title_regex() -> re.Pattern[str]:
    parts = [lx.job_titles.pattern for lx in lexicon.all_loaded() if lx.job_titles is not None]
    return re.compile("|".join(f"(?:{p})" for p in parts), re.I)


def _job_title_line(text: str) -> bool:
    """A short line naming a role ("Logistics Coordinator"); "Schneider & Partner" is a firm, not a role."""
    if "&" in text or len(text.split()) > 4 or _has_suffix(text):
        return False
    return bool(_job_title_regex().search(text))


def clean_org(raw: str, case_free: bool = False) -> str | None:
    """An organisation name cut where the sentence goes on ("Acme Inc. and my..." -> "Acme Inc.")."""
    text = _SPACES.sub(" ", raw).strip(" ,;:-'\"")
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
    if case_free:
        return text or None
    quoted = _QUOTED_ORG.match(text)
    if quoted:
        return quoted.group(0)
    suffixes = lexicon.common().org_suffixes
    tokens = text.split(" ")
    kept: list[str] = []
    i = 0
    while i < len(tokens) and len(kept) < 8:
        rest = " ".join(tokens[i:])
        suffix = next(
            (s for s in suffixes if rest.startswith(s) and (len(rest) == len(s) or rest[len(s)] in " ,.")), None
        )
        if suffix and kept:
            kept.append(suffix)
            break
        token = tokens[i]
        if not token:
            i += 1
            continue
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
                    tail = next((s for s in lexicon.common().org_suffixes if rest[2:].startswith(s)), None)
                    raw = f"{raw}, {tail}" if tail else raw
                org = clean_org(raw, case_free=case_free and not raw.isascii())
                if org and not _org_is_pronoun(org):
                    return Found(org, "body", _line(text, found.start()), 0.9)
    return None


def _org_is_pronoun(org: str) -> bool:
    return org.lower() in {"i", "we", "you", "it", "the company", "them", "ich", "je", "yo", "io", "ik", "eu", "ja"}


def employer_in_signature(lines: list[str], anchor: str | None) -> Found | None:
    """The company line of a signature: after the name line, skipping job titles, phones and addresses."""
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
    parts = [p.strip() for p in re.split(r"\s*\|\s*|\s*,\s*|\s+[-–]\s+", first) if p.strip()]
    for part in reversed(parts[1:]):
        org = _org_from_line(part)
        if org:
            return Found(org, "signature", first, 0.8)
    following = lines[start + 1 : start + 4]
    # A line ending in a legal form is the company, whatever title or department line comes before it.
    for line in following:
        plain = not any(mark in line for mark in ",|–")
        if plain and _has_suffix(line.strip()) and not furniture.search(line) and not _PHONEISH.search(line):
            org = _org_from_line(line)
            if org:
                return Found(org, "signature", line, 0.8)
    words = {w.lower() for w in anchor.split()}
    for line in following:
        these = {w.lower() for w in line.split()}
        if these and (these <= words or words <= these) and clean_name(line) == line.strip():
            continue  # the name again ("Rachel" then "Rachel Hughes")
        if furniture.search(line) or _PHONEISH.search(line) or _us_address(line):
            continue
        if re.match(r"^(?:tel|phone|mobile|fax|mob|tél|telefon)\b", line, re.I):
            continue
        parts = [p.strip() for p in re.split(r"\s*\|\s*|\s*,\s*|\s+at\s+|\s+[-–]\s+", line) if p.strip()]
        if len(parts) > 1:
            for part in reversed(parts):
                org = _org_from_line(part)
                if org:
                    return Found(org, "signature", line, 0.75)
            continue
        if _job_title_line(line):
            continue
        org = _org_from_line(line)
        if org:
            return Found(org, "signature", line, 0.7)
    return None


def _org_from_line(part: str) -> str | None:
    part = part.strip()
    part = part if _has_suffix(part) else part.rstrip(".")
    if not part or _job_title_line(part) and not _has_suffix(part) or _PHONEISH.search(part):
        return None
    if len(part) > 60 or len(part.split()) > 7 or not _capitalised(part[0]):
        return None
    if part.lower() in {"hr", "dpo"} or _post_nominal(part.replace(",", " ")):
        return None
    if _us_address(part):
        return None
    return part


def _us_address(line: str) -> bool:
    """ "Sacramento, CA", "CA 94105": a city and a US state, not a company."""
    state = _STATE_LINE.match(line.strip())
    return bool(state and state.group(1) in US_STATES)


def _has_suffix(text: str) -> bool:
    return any(text.endswith(s.rstrip(".")) or text.endswith(s) for s in lexicon.common().org_suffixes)


def agent_in_text(text: str, lexicons: list[Lexicon]) -> tuple[bool, Found | None, bool]:
    """(an agent writes, the data subject they name, the agent is the subject's employer, e.g. HR)."""
    subject: Found | None = None
    for lex in lexicons:
        for pattern in lex.agent:
            found = lexicon.search(pattern, text)
            if found:
                name = clean_name(found.group("name"))
                # "w imieniu Pani Anny Nowak", "jménem mé klientky Jany Novákové": the subject's own form.
                name = name and inflection.nominative(name, lex.language, text[found.start() : found.start("name")])
                # Han, kana and Hangul names are written without a space between family and given name.
                if name and (len(name.split()) >= 2 or len(name) >= 2 and name[0].lower() == name[0].upper()):
                    subject = Found(name, "body", _line(text, found.start()), 0.9)
                    break
        if subject:
            break
    cue = any(lex.agent_cue is not None and lexicon.search(lex.agent_cue, text) for lex in lexicons)
    employer_side = any(lex.employee is not None and lexicon.search(lex.employee, text) for lex in lexicons)
    return subject is not None or cue, subject, employer_side


_SUBJECT_PARTS = re.compile(r"\s*[-–—:|/]\s+|\s*[:|]\s*")
_REPLY_PREFIX = re.compile(r"^(?:(?:re|aw|fw|fwd|wg|tr|sv|vs|rv|r)\s?:\s*)+", re.I)


def name_in_subject(subject: str, text: str, sender: str | None) -> Found | None:
    """The data subject a lawyer names in the subject line ("Re: Hannah Whitfield – request under Art. 15").

    Only a full name whose family name the letter repeats ("our client Ms Whitfield") and who is not the sender.
    """
    subject = _REPLY_PREFIX.sub("", subject[:200].strip())
    words = set(re.findall(r"[^\W\d_]+", text[:4000]))
    for part in _SUBJECT_PARTS.split(subject):
        name = clean_name(part)
        if not name or not person_like(name) or not 2 <= len(name.split()) <= 4 or _org_like_words(part):
            continue
        if not all(_capitalised(w) for w in name.split()) or (sender and same_person(sender, name)):
            continue
        if name.split()[-1] in words:
            return Found(name, "subject", subject, 0.8)
    return None


def letterhead(content: str) -> Found | None:
    """The company of a letterhead: a first line ending in a legal form, with an address line below it."""
    lines = [line.strip() for line in content.lstrip()[:400].split("\n")[:3]]
    if len(lines) < 2 or not _has_suffix(lines[0]) or not re.search(r"\d", lines[1]):
        return None
    org = _org_from_line(lines[0])
    return Found(org, "letterhead", lines[0], 0.7) if org else None


def _line(text: str, index: int) -> str:
    start = text.rfind("\n", 0, index) + 1
    end = text.find("\n", index)
    line = text[start : end if end != -1 else len(text)]
    return " ".join(line.split())[:240]
