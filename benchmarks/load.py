"""Load on a real `intake run`: SMTP accept rate, end-to-end cases/s and acknowledgement latency, per database.

For SQLite with one worker and PostgreSQL with 1, 2 and 4 workers, in one run:
- saturation: N requests from 8 SMTP clients as fast as they go; SMTP accepted messages/s (250 after DATA),
  end-to-end acknowledgements/s (first request sent to last acknowledgement accepted by the relay);
- open loop: requests offered at a fixed rate (default 50/s, on a schedule that does not wait for the
  service) and the latency from each request's 250 to its acknowledgement accepted by the relay, p50/p95/p99;
- cold start: `intake run` started (the schema already upgraded), one request sent the moment its port opens,
  seconds to the acknowledgement.
Beside them, the same-run floor: a bare SQLite INSERT+COMMIT per message with synchronous=FULL.

Run: PYTHONPATH=. .venv/bin/python benchmarks/load.py [--n 400] [--rate 50] [--seconds 10] [--configs sqlite:1,pg:1]
"""

from __future__ import annotations

import argparse
import os
import platform
import secrets
import smtplib
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import psycopg  # noqa: E402
from aiosmtpd.controller import Controller  # noqa: E402
from dnslib.server import DNSLogger, DNSServer  # noqa: E402

from benchmarks.smtp_ingest import sqlite_floor  # noqa: E402
from intake import db  # noqa: E402
from tests.conftest import PG_ADMIN, Service, Sink, free_port, service_env  # noqa: E402
from tests.test_authenticate import Zone  # noqa: E402


class TimedSink(Sink):
    """The relay: keeps, for each acknowledgement, the request it answers and when it was accepted."""

    def __init__(self) -> None:
        super().__init__()
        self.arrived: dict[str, float] = {}

    async def handle_DATA(self, server, session, envelope):  # noqa: N802
        answer = await super().handle_DATA(server, session, envelope)
        with self.lock:
            msg = self.messages[-1][2]
            self.arrived[str(msg.get("In-Reply-To", "")).strip()] = time.monotonic()
        return answer


def _request(tag: str, n: int) -> tuple[str, bytes]:
    mid = f"<load-{tag}-{n}@example.com>"
    raw = (
        f"From: Person {n} <p{tag}{n}@example.com>\r\nTo: dpo@example.org\r\nSubject: My personal data\r\n"
        f"Message-ID: {mid}\r\n\r\nHello, I am Person Number{n} and I work at Acme Ltd. "
        f"Please send me a copy of my personal data.\r\n\r\nKind regards,\r\nPerson Number{n}\r\n"
    ).encode()
    return mid, raw


# The SMTP server's SPF/DKIM/DMARC checks ask DNS for every message. A deployment asks a caching resolver nearby;
# this machine has no network, and the system resolver's timeouts made the checks, not intake, the bound (15
# messages/s for every configuration). A resolver on loopback that knows none of the senders' domains (NXDOMAIN at
# once) stands in for the nearby one.
RESOLVER_PORT = free_port()


def start_resolver() -> DNSServer:
    server = DNSServer(Zone(), port=RESOLVER_PORT, address="127.0.0.1", logger=DNSLogger(logf=lambda _: None))
    server.start_thread()
    return server


class Run:
    """One `intake run` with `workers` workers on a fresh database, its relay, and the 250 time of each request."""

    def __init__(self, database: str, workers: int) -> None:
        self.database, self.workers = database, workers
        self.tmp = Path(tempfile.mkdtemp())
        self.schema = f"load_{secrets.token_hex(4)}"
        if database == "pg":
            with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
                conn.execute(f"CREATE SCHEMA {self.schema}")
            url = f"postgresql+psycopg://postgres@127.0.0.1:5432/test?options=-csearch_path%3D{self.schema}"
        else:
            url = f"sqlite:///{self.tmp / 'intake.db'}"
        self.sink = TimedSink()
        self.relay = Controller(self.sink, hostname="127.0.0.1", port=free_port())
        self.relay.start()
        env = service_env(
            self.tmp,
            self.relay.port,
            INTAKE_DATABASE_URL=url,
            INTAKE_MAX_MESSAGE_BYTES="200000",
            INTAKE_SMTP_NAMESERVERS=f"127.0.0.1:{RESOLVER_PORT}",
        )
        self.url = url
        self.service = Service(self.tmp, env)
        self.accepted: dict[str, float] = {}
        self.lock = threading.Lock()

    def start(self) -> float:
        """`intake db upgrade` (a step of its own, as in a deployment), then `intake run`: when the latter began."""
        result = self.service.cli("db", "upgrade")
        assert result.returncode == 0, result.stderr
        started = time.monotonic()
        self.service.start("--workers", str(self.workers), upgrade=False)
        return started

    def send(self, batch: list[tuple[str, bytes]], at: list[float] | None = None) -> None:
        """Send `batch` on one connection; with `at`, each request not before its scheduled time."""
        with smtplib.SMTP("127.0.0.1", self.service.smtp_port, timeout=120) as smtp:
            for i, (mid, raw) in enumerate(batch):
                if at is not None:
                    time.sleep(max(0.0, at[i] - time.monotonic()))
                smtp.sendmail("sender@example.com", ["dpo@example.org"], raw)
                with self.lock:
                    self.accepted[mid] = time.monotonic()

    def wait(self, count: int, timeout: float) -> None:
        self.sink.wait(count, timeout)

    def latencies(self) -> list[float]:
        return sorted(self.sink.arrived[m] - t for m, t in self.accepted.items() if m in self.sink.arrived)

    def stop(self) -> None:
        self.service.stop()
        self.relay.stop()
        if self.database == "pg":
            db.dispose_all()
            with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
                conn.execute(f"DROP SCHEMA {self.schema} CASCADE")


