"""The reply template catalogue: names and languages, and the check that every letter renders with its clauses."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from jinja2 import TemplateNotFound

from intake.fulfil import SUPPLIES
from intake.fulfil.links import Link
from intake.letters import appendix, breaks, identify, proofread, render
from intake.letters.clauses import ATTACHMENT, FORBIDDEN, PHRASES
from intake.letters.samples import (  # noqa: F401  (the catalogue's sample names, as callers know them)
    AGENT,
    AUTHORITY,
    CATEGORY,
    CODE,
    DUE_ON,
    EMPLOYER,
    EMPLOYER_CONTACT,
    EXPIRES_ON,
    HELD_UNTIL,
    KEPT_REASON,
    LINK_EXPIRES_ON,
    LINK_URL,
    LINKED,
    NEW_DUE_ON,
    NEW_VALUE,
    OLD_VALUE,
    ORGANISATION,
    PURPOSE,
    REASONS,
    RECIPIENT,
    REFERENCE,
    REMOVAL_DATE,
    REQUESTED_FROM,
    REQUESTED_ON,
    REQUESTER,
    RETENTION,
    SENTINELS,
    SOURCE,
    SUBJECT,
    VARIABLE_OF,
    Requirement,
    Sample,
    SampleCase,
    base_values,
    linked,
    samples,
)
from intake.settings import Settings
from intake.understand import RIGHTS

# Where a language's clause phrases live, as the check names it when one is missing.
CLAUSES = "intake/letters/clauses.toml"

LANGUAGES: tuple[str, ...] = tuple(
    "en de fr es it nl pt pt-BR pl hi sv da no fi cs el hu ro sk sl hr bg et lv lt mt "
    "tr ru uk ja zh ko ar he ga".split()
)

# Each name is one kind of letter; the comment says when it is sent and which variables it needs beyond the
# ones every letter uses (organisation, case.reference, requester_name).
NAMES: dict[str, str] = {
    "acknowledgement": "receipt of a request: how verification works and when to expect the answer (due_on)",
    "clarification": "asks for what the request lacks (missing: name, employer, rights)",
    "verification_needed": "asks for more data points to verify identity, revealing nothing we hold",
    "employer_redirect": "a user must ask their employer to delete their account (employer, employer_contact)",
    "employer_notice": "to the employer's administrator about a user's request (employer, subject_name, rights)",
    "erasure": "erasure carried out or scheduled (account_status, removal_date)",
    "access": "copy of the data and the Art. 15 information (supervisory_authority)",
    "rectification": "data corrected",
    "restriction": "processing restricted",
    "portability": "data in a machine-readable format",
    "objection": "objection: absolute for direct marketing, weighed otherwise (direct_marketing, due_on)",
    "consent_withdrawal": "consent withdrawn",
    "automated_decision": "human review of an automated decision (due_on)",
    "opt_out_sale": "CCPA opt-out: we do not and will not sell personal data",
    "limit_sensitive": "CPRA: use of sensitive personal data limited",
    "extension": "the answer will come later (reasons, new_due_on)",
    "refusal": "the request is refused (reasons, supervisory_authority)",
    "completion": "the request is completed (rights, supervisory_authority)",
    "proof_of_authority": "to an agent: asks for proof of authority (agent_name, subject_name)",
    "confirmation": "to the address on record: was this request yours? (confirmation_code, requested_from, "
    "requested_on, expires_on)",
}

# Letters that go out before identity is established: they must not reveal what we hold.
_BEFORE_VERIFICATION = ("acknowledgement", "clarification", "verification_needed", "proof_of_authority", "confirmation")


@dataclass(frozen=True)
class Problem:
    """One thing wrong with one template; str() is the line `intake templates check` prints."""

    path: str
    message: str
    language: str = ""  # where the table of letters x languages puts it
    name: str = ""

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"


def _without_sentinels(text: str) -> str:
    for sentinel in SENTINELS:
        text = text.replace(sentinel, " ")
    return text


def detect(text: str) -> str | None:
    """ISO 639-1 code of the text's language (lingua, intake/letters/identify.py), sample values left out."""
    return identify.detect(_without_sentinels(text))


