"""Every letter in every language rendered with sample data and compared with tests/letters/<lang>/<name>.txt, and
the access and portability letters' [fulfilment] deliver = "link" branch, with what approval puts below it (the data
heading, the download sentence and the links), with tests/letters/<lang>/<name>.link.txt.

A change to any letter, frame or label shows up in review as a diff of these files. After a deliberate change,
write them again with: INTAKE_UPDATE_GOLDEN=1 pytest tests/test_golden_letters.py
"""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path

import pytest

from intake.letters import authorities, catalogue, render
from intake.letters.catalogue import LANGUAGES, LINKED, NAMES
from intake.settings import Settings

GOLDEN = Path(__file__).resolve().parent / "letters"
UPDATE = os.environ.get("INTAKE_UPDATE_GOLDEN") == "1"

# Real dates in place of the date sentinels, so the golden files show how each language writes them.
DATES = {
    catalogue.DUE_ON: "2026-12-25",
    catalogue.NEW_DUE_ON: "2027-02-25",
    catalogue.REMOVAL_DATE: "2027-01-09",
    catalogue.REQUESTED_ON: "2026-11-30",
    catalogue.EXPIRES_ON: "2026-12-07",
    catalogue.HELD_UNTIL: "2027-06-30",
    catalogue.LINK_EXPIRES_ON: "2026-12-20",
}


def rendering(language: str, name: str, link: bool = False) -> str:
    """Each sample of the catalogue, as the requester would read it: subject, then text (and with `link`, the
    link samples with the appendix approval adds below them)."""
    settings = Settings(organisation=catalogue.ORGANISATION)
    out = []
    for sample in catalogue.linked(name) if link else catalogue.samples(name):
        values = {k: DATES.get(v, v) if isinstance(v, str) else v for k, v in sample.values.items()}
        if values.get("supervisory_authority") == catalogue.AUTHORITY:
            # The authority a requester writing this language would be pointed to, or the letter's neutral words.
            values["supervisory_authority"] = authorities.choose("", None, language)
        rendered = render.render(settings, name, language, values)
        # The link expires on the day the letter names, at the time approval made it.
        below = f"\n{catalogue.below(settings, language, name, datetime(2026, 12, 20, 9, 30))}" if link else ""
        out.append(f"=== {sample.label or 'letter'}\nSubject: {rendered.subject}\n\n{rendered.text}{below}")
    return "\n".join(out)


def _compare(path: Path, text: str, what: str) -> None:
    if UPDATE:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    assert path.is_file(), f"no golden rendering: INTAKE_UPDATE_GOLDEN=1 pytest {Path(__file__).name}"
    assert path.read_text(encoding="utf-8") == text, f"{what} changed: review the diff, then update"


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("name", list(NAMES))
def test_letter_matches_its_golden_rendering(language: str, name: str) -> None:
    _compare(GOLDEN / language / f"{name}.txt", rendering(language, name), f"{language}/{name}")


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("name", LINKED)
def test_link_letter_matches_its_golden_rendering(language: str, name: str) -> None:
    _compare(GOLDEN / language / f"{name}.link.txt", rendering(language, name, link=True), f"{language}/{name}.link")


def test_no_golden_rendering_is_left_from_a_letter_or_language_that_is_gone() -> None:
    expected = {GOLDEN / lang / f"{name}.txt" for lang in LANGUAGES for name in NAMES}
    expected |= {GOLDEN / lang / f"{name}.link.txt" for lang in LANGUAGES for name in LINKED}
    assert sorted(set(GOLDEN.glob("*/*.txt")) - expected) == []
