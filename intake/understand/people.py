"""Who the data subject is: names from phrases, signatures and the From header; employer; agents."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache

from intake.understand import inflection, lexicon, spelling
from intake.understand.lexicon import Lexicon

# Words that make a display name an organisation or a role, not a person ("HR Silverline", "Mine Requests").
ORG_WORDS = frozenset(
    """team support hr news newsletter info information service services request requests agent shop sales helpdesk
    help desk mail delivery system subsystem postmaster mailer-daemon daemon noreply no-reply office dpo privacy data
    protection rights customer customers notifications notification alerts admin billing events people microsoft
    outlook mine the group ltd inc gmbh llc llp plc digest weekly promo ofertas offers hello contact enquiries jobs
    careers recruiting kanzlei law legal rechtsanwalt maître avocats kancelaria kancelář kancelária advokátska
    advokatska odvetniška advokatfirma advokatfirmaet asianajotoimisto ügyvédi bufete despacho abogados avvocati
    advocaten advocatenkantoor rechtsanwälte solicitors attorneys cabinet escritório advocacia""".split()
)
PARTICLES = frozenset(
    "van von de der den del della di da do dos das du la le ter ten bin al el y i zu dem los las d' ibn".split()
)
# Degrees and certifications written after a name ("Anna Weber, PhD", "John Carter MBA, CIPP/E"): never part
# of the name, never an employer.
POST_NOMINALS = frozenset(
    """phd ph.d dphil mba msc bsc ma ba meng llm llb ll.m md mbbs jd esq cipp cipp/e cipp/us cipm cipt cisa cissp
    cism cpa aca fca acca cima mrics frsa ceng pmp dipl.-ing dr.-ing mag dipl bsc(hons) ba(hons) llm. mba. phd.
    敬上 谨上 謹上 拜上 敬启 敬啟 上 敬具 드림 올림""".split()
)
_SPACES = re.compile(r"\s+")
_READING = re.compile(r"\s?[（(][^()（）\n]{1,40}[)）]$")
# Titles in brackets after a name ("Hans-Peter (Dr. med.)"); "i. A." and "ppa." before it (for someone).
_TITLES_AFTER = re.compile(r"\s?\((?:[^\W\d_]{1,6}\.\s?){1,3}\)$")
_ON_BEHALF = re.compile(r"^(?:i\.\s?[AV]\.|p\.\s?p\.|ppa\.)\s", re.I)
_QUOTE = re.compile(r'(?<![\u0590-\u05ff])"|"(?![\u0590-\u05ff])')
# A sentence ends at a full stop and a space before a capital, unless the stop ends a legal form's abbreviation.
_SENTENCE_START = re.compile(r"(?<!\b\w)(?<!\bCo)(?<!\bSp)(?<!Pty)(?<!Tic)(?<!Ltd)[.!?]\s+(?=[^\W\d_])")


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


# Hand-written rather than nameparser: nameparser keeps "Maître", "Shri" and "Sra. D.ª" as given names, puts
# "CIPP/E" first, and knows no titles of the 35 tables; its wins (PhD, Dr. med.) the tables cover too.
def clean_name(raw: str | None) -> str | None:
    """A person's name as written, without titles, quotes or trailing words; None when it is not a name."""
    if not raw:
        return None
    # Quotes go, except a gershayim-style quote inside a Hebrew abbreviation (עו"ד, ד"ר): that is a title.
    text = _SPACES.sub(" ", _QUOTE.sub(" ", raw).replace("\u200b", "")).strip(" ,;:-'")
    text = _READING.sub("", text)  # "渡辺 彩（わたなべ あや）": the reading after a name is not part of it
    text = _TITLES_AFTER.sub("", text)  # "von der Heyde, Hans-Peter (Dr. med.)"
    if not text or len(text) > 80 or any(ch.isdigit() for ch in text) or "@" in text:
        return None
    parts = text.split(",")
    while len(parts) > 1 and _post_nominal(parts[-1]):
        parts.pop()
    text = ",".join(parts).strip(" ,")
    if text.count(",") == 1:
        last, first = (part.strip() for part in text.split(","))
        # "Müller, Sabine" is a reversed name; "Ben Carter, Carter Joinery" is a name and a company.
        family = [w for w in last.split() if w.lower() not in PARTICLES]  # "von der Heyde, Hans-Peter"
        if 1 <= len(first.split()) <= 2 and 1 <= len(family) <= 2 and not _org_like_words(first):
            text = f"{first} {last}"
        else:
            text = last
    text = _ON_BEHALF.sub("", text)  # "i. A. Claudia Schirmer": signed on someone's behalf
    tokens = text.split()
    titles = _titles()
    while tokens and tokens[0].lower().rstrip(".") in titles:
        tokens.pop(0)
    if tokens and spelling.stop_word(tokens[0]):
        return None  # "اسمي مكتوب عندكم…": the words after "my name" are no name
    kept: list[str] = []
    for i, written in enumerate(tokens[:6]):
        initial = bool(re.fullmatch(r"[^\W\d_]\.", written))
        token = written.rstrip(".,") if not initial else written
        if token and spelling.DENSE.match(token[-1]):
            if spelling.is_honorific(token) and kept:
                break  # "許雅婷 律師"
            token = spelling.without_honorific(token)  # "陳志明先生"
        if not token or not _letters_only(token) or kept and _post_nominal(token):
            break
        if kept and spelling.dense_job(token):
            break  # "김민준 대리", "鈴木 課長": the job title after a name
        if kept and spelling.caseless(token) and spelling.stop_word(token):
            break  # "ريم خالد العتيبي عمرها", "रमेश चंद्र गुप्ता का": the sentence goes on
        particle = token.lower() in PARTICLES and bool(kept) and _particle_then_name(tokens[i + 1 :])
        # "d'Auvergne", "d’Almeida": an elided particle attached to the surname.
        elided = bool(kept) and token[:2].lower() in ("d'", "d’") and len(token) > 2 and _capitalised(token[2])
        if _capitalised(token) or particle or elided:
            kept.append(token)
        else:
            break
        if written.endswith(".") and not initial and kept:
            break  # "My name is Tom Baker. Please..." ends at the full stop
    if kept and spelling.dense("".join(kept)) and not spelling.dense_name_fits(kept):
        # "総務部 井上 直子": a department before a Han or kana name written with its space
        kept = kept[-2:] if len(kept) == 3 and spelling.dense_name_fits(kept[-2:]) else []
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
    wa = {_plain(w) for w in a.split() if len(w.strip(".")) > 1}
    wb = {_plain(w) for w in b.split() if len(w.strip(".")) > 1}
    return bool(wa & wb)