def source_path(settings: Settings, language: str, name: str, suffix: str = ".txt.j2") -> str:
    """Where template `name` in `language` comes from: the user folder when it overrides, else the built-in one."""
    relative = f"{language}/{name}{suffix}"
    if settings.templates_dir and (Path(settings.templates_dir) / relative).is_file():
        return str(Path(settings.templates_dir) / relative)
    return f"intake/letters/templates/{relative}"


def languages(settings: Settings) -> list[str]:
    """The required languages plus any other language folder in the user's template folder."""
    extra: set[str] = set()
    if settings.templates_dir and Path(settings.templates_dir).is_dir():
        folder = Path(settings.templates_dir)
        extra = {p.name for p in folder.iterdir() if p.is_dir() and re.fullmatch(r"[a-z]{2,3}(-[A-Z0-9]+)?", p.name)}
    return [*LANGUAGES, *sorted(extra - set(LANGUAGES))]


def check(settings: Settings) -> list[Problem]:
    """Render every template in every language with sample data; report each missing template or clause."""
    return [p for language in languages(settings) for p in check_language(settings, language)]


def check_language(settings: Settings, language: str) -> list[Problem]:
    """The problems of one language: its labels, then every letter."""
    problems = [_placed(p, language, "_labels") for p in _check_labels(settings, language)]
    for name in NAMES:
        problems += [_placed(p, language, name) for p in check_one(settings, language, name)]
    return problems


def _placed(problem: Problem, language: str, name: str) -> Problem:
    return Problem(problem.path, problem.message, language, name)


def table(problems: list[Problem], settings: Settings) -> str:
    """Letters down, languages across: `.` for a letter that passes, `-` for one that is missing, else how many
    problems it has; then each language with what it lacks, so a translator sees the work left at a glance."""
    codes = languages(settings)
    rows = ["_labels", *NAMES]
    count: dict[tuple[str, str], int] = {}
    absent: set[tuple[str, str]] = set()
    for problem in problems:
        key = (problem.name, problem.language)
        count[key] = count.get(key, 0) + 1
        if problem.message.startswith("missing template"):
            absent.add(key)
    width = max(len(r) for r in rows)
    wide = {c: max(3, len(c)) for c in codes}  # "pt-BR" takes five columns
    lines = [" " * width + " " + " ".join(f"{c:>{wide[c]}}" for c in codes)]
    for row in rows:
        cells = ["-" if (row, c) in absent else str(count[(row, c)]) if (row, c) in count else "." for c in codes]
        lines.append(f"{row:<{width}} " + " ".join(f"{cell:>{wide[c]}}" for c, cell in zip(codes, cells, strict=True)))
    lines.append("")
    # Said once, not passed over in silence: neither lingua nor py3langid knows these languages, so whether their
    # letters are written in their language is the one thing the check cannot tell; every other check ran.
    for code in codes:
        if not identify.supported(code):
            lines.append(f"{code}: language test skipped: no model knows {code!r}; every other check ran")
        elif identify.base(code) in identify.NGRAM_ONLY:
            lines.append(f"{code}: language judged by py3langid (lingua has no model for {code!r})")
    for code in codes:
        missing = [r for r in rows if (r, code) in absent]
        wrong = [f"{r} ({count[(r, code)]})" for r in rows if (r, code) in count and (r, code) not in absent]
        if missing or wrong:
            said = ([f"no template: {', '.join(missing)}"] if missing else []) + (
                [f"problems: {', '.join(wrong)}"] if wrong else []
            )
            lines.append(f"{code}: " + "; ".join(said))
    return "\n".join(lines) + "\n"


PROMISES = re.compile(r"\{#\s*promises:([^#]*)#\}")
KNOWN_PROMISES = ("attachment", "change")


def promises(settings: Settings, language: str, name: str) -> set[str]:
    """What a template declares its letter promises (`{# promises: attachment, change #}` in its source)."""
    env = render.environment(settings)
    try:
        source, _, _ = env.loader.get_source(env, f"{language}/{name}.txt.j2")  # type: ignore[union-attr]
    except TemplateNotFound:
        return set()
    return {w.strip() for m in PROMISES.finditer(source) for w in m.group(1).split(",") if w.strip()}


