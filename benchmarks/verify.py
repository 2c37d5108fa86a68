"""Time one verification at 10^4, 10^5 and 10^6 subjects, beside a naive full scan measured in the same run.

    .venv/bin/python benchmarks/verify.py [--sizes 10000 100000 1000000] [--postgres] [--repeat 3]

For each size: the generated subjects are imported into SQLite (cached between runs in $TMPDIR/intake-bench),
then a separate process verifies generated requests (name plus one to three other data points, with the typos
people make) and reports median and p95 latency, recall of the right person, wrong verifications and its own peak
memory. The naive baseline, also in its own process, holds every name in memory and asks rapidfuzz
`process.extractOne` for the closest one (its recall: the closest name is the right person). With --postgres the
same matcher runs on PostgreSQL (fresh schema, dropped afterwards) at the sizes up to 10^5.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import pickle
import platform
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

PG = "postgresql+psycopg://postgres@127.0.0.1:5432/test"


def _folder() -> Path:
    folder = Path(os.environ.get("INTAKE_BENCH_DIR", tempfile.gettempdir())) / "intake-bench"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _requests(csv_path: Path, n: int, count: int) -> Path:
    """Requests for `count` people picked at random from the CSV, pickled for the measuring processes."""
    from people import request_for

    out = csv_path.with_name(f"requests-{n}-{count}.pkl")
    if out.exists():
        return out
    rng = random.Random(n)
    wanted = set(rng.sample(range(n), count))
    picked: list[dict[str, Any]] = []
    with csv_path.open(newline="", encoding="utf-8") as f:
        for i, row in enumerate(csv.DictReader(f)):
            if i in wanted:
                picked.append(row)
    requests = []
    for person in picked:
        ext, parsed, trusted = request_for(person, rng, trusted=rng.random() < 0.3)
        requests.append((ext, parsed, trusted, person["subject_id"]))
    out.write_bytes(pickle.dumps(requests))
    return out


def _database(n: int, csv_path: Path) -> str:
    from intake import db
    from intake.identity.records import import_file

    for name in (f"import-{n}.db", f"verify-{n}.db"):  # the import benchmark's database will do
        target = _folder() / name
        url = f"sqlite:///{target}"
        if target.exists():
            return url
    db.upgrade(url, "0002")
    with db.session(url) as s:
        import_file(s, csv_path)
    db.dispose_all()
    return url


def measure(url: str, requests_path: Path) -> dict[str, Any]:
    """In a process of its own: verify every request, after a short warm-up, and report latency and memory."""
    from intake import db
    from intake.identity.verify import verify

    requests = pickle.loads(requests_path.read_bytes())
    times: list[float] = []
    cpus: list[float] = []
    right = wrong = 0
    with db.session(url) as s:
        for ext, parsed, trusted, _ in requests[:20]:
            verify(s, ext, parsed, trusted_from=trusted)
        for ext, parsed, trusted, truth in requests:
            started, cpu = time.perf_counter(), time.process_time()
            match = verify(s, ext, parsed, trusted_from=trusted)
            times.append(time.perf_counter() - started)
            cpus.append(time.process_time() - cpu)
            if match.status == "verified":
                right += match.subject_id == truth
                wrong += match.subject_id != truth
    return _summary(times, right, wrong, len(requests), cpus)


def naive(csv_path: Path, requests_path: Path, limit: int) -> dict[str, Any]:
    """The baseline: the closest name over all subjects, by rapidfuzz process.extractOne."""
    from rapidfuzz import fuzz, process, utils

    ids: list[str] = []
    names: list[str] = []
    with csv_path.open(newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            ids.append(row["subject_id"])
            names.append(row["name"])
    requests = pickle.loads(requests_path.read_bytes())[:limit]
    times: list[float] = []
    cpus: list[float] = []
    right = 0
    for ext, _, _, truth in requests:
        started, cpu = time.perf_counter(), time.process_time()
        best = process.extractOne(ext.name, names, scorer=fuzz.WRatio, processor=utils.default_process)
        times.append(time.perf_counter() - started)
        cpus.append(time.process_time() - cpu)
        right += best is not None and ids[best[2]] == truth
    return _summary(times, right, 0, len(requests), cpus)


def _summary(times: list[float], right: int, wrong: int, total: int, cpus: list[float]) -> dict[str, Any]:
    times.sort()
    cpus.sort()
    return {
        "n": total,
        "median_ms": statistics.median(times) * 1000,
        "p95_ms": times[min(len(times) - 1, int(len(times) * 0.95))] * 1000,
        "cpu_median_ms": statistics.median(cpus) * 1000,
        "cpu_p95_ms": cpus[min(len(cpus) - 1, int(len(cpus) * 0.95))] * 1000,
        "load": os.getloadavg()[0],
        "peak_mb": _peak_mb(),
        "recall": right / total if total else 0.0,
        "wrong": wrong,
    }


def _line(n: int, engine: str, r: dict[str, Any]) -> str:
    return (
        f"{n:>10,} {engine:<22} {r['median_ms']:>10.2f} {r['p95_ms']:>8.2f} {r['cpu_median_ms']:>8.2f} "
        f"{r['cpu_p95_ms']:>8.2f} {r['recall']:>7.3f} {r['wrong']:>6} {r['peak_mb']:>8.0f} {r['load']:>5.1f}"
    )


def _peak_mb() -> float:
    """This process's peak resident memory (VmHWM starts afresh at exec, unlike ru_maxrss)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _child(*args: str) -> dict[str, Any]:
    out = subprocess.run([sys.executable, __file__, *args], check=True, capture_output=True, text=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def _postgres(n: int, csv_path: Path, requests_path: Path) -> dict[str, Any] | None:
    import psycopg

    from intake import db
    from intake.identity.records import import_file

    schema = f"bench_{uuid.uuid4().hex[:10]}"
    try:
        admin = psycopg.connect("postgresql://postgres@127.0.0.1:5432/test", autocommit=True, connect_timeout=3)
    except psycopg.OperationalError:
        return None
    admin.execute(f"CREATE SCHEMA {schema}")
    url = f"{PG}?options=-csearch_path%3D{schema}"
    try:
        db.upgrade(url, "0002")
        started = time.perf_counter()
        with db.session(url) as s:
            import_file(s, csv_path)
        imported = time.perf_counter() - started
        db.dispose_all()
        result = _child("--measure", url, str(requests_path))
        result["import_s"] = imported
        return result
    finally:
        db.dispose_all()
        admin.execute(f"DROP SCHEMA {schema} CASCADE")
        admin.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    parser.add_argument("--requests", type=int, default=1000)
    parser.add_argument("--postgres", action="store_true")
    parser.add_argument(
        "--repeat", type=int, default=1, help="measure intake and the naive scan this many times, alternately"
    )
    parser.add_argument("--measure", nargs=2, metavar=("URL", "REQUESTS"), help=argparse.SUPPRESS)
    parser.add_argument("--naive", nargs=3, metavar=("CSV", "REQUESTS", "LIMIT"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        print(json.dumps(measure(args.measure[0], Path(args.measure[1]))))
        return
    if args.naive:
        print(json.dumps(naive(Path(args.naive[0]), Path(args.naive[1]), int(args.naive[2]))))
        return

    from subjects_import import write_csv

    print(
        f"verify latency, {time.strftime('%Y-%m-%d')}, {os.cpu_count()} cores, Python {platform.python_version()}; "
        f"{args.requests} requests per size (naive: fewer, it is slow)"
    )
    print(
        f"{'subjects':>10} {'engine':<22} {'median ms':>10} {'p95 ms':>8} {'cpu med':>8} {'cpu p95':>8} "
        f"{'recall':>7} {'wrong':>6} {'peak MB':>8} {'load':>5}"
    )
    runs: dict[int, list[dict[str, Any]]] = {}  # intake's measurements per size, one per --repeat
    speedups: dict[int, float] = {}
    for n in args.sizes:
        csv_path = write_csv(n, _folder())
        requests_path = _requests(csv_path, n, args.requests)
        url = _database(n, csv_path)
        # The naive scan takes a tenth of a second a request at 10^6; 100 requests keep its median steady.
        limit = max(100, min(args.requests, 2_000_000 // n))
        ratios: list[float] = []
        for _ in range(args.repeat):
            # Alternating the two, so that a neighbour's burst on this shared machine hits both alike.
            ours = _child("--measure", url, str(requests_path))
            theirs = _child("--naive", str(csv_path), str(requests_path), str(limit))
            for engine, result in (("intake (SQLite)", ours), ("naive extractOne", theirs)):
                print(_line(n, engine, result))
            ratios.append(theirs["median_ms"] / ours["median_ms"])
            runs.setdefault(n, []).append(ours)
        speedups[n] = statistics.median(ratios)
        if args.repeat > 1:
            print(f"{'':>10} speed-up per run (median): " + ", ".join(f"x{r:.0f}" for r in ratios))
        if args.postgres and n <= 100_000:
            pg = _postgres(n, csv_path, requests_path)
            if pg is not None:
                print(_line(n, "intake (PostgreSQL)", pg) + f"   (import {pg['import_s']:.0f} s)")
    sizes = sorted(args.sizes)

    def p95(n: int, key: str) -> float:
        return statistics.median(r[key] for r in runs[n])

    if len(sizes) > 1:
        small, big = sizes[0], sizes[-1]
        print(
            f"growth {small:,} -> {big:,}: p95 x{p95(big, 'p95_ms') / p95(small, 'p95_ms'):.2f}, "
            f"cpu p95 x{p95(big, 'cpu_p95_ms') / p95(small, 'cpu_p95_ms'):.2f}"
            + (" (medians of the runs)" if args.repeat > 1 else "")
        )
    print(f"speed-up over the naive scan at {sizes[-1]:,}: x{speedups[sizes[-1]]:.0f} (median request, median of runs)")


if __name__ == "__main__":
    main()
