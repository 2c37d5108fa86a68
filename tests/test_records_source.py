"""The organisation's own database as the source of record: a small CRM in a fresh PostgreSQL and MariaDB database.

Verification finds the requester there, approval changes it there (audited), `intake subjects sync` copies it.
"""

from __future__ import annotations

import json
import os
import secrets
import smtplib
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import psycopg
import pymysql
import pytest
from sqlalchemy import create_engine, text
from sqlmodel import select

from intake import db, review, store
from intake import settings as settings_module
from intake.errors import SettingsError, TransitionError, Unavailable
from intake.fulfil import purge
from intake.identity import records
from intake.identity.records import organisation
from intake.identity.records import sync as sync_module
from intake.identity.records.organisation import RecordsConfig
from intake.identity.records.sync import check, sync
from intake.identity.source import Copy, Live, Own, source
from intake.models import Case, Event, Message, utcnow
from intake.run import worker
from intake.settings import Settings
from tests.conftest import ORGANISATION_TOML, PG_ADMIN, Service, Sink, free_port, service_env

COLUMNS = (
    "customer_no, CONCAT(first_name, ' ', last_name) AS full_name, email, mobile, company, kind, status, "
    "status_changed, birth_date, street, account_no, plan"
)
QUERIES: dict[str, Any] = {
    "find": f"SELECT {COLUMNS} FROM customers WHERE lower(email) = :email OR RIGHT(mobile, 9) = :phone "
    "OR REPLACE(account_no, '-', '') = :account_id "
    "OR (lower(last_name) = :family_name AND lower(first_name) = :given_name)",
    "select": f"SELECT {COLUMNS} FROM customers WHERE customer_no = :subject_id",
    "sync": f"SELECT {COLUMNS} FROM customers WHERE updated_at > :since ORDER BY updated_at",
    "erase": "DELETE FROM customers WHERE customer_no = :subject_id",
    "anonymise": "UPDATE customers SET first_name = NULL, last_name = NULL, email = NULL, mobile = NULL, "
    "street = NULL, birth_date = NULL WHERE customer_no = :subject_id",
    "flag": "INSERT INTO customer_flags (customer_no, flag, set_on, reference) "
    "VALUES (:subject_id, :flag, :set_on, :reference)",
    "accounts": "SELECT customer_no, status, status_changed FROM customers WHERE status IN ('expired', 'suspended')",
    "update": {
        "address": "UPDATE customers SET street = :value, updated_at = CURRENT_TIMESTAMP "
        "WHERE customer_no = :subject_id",
        "name": "UPDATE customers SET last_name = :value WHERE customer_no = :subject_id",
    },
    "columns": {
        "subject_id": "customer_no",
        "phone": "mobile",
        "employer": "company",
        "role": "kind",
        "account_status": "status",
        "status_changed_at": "status_changed",
        "date_of_birth": "birth_date",
        "address": "street",
        "account_id": "account_no",
    },
}
PEOPLE = [  # customer_no, first and last name, email, mobile, company, kind, birth date, street, account number
    ("C-1001", "Jane", "Doe", "jane@example.com", "+442079460958", "Acme Ltd", "other", "1984-03-02",
     "1 Old Street, Leeds", "CUST-4711"),
    ("C-1002", "Jane", "Doe", "jane.doe@other.example", "+441134960000", "Zeta plc", "other", "1990-01-01",
     "7 Park Row, York", "CUST-5820"),
    ("C-1003", "John", "Roe", "john@example.com", "+442079460000", "Acme Ltd", "other", "1975-05-05",
     "3 High St, Hull", "CUST-6931"),
]  # fmt: skip
REQUEST = (
    b"From: Jane Doe <jane@example.com>\r\nTo: dpo@example.org\r\nMessage-ID: <crm-1@example.com>\r\n"
    b"Subject: My data\r\n\r\nHello, I am Jane Doe, customer number CUST-4711, date of birth 1984-03-02, phone "
    b"+44 20 7946 0958. Please send me a copy of my personal data.\r\n"
)


def _create(conn_execute: Any, dialect: str) -> None:
    stamp = "TIMESTAMP" if dialect == "postgresql" else "DATETIME"
    conn_execute(
        "CREATE TABLE customers (customer_no VARCHAR(20) PRIMARY KEY, first_name VARCHAR(100), "
        "last_name VARCHAR(100), email VARCHAR(200), mobile VARCHAR(40), company VARCHAR(200), kind VARCHAR(40), "
        "status VARCHAR(20), "
        f"status_changed {stamp} NULL, birth_date DATE, street VARCHAR(200), account_no VARCHAR(20), "
        f"plan VARCHAR(20), updated_at {stamp} NOT NULL)"
    )
    conn_execute(
        "CREATE TABLE customer_flags (customer_no VARCHAR(20), flag VARCHAR(40), set_on DATE, reference VARCHAR(40))"
    )


