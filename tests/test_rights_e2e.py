"""Every right end to end: requests over SMTP to one real `intake run`, approved with the CLI, fulfilled in the records.

Per source of record (intake's own SQLite table; a PostgreSQL CRM in live mode; a MariaDB CRM in copy mode), eight
requesters each send one request in one burst, stating the private data points verification needs (customer number,
date of birth, phone); the DPO lists the queue (`intake review`) and approves the eight cases (one `intake approve`
with their references); the test then reads the relay, the records (`intake subjects export`, the CRM's own tables)
and the audit trail. Each run prints its timings (pytest -s).
"""

from __future__ import annotations

import csv
import io
import json
import re
import resource
import secrets
import smtplib
import time
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from datetime import UTC, datetime
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import psycopg
import pymysql
import pytest
from sqlalchemy import create_engine, text
from sqlmodel import select

from intake import audit, db
from intake.identity.records import organisation
from intake.models import Case, Draft, Event, Outbox
from tests.conftest import ORGANISATION_TOML, PG_ADMIN, Service, Sink, service_env
from tests.test_records_source import QUERIES
from tests.test_records_source import _create as create_crm
from tests.test_records_source import _toml as records_toml

# first name, family name, e-mail, phone, date of birth, street, customer number
PEOPLE_ROWS = [
    ("Ottilie", "Brackwater", "ottilie@example.com", "+442079461001", "1981-02-11", "1 Old Street, Leeds", "CUST-7101"),
    ("Casimir", "Fernhough", "casimir@example.com", "+442079461002", "1972-03-12", "2 Mill Lane, York", "CUST-7102"),
    ("Rosamund", "Quillfeather", "rosamund@example.com", "+442079461003", "1990-04-13", "3 Dock Rd, Hull", "CUST-7103"),
    ("Leopold", "Harrowgate", "leopold@example.com", "+442079461004", "1965-05-14", "4 Kiln Row, Bath", "CUST-7104"),
    ("Winifred", "Stonebridge", "winifred@example.com", "+442079461005", "1988-06-15", "5 Ash Close, Ely", "CUST-7105"),
    ("Ambrose", "Tillinghast", "ambrose@example.com", "+442079461006", "1979-07-16", "6 Elm Walk, Ripon", "CUST-7106"),
    ("Philippa", "Marchbanks", "philippa@example.com", "+442079461007", "1993-08-17", "7 Yew Ct, Wells", "CUST-7107"),
    ("Barnaby", "Whitlocke", "barnaby@example.com", "+442079461008", "1984-09-18", "8 Oak Mews, Truro", "CUST-7108"),
]  # fmt: skip
# The right each requester exercises, the words they use, and the letter whose approval fulfils it.
REQUESTS = {
    "access": ("Please send me a copy of all the personal data you hold about me.", "access"),
    "portability": (
        "Please send me my personal data in a structured, commonly used and machine-readable format.",
        "portability",
    ),
    "rectification": (
        "Please correct my address in your records.\r\nMy new address is 12 New Street, Leeds",
        "rectification",
    ),
    "erasure": ("Please delete all my personal data.", "erasure"),
    "restriction": ("Please restrict the processing of my personal data.", "restriction"),
    "objection": ("I object to the processing of my personal data for direct marketing.", "objection"),
    "withdraw_consent": ("I withdraw my consent to the processing of my personal data.", "consent_withdrawal"),
    "opt_out_sale": ("Please opt me out of the sale or sharing of my personal information.", "opt_out_sale"),
}
NEW_ADDRESS = "12 New Street, Leeds"


def record(row: tuple[str, ...], index: int) -> dict[str, str]:
    """A requester as intake's own table holds them (`intake subjects import`)."""
    first, last, email, phone, dob, street, account = row
    return {
        "subject_id": f"S-{index + 1:02d}",
        "name": f"{first} {last}",
        "email": email,
        "phone": phone,
        "date_of_birth": dob,
        "address": street,
        "account_id": account,
        "employer": "Acme Ltd",
        "role": "other",
        "account_status": "active",
        "plan": "team",
    }


PEOPLE = [record(row, i) for i, row in enumerate(PEOPLE_ROWS)]


