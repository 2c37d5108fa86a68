"""Time `intake subjects import` of N generated subjects into a fresh SQLite database, beside a raw-copy baseline.

    .venv/bin/python benchmarks/subjects_import.py [N ...] [--baseline REF] [--check]

Each import runs in a fresh process; the table gives wall time and CPU time (that process plus its worker processes),
since a shared machine's load (last column, 1-minute load average) stretches wall time. With --baseline, the code of
a git revision (say the commit before a change) imports the same file in the same run, right after the current code,
so both see the same machine; --check then compares the two databases table by table. The raw copy is the floor for
the same file: csv rows inserted as they are into a table without indexes, with no cleaning, validation or blocking
keys. A re-import (every row an update) is timed up to 10^5 rows.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import os
import platform
import resource
import sqlite3
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
REIMPORT_MAX = 100_000  # the update path is timed up to this size (it is an incremental, per-batch path)
# What --check compares. subject_key's own id and subject_term's rowid are left out: they only record insertion
# order, which for terms follows Python's per-process string hashing (two runs of the same code differ there).
TABLES = {
    "subject": "SELECT * FROM subject ORDER BY id",
    "subject_key": "SELECT key, subject FROM subject_key ORDER BY key, subject",
    "subject_term": "SELECT term, n FROM subject_term ORDER BY term",
    "indexes": "SELECT name, tbl_name, sql FROM sqlite_master WHERE type = 'index' ORDER BY name",
}


def write_csv(n: int, folder: Path) -> Path:
    sys.path[:0] = [str(HERE), str(REPO)]
    from people import people

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


def child(n: int, path: Path, target: Path) -> None:
    """Import `path` into a fresh `target` with whichever intake is first on sys.path; print the figures as JSON."""
    from intake import db
    from intake.identity.records import count, import_file

    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{target}{suffix}").unlink(missing_ok=True)
    url = f"sqlite:///{target}"
    db.upgrade(url, "0002")
    with db.session(url) as s:
        cpu_before = _cpu()
        started = time.perf_counter()
        report = import_file(s, path)
        wall = time.perf_counter() - started
        cpu = _cpu() - cpu_before
        assert report.inserted == n and not report.errors and count(s) == n, (report.inserted, report.errors[:3])
        again = float("nan")
        if n <= REIMPORT_MAX:
            started = time.perf_counter()
            assert import_file(s, path).updated == n
            again = time.perf_counter() - started
    db.dispose_all()
    figures = {
        "wall": wall,
        "cpu": cpu,
        "reimport": again,
        "load": os.getloadavg()[0],
        "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "worker_peak_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
        "code": str(Path(sys.modules["intake"].__file__ or "").parent.parent),
    }
    print(json.dumps(figures))


def run_child(code: Path, n: int, path: Path, target: Path) -> dict[str, Any]:
    env = {**os.environ, "PYTHONPATH": str(code)}
    out = subprocess.run(
        [sys.executable, __file__, "--child", str(n), str(path), str(target)],
        env=env,
        cwd=code,
        check=True,
        stdout=subprocess.PIPE,
        text=True,
    ).stdout
    figures: dict[str, Any] = json.loads(out.strip().splitlines()[-1])
    assert Path(figures["code"]) == code, f"{figures['code']} imported instead of {code}"
    return figures


def export_revision(ref: str, folder: Path) -> Path:
    """The intake package as it was at `ref`, unpacked into `folder` (git archive: the work tree is not touched)."""
    target = folder / f"code-{ref.replace('/', '_')}"
    archive = subprocess.run(["git", "archive", ref, "intake"], cwd=REPO, check=True, capture_output=True).stdout
    target.mkdir(parents=True, exist_ok=True)
    archive_path = folder / "code.tar"
    archive_path.write_bytes(archive)
    with tarfile.open(archive_path) as tar:
        tar.extractall(target, filter="data")
    archive_path.unlink()
    return target


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


def digests(target: Path) -> dict[str, str]:
    conn = sqlite3.connect(target)
    out = {}
    for table, sql in TABLES.items():
        h = hashlib.sha256()
        for row in conn.execute(sql):
            h.update(repr(tuple(row)).encode())
        out[table] = h.hexdigest()
    conn.close()
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sizes", nargs="*", type=int, default=[100_000, 1_000_000], help="rows per import")
    parser.add_argument("--baseline", metavar="REF", help="git revision whose code imports the same files")
    parser.add_argument("--check", action="store_true", help="compare the tables of both imports (needs --baseline)")
    parser.add_argument("--child", nargs=3, metavar=("N", "CSV", "DB"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(int(args.child[0]), Path(args.child[1]), Path(args.child[2]))
        return
    if args.check and not args.baseline:
        parser.error("--check compares with --baseline REF")
    folder = Path(os.environ.get("INTAKE_BENCH_DIR", tempfile.gettempdir())) / "intake-bench"
    folder.mkdir(parents=True, exist_ok=True)
    codes = {"current": REPO}
    if args.baseline:
        codes[args.baseline] = export_revision(args.baseline, folder)
    print(
        f"subjects import, {time.strftime('%Y-%m-%d')}, {os.cpu_count()} cores, Python {platform.python_version()}, "
        f"SQLite {sqlite3.sqlite_version}"
    )
    print(
        f"{'rows':>10} {'code':>10} {'import s':>9} {'cpu s':>8} {'rows/s':>9} {'re-import s':>12} {'raw copy s':>11} "
        f"{'file MB':>8} {'load':>6} {'peak MB':>8}"
    )
    for n in args.sizes:
        path = write_csv(n, folder)
        size = path.stat().st_size / 1e6
        baseline = raw_copy(path, folder)
        targets = {}
        for label, code in codes.items():
            targets[label] = folder / f"import-{n}-{'current' if label == 'current' else 'baseline'}.db"
            f = run_child(code, n, path, targets[label])
            again = "-" if f["reimport"] != f["reimport"] else f"{f['reimport']:.1f}"  # NaN: not timed at this size
            print(
                f"{n:>10,} {label[:10]:>10} {f['wall']:>9.1f} {f['cpu']:>8.1f} {n / f['wall']:>9,.0f} "
                f"{again:>12} {baseline:>11.1f} {size:>8.0f} {f['load']:>6.1f} {f['peak_mb']:>8.0f}",
                flush=True,
            )
        if args.check:
            mine, theirs = digests(targets["current"]), digests(targets[args.baseline])
            same = [t for t in TABLES if mine[t] == theirs[t]]
            differ = [t for t in TABLES if mine[t] != theirs[t]]
            print(f"{'':>10} tables identical: {', '.join(same) or 'none'}; different: {', '.join(differ) or 'none'}")


if __name__ == "__main__":
    main()