@pytest.fixture(params=[pytest.param("postgresql", marks=pytest.mark.postgres), "mariadb"])
def crm(request: pytest.FixtureRequest) -> Iterator[str]:
    """A fresh database holding the CRM schema and three customers, dropped afterwards."""
    name = f"crm_{secrets.token_hex(5)}"
    if request.param == "postgresql":
        with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
            conn.execute(f"CREATE DATABASE {name}")
        url = f"postgresql+psycopg://postgres@127.0.0.1:5432/{name}"
    else:
        with pymysql.connect(host="127.0.0.1", port=3306, user="root", autocommit=True) as conn:
            conn.cursor().execute(f"CREATE DATABASE {name} CHARACTER SET utf8mb4")
        url = f"mysql+pymysql://root@127.0.0.1:3306/{name}?charset=utf8mb4"
    engine = create_engine(url)
    with engine.begin() as conn:
        _create(lambda sql: conn.execute(text(sql)), engine.dialect.name)
        names = ("sid", "first", "last", "email", "mobile", "company", "kind", "dob", "street", "account")
        rows = [{**dict(zip(names, p, strict=True)), "at": datetime(2026, 1, 1)} for p in PEOPLE]
        conn.execute(
            text(
                "INSERT INTO customers VALUES (:sid, :first, :last, :email, :mobile, :company, :kind, 'active', "
                "NULL, :dob, :street, :account, 'team', :at)"
            ),
            rows,
        )
    engine.dispose()
    try:
        yield url
    finally:
        organisation.dispose()
        if request.param == "postgresql":
            with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
                conn.execute(f"DROP DATABASE {name} WITH (FORCE)")
        else:
            with pymysql.connect(host="127.0.0.1", port=3306, user="root", autocommit=True) as conn:
                conn.cursor().execute(f"DROP DATABASE {name}")


def _crm(url: str, sql: str, **params: Any) -> list[tuple[Any, ...]]:
    engine = create_engine(url)
    try:
        with engine.begin() as conn:
            result = conn.execute(text(sql), params)
            return [tuple(r) for r in result] if result.returns_rows else []
    finally:
        engine.dispose()


def _toml(table: dict[str, Any], prefix: str = "records") -> str:
    """[records] as TOML (JSON strings are TOML basic strings), with its sub-tables."""
    lines = [f"[{prefix}]"]
    subs = {k: v for k, v in table.items() if isinstance(v, dict)}
    lines += [f"{k} = {json.dumps(v)}" for k, v in table.items() if k not in subs]
    return "\n".join(lines) + "\n" + "".join(_toml(v, f"{prefix}.{k}") for k, v in subs.items())


def _settings(tmp_path: Path, url: str, mode: str = "live") -> Settings:
    config = tmp_path / "intake.toml"
    config.write_text(ORGANISATION_TOML.read_text() + "\n" + _toml({"url": url, "mode": mode, **QUERIES}))
    env = {
        "INTAKE_DATABASE_URL": f"sqlite:///{tmp_path / 'intake.db'}",
        "INTAKE_VAR_DIR": str(tmp_path / "var"),
        "INTAKE_OUTBOUND": f"file:{tmp_path / 'outbox'}",
        "INTAKE_DPO_ADDRESSES": "dpo@example.org",
        "INTAKE_CONFIG": str(config),
    }
    s = settings_module.load(None, env=env)
    db.upgrade(s.database_url)
    return s


def _request(settings: Settings) -> Case:
    with db.session(settings.database_url) as s:
        store.put(s, REQUEST, mailbox="smtp", source="smtp", envelope_from="jane@example.com")
    worker.drain(settings)
    with db.session(settings.database_url) as s:
        return s.exec(select(Case)).one()


def _approve(settings: Settings, ref: str, template: str, **context: object) -> None:
    with db.session(settings.database_url) as s:
        for d in review.drafts(s, review.load(s, ref)):
            d.status = "discarded"
            s.add(d)
        s.commit()
        review.reply(s, settings, ref, template, "alice", **context)
        review.approve(s, settings, ref, "alice")