def mail(right: str, person: dict[str, str]) -> bytes:
    """The request as the requester's mail client sends it: their name and private data points, then the ask."""
    ask = REQUESTS[right][0]
    phone = f"{person['phone'][:3]} {person['phone'][3:5]} {person['phone'][5:9]} {person['phone'][9:]}"
    return (
        f"From: {person['name']} <{person['email']}>\r\nTo: dpo@example.org\r\n"
        f"Message-ID: <{right}-{person['subject_id']}@example.com>\r\nSubject: Data protection request\r\n\r\n"
        f"Hello,\r\n\r\nI am {person['name']} and I work at Acme Ltd. My customer number is {person['account_id']}, "
        f"my date of birth {person['date_of_birth']}, my phone {phone}.\r\n{ask}\r\n\r\nThank you\r\n"
    ).encode()


@contextmanager
def _crm(dialect: str) -> Iterator[str]:
    """A fresh PostgreSQL or MariaDB database holding the CRM schema of tests/test_records_source.py and the eight."""
    name = f"rights_{secrets.token_hex(5)}"
    if dialect == "postgresql":
        with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
            conn.execute(f"CREATE DATABASE {name}")
        url = f"postgresql+psycopg://postgres@127.0.0.1:5432/{name}"
    else:
        with pymysql.connect(host="127.0.0.1", port=3306, user="root", autocommit=True) as conn:
            conn.cursor().execute(f"CREATE DATABASE {name} CHARACTER SET utf8mb4")
        url = f"mysql+pymysql://root@127.0.0.1:3306/{name}?charset=utf8mb4"
    engine = create_engine(url)
    with engine.begin() as conn:
        create_crm(lambda sql: conn.execute(text(sql)), dialect)
        conn.execute(
            text(
                "INSERT INTO customers VALUES (:subject_id, :first, :last, :email, :phone, :employer, :role, 'active', "
                "NULL, :date_of_birth, :address, :account_id, :plan, :at)"
            ),
            [
                {**p, "first": p["name"].split()[0], "last": p["name"].split()[1], "at": datetime(2026, 1, 1)}
                for p in PEOPLE
            ],
        )
    engine.dispose()
    try:
        yield url
    finally:
        if dialect == "postgresql":
            with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
                conn.execute(f"DROP DATABASE {name} WITH (FORCE)")
        else:
            with pymysql.connect(host="127.0.0.1", port=3306, user="root", autocommit=True) as conn:
                conn.cursor().execute(f"DROP DATABASE {name}")


def _rows(url: str, sql: str) -> list[tuple[Any, ...]]:
    engine = create_engine(url)
    try:
        with engine.begin() as conn:
            return [tuple(r) for r in conn.execute(text(sql))]
    finally:
        engine.dispose()


def _start(kind: str, tmp_path: Path, port: int, crm: str | None) -> Service:
    """One `intake run` whose records are intake's own table (imported) or the CRM (live; copy, synced first)."""
    config = tmp_path / "intake.toml"
    extra = "" if crm is None else "\n" + records_toml({"url": crm, "mode": MODES[kind], **QUERIES})
    config.write_text(ORGANISATION_TOML.read_text() + extra)
    service = Service(tmp_path, service_env(tmp_path, port, INTAKE_CONFIG=str(config)))
    if crm is None:
        people = tmp_path / "subjects.jsonl"
        people.write_text("".join(json.dumps(p) + "\n" for p in PEOPLE), encoding="utf-8")
        setup = ("subjects", "import", str(people))
    elif MODES[kind] == "copy":
        setup = ("subjects", "sync")
    else:
        setup = ()
    service.start()
    if setup:
        done = service.cli(*setup)
        assert done.returncode == 0, done.stderr
    return service


MODES = {"postgresql": "live", "mariadb": "copy"}


def _drafted(url: str) -> dict[str, tuple[str, str]]:
    """Requester -> (case reference, template) of each verified case whose draft waits for the DPO."""
    with db.session(url) as s:
        found = s.exec(
            select(Case.requester, Case.reference, Draft.template)
            .join(Draft, Draft.case_id == Case.id)  # type: ignore[arg-type]
            .where(Draft.status == "draft", Case.subject_id.is_not(None))  # type: ignore[union-attr]
        ).all()
    return {requester: (reference, template) for requester, reference, template in found}


