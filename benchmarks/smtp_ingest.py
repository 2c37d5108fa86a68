"""How fast mail is accepted: SMTP to durable storage (250 only after commit), against same-run baselines.

Baselines, in the same process and on the same disk:
- `sqlite floor`: one INSERT + COMMIT per message with synchronous=FULL (the cost of durability itself);
- `store.put`: our storage call without the network;
- `smtp`: a real socket, aiosmtpd, store.put, 250 — what a sending server sees.
Then the worker's throughput: stored messages to cases with their acknowledgement in the outbox.

Run: .venv/bin/python benchmarks/smtp_ingest.py [N]
"""

from __future__ import annotations

import platform
import smtplib
import socket
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

from intake import db, settings, store
from intake.run import worker
from intake.sources import smtp


def _mail(i: int) -> bytes:
    import textwrap

    text = ("I am Jane Doe, I work at Acme Ltd. Please send me a copy of my personal data. " * 55)[:4000]
    body = "\r\n".join(textwrap.wrap(text, 76))  # a typical 4-5 KB message, with RFC 5322 line lengths
    return (
        f"From: Jane Doe <jane{i}@example.com>\r\nTo: dpo@example.org\r\nSubject: Request {i}\r\n"
        f"Message-ID: <bench-{i}@example.com>\r\n\r\n{body}\r\n"
    ).encode()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def sqlite_floor(n: int, folder: Path) -> float:
    """Messages/s of one INSERT + COMMIT each with synchronous=FULL: the cost of durability itself."""
    mails = [_mail(i) for i in range(n)]
    con = sqlite3.connect(folder / "floor.db", isolation_level=None)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("PRAGMA synchronous=FULL")
    con.execute("CREATE TABLE m (id INTEGER PRIMARY KEY, raw BLOB)")
    t = time.perf_counter()
    for raw in mails:
        con.execute("BEGIN")
        con.execute("INSERT INTO m (raw) VALUES (?)", (raw,))
        con.execute("COMMIT")
    return n / (time.perf_counter() - t)


def main(n: int) -> None:
    tmp = Path(tempfile.mkdtemp())
    mails = [_mail(i) for i in range(n)]

    floor = sqlite_floor(n, tmp)

    url = f"sqlite:///{tmp / 'put.db'}"
    db.upgrade(url)
    t = time.perf_counter()
    with db.session(url) as s:
        for raw in mails:
            store.put(s, raw, mailbox="smtp", source="smtp")
    put_rate = n / (time.perf_counter() - t)

    url = f"sqlite:///{tmp / 'smtp.db'}"
    db.upgrade(url)
    env = {
        "INTAKE_DATABASE_URL": url,
        "INTAKE_SMTP_LISTEN": f"127.0.0.1:{_free_port()}",
        "INTAKE_DPO_ADDRESSES": "dpo@example.org",
        "INTAKE_VAR_DIR": str(tmp / "var"),
        "INTAKE_OUTBOUND": f"file:{tmp / 'outbox'}",
    }
    conf = settings.load(None, env=env)
    controller = smtp.controller(conf)
    controller.start()
    host, port = smtp.listen_address(conf)
    t = time.perf_counter()
    with smtplib.SMTP(host, port) as client:
        for i, raw in enumerate(mails):
            client.sendmail(f"jane{i}@example.com", ["dpo@example.org"], raw)
    smtp_rate = n / (time.perf_counter() - t)
    controller.stop()

    t = time.perf_counter()
    done = worker.drain(conf)
    work_rate = done / (time.perf_counter() - t)

    print(f"machine: {platform.machine()}, {platform.python_implementation()} {platform.python_version()}, n={n}")
    print(f"{'stage':<34}{'msg/s':>10}{'vs floor':>10}")
    for name, rate in (
        ("sqlite floor (INSERT+COMMIT)", floor),
        ("store.put (dedup + audit)", put_rate),
        ("SMTP -> stored -> 250", smtp_rate),
        ("worker: stored -> case + ack", work_rate),
    ):
        print(f"{name:<34}{rate:>10.0f}{rate / floor:>10.2f}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 500)