def _events(settings: Settings, action: str) -> list[Event]:
    with db.session(settings.database_url) as s:
        return list(s.exec(select(Event).where(Event.action == action)).all())


def test_verification_finds_the_requester_in_the_organisations_database(crm: str, tmp_path: Path) -> None:
    settings = _settings(tmp_path, crm)
    assert isinstance(source(settings), Live)
    case = _request(settings)
    # Both Jane Does are candidates (the name); the customer number, birth date and phone pick the right one.
    assert case.verification["candidates"] == 2  # type: ignore[index]
    assert (case.verification["status"], case.subject_id) == ("verified", "C-1001")  # type: ignore[index]
    with db.session(settings.database_url) as s:
        assert records.count(s) == 0  # nothing was copied into intake


def test_approved_access_rectification_flag_and_erasure_change_the_organisations_database(
    crm: str, tmp_path: Path
) -> None:
    settings = _settings(tmp_path, crm)
    ref = _request(settings).reference
    _approve(settings, ref, "access")
    with db.session(settings.database_url) as s:
        record = source(settings).get(s, "C-1001")
    assert record is not None and record["attributes"] == {"plan": "team"} and record["role"] == "other"
    _approve(settings, ref, "rectification", changes=[{"field": "address", "old": "x", "new": "2 New Street, Leeds"}])
    assert _crm(crm, "SELECT street FROM customers WHERE customer_no = 'C-1001'") == [("2 New Street, Leeds",)]
    _approve(settings, ref, "restriction")
    flags = _crm(crm, "SELECT customer_no, flag, reference FROM customer_flags")
    assert flags == [("C-1001", "restricted", ref)]
    _approve(settings, ref, "erasure")
    assert _crm(crm, "SELECT customer_no FROM customers ORDER BY customer_no") == [("C-1002",), ("C-1003",)]
    assert ("C-1001", "erased", ref) in _crm(crm, "SELECT customer_no, flag, reference FROM customer_flags")
    done = [e.action for e in _events(settings, "fulfil.rectified") + _events(settings, "fulfil.erasure")]
    assert done == ["fulfil.rectified", "fulfil.erasure"]
    assert [e.detail["flag"] for e in _events(settings, "fulfil.flagged")] == ["restricted"]


ERASE = (
    b"From: Jane Doe <jane@example.com>\r\nTo: dpo@example.org\r\nMessage-ID: <crm-2@example.com>\r\n"
    b"Subject: Delete my data\r\n\r\nI am Jane Doe and I work at Acme Ltd. My customer number is CUST-4711, my date "
    b"of birth 1984-03-02 and my phone +44 20 7946 0958. Please delete all my personal data.\r\n"
)


JANE = "jane@example.com"


@pytest.mark.slow
@pytest.mark.parametrize("crm", ["mariadb"], indirect=True)  # a real service once; PostgreSQL in process above
def test_over_smtp_an_erasure_request_ends_with_the_row_gone_from_the_organisations_database(
    crm: str, tmp_path: Path, sink: tuple[Sink, int]
) -> None:
    """The issue's path: request over SMTP → verified against the CRM → the DPO approves → the CRM row is gone and
    the letter reaches the requester."""
    box, port = sink
    settings = _settings(tmp_path, crm)
    service = Service(tmp_path, service_env(tmp_path, port, INTAKE_CONFIG=str(tmp_path / "intake.toml")))
    try:
        service.start()
        with smtplib.SMTP("127.0.0.1", service.smtp_port, timeout=10) as client:
            client.sendmail(JANE, ["dpo@example.org"], ERASE)
        reference = None
        deadline = time.monotonic() + 30
        while reference is None and time.monotonic() < deadline:
            with db.session(settings.database_url) as s:
                case = s.exec(select(Case)).first()
                reference = case.reference if case is not None and case.subject_id == "C-1001" else None
            time.sleep(0.1)
        assert reference is not None, service.log.read_text()[-2000:]
        approved = service.cli("--as", "A. DPO", "approve", reference)
        assert approved.returncode == 0, approved.stdout + approved.stderr
        assert _crm(crm, "SELECT customer_no FROM customers ORDER BY customer_no") == [("C-1002",), ("C-1003",)]
        letters = [(rcpt, msg) for _, rcpt, msg in box.wait(2)]
        assert any(
            rcpt == ["jane@example.com"] and "erased" in msg.get_body(("plain",)).get_content() for rcpt, msg in letters
        )  # type: ignore[union-attr]
    finally:
        service.stop()