def _check_promises(settings: Settings, language: str, name: str, path: str) -> list[Problem]:
    """A letter promises only what approving it carries out (intake/fulfil SUPPLIES)."""
    declared = promises(settings, language, name)
    supplied = SUPPLIES.get(name, frozenset())
    problems = [
        Problem(path, f"declares the promise {p!r}; known promises are {', '.join(KNOWN_PROMISES)}")
        for p in sorted(declared - set(KNOWN_PROMISES))
    ]
    problems += [
        Problem(path, f"promises {p}, and approving a {name} letter carries out no {p}")
        for p in sorted((declared & set(KNOWN_PROMISES)) - supplied)
    ]
    return problems


def _mentions_attachment(language: str, text: str) -> str | None:
    return next((w for w in ATTACHMENT.get(language, ()) if w.lower() in text.lower()), None)


def check_one(settings: Settings, language: str, name: str) -> list[Problem]:
    """The problems of one template in one language."""
    path = source_path(settings, language, name)
    problems: list[Problem] = _check_promises(settings, language, name, path)
    for sample in [*samples(name), *linked(name)]:
        where = f" ({sample.label})" if sample.label else ""
        try:
            rendered = render.render(settings, name, language, sample.values)
        except TemplateNotFound as exc:
            return [Problem(path, f"missing template{_missing_detail(exc, language, name)}")]
        except Exception as exc:
            # Anything a template can raise (SecurityError from the sandbox, UndefinedError, a
            # ZeroDivisionError in an expression...) is a problem to report, never a crash of the check.
            problems.append(Problem(path, f"does not render{where}: {type(exc).__name__}: {exc}"))
            continue
        if rendered.fell_back:
            return [Problem(path, f"missing template: {language}/{name}.txt.j2 not found")]
        # Phrases may be wrapped across lines; compare with single spaces (none inside Chinese or Japanese).
        whole = breaks.flat(f"{rendered.subject}\n{rendered.text}")
        if REFERENCE not in rendered.subject:
            problems.append(Problem(path, f"the subject line lacks the case reference{where}"))
        for need in sample.requires:
            if need.phrase and need.phrase not in PHRASES.get(language, {}):
                # A language without a phrase row cannot be checked for this clause; say so rather than pass it.
                problems.append(
                    Problem(path, f"cannot check ({need.problem}): add {need.phrase} to [{language}] in {CLAUSES}")
                )
            elif not _satisfied(need, language, whole):
                problems.append(Problem(path, need.problem + where))
        word = _mentions_attachment(language, whole)
        if sample.values.get("deliver") == "link":
            problems += _check_link(settings, language, name, path, whole, where)
        elif word and "attachment" not in SUPPLIES.get(name, frozenset()):
            problems.append(
                Problem(path, f"mentions an attachment ({word!r}), and its approval attaches nothing{where}")
            )
        if name in _BEFORE_VERIFICATION:
            for phrase in FORBIDDEN.get(language, ()):
                if phrase.lower() in whole.lower():
                    problems.append(Problem(path, f"reveals whether we hold data ({phrase!r}){where}"))
        if name == "clarification":
            problems += _check_missing_list(settings, language, path, sample, rendered.text, where)
        problems += _proofread(path, language, rendered, where)
    return problems


# The link and its expiry as the check's appendix shows them: a fixed moment, so golden renderings stay put.
SAMPLE_LINK = Link(LINK_URL, ["personal-data.csv", "personal-data.json"], datetime(2099, 12, 13, 6, 30))


def below(settings: Settings, language: str, name: str, expires_at: datetime | None = None) -> str:
    """What approval puts below a `deliver == "link"` letter: an access reply's summary, then the download links."""
    summary = appendix.summary(settings, language, {"email": REQUESTER}, linked=True) if name == "access" else ""
    link = SAMPLE_LINK if expires_at is None else Link(SAMPLE_LINK.url, SAMPLE_LINK.names, expires_at)
    return (summary + "\n" if summary else "") + appendix.download(settings, language, link)


