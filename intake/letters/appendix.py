"""What an approved access reply adds below its letter: the data held, summarised in the letter's language, and
the download link when the files are not attached ([fulfilment] deliver = "link")."""

from __future__ import annotations

import re
from typing import Any

from jinja2 import TemplateNotFound

from intake.fulfil.links import Link
from intake.letters import dates
from intake.letters.render import environment, wrap
from intake.settings import Settings


def summary(settings: Settings, language: str, data: dict[str, Any], linked: bool = False) -> str:
    """A heading and one "- label: value" line per field, the labels from the language's _labels.j2.

    `linked`: the files wait behind a download link, so the heading's "(also in the attached files)" goes; a
    `data_heading_link` macro in _labels.j2, when there is one, says it in the language's own words instead."""
    env = environment(settings)
    try:
        labels = env.get_template(f"{language}/_labels.j2").module
    except TemplateNotFound:
        labels = env.get_template(f"{settings.default_language}/_labels.j2").module
    heading = str(labels.data_heading()).strip()  # type: ignore[attr-defined]
    if linked:
        own = getattr(labels, "data_heading_link", None)
        heading = str(own()).strip() if own is not None else re.sub(r"\s*\([^)]*\)(\s*:)$", r"\1", heading)
    lines = [heading, ""]
    for key, value in data.items():
        label = str(labels.field(key)).strip()  # type: ignore[attr-defined]
        lines.append(f"- {label}: {value}")
    return wrap("\n".join(lines)) + "\n"


# Where the `download` macro's sentence says "until" with the article joined to it (Maltese "sal-20 ta’ Diċembru"),
# the day it is given carries both.
_UNTIL = {"mt": "sa"}


def download(settings: Settings, language: str, link: Link) -> str:
    """Where the files wait and until when, in the language's `download(day, time)` macro of _labels.j2 (the day
    as the language writes dates, the time in UTC), then one link a file on its own line."""
    env = environment(settings)
    day = dates.long_date(link.expires_at, language, _UNTIL.get(language, ""))
    time = link.expires_at.strftime("%H:%M")
    urls = [f"{link.url}/{name}" for name in link.names]
    said = ""
    for lang in (language, settings.default_language):
        try:
            labels = env.get_template(f"{lang}/_labels.j2").module
        except TemplateNotFound:
            continue
        macro = getattr(labels, "download", None)
        if macro is not None:
            if lang != language:  # the default language's words: its own way of writing the date too
                day = dates.long_date(link.expires_at, lang)
            said = str(macro(day, time)).strip()
            break
    if not said:
        said = (
            f"You can download the files from the links below until {dates.long_date(link.expires_at, 'en')}, "
            f"{time} UTC. Anyone who has the links can open the files, so please do not pass them on."
        )
    # The links stay one a line, unwrapped: a mail client makes each a clickable whole.
    return wrap(said) + "\n\n" + "\n".join(urls) + "\n"


def restate_expiry(text: str, language: str, stated: str | None, link: Link) -> str:
    """The letter's text with the link's expiry day as drafted (`stated`, ISO) replaced by the day it really
    expires, when approval came on a later day than the draft; wrapped again, since the new date may be longer."""
    real = link.expires_at.date().isoformat()
    if not stated or stated == real:
        return text
    count = 0
    # Maltese joins the article to a preposition by the sound of the day ("sal-20", "sas-27"): each written form of
    # the old day, longest first, is replaced by the same form of the new one.
    for old, written in zip(dates.forms(stated, language), dates.forms(real, language), strict=True):
        # Any line break or space may fall inside the date as the text was wrapped (Chinese and Japanese break
        # between characters), so whitespace is allowed between each two of its characters.
        pattern = r"\s*".join(re.escape(c) for c in old if not c.isspace())
        text, found = re.subn(pattern, written, text)
        count += found
    return wrap(text.rstrip("\n")) + "\n" if count else text
