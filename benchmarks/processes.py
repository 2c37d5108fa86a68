"""Two `intake run` processes on one PostgreSQL database under a burst, with worker processes killed by SIGKILL.

Checks the invariants of the leases at a size too large for `make test`: every request one case, every
acknowledgement at the relay exactly once, nothing failed; and prints the throughput it saw.

Run: PYTHONPATH=. .venv/bin/python benchmarks/processes.py [N] [--kills K]
"""

from __future__ import annotations

import argparse
import os
import random
import secrets
import signal
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import psycopg  # noqa: E402
from aiosmtpd.controller import Controller  # noqa: E402
from sqlmodel import select  # noqa: E402

from benchmarks import load  # noqa: E402
from intake import db  # noqa: E402
from intake.models import Message, Outbox  # noqa: E402
from tests.conftest import PG_ADMIN, Service, Sink, free_port, service_env  # noqa: E402
from tests.test_concurrency import _burst  # noqa: E402


def main(total: int, kills: int) -> None:
    load.start_resolver()
    schema = f"bench_{secrets.token_hex(4)}"
    with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
        conn.execute(f"CREATE SCHEMA {schema}")
    url = f"postgresql+psycopg://postgres@127.0.0.1:5432/test?options=-csearch_path%3D{schema}"
    sink = Sink()
    port = free_port()
    relay = Controller(sink, hostname="127.0.0.1", port=port)
    relay.start()
    tmp = Path(tempfile.mkdtemp())
    services = []
    try:
        for name in ("a", "b"):
            (tmp / name).mkdir()
            env = service_env(
                tmp / name,
                port,
                INTAKE_DATABASE_URL=url,
                INTAKE_SECRET="benchmark-shared-secret",
                INTAKE_SMTP_NAMESERVERS=f"127.0.0.1:{load.RESOLVER_PORT}",  # a nearby resolver, as in load.py
                # The circuit breaker of automatic mail (2,000 an hour by default) would hold back every
                # acknowledgement after the 2,000th: a campaign's operator raises it, and so does this burst.
                INTAKE_POLICY_AUTOMATIC_PER_HOUR="1000000",
            )
            services.append(Service(tmp / name, env))
        services[0].start("--workers", "2")
        services[1].start("--workers", "2")
        started = time.monotonic()
        burst = threading.Thread(target=_burst, args=([s.smtp_port for s in services], total, 8))
        burst.start()
        killed = 0
        while killed < kills and len(sink.messages) < total:  # during the burst and the processing after it
            time.sleep(2)
            victims = [pid for s in services for pid in s.workers()]
            if victims:
                os.kill(random.choice(victims), signal.SIGKILL)
                killed += 1
        burst.join()
        accepted = time.monotonic() - started
        sink.wait(total, timeout=600)
        done = time.monotonic() - started
        time.sleep(3)  # a second delivery would show here
    finally:
        for s in services:
            s.stop()
        relay.stop()
    with db.session(url) as session:
        messages = session.exec(select(Message)).all()
        outbox = session.exec(select(Outbox)).all()
    db.dispose_all()
    with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
        conn.execute(f"DROP SCHEMA {schema} CASCADE")
    delivered = [m["Message-ID"] for _, _, m in sink.messages]
    print(f"requests {total}, worker processes killed {killed}")
    print(f"SMTP accepted       {total / accepted:8.1f} messages/s")
    print(f"end to end          {total / done:8.1f} acknowledgements/s ({done:.1f} s)")
    print(f"messages processed  {sum(m.status == 'processed' for m in messages)} of {len(messages)}")
    print(f"taken again         {sum(m.attempts > 1 for m in messages)} (claims of killed workers)")
    print(f"outbox sent         {sum(o.status == 'sent' for o in outbox)} of {len(outbox)}")
    print(f"at the relay        {len(delivered)}, distinct Message-IDs {len(set(delivered))}")
    ok = (
        len(messages) == total
        and all(m.status == "processed" for m in messages)
        and len({m.case_id for m in messages}) == total
        and all(o.status == "sent" for o in outbox)
        and len(delivered) == len(set(delivered)) == len(outbox)
    )
    print("invariants hold" if ok else "INVARIANTS BROKEN")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", type=int, nargs="?", default=2000)
    parser.add_argument("--kills", type=int, default=5)
    args = parser.parse_args()
    main(args.n, args.kills)