@pytest.mark.slow
@pytest.mark.parametrize("kind", ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres), "mariadb"])
def test_every_right_from_a_request_over_smtp_to_the_fulfilled_records(
    kind: str, tmp_path: Path, sink: tuple[Sink, int]
) -> None:
    box, port = sink
    with ExitStack() as stack:
        crm = None if kind == "sqlite" else stack.enter_context(_crm(kind))
        stack.callback(organisation.dispose)
        started = time.monotonic()
        service = _start(kind, tmp_path, port, crm)
        stack.callback(service.stop)
        url = service.env["INTAKE_DATABASE_URL"]
        who = dict(zip(REQUESTS, PEOPLE, strict=True))
        with smtplib.SMTP("127.0.0.1", service.smtp_port, timeout=10) as client:
            for right, person in who.items():
                client.sendmail(person["email"], ["dpo@example.org"], mail(right, person))
        sent = time.monotonic()
        deadline = sent + 60
        while len(drafted := _drafted(url)) < len(REQUESTS) and time.monotonic() < deadline:
            time.sleep(0.2)
        assert {p["email"]: t for p, (_, t) in zip(who.values(), REQUESTS.values(), strict=True)} == {
            r: t for r, (_, t) in drafted.items()
        }, service.log.read_text()[-3000:]
        understood = time.monotonic()
        # The DPO reads the queue, then approves the eight cases in one command.
        queue = service.cli("review")
        listed = set(re.findall(r"DPO-\d{4}-\d{6}-\d", queue.stdout))
        assert listed == {ref for ref, _ in drafted.values()}, queue.stdout + queue.stderr
        cpu = resource.getrusage(resource.RUSAGE_CHILDREN)
        done = service.cli("--as", "A. DPO", "approve", *sorted(listed))
        assert done.returncode == 0, done.stdout + done.stderr
        assert "8 draft(s) approved and queued for sending" in done.stderr
        approved = time.monotonic()
        spent = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu_s = spent.ru_utime + spent.ru_stime - cpu.ru_utime - cpu.ru_stime
        letters = _letters(box, url, drafted)
        delivered = time.monotonic()
        _check(kind, service, crm, drafted, letters)
        print(
            f"{kind}: start {sent - started:.1f} s, understood {understood - sent:.1f} s, "
            f"approved {approved - understood:.1f} s ({cpu_s:.1f} s CPU), delivered {delivered - approved:.1f} s"
        )


def _letters(box: Sink, url: str, drafted: dict[str, tuple[str, str]]) -> dict[str, EmailMessage]:
    """Template -> the approved letter as the relay received it (matched by the Message-ID intake gave it)."""
    with db.session(url) as s:
        ids = {
            outbox.message_id: (outbox.rcpt_to, draft.template)
            for draft, outbox in s.exec(
                select(Draft, Outbox).join(Outbox, Draft.outbox_id == Outbox.id)  # type: ignore[arg-type]
            ).all()
        }
    assert sorted(t for _, t in ids.values()) == sorted(t for _, t in drafted.values())
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        got = {m["Message-ID"]: (rcpt, m) for _, rcpt, m in box.wait(0)}
        if set(ids) <= set(got):
            break
        time.sleep(0.1)
    letters: dict[str, EmailMessage] = {}
    for mid, (to, template) in ids.items():
        rcpt, msg = got[mid]
        assert rcpt == [to] and drafted[to][1] == template  # each letter went to its own requester only
        letters[template] = msg  # type: ignore[assignment]
    return letters


FLAGGED = {"restriction": "restricted", "objection": "objected", "withdraw_consent": "consent_withdrawn",
           "opt_out_sale": "opted_out_of_sale"}  # fmt: skip
FIELDS = ("subject_id", "name", "email", "phone", "date_of_birth", "address", "account_id", "employer", "plan")