# Letters no decomposition takes apart, and the ASCII spellings of them and of umlauts ("Kjaergaard", "Soeren",
# "Mueller", "Haakon"): folded alike, so the address book's ASCII name and the signed one are one person.
_UNACCENTED = str.maketrans({"æ": "a", "ø": "o", "œ": "o", "ß": "ss", "ł": "l", "đ": "d", "ı": "i", "þ": "th"})
_DIGRAPHS = re.compile(r"aa|ae|oe|ue")


def _plain(word: str) -> str:
    """A word without case or accents: "Kovač-Šimić" and "Kovac-Simic", "Kjærgaard" and "Kjaergaard" are one."""
    decomposed = unicodedata.normalize("NFKD", word.casefold().strip(".")).translate(_UNACCENTED)
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _DIGRAPHS.sub(lambda m: m.group(0)[0], plain)


def names_in_text(text: str, lexicons: list[Lexicon]) -> Found | None:
    """An explicit statement of the writer's name ("My name is...", "Ich heiße..."); "I'm Practice Manager" is none."""
    for lex in lexicons:
        for pattern in lex.name:
            for found in lexicon.finditer(pattern, text):
                name = clean_name(found.group("name"))
                if name and _job_title_line(name):
                    continue
                if name and spelling.dense(name) and not spelling.known_family(name):
                    continue  # "本人近日发现，": no family name, no name
                if name and (_full(name) or "name" in pattern.pattern.lower()[:40]):
                    return Found(name, "body", _line(text, found.start()), 0.95)
    return None


