"""Several processes on one PostgreSQL database: a burst handled once by two `intake run`, one digest, the budget."""

from __future__ import annotations

import dataclasses
import multiprocessing
import smtplib
import threading
import time
from datetime import date, timedelta
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import delete
from sqlmodel import select

from intake import db
from intake import settings as settings_module
from intake.models import Case, Event, JobRun, Message, Outbox, utcnow
from intake.outbox import budget, digest, send
from intake.settings import Settings
from tests.conftest import PG_ADMIN, Service, Sink, service_env

pytestmark = pytest.mark.postgres


def _settings(url: str, tmp_path: Path, **tables: dict[str, object]) -> Settings:
    s = settings_module.load(
        None,
        env={
            "INTAKE_DATABASE_URL": url,
            "INTAKE_VAR_DIR": str(tmp_path / "var"),
            "INTAKE_OUTBOUND": f"file:{tmp_path / 'outbox'}",
            "INTAKE_DPO_ADDRESSES": "dpo@example.org",
        },
    )
    db.upgrade(url)
    return dataclasses.replace(s, tables=dict(tables)) if tables else s


def _queue_digest(s: Settings, today: date, start: threading.Barrier) -> None:  # in a child process
    start.wait(10)
    with db.session(s.database_url) as session:
        digest.send_digest(session, s, today=today)


def test_two_processes_queue_the_days_digest_once(pg_url: str, tmp_path: Path) -> None:
    s = _settings(pg_url, tmp_path)
    today = utcnow().date()
    with db.session(pg_url) as session:
        session.add(Case(requester="jane@example.com", reference="DPO-2026-000001-1", due_on=today + timedelta(days=3)))
        session.commit()
    # Several rounds, each from a clean slate: two processes released at once race for the day's digest.
    for _ in range(5):
        db.dispose_all()  # the children must not share the parent's connections
        start = multiprocessing.get_context("fork").Barrier(2)
        children = [
            multiprocessing.get_context("fork").Process(target=_queue_digest, args=(s, today, start)) for _ in range(2)
        ]
        for child in children:
            child.start()
        for child in children:
            child.join(30)
            assert child.exitcode == 0
        with db.session(pg_url) as session:
            assert len(session.exec(select(Outbox).where(Outbox.purpose == "digest")).all()) == 1
            session.execute(delete(Outbox))
            session.execute(delete(Event))
            session.execute(delete(JobRun))
            session.commit()


def test_two_workers_deciding_at_once_do_not_pass_the_recipient_budget_together(pg_url: str, tmp_path: Path) -> None:
    s = _settings(pg_url, tmp_path, policy={"automatic_per_recipient_hour": 1})
    with db.session(pg_url) as session:
        cases = [Case(requester="jane@example.com", reference=f"DPO-2026-00000{n}-1") for n in (1, 2)]
        session.add_all(cases)
        session.commit()
    answers: dict[str, str | None] = {}

    def worker(name: str, case: Case, spelling: str, pause: float) -> None:
        # Each worker: decide, do the rest of its work, queue the mail, commit (what drafts.acknowledge does).
        with db.session(pg_url) as session:
            answers[name] = budget.refusal(session, s, case, spelling)
            time.sleep(pause)
            if answers[name] is None:
                send.enqueue(session, s, case, send.Outgoing("acknowledgement", spelling, "S", "B\n"))
            session.commit()

    first = threading.Thread(target=worker, args=("first", cases[0], "jane@example.com", 1.0))
    second = threading.Thread(target=worker, args=("second", cases[1], "Jane+dpo@Example.com", 0.0))
    first.start()
    time.sleep(0.3)  # the second decides while the first is still between its count and its insert
    second.start()
    first.join(20)
    second.join(20)
    with db.session(pg_url) as session:
        queued = session.exec(select(Outbox).where(Outbox.automatic)).all()  # type: ignore[arg-type]
    assert len(queued) == 1
    assert answers["first"] is None
    assert answers["second"] is not None and "automatic_per_recipient_hour" in answers["second"]


def _request(n: int) -> bytes:
    return (
        f"From: Person {n} <person{n}@example.com>\r\nTo: dpo@example.org\r\n"
        f"Subject: Please delete my personal data\r\nMessage-ID: <burst-{n}@example.com>\r\n\r\n"
        f"Hello, I am Person Number{n} and I work at Acme Ltd. Please delete my personal data.\r\n"
    ).encode()


def _burst(ports: list[int], total: int, clients: int) -> None:
    """`total` requests over SMTP from `clients` threads, each spreading its share over every port."""

    def client(first: int) -> None:
        for n in range(first, total, clients):
            with smtplib.SMTP("127.0.0.1", ports[n % len(ports)], timeout=60) as smtp:
                smtp.sendmail(f"person{n}@example.com", ["dpo@example.org"], _request(n))

    threads = [threading.Thread(target=client, args=(c,)) for c in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)


