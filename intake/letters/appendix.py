"""What an approved access reply adds below its letter: the data held, summarised in the letter's language, and
the download link when the files are not attached ([fulfilment] deliver = "link")."""

from __future__ import annotations

import re
from typing import Any

from jinja2 import TemplateNotFound

from intake.fulfil.links import Link
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


def download(settings: Settings, language: str, link: Link) -> str:
    """Where the files wait and until when: the language's `download` macro in _labels.j2 when it has one."""
    env = environment(settings)
    until = link.expires_at.strftime("%Y-%m-%d %H:%M UTC")
    urls = [f"{link.url}/{name}" for name in link.names]
    for lang in (language, settings.default_language):
        try:
            labels = env.get_template(f"{lang}/_labels.j2").module
        except TemplateNotFound:
            continue
        macro = getattr(labels, "download", None)
        if macro is not None:
            return wrap(str(macro(urls, until)).strip()) + "\n"
    lines = [
        f"Your files are ready for download from the links below until {until}. Anyone who has the links can open "
        "them, so please do not pass them on.",
        "",
        *urls,
    ]
    return "\n".join([wrap(lines[0]), *lines[1:]]) + "\n"
