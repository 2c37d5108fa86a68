"""Reply texts from Jinja2 templates in the requester's language, rendered in a sandbox."""

from __future__ import annotations

import functools
import textwrap
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from jinja2 import ChoiceLoader, FileSystemLoader, StrictUndefined, TemplateNotFound, pass_context
from jinja2.runtime import Context
from jinja2.sandbox import SandboxedEnvironment
from markupsafe import escape

from intake.errors import SettingsError
from intake.letters import breaks, dates, paragraphs
from intake.settings import Settings

BUILTIN_TEMPLATES = Path(__file__).resolve().parent / "templates"

# Every variable a template may use, with the value it has when a caller has nothing to say about it.
# All are always passed: with StrictUndefined a template that tests `{% if employer %}` must find the
# name defined, and `intake templates check` renders with all of them set (intake/letters/catalogue.py).
DEFAULTS: dict[str, Any] = {
    "case": None,  # the Case; templates use case.reference
    "requester_name": None,  # as the requester wrote it: data, never template code
    "due_on": None,  # ISO date the answer is due
    "rights": [],  # right keys (intake.extract.RIGHTS); templates turn them into words via _labels.j2
    "missing": [],  # of "name", "employer", "rights": what a clarification asks for
    "employer": None,
    "employer_contact": None,  # the employer's administrator for employee accounts, if known
    "account_status": None,  # "active", "suspended" or "expired"
    "removal_date": None,  # ISO date an expired account's data is removed (expiry + 45 days)
    "reasons": None,  # why we refuse or extend: required in those letters
    "new_due_on": None,  # ISO date after an extension
    "agent_name": None,  # someone writing on the requester's behalf
    "direct_marketing": False,  # the objection is to direct marketing (GDPR Art. 21(3): absolute)
    "supervisory_authority": None,  # where the requester may complain
    "subject_name": None,  # the person the request is about when an agent writes
    "asks": [],  # bodies of the letters asking for more, carried inside the acknowledgement (one mail, not two)
    "body_only": False,  # render only the body: no greeting, no closing (for a letter carried inside another)
    "confirmation_code": None,  # the one-time code of a confirmation to the address on record (two groups of five)
    "requested_from": None,  # the address a request came from, as the requester wrote it
    "requested_on": None,  # ISO date the request arrived
    "expires_on": None,  # ISO date a confirmation code expires
    # What approval carries out (intake/fulfil), so the letter says exactly that.
    "changes": [],  # a rectification's changes: {"field", "old", "new"} each
    "kept": [],  # what an erasure keeps and why: {"field", "reason"} each
    "held": False,  # a legal hold keeps the whole record: nothing is erased while it lasts
    "held_until": None,  # ISO date the hold ends, or None for no end date
    # The Art. 15(1) information of an access reply, from [organisation] in intake.toml.
    "purposes": [],
    "data_categories": [],
    "recipients": [],
    "retention_period": None,
    "data_source": None,
    # How an access or portability reply hands over its files ([fulfilment] deliver): "attach" them, or "link" to
    # them below the letter until link_expires_on (ISO date; approval restates it when the day has moved since).
    "deliver": "attach",
    "link_expires_on": None,
}


@dataclass
class Rendered:
    subject: str
    text: str
    language: str  # the language actually used
    fell_back: bool  # True when the requester's language had no such template: the case is flagged
    body: str = ""  # the body as the template laid it out, before wrapping: what the HTML part is made from

    @property
    def html(self) -> str:
        """The same letter as autoescaped HTML, for the multipart/alternative part, from the template's paragraphs."""
        return to_html(self.body or self.text, self.language)


def context(**values: Any) -> dict[str, Any]:
    """A complete template context: DEFAULTS overridden by `values`; an unknown name is a programming error."""
    unknown = set(values) - set(DEFAULTS) - {"organisation", "language"}
    if unknown:
        raise TypeError(f"unknown template variable(s): {', '.join(sorted(unknown))}; known: {', '.join(DEFAULTS)}")
    return {**DEFAULTS, **values}


def environment(settings: Settings) -> SandboxedEnvironment:
    """Templates from INTAKE_TEMPLATES_DIR first, then the built-in ones.

    The sandbox and StrictUndefined matter: requester text reaches templates only as data, and a
    misspelt variable must fail `intake templates check` rather than leave a hole in a letter.
    trim_blocks/lstrip_blocks let `{% if %}` lines sit on their own without leaving blank lines.
    """
    if settings.templates_dir and not Path(settings.templates_dir).is_dir():
        raise SettingsError(f"INTAKE_TEMPLATES_DIR: {settings.templates_dir} is not a folder")
    return _environment(settings.templates_dir)


