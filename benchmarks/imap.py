"""Benchmark: messages per second from a real Dovecot into stored messages and cases, and the watcher's idle CPU.

Run: .venv/bin/python benchmarks/imap.py [--messages 5000] [--live 1000] [--cases 500] [--idle 30]

Prints, in one run: the same-run baseline (fetching the bytes with imaplib and doing nothing else), the
catch-up rate of a mailbox that already holds the messages, the rate for mail arriving while watching
(IDLE), the end-to-end rate into cases with the worker, and the CPU the idle watcher uses.
"""

from __future__ import annotations

import argparse
import resource
import shutil
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlmodel import func, select  # noqa: E402

from intake import db  # noqa: E402
from intake import settings as settings_module  # noqa: E402
from intake.models import Case, Message  # noqa: E402
from intake.run import worker  # noqa: E402
from intake.sources import imap  # noqa: E402
from tests.dovecot import Dovecot, make_root  # noqa: E402


def request(i: int) -> bytes:
    return (
        f"From: Person {i} <person{i}@example.org>\r\nTo: dpo@example.com\r\nSubject: Please delete my data\r\n"
        f"Message-ID: <bench-{i}@example.org>\r\nDate: Wed, 25 Nov 2026 10:00:00 +0000\r\n\r\n"
        f"Hello, I am Person {i}. Please delete all personal data you hold about me.\r\n" + "x" * 1500 + "\r\n"
    ).encode()


def append(server: Dovecot, start: int, count: int) -> None:
    with server.client(timeout=120) as box:
        for i in range(start, start + count):
            box.append(request(i), "INBOX")


def stored(url: str, label: str) -> int:
    with db.session(url) as session:
        return session.exec(select(func.count()).select_from(Message).where(Message.mailbox == label)).one()


def wait_for(url: str, label: str, n: int, limit: float = 3600) -> None:
    deadline = time.monotonic() + limit
    while stored(url, label) < n:
        if time.monotonic() > deadline:
            raise SystemExit(f"only {stored(url, label)} of {n} stored within {limit} s")
        time.sleep(0.05)


def baseline(server: Dovecot, batch: int) -> float:
    """Fetch every message's bytes in batches and throw them away: what the network and Dovecot allow."""
    with server.client(timeout=120) as box:
        box.client.select('"INBOX"')
        _typ, data = box.client.uid("SEARCH", "ALL")
        uids = data[0].split()
        started = time.perf_counter()
        for i in range(0, len(uids), batch):
            box.client.uid("FETCH", b",".join(uids[i : i + batch]).decode(), "(UID BODY.PEEK[])")
        return len(uids) / (time.perf_counter() - started)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=5000, help="messages already in the mailbox at start")
    parser.add_argument("--live", type=int, default=1000, help="messages appended while watching")
    parser.add_argument("--cases", type=int, default=500, help="messages taken end to end into cases")
    parser.add_argument("--idle", type=float, default=30, help="seconds of idle CPU measurement")
    parser.add_argument("--batch", type=int, default=100)
    args = parser.parse_args()

    root = make_root("intake-bench-")
    server = Dovecot(root / "dovecot")
    server.start()
    tmp = Path(tempfile.mkdtemp(prefix="intake-bench-db-"))
    try:
        env = {"INTAKE_DATABASE_URL": f"sqlite:///{tmp}/intake.db", "INTAKE_VAR_DIR": str(tmp / "var")}
        settings = settings_module.load(None, env={**env, "INTAKE_CONFIG": "/dev/null"})
        db.upgrade(settings.database_url)
        url = settings.database_url

        started = time.perf_counter()
        append(server, 0, args.messages)
        append_rate = args.messages / (time.perf_counter() - started)
        base = baseline(server, args.batch)

        config = imap.ImapConfig(url=server.url(), batch=args.batch, lease_seconds=60)
        box = imap.mailbox_from(config, "benchmark", env={})
        stop = threading.Event()
        watcher = imap.Watcher(settings, box, stop)
        started = time.perf_counter()
        watcher.start()
        wait_for(url, box.label, args.messages)
        catch_up = args.messages / (time.perf_counter() - started)

        started = time.perf_counter()
        append(server, args.messages, args.live)
        wait_for(url, box.label, args.messages + args.live)
        live = args.live / (time.perf_counter() - started)

        # Idle: the watcher sits in IDLE; its CPU is the process's CPU over the interval (nothing else runs).
        time.sleep(2)
        before = resource.getrusage(resource.RUSAGE_SELF)
        time.sleep(args.idle)
        after = resource.getrusage(resource.RUSAGE_SELF)
        cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
        idle_share = 100 * cpu / args.idle

        stop.set()
        imap.join([watcher])

        # End to end into cases: a fresh database and folder, the watcher storing while the worker (here, in
        # the main thread, as in `intake run`'s worker process) opens a case and queues an acknowledgement each.
        env2 = {"INTAKE_DATABASE_URL": f"sqlite:///{tmp}/cases.db", "INTAKE_VAR_DIR": str(tmp / "var")}
        settings2 = settings_module.load(None, env={**env2, "INTAKE_CONFIG": "/dev/null"})
        db.upgrade(settings2.database_url)
        with server.client(timeout=120) as client:
            client.folder.create("Cases")
            for i in range(args.cases):
                client.append(request(100_000 + i), "Cases")
        box2 = imap.mailbox_from(imap.ImapConfig(url=server.url("Cases"), batch=args.batch), "benchmark", env={})
        stop2 = threading.Event()
        watcher2 = imap.Watcher(settings2, box2, stop2)
        started = time.perf_counter()
        watcher2.start()
        cases = 0
        while cases < args.cases and time.perf_counter() - started < 3600:
            if not worker.drain(settings2):
                time.sleep(0.05)
            with db.session(settings2.database_url) as session:
                cases = session.exec(select(func.count()).select_from(Case)).one()
        end_to_end = cases / (time.perf_counter() - started)
        stop2.set()
        imap.join([watcher2])
    finally:
        server.stop()
        shutil.rmtree(root, ignore_errors=True)
        shutil.rmtree(tmp, ignore_errors=True)

    size = len(request(0))
    print(f"messages of {size} bytes, batch {args.batch}, SQLite (synchronous=FULL), Dovecot on loopback")
    print(f"  baseline: APPEND by the benchmark            {append_rate:8.0f} msg/s")
    print(f"  baseline: UID FETCH BODY.PEEK[] only         {base:8.0f} msg/s")
    print(f"  catch-up of {args.messages} existing messages     {catch_up:8.0f} msg/s  (fetch, store, mark)")
    print(f"  {args.live} messages arriving while watching  {live:8.0f} msg/s  (IDLE, paced by APPEND)")
    print(f"  {args.cases} messages into {cases} cases, end to end     {end_to_end:8.1f} msg/s  (watcher + worker)")
    print(f"  idle watcher CPU over {args.idle:.0f} s                {idle_share:8.2f} % of one core")


if __name__ == "__main__":
    main()