def test_a_change_the_organisation_configured_no_query_for_is_refused_at_approval(crm: str, tmp_path: Path) -> None:
    settings = _settings(tmp_path, crm)
    ref = _request(settings).reference
    with pytest.raises(TransitionError, match=r"\[records.update\] phone is not configured"):
        _approve(settings, ref, "rectification", changes=[{"field": "phone", "old": "x", "new": "+44 1 2345 6789"}])
    assert _crm(crm, "SELECT mobile FROM customers WHERE customer_no = 'C-1001'") == [("+442079460958",)]


def test_subjects_sync_copies_the_rows_then_the_changed_ones_and_a_full_sync_drops_the_deleted(
    crm: str, tmp_path: Path
) -> None:
    settings = _settings(tmp_path, crm, mode="copy")
    config = settings_module.section(settings, "records", RecordsConfig)
    first = datetime(2026, 2, 1)
    with db.session(settings.database_url) as s:
        report = sync(s, config, now=first)
        assert (report.read, report.inserted, report.since) == (3, 3, None)
        assert records.get(s, "C-1002")["address"] == "7 Park Row, York"  # type: ignore[index]
        _crm(
            crm,
            "UPDATE customers SET street = 'Moved', updated_at = :at WHERE customer_no = 'C-1002'",
            at=first + timedelta(hours=1),
        )
        again = sync(s, config, now=first + timedelta(days=1))
        assert (again.read, again.updated, again.since) == (1, 1, "2026-02-01T00:00:00")
        assert records.get(s, "C-1002")["address"] == "Moved"  # type: ignore[index]
        _crm(crm, "DELETE FROM customers WHERE customer_no = 'C-1003'")
        full = sync(s, config, full=True, now=first + timedelta(days=2))
        assert (full.read, full.removed) == (2, 1) and records.get(s, "C-1003") is None
    assert [e.detail["read"] for e in _events(settings, "records.synced")] == [3, 1, 2]
    # Verification reads the copy (its blocking index); the erasure goes to the organisation and to the copy.
    assert isinstance(source(settings), Copy)
    case = _request(settings)
    assert case.subject_id == "C-1001"
    _approve(settings, case.reference, "rectification", changes=[{"field": "address", "old": "x", "new": "9 Lane"}])
    assert _crm(crm, "SELECT street FROM customers WHERE customer_no = 'C-1001'") == [("9 Lane",)]
    with db.session(settings.database_url) as s:
        assert records.get(s, "C-1001")["address"] == "9 Lane"  # type: ignore[index]  # the copy kept in step
    _approve(settings, case.reference, "erasure")
    assert _crm(crm, "SELECT COUNT(*) FROM customers WHERE customer_no = 'C-1001'") == [(0,)]
    with db.session(settings.database_url) as s:
        assert records.get(s, "C-1001") is None


