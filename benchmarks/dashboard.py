"""How long the dashboard's and the report's figures take to read and compute for N cases (SQLite, one core).

    python benchmarks/dashboard.py            # 1,000, 5,000 and 20,000 cases
    python benchmarks/dashboard.py 100000     # one size

Each case has one status event and rights in its extraction; the figures read every register row (three queries
whatever N), so the time grows with N and the page time is about the `load` figure plus rendering.
"""

from __future__ import annotations

import random
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from intake import db  # noqa: E402
from intake import settings as settings_module  # noqa: E402
from intake.models import Case, Event, utcnow  # noqa: E402
from intake.report import figures  # noqa: E402

RIGHTS = ["access", "erasure", "rectification", "objection", "opt_out_sale", "portability"]


def measure(n: int, folder: Path) -> str:
    path = folder / f"dashboard-{n}.db"
    settings = settings_module.load(
        None, env={"INTAKE_DATABASE_URL": f"sqlite:///{path}", "INTAKE_VAR_DIR": str(folder)}
    )
    db.upgrade(settings.database_url)
    now, rnd = utcnow(), random.Random(n)
    with db.session(settings.database_url) as session:
        cases = []
        for i in range(n):
            received = now - timedelta(days=rnd.randint(0, 400))
            cases.append(
                Case(
                    reference=f"DPO-2026-{i:06d}-1",
                    requester="someone@example.com",
                    status="sent" if rnd.random() < 0.8 else "acknowledged",
                    received_at=received,
                    due_on=(received + timedelta(days=30)).date(),
                    extraction={"rights": rnd.sample(RIGHTS, 1), "evidence": [{"text": "x" * 200}] * 5},
                )
            )
        session.add_all(cases)
        session.flush()
        session.add_all(
            Event(action="case.status", case_id=c.id, detail={"to": c.status}, at=c.received_at + timedelta(days=9))
            for c in cases
        )
        session.commit()
    with db.session(settings.database_url) as session:
        started = time.perf_counter()
        requests = figures.load(session)
        loaded = time.perf_counter() - started
        started = time.perf_counter()
        figures.compute(requests, figures.Period.recent_weeks(now.date()), now.date())
        computed = time.perf_counter() - started
    return f"{n:>7} cases: load {loaded:6.2f} s ({loaded / n * 1e3:.3f} ms per case), compute {computed:5.3f} s"


def main() -> None:
    sizes = [int(a) for a in sys.argv[1:]] or [1_000, 5_000, 20_000]
    with tempfile.TemporaryDirectory() as folder:
        for n in sizes:
            print(measure(n, Path(folder)), flush=True)


if __name__ == "__main__":
    main()
