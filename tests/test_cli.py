"""The command line: errors are one line naming what is wrong, however long, never a traceback."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def _intake(tmp_path: Path, *args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        **(env or {}),
        "INTAKE_DATABASE_URL": f"sqlite:///{tmp_path}/intake.db",
        "INTAKE_VAR_DIR": str(tmp_path / "var"),
        "COLUMNS": "40",  # a narrow terminal must not fold an error over two lines
    }
    return subprocess.run(
        [sys.executable, "-m", "intake.cli", *args], env=env, capture_output=True, text=True, cwd=tmp_path, timeout=120
    )


def test_unknown_case_is_one_line_naming_the_reference(tmp_path: Path) -> None:
    assert _intake(tmp_path, "db", "upgrade").returncode == 0
    result = _intake(tmp_path, "approve", "DPO-2026-000009-9")
    assert result.returncode == 2
    assert result.stderr.splitlines() == ["error: DPO-2026-000009-9: no such case (see `intake cases`)"]


def test_database_behind_the_code_says_how_to_fix_it(tmp_path: Path) -> None:
    result = _intake(tmp_path, "cases")
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert "run `intake db upgrade`" in result.stderr and len(result.stderr.splitlines()) == 1


def test_missing_ingest_file_is_named(tmp_path: Path) -> None:
    result = _intake(tmp_path, "ingest", "nowhere.eml")
    assert result.returncode == 2
    assert result.stderr.splitlines() == ["error: nowhere.eml: no such file or folder"]
