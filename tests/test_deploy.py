"""The systemd units in deploy/ are valid for systemd itself and start roles that `intake run` knows."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

from intake.run.service import ROLES

DEPLOY = Path(__file__).resolve().parent.parent / "deploy"


def _installed(tmp_path: Path) -> list[Path]:
    """The units as an operator installs them, pointing at this virtualenv's intake (verify checks it exists)."""
    intake = Path(sys.executable).parent / "intake"
    units = []
    for unit in sorted((DEPLOY / "systemd").glob("*.service")):
        text = unit.read_text().replace("/opt/intake/bin/intake", str(intake))
        names = [unit.name] if "@" not in unit.name else [unit.name.replace("@", f"@{role}") for role in ROLES]
        for name in names:
            (tmp_path / name).write_text(text)
            units.append(tmp_path / name)
    return units


def test_systemd_analyze_verify_finds_nothing_to_say(tmp_path: Path) -> None:
    units = _installed(tmp_path)
    result = subprocess.run(
        [shutil.which("systemd-analyze") or "systemd-analyze", "verify", "--man=no", *map(str, units)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    # verify exits 0 on unknown keys and bad values too, and only warns: any line it prints is a defect.
    assert result.returncode == 0 and result.stderr.strip() == "", result.stderr
    assert len(units) == 1 + len(ROLES)


def test_every_role_the_template_names_is_one_intake_run_knows() -> None:
    template = (DEPLOY / "systemd" / "intake@.service").read_text()
    named = set(re.findall(r"intake@(\w+)", template))
    assert named and named <= set(ROLES) and named == set(ROLES)
    assert "ExecStart=/opt/intake/bin/intake run --role %i --workers ${INTAKE_WORKERS}" in template


def test_the_example_environment_names_only_settings_intake_reads() -> None:
    from intake import settings as settings_module

    keys = re.findall(r"^(INTAKE_\w+)=", (DEPLOY / "intake.env.example").read_text(), re.MULTILINE)
    s = settings_module.load(None, env={})
    known = {f"INTAKE_{name.upper()}" for name in vars(s)} | {"INTAKE_WORKERS"}  # the unit's own variable
    package = Path(settings_module.__file__).parent
    known |= {m for path in package.rglob("*.py") for m in re.findall(r"INTAKE_[A-Z_]+", path.read_text())}
    assert keys and set(keys) <= known, sorted(set(keys) - known)