def _full(name: str) -> bool:
    """A full name: two words, or one Han, kana or Hangul word ("陈美玲", "한지은"), whose names have no space."""
    return len(name.split()) >= 2 or spelling.dense(name)


def signature_name(lines: list[str], hint: str | None = None) -> Found | None:
    """The name line of a signature block: the one agreeing with the From name, else the first name-like line."""
    candidates = []
    for line in lines:
        head = re.split(r"\s*[|,]\s*|\s+[-–]\s+", line.lstrip("-– "))[0]
        name = clean_name(head)
        # "김민준 대리": a Han or Hangul name and the job after it is a name line, not a job title's
        titled = bool(name) and spelling.dense(name or "") and head.startswith(name or "-") and head != name
        if not name or _org_like_words(head) or _job_title_line(head) and not titled:
            continue
        candidates.append((name, line))
    initial = hint.split()[0].strip(".") if hint and len(hint.split()) > 1 else ""
    for at, (name, line) in enumerate(candidates):
        if hint and same_person(name, hint) or len(initial) == 1 and " " not in name and name.startswith(initial):
            # "يوسف المصري" above "Youssef El-Masry": the name in the writer's own script, beside its Latin spelling
            beside = [c for c in candidates[max(0, at - 1) : at + 2] if c[0] != name and not spelling.latin(c[0])]
            if (
                spelling.latin(name)
                and beside
                and _full(beside[0][0])
                and lines.index(beside[0][1]) - lines.index(line) in (-1, 1)
            ):
                return Found(beside[0][0], "signature", beside[0][1], 0.85)
            return Found(name, "signature", line, 0.85)  # also "Noor" under the "N Haddad" of an address book
    if hint and spelling.latin(hint):
        # "Hanako Yamada" in the address book, "山田 花子" signed above the company: the name in its own script.
        # Han, kana and Hangul: the last such line with a known family name (the company line is no name);
        # other scripts: the first line of two words ("Николай Петков" above the town "Стара Загора").
        dense = [c for c in candidates if spelling.dense(c[0]) and spelling.known_family(c[0])]
        spaced = [c for c in candidates if not spelling.latin(c[0]) and not spelling.dense(c[0])]
        for name, line in dense[-1:] or [c for c in spaced if len(c[0].split()) >= 2][:1]:
            if len(line.split()) <= 3 and (bool(dense) or len(name.split()) >= 2):
                return Found(name, "signature", line, 0.8)
    if candidates and len(candidates[0][0].split()) >= 2:
        return Found(candidates[0][0], "signature", candidates[0][1], 0.7)
    # "陈美玲" alone on the letter's last line: a Han or Hangul name is one word ("ご担当者様" above is the reader).
    if candidates and spelling.dense(candidates[-1][0]) and candidates[-1][1].strip() == lines[-1].strip():
        name, line = candidates[-1]
        if line.strip() == name and spelling.known_family(name):
            return Found(name, "signature", line, 0.7)
    return None


def first_name_signed(lines: list[str], address: str) -> Found | None:
    """ "Dave" signed under a mail from dave.p1977@…: a first name alone is the name when the address begins with it."""
    local = spelling.fold(address.split("@", 1)[0])
    for line in lines:
        name = clean_name(line)
        if not name or " " in name or name != line.strip() or len(name) < 2 or _job_title_line(name):
            continue
        if local.startswith(spelling.fold(name)) and not _org_like_words(name):
            return Found(name, "signature", line, 0.6)
    return None


