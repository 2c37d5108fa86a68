"""Time `intake subjects import` of N generated subjects into a fresh SQLite database, beside a raw-copy baseline.

    .venv/bin/python benchmarks/subjects_import.py [N ...]      (default: 100000 1000000)

Wall time, and CPU time (importing process plus its worker processes) since a shared machine's load
(last column, 1-minute load average) stretches wall time. The baseline is the floor for the same file: csv rows
inserted as they are into a table without indexes, with no cleaning, validation or blocking keys. A re-import
(every row an update) is timed up to 10^5 rows.
"""

from __future__ import annotations

import csv
import os
import platform
import resource
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from people import people  # noqa: E402

from intake import db  # noqa: E402
from intake.subjects import count, import_file  # noqa: E402

REIMPORT_MAX = 100_000  # the update path is timed up to this size (it is an incremental, per-batch path)


def write_csv(n: int, folder: Path) -> Path:
    path = folder / f"subjects-{n}.csv"
    if path.exists():
        return path
    tmp = path.with_suffix(".tmp")
    with tmp.open("w", newline="", encoding="utf-8") as f:
        writer: csv.DictWriter[str] | None = None
        for row in people(n):
            if writer is None:
                writer = csv.DictWriter(f, fieldnames=[*row, "department"])
                writer.writeheader()
            writer.writerow({**row, "department": "sales" if int(row["subject_id"][1:]) % 3 else "support"})
    tmp.rename(path)
    return path


def _cpu() -> float:
    """CPU seconds of this process and its finished workers: on a shared, busy machine steadier than wall time."""
    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


def raw_copy(path: Path, folder: Path) -> float:
    target = folder / "raw.db"
    target.unlink(missing_ok=True)
    conn = sqlite3.connect(target)
    started = time.perf_counter()
    with path.open(newline="", encoding="utf-8") as f:
        reader = csv.reader(f)
        header = next(reader)
        conn.execute(f"CREATE TABLE raw ({', '.join(f'c{i} TEXT' for i in range(len(header)))})")
        conn.executemany(f"INSERT INTO raw VALUES ({', '.join('?' * len(header))})", reader)
    conn.commit()
    conn.close()
    return time.perf_counter() - started


def main() -> None:
    sizes = [int(a) for a in sys.argv[1:]] or [100_000, 1_000_000]
    folder = Path(os.environ.get("INTAKE_BENCH_DIR", tempfile.gettempdir())) / "intake-bench"
    folder.mkdir(parents=True, exist_ok=True)
    print(
        f"subjects import, {time.strftime('%Y-%m-%d')}, {os.cpu_count()} cores, Python {platform.python_version()}, "
        f"SQLite {sqlite3.sqlite_version}"
    )
    print(
        f"{'rows':>10} {'import s':>9} {'cpu s':>8} {'rows/s':>9} {'re-import s':>12} {'raw copy s':>11} "
        f"{'file MB':>8} {'load':>6}"
    )
    for n in sizes:
        path = write_csv(n, folder)
        target = folder / f"import-{n}.db"
        for suffix in ("", "-wal", "-shm"):
            Path(f"{target}{suffix}").unlink(missing_ok=True)
        url = f"sqlite:///{target}"
        db.upgrade(url, "0002")
        with db.session(url) as s:
            cpu_before = _cpu()
            started = time.perf_counter()
            report = import_file(s, path)
            first = time.perf_counter() - started
            cpu = _cpu() - cpu_before
            assert report.inserted == n and not report.errors and count(s) == n
            second = float("nan")
            if n <= REIMPORT_MAX:
                started = time.perf_counter()
                again = import_file(s, path)
                second = time.perf_counter() - started
                assert again.updated == n
        db.dispose_all()
        baseline = raw_copy(path, folder)
        size = path.stat().st_size / 1e6
        load = os.getloadavg()[0]
        print(
            f"{n:>10,} {first:>9.1f} {cpu:>8.1f} {n / first:>9,.0f} {second:>12.1f} {baseline:>11.1f} {size:>8.0f} "
            f"{load:>6.1f}"
        )
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    workers = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"peak memory: importing process {peak:.0f} MB, largest worker process {workers:.0f} MB")


if __name__ == "__main__":
    main()