def _clients(run: Run, requests: list[tuple[str, bytes]], clients: int, at: list[float] | None = None) -> float:
    """Spread `requests` over `clients` connections; seconds until the last 250."""
    started = time.monotonic()
    threads = []
    for c in range(clients):
        share = requests[c::clients]
        times = at[c::clients] if at is not None else None
        threads.append(threading.Thread(target=run.send, args=(share, times)))
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return time.monotonic() - started


def pct(values: list[float], q: float) -> float:
    return values[min(len(values) - 1, int(q * len(values)))] if values else float("nan")


def measure(database: str, workers: int, n: int, rate: float, seconds: float) -> dict[str, float]:
    figures: dict[str, float] = {}
    run = Run(database, workers)
    try:
        started = run.start()
        mid, raw = _request("cold", 0)  # cold start: one request the moment the port opens
        run.send([(mid, raw)])
        run.wait(1, 60)
        figures["cold"] = run.sink.arrived.get(mid, float("nan")) - started
        requests = [_request("sat", i) for i in range(n)]  # saturation
        first = time.monotonic()
        figures["smtp"] = n / _clients(run, requests, 8)
        run.wait(1 + n, 600)
        last = max(run.sink.arrived.values())
        figures["e2e"] = n / (last - first)
        figures["acks"] = len(run.sink.messages) - 1
        run.accepted.clear()  # open loop: requests on a fixed schedule, latency of each
        total = int(rate * seconds)
        requests = [_request("open", i) for i in range(total)]
        base = time.monotonic() + 0.5
        at = [base + i / rate for i in range(total)]
        _clients(run, requests, 8, at)
        run.wait(1 + n + total, 600)
        lat = run.latencies()
        figures.update(p50=pct(lat, 0.50), p95=pct(lat, 0.95), p99=pct(lat, 0.99), open_acks=len(lat))
        figures["doubled"] = len(run.sink.messages) - len({m["Message-ID"] for _, _, m in run.sink.messages})
    finally:
        run.stop()
    return figures


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=400, help="requests in the saturation burst")
    ap.add_argument("--rate", type=float, default=50.0, help="offered requests per second in the open loop")
    ap.add_argument("--seconds", type=float, default=10.0, help="length of the open loop")
    ap.add_argument("--configs", default="sqlite:1,pg:1,pg:2,pg:4", help="database:workers, comma-separated")
    args = ap.parse_args()
    start_resolver()
    floor = sqlite_floor(500, Path(tempfile.mkdtemp()))
    machine = f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"
    print(f"{machine}, load {os.getloadavg()[0]:.1f}")
    print(f"floor: bare SQLite INSERT+COMMIT (synchronous=FULL) {floor:.0f}/s\n")
    header = "| database | workers | SMTP accepted/s (vs floor) | end-to-end cases/s | p50 / p95 / p99 ack latency at"
    print(f"{header} {args.rate:.0f}/s | cold start to first ack | doubled |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    rows = []
    for config in args.configs.split(","):
        database, workers = config.split(":")
        f = measure(database, int(workers), args.n, args.rate, args.seconds)
        rows.append((database, int(workers), f))
        print(
            f"| {'PostgreSQL' if database == 'pg' else 'SQLite'} | {workers} |"
            f" {f['smtp']:.0f} ({f['smtp'] / floor:.2f}) |"
            f" {f['e2e']:.1f} | {f['p50']:.2f} / {f['p95']:.2f} / {f['p99']:.2f} s | {f['cold']:.1f} s |"
            f" {int(f['doubled'])} |",
            flush=True,
        )
    pg = {w: f["e2e"] for d, w, f in rows if d == "pg"}
    if 1 in pg and 2 in pg:
        print(f"\ntwo workers / one on PostgreSQL: {pg[2] / pg[1]:.2f}x")
    cold = [f["cold"] for _, _, f in rows]
    print(f"median cold start: {statistics.median(cold):.1f} s")


if __name__ == "__main__":
    main()