@pytest.mark.parametrize("crm", ["mariadb"], indirect=True)  # the command once; the copy itself on both above
def test_intake_subjects_sync_shows_its_counts_and_refuses_in_live_mode(crm: str, tmp_path: Path) -> None:
    settings = _settings(tmp_path, crm, mode="copy")
    env = {**os.environ, "INTAKE_DATABASE_URL": settings.database_url, "INTAKE_VAR_DIR": settings.var_dir}
    env["INTAKE_CONFIG"] = str(tmp_path / "intake.toml")
    done = subprocess.run(
        [sys.executable, "-m", "intake", "subjects", "sync"], env=env, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    assert "3 read (all rows): 3 inserted, 0 updated, 0 removed, 0 rejected" in done.stderr
    live = settings_module.section(_settings(tmp_path, crm, mode="live"), "records", RecordsConfig)
    with pytest.raises(SettingsError, match=r'^\[records\] mode: "live" asks'):
        check(live)


def test_the_purge_removes_an_account_expired_45_days_ago_from_the_organisations_database(
    crm: str, tmp_path: Path
) -> None:
    settings = _settings(tmp_path, crm)
    expired = "UPDATE customers SET status = 'expired', status_changed = :at WHERE customer_no = 'C-1003'"
    _crm(crm, expired, at=datetime(2026, 1, 1))
    with db.session(settings.database_url) as s:
        assert purge.purge(s, settings, now=datetime(2026, 2, 14, 23, 0, tzinfo=UTC)).expired_removed == 0
        due = datetime(2026, 2, 15, 1, 0, tzinfo=UTC)
        assert purge.purge(s, settings, now=due, dry_run=True).expired_removed == 1
        assert _crm(crm, "SELECT COUNT(*) FROM customers") == [(3,)]  # a dry run writes nothing there either
        assert purge.purge(s, settings, now=due).expired_removed == 1
    assert _crm(crm, "SELECT customer_no FROM customers ORDER BY customer_no") == [("C-1001",), ("C-1002",)]


def test_intake_run_syncs_every_sync_hours_and_any_sqlalchemy_database_will_do(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'crm.db'}"  # an organisation's SQLite file: no server needed
    _crm(url, "CREATE TABLE people (id TEXT, name TEXT, email TEXT, changed TIMESTAMP)")
    _crm(url, "INSERT INTO people VALUES ('P-1', 'Ann Lee', 'ann@example.com', '2026-01-01 00:00:00')")
    query = "SELECT id AS subject_id, name, email FROM people WHERE "
    select = query + "id = :subject_id"
    config = RecordsConfig(url=url, mode="copy", select=select, sync=query + "changed > :since", sync_hours=24)
    settings = _settings(tmp_path, url)
    start = datetime(2026, 3, 1, tzinfo=UTC)
    with db.session(settings.database_url) as s:
        assert sync_module.periodic(s, replace(config, sync_hours=0), now=start) is None  # off
        assert sync_module.periodic(s, config, now=start).inserted == 1  # type: ignore[union-attr]
        assert sync_module.periodic(s, config, now=start + timedelta(hours=23)) is None
        later = sync_module.periodic(s, config, now=start + timedelta(hours=24))
        assert later is not None and later.since == "2026-03-01T00:00:00"
        assert records.get(s, "P-1")["email"] == "ann@example.com"  # type: ignore[index]


def test_settings_errors_name_the_key() -> None:
    url = "postgresql+psycopg://crm@127.0.0.1/crm"
    base = {"url": url, "find": QUERIES["find"], "select": QUERIES["select"]}
    cases = [
        ({"url": "not a url"}, r"\[records\] url: not a database URL"),
        ({"url": url, "mode": "mirror"}, r"\[records\] mode"),
        ({"url": url, "select": QUERIES["select"]}, r"\[records\] find: the live mode needs"),
        ({"url": url, "find": "SELECT * FROM c WHERE email = :mail", "select": QUERIES["select"]}, r"find: uses :mail"),
        ({"url": url, "find": QUERIES["find"], "select": "SELECT * FROM c WHERE id = 1"}, r"select: must use :subj"),
        (
            {
                "url": url,
                "find": QUERIES["find"],
                "select": QUERIES["select"],
                "update": {"name": "UPDATE c SET n = 1"},
            },
            r"\[records.update\] name: must use :subject_id",
        ),
        ({**base, "columns": {"nick": "x"}}, "nick"),
        ({**base, "update": "UPDATE c SET n = :value"}, r"\[records\] update: expected a table"),
    ]
    for values, expected in cases:
        with pytest.raises(SettingsError, match=expected):
            RecordsConfig(**values)


def test_an_unreachable_database_is_one_line_naming_the_url(tmp_path: Path) -> None:
    url = f"postgresql+psycopg://crm:secret@127.0.0.1:{free_port()}/crm"
    live = Live(RecordsConfig(url=url, find=QUERIES["find"], select=QUERIES["select"]))
    with db.session(f"sqlite:///{tmp_path / 'x.db'}") as s, pytest.raises(Unavailable) as caught:
        live.get(s, "C-1001")
    message = str(caught.value)
    assert message.startswith("[records] url: cannot reach the organisation's database") and "\n" not in message
    assert "secret" not in message  # the password is never shown


def test_a_request_waits_while_the_organisations_database_is_down(tmp_path: Path) -> None:
    settings = _settings(tmp_path, f"mysql+pymysql://root@127.0.0.1:{free_port()}/crm")
    with db.session(settings.database_url) as s:
        store.put(s, REQUEST, mailbox="smtp", source="smtp", envelope_from="jane@example.com")
    assert worker.work_one(settings)
    with db.session(settings.database_url) as s:
        message = s.exec(select(Message)).one()
    # Not set aside as failed, and not counted as an attempt: it is taken again send_retry_seconds later.
    assert (message.status, message.attempts, message.error) == ("received", 0, None)
    assert message.lease_expires is not None and message.lease_expires > utcnow()
    assert not worker.work_one(settings)  # nothing else to take meanwhile


def test_without_a_url_intake_reads_its_own_table(settings: Settings) -> None:
    assert type(source(settings)) is Own