def test_two_intake_run_processes_on_one_database_handle_a_burst_once(
    pg_url: str, tmp_path: Path, sink: tuple[Sink, int]
) -> None:
    handler, port = sink
    total = 120  # benchmarks/processes.py runs 2,000 with workers killed
    services = []
    for name in ("a", "b"):
        folder = tmp_path / name
        folder.mkdir()
        # One database and one signing secret, as two machines would share; each its own ports and folder.
        env = service_env(folder, port, INTAKE_DATABASE_URL=pg_url, INTAKE_SECRET="shared-secret-of-the-deployment")
        services.append(Service(folder, env))
    try:
        services[0].start("--workers", "2")
        services[1].start()
        started = time.monotonic()
        _burst([s.smtp_port for s in services], total, clients=4)
        acks = handler.wait(total, timeout=90)
        time.sleep(2)  # a second delivery of anything would arrive within the senders' poll
        elapsed = time.monotonic() - started
    finally:
        for s in services:
            s.stop()
    delivered = [m["Message-ID"] for _, _, m in handler.messages]
    with db.session(pg_url) as session:
        messages = session.exec(select(Message)).all()
        cases = session.exec(select(Case)).all()
        outbox = session.exec(select(Outbox)).all()
    assert len(messages) == total and {m.status for m in messages} == {"processed"}
    assert len(cases) == total and len({m.case_id for m in messages}) == total  # every message one case
    assert {o.status for o in outbox} == {"sent"}
    assert len([o for o in outbox if o.purpose == "acknowledgement"]) == total
    assert len(delivered) == len(set(delivered))  # no Message-ID twice at the relay
    assert sorted(delivered) == sorted(o.message_id for o in outbox)
    assert all(m.attempts == 1 for m in messages)  # no claim was taken from a live worker
    assert elapsed < 90 and len(acks) >= total


def test_two_workers_asking_about_one_person_at_once_send_one_question(pg_url: str, tmp_path: Path) -> None:
    """confirmations_per_address is counted, then a question inserted: with two workers that is safe only because
    the automatic-mail budget, asked first, holds a lock on the mailbox until the transaction ends."""
    import json

    from intake import confirmation
    from intake.identity.records import import_file
    from intake.models import Confirmation

    s = _settings(pg_url, tmp_path, verify={"confirmations_per_address": 1})
    people = tmp_path / "people.jsonl"
    people.write_text(json.dumps({"subject_id": "S-1", "name": "Anna Berg", "email": "anna@acme.example"}) + "\n")
    with db.session(pg_url) as session:
        import_file(session, people)
        cases = [Case(requester=f"home{n}@mail.example", reference=f"DPO-2026-00000{n}-1") for n in (1, 2)]
        session.add_all(cases)
        session.commit()
    answers: dict[str, str | None] = {}

    def worker(name: str, case: Case, pause: float) -> None:
        with db.session(pg_url) as session:
            answers[name] = confirmation.ask(session, s, session.get(Case, case.id), "S-1")  # type: ignore[arg-type]
            time.sleep(pause)  # the rest of the message's work, before the commit
            session.commit()

    first = threading.Thread(target=worker, args=("first", cases[0], 1.0))
    second = threading.Thread(target=worker, args=("second", cases[1], 0.0))
    first.start()
    time.sleep(0.3)  # the second asks while the first has inserted its question but not committed
    second.start()
    first.join(20)
    second.join(20)
    with db.session(pg_url) as session:
        questions = session.exec(select(Confirmation)).all()
    assert len(questions) == 1
    assert answers["first"] is None
    assert answers["second"] is not None and "confirmations_per_address" in answers["second"]


def test_a_burst_survives_the_database_cutting_every_connection(
    pg_url: str, tmp_path: Path, sink: tuple[Sink, int]
) -> None:
    # The service's connections carry their own application_name, so the test cuts them and no one else's.
    app_name = f"intake-cut-{tmp_path.name[-12:]}"
    url = f"{pg_url}&application_name={app_name}"
    handler, port = sink
    total = 40
    # A short lease: a claim whose UPDATE committed just as its connection was cut is retaken within seconds.
    env = service_env(tmp_path, port, INTAKE_DATABASE_URL=url, INTAKE_LEASE_SECONDS="6")
    service = Service(tmp_path, env)
    cuts = 0

    def cut_when(acknowledged: int) -> None:
        nonlocal cuts
        handler.wait(acknowledged, timeout=60)
        # On a loaded machine the pool may be between connections at that instant (just reopening after the first
        # cut): try again for a few seconds, so the cut falls while the service holds connections.
        for _ in range(25):
            with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
                killed = conn.execute(
                    "SELECT count(*) FROM (SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                    " WHERE application_name = %s) AS t",
                    (app_name,),
                ).fetchone()
            if killed and killed[0]:
                cuts += 1
                return
            time.sleep(0.2)

    try:
        service.start("--workers", "2")
        cutter = threading.Thread(target=lambda: [cut_when(n) for n in (8, 24)])
        cutter.start()
        _burst([service.smtp_port], total, clients=3)
        cutter.join(90)
        acks = handler.wait(total, timeout=90)
        time.sleep(2)  # a second delivery of anything would arrive within the sender's poll
    finally:
        service.stop()
    assert cuts == 2  # both times the service held connections that were cut
    delivered = [m["Message-ID"] for _, _, m in handler.messages]
    with db.session(pg_url) as session:
        messages = session.exec(select(Message)).all()
        cases = session.exec(select(Case)).all()
        outbox = session.exec(select(Outbox)).all()
    assert len(messages) == total and {m.status for m in messages} == {"processed"}  # nothing lost or failed
    assert len(cases) == total and len({m.case_id for m in messages}) == total
    assert [(o.status, o.attempts, o.last_error, o.lease_expires) for o in outbox if o.status != "sent"] == []
    assert len([o for o in outbox if o.purpose == "acknowledgement" and o.status == "sent"]) == total
    assert len(delivered) == len(set(delivered)) and len(acks) >= total  # every acknowledgement exactly once
