"""Shared fixtures: real databases (SQLite file, PostgreSQL schema), free ports, a sink SMTP server, the service."""

from __future__ import annotations

import os
import secrets
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from email import message_from_bytes
from email.message import Message
from email.policy import default
from pathlib import Path

import psycopg
import pytest
from aiosmtpd.controller import Controller

from intake import db
from intake import settings as settings_module
from intake.settings import Settings

PG_ADMIN = "host=127.0.0.1 port=5432 dbname=test user=postgres"
ROOT = Path(__file__).resolve().parent.parent
# The example [organisation] (the Art. 15 information an access reply must carry), filled in from the seed.
ORGANISATION_TOML = ROOT / "examples" / "organisation.toml"


def link_subject(url: str, reference: str, record: dict[str, str]) -> None:
    """Import `record` and make it the case's verified subject, as verification would (for tests of approval)."""
    import json
    import tempfile

    from sqlmodel import select

    from intake.identity.records import import_file
    from intake.models import Case

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "subject.jsonl"
        path.write_text(json.dumps(record) + "\n", encoding="utf-8")
        with db.session(url) as s:
            import_file(s, path)
    with db.session(url) as s:
        case = s.exec(select(Case).where(Case.reference == reference)).one()
        case.subject_id = record["subject_id"]
        s.add(case)
        s.commit()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'intake.db'}"


@pytest.fixture
def pg_url() -> Iterator[str]:
    """A fresh schema in the local PostgreSQL per test, dropped afterwards (tests may run side by side)."""
    schema = f"t_{secrets.token_hex(6)}"
    with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
        conn.execute(f"CREATE SCHEMA {schema}")
    url = f"postgresql+psycopg://postgres@127.0.0.1:5432/test?options=-csearch_path%3D{schema}"
    try:
        yield url
    finally:
        db.dispose_all()
        with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
            conn.execute(f"DROP SCHEMA {schema} CASCADE")


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """Each storage test runs on both databases the product supports."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'intake.db'}"
    else:
        yield request.getfixturevalue("pg_url")


@pytest.fixture
def settings(tmp_path: Path, sqlite_url: str) -> Settings:
    """Settings for in-process tests: a temporary SQLite database, file outbox and var folder."""
    env = {
        "INTAKE_DATABASE_URL": sqlite_url,
        "INTAKE_VAR_DIR": str(tmp_path / "var"),
        "INTAKE_OUTBOUND": f"file:{tmp_path / 'outbox'}",
        "INTAKE_DPO_ADDRESSES": "dpo@example.org,privacy@example.org",
        "INTAKE_ORGANISATION": "Example Org",
        "INTAKE_CONFIG": str(ORGANISATION_TOML),
    }
    s = settings_module.load(None, env=env)
    db.upgrade(s.database_url)
    return s


class Sink:
    """A real SMTP server standing in for the relay: it keeps every message it is given."""

    def __init__(self) -> None:
        self.messages: list[tuple[str, list[str], Message]] = []
        self.lock = threading.Lock()

    async def handle_DATA(self, server, session, envelope):  # noqa: N802
        msg = message_from_bytes(envelope.original_content or envelope.content, policy=default)
        with self.lock:
            self.messages.append((envelope.mail_from, list(envelope.rcpt_tos), msg))
        return "250 OK"

    def wait(self, count: int, timeout: float = 30) -> list[tuple[str, list[str], Message]]:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            with self.lock:
                if len(self.messages) >= count:
                    return list(self.messages)
            time.sleep(0.05)
        with self.lock:
            return list(self.messages)


@pytest.fixture
def sink() -> Iterator[tuple[Sink, int]]:
    handler = Sink()
    port = free_port()
    controller = Controller(handler, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        yield handler, port
    finally:
        controller.stop()


class Service:
    """`intake run` in a real child process, on free ports, with its own database and var folder."""

    def __init__(self, tmp: Path, env: dict[str, str]) -> None:
        self.tmp = tmp
        self.env = env
        self.process: subprocess.Popen[bytes] | None = None
        self.log = tmp / "service.log"

    @property
    def smtp_port(self) -> int:
        return int(self.env["INTAKE_SMTP_LISTEN"].rpartition(":")[2])

    def start(self, *args: str, upgrade: bool = True, listens: bool = True) -> None:
        """`intake db upgrade` (as `make run` does: `intake run` no longer migrates), then `intake run`.

        `listens`: wait for its SMTP port; False for a process without the smtp role (`--role worker,sender`)."""
        if upgrade:
            result = self.cli("db", "upgrade")
            assert result.returncode == 0, result.stderr
        log = open(self.log, "ab")  # noqa: SIM115 (kept open for the child's lifetime)
        self.process = subprocess.Popen(
            [sys.executable, "-m", "intake.cli", "run", "--no-web", *args],
            env={**os.environ, **self.env},
            cwd=self.tmp,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # so that kill() takes the worker child down too
        )
        if not listens:
            return
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                with socket.create_connection(("127.0.0.1", self.smtp_port), timeout=1):
                    return
            except OSError:
                if self.process.poll() is not None:
                    raise RuntimeError(f"intake run exited: {self.log.read_text()[-3000:]}") from None
                time.sleep(0.1)
        raise RuntimeError("intake run did not start listening within 60 s")

    def workers(self) -> list[int]:
        """The pids of this `intake run`'s worker processes (its spawned children)."""
        assert self.process is not None
        found = []
        for entry in Path("/proc").iterdir():
            if not entry.name.isdigit():
                continue
            try:
                ppid = int((entry / "stat").read_text().rpartition(")")[2].split()[1])
                if ppid == self.process.pid and b"spawn_main" in (entry / "cmdline").read_bytes():
                    found.append(int(entry.name))
            except (OSError, ValueError):
                continue
        return found

    def kill(self) -> None:
        """SIGKILL the whole process group: no clean-up, like a power cut."""
        if self.process and self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait(10)

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(20)
            except subprocess.TimeoutExpired:
                self.kill()

    def cli(self, *args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "intake.cli", *args],
            env={**os.environ, **self.env},
            cwd=self.tmp,
            capture_output=True,
            text=True,
            timeout=120,
        )


def service_env(tmp_path: Path, sink_port: int, **settings: str) -> dict[str, str]:
    """The environment of a test `intake run`: its own database and var folder, free ports, mail to the sink."""
    return {
        "INTAKE_DATABASE_URL": f"sqlite:///{tmp_path / 'intake.db'}",
        "INTAKE_SMTP_LISTEN": f"127.0.0.1:{free_port()}",
        "INTAKE_WEB_LISTEN": f"127.0.0.1:{free_port()}",
        "INTAKE_OUTBOUND": f"smtp://127.0.0.1:{sink_port}",
        "INTAKE_DPO_ADDRESSES": "dpo@example.org",
        "INTAKE_ORGANISATION": "Example Org",
        "INTAKE_VAR_DIR": str(tmp_path / "var"),
        "INTAKE_WORKER_POLL_SECONDS": "0.1",
        "INTAKE_MAX_MESSAGE_BYTES": "200000",
        "INTAKE_CONFIG": str(ORGANISATION_TOML),
        **settings,
    }


@pytest.fixture
def service(tmp_path: Path, sink: tuple[Sink, int]) -> Iterator[Service]:
    svc = Service(tmp_path, service_env(tmp_path, sink[1]))
    try:
        yield svc
    finally:
        svc.stop()
