"""The README's worked example, run as written with the files in examples/: what it shows is what intake prints."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"


def _intake(tmp_path: Path, *args: str) -> str:
    env = {
        **os.environ,
        "INTAKE_DATABASE_URL": f"sqlite:///{tmp_path}/intake.db",
        "INTAKE_VAR_DIR": str(tmp_path / "var"),
        "COLUMNS": "200",
    }
    # Run where the README runs it, a folder holding examples/, but a temporary one: the file outbox and anything
    # else relative lands there, not in the checkout.
    done = subprocess.run(
        [sys.executable, "-m", "intake", *args], env=env, capture_output=True, text=True, cwd=tmp_path, timeout=120
    )
    assert done.returncode == 0, done.stderr
    return done.stdout + done.stderr


def test_the_worked_example_prints_what_the_readme_shows(tmp_path: Path) -> None:
    readme = (ROOT / "README.md").read_text()
    shutil.copytree(EXAMPLES, tmp_path / "examples")
    _intake(tmp_path, "db", "upgrade")
    assert "5 inserted, 0 updated, 0 rejected" in _intake(tmp_path, "subjects", "import", "examples/people.csv")
    ingested = _intake(tmp_path, "ingest", "examples/request.eml")
    assert "1 stored, 0 already stored" in ingested and "1 processed" in ingested
    assert "1 delivered" in _intake(tmp_path, "deliver")
    found = re.search(r"DPO-\d{4}-\d{6}-\d", _intake(tmp_path, "review"))
    assert found is not None
    ref = found.group(0)

    draft = _intake(tmp_path, "draft", ref)
    identity = re.search(r"identity: verified \(score [\d.]+\)", draft)
    assert identity is not None and identity.group(0) in readme  # the README shows today's score, not an old one
    for line in (
        "understood: rights erasure; name Jane Doe; employer Acme Ltd.; language en",
        "rule erasure: erasure; account expired",
        "related data will be permanently removed on 16 December 2026.",  # expired 2026-11-01, kept 45 days
    ):
        assert line in draft and line.strip() in readme, line
    assert (EXAMPLES / "request.eml").read_text().strip() in readme

    assert "1 draft(s) approved and queued for sending" in _intake(tmp_path, "--as", "A. DPO", "approve", ref)
    assert "1 delivered" in _intake(tmp_path, "deliver")
    assert re.search(rf"{ref}\s+sent\s", _intake(tmp_path, "cases"))
    trail = _intake(tmp_path, "case", ref)
    assert (
        re.search(r"A\. DPO\s+draft\.approved", trail) and "outbox.sent {'outbox_id': 2, 'purpose': 'erasure'}" in trail
    )
