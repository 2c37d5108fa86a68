"""The reply template catalogue: names, languages, sample data and the clauses each letter must contain."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from jinja2 import TemplateNotFound

from intake.fulfil import SUPPLIES
from intake.letters import identify, proofread, render
from intake.letters.clauses import ATTACHMENT, FORBIDDEN, PHRASES
from intake.settings import Settings
from intake.understand import RIGHTS

LANGUAGES: tuple[str, ...] = tuple("en de fr es it nl pt pl hi sv da no fi cs el hu".split())

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

# Sample values that no translation changes, so a clause can be found in any language by its sentinel.
ORGANISATION = "«ORGANISATION»"
REFERENCE = "DPO-2099-000042-7"
DUE_ON = "«DUE-ON»"
NEW_DUE_ON = "«NEW-DUE-ON»"
REMOVAL_DATE = "«REMOVAL-DATE»"
REASONS = "«REASONS-SENTINEL»"
AUTHORITY = "«AUTHORITY-SENTINEL»"
EMPLOYER = "«EMPLOYER»"
EMPLOYER_CONTACT = "«EMPLOYER-CONTACT»"
AGENT = "«AGENT»"
SUBJECT = "«SUBJECT»"
REQUESTER = "«REQUESTER»"
CODE = "«CODE»"
REQUESTED_FROM = "«REQUESTED-FROM»"
REQUESTED_ON = "«REQUESTED-ON»"
EXPIRES_ON = "«EXPIRES-ON»"
PURPOSE = "«PURPOSE»"
CATEGORY = "«CATEGORY»"
RECIPIENT = "«RECIPIENT»"
RETENTION = "«RETENTION»"
SOURCE = "«SOURCE»"
HELD_UNTIL = "«HELD-UNTIL»"
KEPT_REASON = "«KEPT-REASON»"
NEW_VALUE = "«NEW-VALUE»"
OLD_VALUE = "«OLD-VALUE»"
SENTINELS = (
    OLD_VALUE,
    PURPOSE,
    CATEGORY,
    RECIPIENT,
    RETENTION,
    SOURCE,
    HELD_UNTIL,
    KEPT_REASON,
    NEW_VALUE,
    ORGANISATION,
    REFERENCE,
    DUE_ON,
    NEW_DUE_ON,
    REMOVAL_DATE,
    REASONS,
    AUTHORITY,
    EMPLOYER,
    EMPLOYER_CONTACT,
    AGENT,
    SUBJECT,
    REQUESTER,
    CODE,
    REQUESTED_FROM,
    REQUESTED_ON,
    EXPIRES_ON,
)

# The template variable each sentinel stands for, so a real draft's own value can take the sentinel's place
# (intake/letters/screen.py). A requirement whose sentinel is not here (e.g. "45") is literal text.
VARIABLE_OF: dict[str, str] = {
    DUE_ON: "due_on",
    NEW_DUE_ON: "new_due_on",
    REMOVAL_DATE: "removal_date",
    REASONS: "reasons",
    AUTHORITY: "supervisory_authority",
    EMPLOYER: "employer",
    EMPLOYER_CONTACT: "employer_contact",
    SUBJECT: "subject_name",
    AGENT: "agent_name",
    REQUESTER: "requester_name",
    CODE: "confirmation_code",
    REQUESTED_FROM: "requested_from",
    REQUESTED_ON: "requested_on",
    EXPIRES_ON: "expires_on",
    RETENTION: "retention_period",
    SOURCE: "data_source",
    HELD_UNTIL: "held_until",
}

# Letters that go out before identity is established: they must not reveal what we hold.
_BEFORE_VERIFICATION = ("acknowledgement", "clarification", "verification_needed", "proof_of_authority", "confirmation")


@dataclass(frozen=True)
class SampleCase:
    """Stands in for a Case when rendering samples: templates may only use the reference."""

    reference: str = REFERENCE


@dataclass(frozen=True)
class Requirement:
    """Something a rendered letter must (or must not) contain, and the words that report its absence."""

    problem: str  # e.g. "missing the right to a judicial remedy"
    sentinel: str = ""  # a sample value that must appear
    phrase: str = ""  # a PHRASES key: one of the language's alternatives must appear


@dataclass
class Sample:
    """One way of rendering a template, with what the result must contain."""

    label: str
    values: dict[str, Any]
    requires: list[Requirement] = field(default_factory=list)


@dataclass(frozen=True)
class Problem:
    """One thing wrong with one template; str() is the line `intake templates check` prints."""

    path: str
    message: str
    language: str = ""  # where the table of letters x languages puts it
    name: str = ""

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"


def base_values() -> dict[str, Any]:
    """The sample context every template is rendered with: every variable set, optional ones to sentinels."""
    return render.context(
        organisation=ORGANISATION,
        case=SampleCase(),
        requester_name=REQUESTER,
        due_on=DUE_ON,
        rights=["erasure", "access"],
        missing=["name", "employer", "rights"],
        employer=EMPLOYER,
        employer_contact=EMPLOYER_CONTACT,
        account_status="active",
        removal_date=None,
        reasons=REASONS,
        new_due_on=NEW_DUE_ON,
        agent_name=AGENT,
        direct_marketing=False,
        supervisory_authority=AUTHORITY,
        subject_name=SUBJECT,
        confirmation_code=CODE,
        requested_from=REQUESTED_FROM,
        requested_on=REQUESTED_ON,
        expires_on=EXPIRES_ON,
        purposes=[PURPOSE],
        data_categories=[CATEGORY],
        recipients=[RECIPIENT],
        retention_period=RETENTION,
        data_source=SOURCE,
    )


def samples(name: str) -> list[Sample]:
    """The renderings `check` makes of template `name`, each with the clauses the law or our policy requires."""
    base = base_values()
    reasons = Requirement("missing the reasons", sentinel=REASONS)
    authority = Requirement("missing the right to complain to a supervisory authority", sentinel=AUTHORITY)
    # Named or not, the letter says in its own words that a supervisory authority hears complaints.
    complaint = Requirement("missing the right to complain to a supervisory authority", phrase="complaint")
    judicial = Requirement("missing the right to a judicial remedy", phrase="judicial")
    table: dict[str, list[Sample]] = {
        "acknowledgement": [
            Sample(
                "",
                base,
                [
                    Requirement("missing when to expect the answer (due_on)", sentinel=DUE_ON),
                    Requirement("missing how verification works (two or more data points)", phrase="verification"),
                ],
            )
        ],
        "clarification": [
            Sample("", base),
            Sample("only employer missing", {**base, "missing": ["employer"]}),
        ],
        "verification_needed": [
            Sample("", base, [Requirement("missing how verification works", phrase="verification")])
        ],
        "employer_redirect": [
            Sample("", base, [Requirement("missing the employer's name", sentinel=EMPLOYER)]),
            Sample("with contact", base, [Requirement("missing the employer's contact", sentinel=EMPLOYER_CONTACT)]),
            Sample("without contact", {**base, "employer_contact": None}),
        ],
        "employer_notice": [Sample("", base, [Requirement("missing the employer's name", sentinel=EMPLOYER)])],
        "erasure": [
            Sample(
                "active account",
                base,
                [
                    Requirement("missing the consequence for the use of our services", phrase="consequence"),
                    Requirement("missing that data under a statutory retention obligation is kept", phrase="retention"),
                ],
            ),
            Sample(
                "expired account",
                {**base, "account_status": "expired", "removal_date": REMOVAL_DATE},
                [Requirement("missing the date of permanent removal (removal_date)", sentinel=REMOVAL_DATE)],
            ),
            Sample(
                "suspended account",
                {**base, "account_status": "suspended"},
                [Requirement("missing that a suspended account closes after 45 days", sentinel="45")],
            ),
            Sample(
                "fields kept",
                {**base, "kept": [{"field": "account_id", "reason": KEPT_REASON}]},
                [Requirement("missing what was kept and why (kept)", sentinel=KEPT_REASON)],
            ),
            Sample(
                "legal hold",
                {**base, "held": True, "held_until": HELD_UNTIL},
                [Requirement("missing until when a legal hold keeps the data (held_until)", sentinel=HELD_UNTIL)],
            ),
        ],
        "access": [
            Sample(
                "",
                base,
                [
                    authority,
                    complaint,
                    Requirement("missing the purposes of the processing ([organisation] purposes)", sentinel=PURPOSE),
                    Requirement("missing the categories of data ([organisation] categories)", sentinel=CATEGORY),
                    Requirement("missing the recipients ([organisation] recipients)", sentinel=RECIPIENT),
                    Requirement("missing how long the data is kept ([organisation] retention)", sentinel=RETENTION),
                    Requirement("missing where the data comes from ([organisation] source)", sentinel=SOURCE),
                ],
            ),
            Sample("no authority named", {**base, "supervisory_authority": None}, [complaint]),
        ],
        "rectification": [
            Sample(
                "",
                {**base, "changes": [{"field": "address", "old": OLD_VALUE, "new": NEW_VALUE}]},
                [Requirement("missing the changes made (changes)", sentinel=NEW_VALUE)],
            )
        ],
        "objection": [
            Sample(
                "direct marketing",
                {**base, "direct_marketing": True},
                [Requirement("missing that a direct-marketing objection is absolute", phrase="absolute")],
            ),
            Sample(
                "other objection",
                base,
                [Requirement("missing the compelling legitimate grounds test", phrase="compelling")],
            ),
        ],
        "opt_out_sale": [
            Sample("", base, [Requirement("missing that we do not and will not sell personal data", phrase="no_sale")])
        ],
        "extension": [
            Sample("", base, [reasons, Requirement("missing the new due date (new_due_on)", sentinel=NEW_DUE_ON)])
        ],
        "refusal": [
            Sample(
                "",
                base,
                [reasons, authority, complaint, judicial],
            ),
            Sample(
                "no authority named",
                {**base, "supervisory_authority": None},
                [complaint, judicial],
            ),
        ],
        "completion": [
            Sample("", base, [authority, complaint]),
            Sample("no rights listed", {**base, "rights": [], "supervisory_authority": None}, [complaint]),
        ],
        "confirmation": [
            Sample(
                "",
                {**base, "requester_name": None},
                [
                    Requirement("missing the one-time code (confirmation_code)", sentinel=CODE),
                    Requirement("missing the address the request came from (requested_from)", sentinel=REQUESTED_FROM),
                    Requirement("missing when the request came (requested_on)", sentinel=REQUESTED_ON),
                    Requirement("missing when the code expires (expires_on)", sentinel=EXPIRES_ON),
                ],
            )
        ],
        "proof_of_authority": [
            Sample("", base, [Requirement("missing whom the agent acts for (subject_name)", sentinel=SUBJECT)]),
            Sample("unnamed", {**base, "agent_name": None, "subject_name": None, "requester_name": None}),
        ],
    }
    return table.get(name, [Sample("", base)])


def detect(text: str) -> str | None:
    """ISO 639-1 code of the text's language (lingua, intake/letters/identify.py), sample values left out."""
    for sentinel in SENTINELS:
        text = text.replace(sentinel, " ")
    return identify.detect(text)


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
        extra = {p.name for p in folder.iterdir() if p.is_dir() and re.fullmatch(r"[a-z]{2,3}(-[a-z0-9]+)?", p.name)}
    return [*LANGUAGES, *sorted(extra - set(LANGUAGES))]


