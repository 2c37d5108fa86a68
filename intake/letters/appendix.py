"""What an approved access reply adds below its letter: the data held, summarised in the letter's language."""

from __future__ import annotations

from typing import Any

from jinja2 import TemplateNotFound

from intake.letters.render import environment, wrap
from intake.settings import Settings


def summary(settings: Settings, language: str, data: dict[str, Any]) -> str:
    """A heading and one "- label: value" line per field, the labels from the language's _labels.j2."""
    env = environment(settings)
    try:
        labels = env.get_template(f"{language}/_labels.j2").module
    except TemplateNotFound:
        labels = env.get_template(f"{settings.default_language}/_labels.j2").module
    lines = [str(labels.data_heading()).strip(), ""]  # type: ignore[attr-defined]
    for key, value in data.items():
        label = str(labels.field(key)).strip()  # type: ignore[attr-defined]
        lines.append(f"- {label}: {value}")
    return wrap("\n".join(lines)) + "\n"
