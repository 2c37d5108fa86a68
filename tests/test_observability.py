"""/healthz and /metrics over real HTTP against the running web face, with the database as the workers left it."""

from __future__ import annotations

import dataclasses
import http.client
import json
import socket
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from prometheus_client.parser import text_string_to_metric_families
from sqlmodel import select

from intake import db, store
from intake.models import Case, Message, utcnow
from intake.run import worker
from intake.settings import Settings
from intake.web import server
from intake.web.auth import hash_line
from intake.web.config import WebConfig
from tests.conftest import free_port

REQUEST = (
    b"From: Jane Doe <jane@example.com>\r\nTo: dpo@example.org\r\nSubject: Please delete my data\r\n"
    b"Message-ID: <obs-1@example.com>\r\n\r\nI am Jane Doe, I work at Acme Ltd. Please delete my personal data.\r\n"
)
TOKEN = "a-metrics-token-of-some-length"


@pytest.fixture
def config(tmp_path: Path) -> WebConfig:
    users = tmp_path / "users.txt"
    users.write_text(hash_line("alice", "correct horse battery") + "\n")
    return WebConfig(users_file=str(users))


def _start(settings: Settings, config: WebConfig, listen: str = "127.0.0.1:0") -> server.Handle:
    return server.start(dataclasses.replace(settings, web_listen=listen), config)


@pytest.fixture
def web(settings: Settings, config: WebConfig) -> Iterator[server.Handle]:
    handle = _start(settings, config)
    yield handle
    handle.stop()


def _get(handle: server.Handle, path: str, headers: dict[str, str] | None = None) -> tuple[int, bytes, dict[str, str]]:
    conn = http.client.HTTPConnection(handle.host, handle.port, timeout=30)
    try:
        conn.request("GET", path, headers={"host": f"{handle.host}:{handle.port}", **(headers or {})})
        response = conn.getresponse()
        return response.status, response.read(), {k.lower(): v for k, v in response.getheaders()}
    finally:
        conn.close()


def _receive(settings: Settings, raw: bytes = REQUEST) -> None:
    with db.session(settings.database_url) as session:
        store.put(session, raw, mailbox="smtp:dpo@example.org", source="smtp", envelope_from="jane@example.com")
    worker.drain(settings)


def test_healthz_answers_without_log_in_with_the_queue(web: server.Handle, settings: Settings) -> None:
    status, body, headers = _get(web, "/healthz")
    assert status == 200
    assert json.loads(body) == {"status": "ok", "database": "ok", "queue": 0, "oldest_waiting_s": 0}
    assert "set-cookie" not in headers  # a probe every few seconds must not mint sessions
    with db.session(settings.database_url) as session:
        store.put(session, REQUEST, mailbox="smtp:dpo@example.org", source="smtp")
    status, body, _ = _get(web, "/healthz")
    assert status == 200 and json.loads(body)["queue"] == 1


def test_healthz_is_503_when_the_oldest_waiting_message_is_older_than_the_threshold(
    settings: Settings, config: WebConfig
) -> None:
    with db.session(settings.database_url) as session:
        stored = store.put(session, REQUEST, mailbox="smtp:dpo@example.org", source="smtp")
        message = session.get(Message, stored.id)
        assert message is not None
        message.received_at = utcnow() - timedelta(seconds=120)
        session.add(message)
        session.commit()
    handle = _start(dataclasses.replace(settings, health_stuck_seconds=60), config)
    try:
        status, body, _ = _get(handle, "/healthz")
    finally:
        handle.stop()
    answer = json.loads(body)
    assert status == 503
    assert answer["status"] == "stuck" and answer["queue"] == 1 and 115 <= answer["oldest_waiting_s"] <= 200