def _check_link(settings: Settings, language: str, name: str, path: str, letter: str, where: str) -> list[Problem]:
    """A `deliver == "link"` letter with its appendix: the link and its expiry in the letter's language, no
    attachment anywhere (the files are not attached), and no paragraph of the appendix in another language."""
    added = below(settings, language, name)
    problems = []
    word = _mentions_attachment(language, f"{letter}\n{breaks.flat(added)}")
    if word:
        problems.append(
            Problem(path, f'mentions an attachment ({word!r}), and with deliver = "link" nothing is attached{where}')
        )
    if LINK_URL not in added:
        problems.append(Problem(path, f"the download link is missing below the letter{where}"))
    for paragraph in proofread.foreign(added, language, SENTINELS):
        problems.append(Problem(path, f"the download appendix has a paragraph in another language: {paragraph}{where}"))
    return problems


def _proofread(path: str, language: str, rendered: render.Rendered, where: str) -> list[Problem]:
    """What a reader would catch: the wrong language, a paragraph of another, a placeholder, two parts apart."""
    problems: list[Problem] = []
    if identify.supported(language):
        language = identify.base(language)  # lingua knows Portuguese, not Brazil's from Portugal's
        found = identify.judge(_without_sentinels(rendered.text), language)
        if found != language:
            problems.append(Problem(path, f"is not written in {language} (detected {found or 'nothing'}){where}"))
        for paragraph in proofread.foreign(rendered.text, language, SENTINELS):
            problems.append(Problem(path, f"has a paragraph in another language: {paragraph}{where}"))
    for leftover in proofread.leftovers(f"{rendered.subject}\n{rendered.text}", SENTINELS):
        problems.append(Problem(path, f"leaves {leftover} in the letter{where}"))
    differs = proofread.apart(rendered.text, rendered.html)
    if differs:
        problems.append(Problem(path, f"its text and HTML parts differ: {differs}{where}"))
    return problems


def _satisfied(need: Requirement, language: str, text: str) -> bool:
    if need.sentinel and need.sentinel not in text:
        return False
    if need.phrase:
        return any(a.lower() in text.lower() for a in PHRASES[language][need.phrase])
    return True


def _missing_detail(exc: TemplateNotFound, language: str, name: str) -> str:
    wanted = f"{language}/{name}.txt.j2"
    return "" if exc.name == wanted else f" (it needs {exc.name})"


def _labels(settings: Settings, language: str) -> Any | None:
    """The language's _labels.j2 as a module of macros, or None when it has none."""
    try:
        return render.environment(settings).get_template(f"{language}/_labels.j2").module
    except TemplateNotFound:
        return None


def _check_labels(settings: Settings, language: str) -> list[Problem]:
    """Every right and missing-field key has words in the language, not the bare key."""
    labels = _labels(settings, language)
    if labels is None:
        return []
    path = source_path(settings, language, "_labels", ".j2")
    problems = []
    for key in RIGHTS:
        if str(labels.right(key)).strip() in ("", key):
            problems.append(Problem(path, f"no words for the right {key!r}"))
    for key in ("name", "employer", "rights"):
        if str(labels.missing(key)).strip() in ("", key):
            problems.append(Problem(path, f"no words for the missing field {key!r}"))
    # [fulfilment] deliver = "link": the appendix below an access or portability letter speaks the language too.
    for macro, what in (
        ("download", "the download link's sentence"),
        ("data_heading_link", "the linked data's heading"),
    ):
        if getattr(labels, macro, None) is None:
            problems.append(Problem(path, f"no {macro} macro: {what} would be in {settings.default_language}"))
    return problems


def _check_missing_list(
    settings: Settings, language: str, path: str, sample: Sample, text: str, where: str
) -> list[Problem]:
    """A clarification lists exactly what is missing: each missing field's words, and no other field's."""
    labels = _labels(settings, language)
    if labels is None:
        return []
    problems = []
    for key in ("name", "employer", "rights"):
        # A long item is wrapped in the text part: compare with single spaces, as the clause check does.
        words = breaks.flat(str(labels.missing(key)))
        present = words.lower() in breaks.flat(text).lower()
        if key in sample.values["missing"] and not present:
            problems.append(Problem(path, f"does not ask for the missing {key}{where}"))
        elif key not in sample.values["missing"] and present:
            problems.append(Problem(path, f"asks for {key}, which is not missing{where}"))
    return problems