def check(settings: Settings) -> list[Problem]:
    """Render every template in every language with sample data; report each missing template or clause."""
    problems: list[Problem] = []
    for language in languages(settings):
        problems += [_placed(p, language, "_labels") for p in _check_labels(settings, language)]
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
    lines = [" " * width + " " + " ".join(f"{c:>3}" for c in codes)]
    for row in rows:
        cells = ["-" if (row, c) in absent else str(count[(row, c)]) if (row, c) in count else "." for c in codes]
        lines.append(f"{row:<{width}} " + " ".join(f"{cell:>3}" for cell in cells))
    lines.append("")
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
    for sample in samples(name):
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
        # Phrases may be wrapped across lines; compare with single spaces.
        whole = " ".join(f"{rendered.subject}\n{rendered.text}".split())
        if REFERENCE not in rendered.subject:
            problems.append(Problem(path, f"the subject line lacks the case reference{where}"))
        for need in sample.requires:
            if need.phrase and need.phrase not in PHRASES.get(language, {}):
                # A language without a phrase row cannot be checked for this clause; say so rather than pass it.
                problems.append(
                    Problem(path, f"cannot check ({need.problem}): add PHRASES[{language!r}][{need.phrase!r}]")
                )
            elif not _satisfied(need, language, whole):
                problems.append(Problem(path, need.problem + where))
        word = _mentions_attachment(language, whole)
        if word and "attachment" not in SUPPLIES.get(name, frozenset()):
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


def _proofread(path: str, language: str, rendered: render.Rendered, where: str) -> list[Problem]:
    """What a reader would catch: the wrong language, a paragraph of another, a placeholder, two parts apart."""
    problems: list[Problem] = []
    if identify.supported(language):
        found = detect(rendered.text)
        if (
            found is not None
            and found != language
            and identify.second_opinion(rendered.text, language, found) == language
        ):
            found = language  # trigrams blurred close kin; the two languages' full models settle it
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
        words = str(labels.missing(key)).strip()
        present = words.lower() in text.lower()
        if key in sample.values["missing"] and not present:
            problems.append(Problem(path, f"does not ask for the missing {key}{where}"))
        elif key not in sample.values["missing"] and present:
            problems.append(Problem(path, f"asks for {key}, which is not missing{where}"))
    return problems