def test_healthz_is_503_when_the_database_is_unreachable_and_says_nothing_of_the_url(
    settings: Settings, config: WebConfig
) -> None:
    # A PostgreSQL URL with a password, on a port nothing listens on: connection refused at once.
    url = f"postgresql+psycopg://intake:s3cret-pw@127.0.0.1:{free_port()}/intake?connect_timeout=3"
    handle = _start(dataclasses.replace(settings, database_url=url), config)
    try:
        status, body, _ = _get(handle, "/healthz")
    finally:
        handle.stop()
        db.dispose_all()
    assert status == 503
    assert json.loads(body) == {"status": "error", "database": "unreachable"}
    assert b"s3cret" not in body


def _families(body: bytes) -> dict[str, list[tuple[str, dict[str, str], float]]]:
    out: dict[str, list[tuple[str, dict[str, str], float]]] = {}
    for family in text_string_to_metric_families(body.decode()):
        out[family.name] = [(s.name, s.labels, s.value) for s in family.samples]
    return out


def test_metrics_count_what_the_database_holds(web: server.Handle, settings: Settings) -> None:
    _receive(settings)
    with db.session(settings.database_url) as session:
        case = session.exec(select(Case)).one()
        case.due_on = utcnow().date() - timedelta(days=1)
        session.add(case)
        session.commit()
        status_of_case = case.status
    status, body, headers = _get(web, "/metrics")
    assert status == 200, body
    assert headers["content-type"].startswith("text/plain; version=")
    metrics = _families(body)
    messages = {(s[1]["source"], s[1]["kind"], s[1]["status"]): s[2] for s in metrics["intake_messages"]}
    assert messages == {("smtp", "request", "processed"): 1.0}
    samples = metrics["intake_message_processing_seconds"]
    histogram = {(name, labels.get("le")): value for name, labels, value in samples}
    assert histogram[("intake_message_processing_seconds_count", None)] == 1.0
    assert histogram[("intake_message_processing_seconds_bucket", "+Inf")] == 1.0
    assert histogram[("intake_message_processing_seconds_bucket", "3600.0")] == 1.0
    assert histogram[("intake_message_processing_seconds_sum", None)] >= 0
    outbox = {(s[1]["purpose"], s[1]["status"]): s[2] for s in metrics["intake_outbox"]}
    assert sum(v for (purpose, _), v in outbox.items() if purpose == "acknowledgement") == 1.0
    assert {s[1]["status"]: s[2] for s in metrics["intake_cases"]} == {status_of_case: 1.0}
    assert {s[1]["status"]: s[2] for s in metrics["intake_cases_overdue"]} == {status_of_case: 1.0}
    assert {s[1]["status"]: s[2] for s in metrics["intake_cases_due_soon"]} == {status_of_case: 0.0}
    assert sum(s[2] for s in metrics["intake_verifications"]) == 1.0
    assert metrics["intake_oldest_waiting_seconds"][0][2] == 0.0
    # Counts only: nothing a requester wrote or is called appears.
    assert b"jane" not in body.lower() and b"acme" not in body.lower()


def test_metrics_with_a_token_need_it_even_from_this_machine(settings: Settings, config: WebConfig) -> None:
    handle = _start(dataclasses.replace(settings, metrics_token=TOKEN), config)
    try:
        assert _get(handle, "/metrics")[0] == 401
        assert _get(handle, "/metrics", {"authorization": "Bearer wrong-token-wrong-token"})[0] == 401
        status, body, _ = _get(handle, "/metrics", {"authorization": f"Bearer {TOKEN}"})
    finally:
        handle.stop()
    assert status == 200 and b"intake_cases" in body


def _outside_address() -> str | None:
    """This machine's address on its network (not loopback), if it has one: a UDP connect sends nothing."""
    try:
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
            s.connect(("192.0.2.1", 9))
            address = s.getsockname()[0]
    except OSError:
        return None
    return None if address.startswith("127.") else address


def test_metrics_without_a_token_are_refused_beyond_loopback(settings: Settings, config: WebConfig) -> None:
    address = _outside_address()
    if address is None:
        pytest.skip("this machine has no address besides loopback")
    handle = _start(settings, config, listen=f"{address}:0")
    try:
        status, _, _ = _get(handle, "/metrics")
        health, _, _ = _get(handle, "/healthz")
    finally:
        handle.stop()
    assert status == 403
    assert health == 200
