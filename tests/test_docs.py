"""The README documents every setting and every command (a new one without its row fails here)."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import pytest

from intake import settings
from intake.cli import app

README = (Path(__file__).resolve().parent.parent / "README.md").read_text()


def _commands() -> list[str]:
    names = []
    for info in app.registered_commands:
        names.append(info.name or info.callback.__name__.replace("_", "-"))  # type: ignore[union-attr]
    for group in app.registered_groups:
        for info in group.typer_instance.registered_commands:  # type: ignore[union-attr]
            names.append(f"{group.name} {info.name or info.callback.__name__}")  # type: ignore[union-attr]
    return names


@pytest.mark.parametrize("env_name", [row[0] for row in settings.documented()])
def test_every_setting_is_in_the_readme(env_name: str) -> None:
    assert f"`{env_name}`" in README


def test_every_setting_has_a_description() -> None:
    assert all(doc for _, _, doc in settings.documented())


@pytest.mark.parametrize("command", _commands())
def test_every_command_is_in_the_readme(command: str) -> None:
    assert re.search(rf"`intake {re.escape(command)}\b", README) or f"`{command.split()[-1]}`" in README


def test_every_command_help_has_an_example() -> None:
    commands = list(app.registered_commands)
    for group in app.registered_groups:
        commands += group.typer_instance.registered_commands  # type: ignore[union-attr]
    for info in commands:
        assert re.search(r"Example: .*intake ", info.callback.__doc__ or ""), info.callback.__name__  # type: ignore[union-attr]


def test_every_policy_setting_is_in_the_readme() -> None:
    from intake.sections import PolicyConfig

    for f in dataclasses.fields(PolicyConfig):
        assert f"`{f.name}`" in README, f.name


DOCS = README + "".join(p.read_text() for p in (Path(__file__).resolve().parent.parent / "docs").glob("*.md"))


@pytest.mark.parametrize(
    ("module", "cls"),
    [
        ("intake.sections", "ExtractConfig"),
        ("intake.sections", "VerifyConfig"),
        ("intake.sections", "DeadlineConfig"),
        ("intake.sections", "SmtpConfig"),
        ("intake.sections", "OrganisationConfig"),
        ("intake.sections", "FulfilmentConfig"),
        ("intake.sections", "RetentionConfig"),
        ("intake.identity.records.organisation", "RecordsConfig"),
        ("intake.web.config", "WebConfig"),
        ("intake.sources.imap", "ImapConfig"),
    ],
)
def test_every_table_setting_is_documented(module: str, cls: str) -> None:
    import importlib

    config = getattr(importlib.import_module(module), cls)
    missing = [
        f.name for f in dataclasses.fields(config) if f"`{f.name}`" not in DOCS and f"_{f.name.upper()}`" not in DOCS
    ]
    assert missing == [], f"{cls}: document {missing} in README.md or docs/"
