"""Processes killed with SIGKILL during a burst on one PostgreSQL database: nothing lost, nothing done twice.

The burst is small enough for `make test`; benchmarks/processes.py runs the same with 2,000 requests.
"""

from __future__ import annotations

import os
import random
import signal
import threading
import time
from collections import Counter
from pathlib import Path

import pytest
from sqlmodel import select

from intake import db
from intake.models import Case, Message, Outbox
from tests.conftest import Service, Sink, service_env
from tests.test_concurrency import _burst

pytestmark = pytest.mark.postgres

TOTAL = 60
# A short lease, so that the claims and deliveries of a killed process are taken over within seconds.
LEASE = "6"
# A message whose worker died max_attempts times is quarantined (what a message that crashes the worker must get);
# here the kills come from outside, and three of them could fall on one message's worker by chance.
ATTEMPTS = "10"


def test_workers_and_a_sender_killed_during_a_burst_lose_nothing_and_process_nothing_twice(
    pg_url: str, tmp_path: Path, sink: tuple[Sink, int]
) -> None:
    handler, port = sink
    front, back = tmp_path / "front", tmp_path / "back"
    front.mkdir()
    back.mkdir()
    shared = {"INTAKE_DATABASE_URL": pg_url, "INTAKE_SECRET": "shared-secret-of-the-deployment"}
    # Two machines' worth of roles: the front takes mail and works it; the back only works and sends.
    a = Service(front, service_env(front, port, INTAKE_LEASE_SECONDS=LEASE, INTAKE_MAX_ATTEMPTS=ATTEMPTS, **shared))
    b = Service(back, service_env(back, port, INTAKE_LEASE_SECONDS=LEASE, INTAKE_MAX_ATTEMPTS=ATTEMPTS, **shared))
    worker_kills = sender_kills = 0
    rng = random.Random(14)
    try:
        a.start("--workers", "2")
        b.start("--role", "worker,sender", upgrade=False, listens=False)
        burst = threading.Thread(target=_burst, args=([a.smtp_port], TOTAL, 4))
        burst.start()
        while burst.is_alive() or len(handler.messages) < TOTAL // 2:
            time.sleep(1.0)
            if len(handler.messages) >= TOTAL:
                break
            if worker_kills < 3:
                victims = a.workers() + b.workers()
                if victims:
                    os.kill(rng.choice(victims), signal.SIGKILL)  # the supervisor starts another
                    worker_kills += 1
            elif sender_kills == 0 and len(handler.messages) > 5:
                b.kill()  # the whole back process, its sender thread mid-round: a power cut
                sender_kills += 1
                b.start("--role", "worker,sender", upgrade=False, listens=False)
        burst.join(120)
        acks = handler.wait(TOTAL, timeout=120)
        time.sleep(float(LEASE) + 2)  # a lease run out would deliver a second copy by now
    finally:
        a.stop()
        b.stop()
    assert worker_kills == 3 and sender_kills == 1  # the faults did happen during the burst
    with db.session(pg_url) as session:
        messages = session.exec(select(Message)).all()
        cases = session.exec(select(Case)).all()
        outbox = session.exec(select(Outbox)).all()
    assert len(messages) == TOTAL and {m.status for m in messages} == {"processed"}  # nothing lost or failed
    assert len(cases) == TOTAL and len({m.case_id for m in messages}) == TOTAL  # every message one case
    assert {o.status for o in outbox} == {"sent"}
    assert Counter(o.case_id for o in outbox if o.purpose == "acknowledgement") == Counter({c.id: 1 for c in cases})
    delivered = Counter(m["Message-ID"] for _, _, m in handler.messages)
    assert set(delivered) == {o.message_id for o in outbox} and len(acks) >= TOTAL
    # At-least-once at the relay: a sender killed between the relay's 250 and its commit cannot know the mail
    # left, and the mail goes again under the same Message-ID (a reader's client shows it once). Only the one
    # delivery in flight at that kill may go twice; the worker kills may double nothing.
    assert sum(n - 1 for n in delivered.values()) <= sender_kills
