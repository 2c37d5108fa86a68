"""The built wheel, installed outside the checkout, migrates, serves and acknowledges mail with its own templates."""

from __future__ import annotations

import json
import os
import re
import signal
import smtplib
import subprocess
import sys
import sysconfig
import time
import tomllib
import urllib.request
import zipfile
from pathlib import Path

import pytest

from intake import __version__
from tests.conftest import Sink, free_port

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parent.parent
REQUEST = (
    b"From: Jane Doe <jane@example.com>\r\n"
    b"To: dpo@example.org\r\n"
    b"Subject: Please delete my personal data\r\n"
    b"Message-ID: <wheel-1@example.com>\r\n"
    b"\r\n"
    b"Hello, I am Jane Doe and I work at Acme Ltd. Please delete my personal data.\r\n"
)


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    # A copy of the sources, so the build's egg-info and build/ folders never land in the working tree.
    src = out / "src"
    files = subprocess.run(
        ["git", "-C", str(ROOT), "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        check=True,
        capture_output=True,
    ).stdout.split(b"\0")
    for name in filter(None, (f.decode() for f in files)):
        source = ROOT / name
        if source.is_file() and not name.startswith("tests/"):
            (src / name).parent.mkdir(parents=True, exist_ok=True)
            (src / name).write_bytes(source.read_bytes())
    result = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "--wheel-dir", str(out), str(src)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    (built,) = out.glob("intake-*.whl")
    return built


def test_the_wheel_carries_everything_intake_reads_from_its_own_folder(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    assert wheel.name.startswith(f"intake-{__version__}-")
    package = ROOT / "intake"
    data = {
        str(p.relative_to(ROOT))
        for p in package.rglob("*")
        if p.is_file() and p.suffix not in {".pyc"} and "__pycache__" not in p.parts
    }
    assert sorted(data - names) == []
    meta = next(n for n in names if n.endswith(".dist-info/METADATA"))
    metadata = zipfile.ZipFile(wheel).read(meta).decode()
    assert "License-Expression: Apache-2.0" in metadata
    assert any(n.endswith("licenses/LICENSE") for n in names)


def _fresh_venv(where: Path, wheel: Path) -> Path:
    """A virtualenv without system site-packages with the wheel installed, whose only window on the outside is one
    .pth line.

    Installing the ~80 dependencies from the index into it takes minutes; the line makes the test venv's own
    site-packages (the versions the rest of the suite tested) importable *after* the new venv's, so the wheel's
    `intake` is the one imported and its files are the ones read. Plain path lines in a .pth are added to
    sys.path without processing the .pth files there, so the checkout's editable install stays out of sight.
    The line is written after the install: through it pip would see the editable intake and install nothing.
    """
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(where)], check=True, timeout=120)
    python = where / "bin" / "python"
    install = subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(python), "install", "--no-deps", "--quiet", str(wheel)],
        env=_env(),  # without PYTHONPATH: pip would take the checkout's intake for an installed one
        cwd=where,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert install.returncode == 0, install.stderr[-3000:]
    site = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    assert (Path(site) / "intake" / "letters" / "templates" / "en" / "acknowledgement.txt.j2").is_file()
    (Path(site) / "zz_tested_dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    return python


def _env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("INTAKE_", "PYTHON", "VIRTUAL_ENV"))}
    return {**env, **extra}


def test_installed_wheel_migrates_serves_and_acknowledges_in_an_empty_folder(wheel: Path, tmp_path: Path) -> None:
    python = _fresh_venv(tmp_path / "venv", wheel)
    intake = tmp_path / "venv" / "bin" / "intake"
    folder = tmp_path / "empty"
    folder.mkdir()

    sink = Sink()
    from aiosmtpd.controller import Controller

    sink_port = free_port()
    relay = Controller(sink, hostname="127.0.0.1", port=sink_port)
    relay.start()
    smtp_port, web_port = free_port(), free_port()
    env = _env(
        INTAKE_SMTP_LISTEN=f"127.0.0.1:{smtp_port}",
        INTAKE_WEB_LISTEN=f"127.0.0.1:{web_port}",
        INTAKE_OUTBOUND=f"smtp://127.0.0.1:{sink_port}",
        INTAKE_DPO_ADDRESSES="dpo@example.org",
    )
    code = "import intake; print(intake.__file__)"
    where = subprocess.run([str(python), "-c", code], env=env, cwd=folder, capture_output=True, text=True)
    assert where.stdout.startswith(str(tmp_path / "venv")), where.stdout + where.stderr

    upgrade = subprocess.run([str(intake), "db", "upgrade"], env=env, cwd=folder, capture_output=True, text=True)
    assert upgrade.returncode == 0, upgrade.stderr
    log = (tmp_path / "run.log").open("wb")
    process = subprocess.Popen(
        [str(intake), "run"], env=env, cwd=folder, stdout=log, stderr=subprocess.STDOUT, start_new_session=True
    )
    try:
        health = _wait_healthy(f"http://127.0.0.1:{web_port}/healthz", process, tmp_path / "run.log")
        assert health["database"] == "ok"
        with smtplib.SMTP("127.0.0.1", smtp_port, timeout=30) as client:
            client.sendmail("jane@example.com", ["dpo@example.org"], REQUEST)
        acks = [m for m in sink.wait(1, timeout=60) if "We have received your request" in m[2]["Subject"]]
        assert acks, (tmp_path / "run.log").read_text()[-3000:]
        assert re.search(r"DPO-\d{4}-\d{6}-\d", acks[0][2]["Subject"])
        assert acks[0][1] == ["jane@example.com"]
        # Everything it made is in the folder it was started in (relative defaults), nothing in the checkout.
        assert (folder / "var" / "intake.db").exists()
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(20)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
        relay.stop()
        log.close()


def _wait_healthy(url: str, process: subprocess.Popen[bytes], log: Path) -> dict[str, object]:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise AssertionError(f"intake run exited: {log.read_text()[-3000:]}")
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                return json.loads(response.read())
        except OSError:
            time.sleep(0.2)
    raise AssertionError(f"no answer from {url}: {log.read_text()[-3000:]}")


def test_the_constraints_file_pins_what_pyproject_asks_for() -> None:
    """make installs with constraints.txt: every dependency named in pyproject has a pinned version there."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    wanted = project["dependencies"] + project["optional-dependencies"]["dev"]
    pins = {
        re.split(r"==", line)[0].strip().lower().replace("_", "-").replace(".", "-")
        for line in (ROOT / "constraints.txt").read_text().splitlines()
        if "==" in line and not line.startswith("#")
    }
    names = {re.split(r"[<>=\[; ]", w)[0].lower().replace("_", "-").replace(".", "-") for w in wanted}
    assert sorted(names - pins) == []
    assert "intake" not in pins