@cache
def _job_title_regex() -> re.Pattern[str]:
    """Every language's job titles as one pattern: one lookaround, compiled once (35 of them took 1.5 s to compile)."""
    titles = sorted({t for lx in lexicon.all_loaded() for t in lx.job_titles}, key=len, reverse=True)
    alternatives = "|".join(re.escape(t) for t in titles)
    # Boundaries that also hold inside Devanagari words, whose vowel signs are not \w; German and French
    # feminine forms ("Steuerberaterin", "avocate") count as the title. Han, kana and Hangul titles attach to
    # the department before them ("営業部長", "销售经理").
    word = r"(?![\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af])[\w\u0900-\u097F]"
    return re.compile(rf"(?<!{word})(?:{alternatives})(?:in|innen|e)?(?!{word})", re.I)


# Scripts written without spaces between words, and the bracket of "(주)", "(株)": their legal forms need no space.
_UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af(（]")


@cache
def _legal_forms() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(legal forms ending a text, legal forms starting it) as two alternations, longest first."""
    common = lexicon.common()
    ends = {form for suffix in common.org_suffixes for form in (suffix, suffix.rstrip(".")) if form}
    spaced = sorted((f for f in ends if not _UNSPACED.match(f[0])), key=len, reverse=True)
    dense = sorted((f for f in ends if _UNSPACED.match(f[0])), key=len, reverse=True)
    # A spaced form follows a character that is no letter or digit ("Acme Ltd", "Seguros, S.A."); Han and Hangul
    # forms follow anything ("さくら物産株式会社").
    suffix = rf"(?:[^\w]|_)(?:{'|'.join(map(re.escape, spaced))})\Z|.(?:{'|'.join(map(re.escape, dense))})\Z"
    prefixes = sorted(common.org_prefixes, key=len, reverse=True)
    return re.compile(suffix, re.S), re.compile("|".join(map(re.escape, prefixes)))


def has_legal_form(text: str) -> bool:
    """Whether `text` has a legal form at its end ("Acme Ltd", "Seguros, S.A.") or first ("UAB Vėjas", "株式会社…")."""
    text = text.strip()
    ending, starting = _legal_forms()
    if ending.search(text[-40:] if len(text) > 40 else text):
        return True
    prefix = starting.match(text)
    if prefix is None or len(text) <= prefix.end() + 1:
        return False
    after = text[prefix.end() :]
    if _UNSPACED.match(text[0]):
        return True
    return after[0] == " " and (after[1] in "«„“\"'" or _capitalised(after[1]))


def _job_title_line(text: str) -> bool:
    """A short line naming a role ("Logistics Coordinator"); "Schneider & Partner" is a firm, not a role."""
    if "&" in text or len(text.split()) > 6 or has_legal_form(text):
        return False
    if len(text.split()) > 4:
        # "Executive Assistant to the CEO", "Head of Customer Success Operations": a long title starts with it.
        return bool(_job_title_regex().match(text))
    return bool(_job_title_regex().search(text))


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


def acting_for_someone(text: str, lexicons: list[Lexicon]) -> bool:
    """Whether the writer says they act for someone (`agent_cue`: "our client", "power of attorney", "نيابة عن")."""
    return any(lex.agent_cue is not None and lexicon.search(lex.agent_cue, text) for lex in lexicons)


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
            return Found(_spelt_out(name, text), "subject", subject, 0.8)
    return None


def _spelt_out(name: str, text: str) -> str:
    """ "L Cartwright" in the subject, "Liam Cartwright" in the letter: the initial as the letter spells it out."""
    first, *rest = name.split()
    if len(first.strip(".")) != 1 or not rest:
        return name
    found = re.search(rf"\b{re.escape(first[0])}[^\W\d_]+ {re.escape(' '.join(rest))}\b", text[:4000])
    return found.group(0) if found else name


def line_of(text: str, index: int) -> str:
    """The line of `text` holding `index`, its spaces squeezed, for evidence."""
    return _line(text, index)


def _line(text: str, index: int) -> str:
    start = text.rfind("\n", 0, index) + 1
    end = text.find("\n", index)
    line = text[start : end if end != -1 else len(text)]
    return " ".join(line.split())[:240]