@functools.lru_cache(maxsize=16)
def _environment(templates_dir: str) -> SandboxedEnvironment:
    # One environment per folder keeps parsed templates in Jinja's cache; auto_reload (on by default)
    # still notices a template edited on disk.
    loaders = []
    if templates_dir:
        loaders.append(FileSystemLoader(templates_dir))
    loaders.append(FileSystemLoader(str(BUILTIN_TEMPLATES)))
    env = SandboxedEnvironment(
        loader=ChoiceLoader(loaders),
        undefined=StrictUndefined,
        keep_trailing_newline=True,
        autoescape=False,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["date"] = _date
    return env


@pass_context
def _date(ctx: Context, value: Any, preposition: str = "") -> str:
    """`{{ due_on|date }}`: the ISO value the draft keeps, written as the letter's language writes dates; Maltese
    letters name the preposition the article joins (`{{ due_on|date("sa") }}`: "sal-25 ta’ Diċembru 2026")."""
    return dates.long_date(value, str(ctx.get("language") or "en"), preposition)


def render(settings: Settings, name: str, language: str | None, context: dict[str, Any]) -> Rendered:
    """Render templates/<lang>/<name>.txt.j2 (beside this module): a `Subject: ...` line, a blank line, the body.

    `context` may hold only what the caller has; the rest comes from DEFAULTS.
    """
    env = environment(settings)
    wanted = tag(language or settings.default_language)
    fell_back = False
    try:
        template = env.get_template(f"{wanted}/{name}.txt.j2")
        used = wanted
    except TemplateNotFound:
        template = env.get_template(f"{settings.default_language}/{name}.txt.j2")
        used, fell_back = settings.default_language, True
    values = {**DEFAULTS, "organisation": settings.organisation, **context, "language": used}
    text = template.render(**values)
    head, _, body = text.lstrip("\n").partition("\n\n")
    if not head.startswith("Subject:") or "\n" in head:
        raise SettingsError(f"template {used}/{name}.txt.j2: the first line must be 'Subject: ...', then a blank line")
    body = body.strip()
    return Rendered(head.removeprefix("Subject:").strip(), wrap(body) + "\n", used, fell_back, body + "\n")


def tag(language: str) -> str:
    """A language code as the template folders spell it: the language in lower case, a region in upper case
    ("pt-BR", as BCP 47 writes it; "pt_br" and "PT-br" name the same folder)."""
    base, _, region = language.strip().replace("_", "-").partition("-")
    return f"{base.lower()}-{region.upper()}" if region else base.lower()


WIDTH = 76

# Languages written right to left: their HTML part says so, or a mail client lays the letter out mirrored wrong.
RIGHT_TO_LEFT = frozenset({"ar", "he", "fa", "ur", "yi"})


def wrap(text: str, width: int = WIDTH) -> str:
    """Lay the letter out in `width` columns without undoing the author's layout.

    Prose paragraphs are re-flowed, so a value that is shorter or longer than the author expected
    leaves no ragged line. Lists and line-by-line blocks keep their lines; only a line a long value
    pushed past `width` is broken, a list item's continuation indented under its text. The last
    paragraph, the signature, is never re-flowed. Width is counted in columns: a Chinese, Japanese or
    Korean character takes two, and Chinese and Japanese break between characters (intake/letters/breaks.py).
    """
    out: list[str] = []
    for paragraph in paragraphs.split(text):
        if paragraph.kind == "prose" and breaks.wide(paragraph.flowing):
            out.append("\n".join(breaks.wrap(paragraph.flowing, width)))
        elif paragraph.kind == "prose":
            lines = textwrap.wrap(paragraph.flowing, width, break_long_words=False, break_on_hyphens=False)
            out.append("\n".join(lines))
        else:
            out.append("\n".join(_break_long(line, width) for line in paragraph.lines))
    return "\n\n".join(out)


def _break_long(line: str, width: int) -> str:
    if breaks.columns(line) <= width:
        return line
    bullet = paragraphs.BULLET.match(line)
    indent = " " * (len(bullet.group(0)) if bullet else len(line) - len(line.lstrip()))
    if breaks.wide(line):  # Chinese, Japanese, Korean: two columns a character, and no spaces in the first two
        return "\n".join(breaks.wrap(line, width, indent))
    return "\n".join(
        textwrap.wrap(line, width, subsequent_indent=indent, break_long_words=False, break_on_hyphens=False)
    )


def to_html(text: str, language: str = "en") -> str:
    """Letter -> HTML: prose paragraphs become one <p> each (no <br> where the text part wraps), lists <ul>.

    Built from the paragraphs, not the wrapped lines, so the HTML reader's window decides where lines break;
    only blocks laid out line by line (greeting, signature, "Please send us:") keep <br>. Escaping the whole
    text (not the template) is what keeps requester-supplied names from becoming markup.
    """
    parts: list[str] = []
    for paragraph in paragraphs.split(text):
        if paragraph.kind == "list":
            parts.append("<ul>\n" + "\n".join(f"<li>{escape(item)}</li>" for item in paragraph.items()) + "\n</ul>")
        elif paragraph.kind == "prose":
            parts.append(f"<p>{escape(paragraph.flowing)}</p>")
        else:
            for kind, lines in paragraph.runs():
                if kind == "list":
                    parts.append("<ul>\n" + "\n".join(f"<li>{escape(item)}</li>" for item in lines) + "\n</ul>")
                else:
                    parts.append("<p>" + "<br>\n".join(str(escape(line.strip())) for line in lines) + "</p>")
    direction = ' dir="rtl"' if language.split("-")[0] in RIGHT_TO_LEFT else ""
    head = f'<!DOCTYPE html>\n<html lang="{escape(language)}"{direction}><body style="font-family: sans-serif">\n'
    return head + "\n".join(parts) + "\n</body></html>\n"
