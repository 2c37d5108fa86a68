"""Reply texts from Jinja2 templates in the requester's language, rendered in a sandbox."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from jinja2 import ChoiceLoader, FileSystemLoader, StrictUndefined, TemplateNotFound
from jinja2.sandbox import SandboxedEnvironment

from intake.errors import SettingsError
from intake.settings import Settings

BUILTIN_TEMPLATES = Path(__file__).resolve().parent.parent / "templates"


@dataclass
class Rendered:
    subject: str
    text: str
    language: str  # the language actually used
    fell_back: bool  # True when the requester's language had no such template


def environment(settings: Settings) -> SandboxedEnvironment:
    """Templates from INTAKE_TEMPLATES_DIR first, then the built-in ones.

    The sandbox and StrictUndefined matter: requester text reaches templates only as data, and a
    misspelt variable must fail `intake templates check` rather than leave a hole in a letter.
    """
    loaders = []
    if settings.templates_dir:
        user = Path(settings.templates_dir)
        if not user.is_dir():
            raise SettingsError(f"INTAKE_TEMPLATES_DIR: {user} is not a folder")
        loaders.append(FileSystemLoader(str(user)))
    loaders.append(FileSystemLoader(str(BUILTIN_TEMPLATES)))
    return SandboxedEnvironment(
        loader=ChoiceLoader(loaders), undefined=StrictUndefined, keep_trailing_newline=True, autoescape=False
    )


def render(settings: Settings, name: str, language: str | None, context: dict[str, Any]) -> Rendered:
    """Render templates/<lang>/<name>.txt.j2; its first line is `Subject: ...`, then a blank line, then the body."""
    env = environment(settings)
    wanted = (language or settings.default_language).lower()
    fell_back = False
    try:
        template = env.get_template(f"{wanted}/{name}.txt.j2")
        used = wanted
    except TemplateNotFound:
        template = env.get_template(f"{settings.default_language}/{name}.txt.j2")
        used, fell_back = settings.default_language, True
    text = template.render(organisation=settings.organisation, **context)
    head, _, body = text.partition("\n\n")
    if not head.startswith("Subject:"):
        raise SettingsError(f"template {used}/{name}.txt.j2: the first line must be 'Subject: ...'")
    return Rendered(head.removeprefix("Subject:").strip(), body.strip() + "\n", used, fell_back)