def _check(kind: str, service: Service, crm: str | None, drafted: dict[str, tuple[str, str]],
           letters: dict[str, EmailMessage]) -> None:  # fmt: skip
    who = dict(zip(REQUESTS, PEOPLE, strict=True))
    ref = {right: drafted[p["email"]][0] for right, p in who.items()}
    # Access and portability: the subject's own fields, as JSON and CSV.
    for right in ("access", "portability"):
        files = {p.get_filename(): p.get_payload(decode=True) for p in letters[right].iter_attachments()}
        assert sorted(files) == ["personal-data.csv", "personal-data.json"], right
        want = {f: who[right][f] for f in FIELDS}
        data = json.loads(files["personal-data.json"])
        (row,) = csv.DictReader(io.StringIO(files["personal-data.csv"].decode("utf-8-sig")))  # type: ignore[union-attr]
        assert {f: data[f] for f in FIELDS} == want == {f: row[f] for f in FIELDS}, right
    text_of = {r: m.get_body(("plain",)).get_content() for r, m in letters.items()}  # type: ignore[union-attr]
    assert NEW_ADDRESS in text_of["rectification"] and "We have erased your personal data." in text_of["erasure"]
    # The records as intake exports them (its own table, or the copy), and the organisation's database.
    # Live mode copies nothing into intake: its export is each flagged subject's id and flags.
    done = service.cli("subjects", "export")
    assert done.returncode == 0, done.stderr
    exported = {r["subject_id"]: r for r in map(json.loads, done.stdout.splitlines())}
    today = datetime.now(UTC).date().isoformat()
    rectified, erased = who["rectification"]["subject_id"], who["erasure"]["subject_id"]
    for right, flag in FLAGGED.items():
        assert exported[who[right]["subject_id"]][f"flag_{flag}"] == f"{today} {ref[right]}", right
    if kind == "postgresql":
        assert set(exported) == {who[r]["subject_id"] for r in FLAGGED} | {erased}  # the flags, no record
        assert exported[erased] == {"subject_id": erased, "flag_erased": f"{today} {ref['erasure']}"}
    else:
        assert exported[rectified]["address"] == NEW_ADDRESS and erased not in exported
        untouched = exported[who["access"]["subject_id"]]
        assert untouched["address"] == who["access"]["address"] and not any(k.startswith("flag_") for k in untouched)
    if crm is not None:
        streets = dict(_rows(crm, "SELECT customer_no, street FROM customers"))
        assert streets[rectified] == NEW_ADDRESS and erased not in streets and len(streets) == len(PEOPLE) - 1
        flags = {(sid, flag, str(on), reference) for sid, flag, on, reference in _rows(
            crm, "SELECT customer_no, flag, set_on, reference FROM customer_flags")}  # fmt: skip
        want = {(who[r]["subject_id"], f, today, ref[r]) for r, f in FLAGGED.items()}
        assert flags == want | {(erased, "erased", today, ref["erasure"])}
    # Every step audited: verified, drafted, approved by the DPO, carried out, sent; and the chain intact.
    fulfilled = {"access": "fulfil.exported", "portability": "fulfil.exported", "rectification": "fulfil.rectified",
                 "erasure": "fulfil.erasure"} | {r: "fulfil.flagged" for r in FLAGGED}  # fmt: skip
    with db.session(service.env["INTAKE_DATABASE_URL"]) as s:
        for right, reference in ref.items():
            case = s.exec(select(Case).where(Case.reference == reference)).one()
            events = s.exec(select(Event).where(Event.case_id == case.id).order_by(Event.seq)).all()  # type: ignore[arg-type]
            actions = [e.action for e in events]
            (approval,) = [e for e in events if e.action == "draft.approved"]
            (sent,) = [
                e for e in events if e.action == "outbox.sent" and e.detail["outbox_id"] == approval.detail["outbox"]
            ]
            assert approval.actor == "A. DPO" and fulfilled[right] in actions, (right, actions)
            (checked,) = [e for e in events if e.action == "case.verification"]
            assert checked.detail["status"] == "verified", checked.detail
            assert checked.seq < approval.seq < sent.seq  # type: ignore[operator]
        assert audit.verify(s)[1] is None  # the chain is intact (`intake audit verify`)
