"""Extraction quality against the labelled corpus (per-right P/R/F1, field accuracies) and throughput on one core.

    python benchmarks/extraction.py                  # dev and held-out tables, throughput
    python benchmarks/extraction.py --split dev --show   # also list every disagreement with the gold
    python benchmarks/extraction.py --split dev --by class   # also figures per class (or language) of mail
    python benchmarks/extraction.py --outsider --show   # the outsider set (tuned on since 2026-12-06), with misses
    python benchmarks/extraction.py --blind          # the blind held-out sets: figures only, never the mails
    python benchmarks/extraction.py --set DIR --show # any other labelled set laid out like the outsider set

Name and employer accuracy are measured on mails whose gold kind is `request` (what the DPO acts on);
kind, language and rights on every mail. Names and employers compare case-, accent- and punctuation-
insensitively ("Kestrel Health Inc." equals "Kestrel Health Inc"), nothing looser.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import time
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from intake.understand import RIGHTS  # noqa: E402
from intake.understand.extract import extract  # noqa: E402
from intake.understand.parse import parse  # noqa: E402

CORPUS = ROOT / "tests" / "corpus"


def norm(value: str | None) -> str:
    """Casefolded letters and digits only, accents kept apart from their letters."""
    if not value:
        return ""
    text = unicodedata.normalize("NFKD", value.casefold())
    return "".join(ch for ch in text if ch.isalnum())


@dataclass
class Score:
    """Counts for one split."""

    n: int = 0
    tp: Counter[str] = field(default_factory=Counter)
    fp: Counter[str] = field(default_factory=Counter)
    fn: Counter[str] = field(default_factory=Counter)
    correct: Counter[str] = field(default_factory=Counter)
    total: Counter[str] = field(default_factory=Counter)
    misses: list[str] = field(default_factory=list)
    parts: dict[str, Score] = field(default_factory=dict)


def gold_rows(split: str | None = None) -> list[dict]:
    rows = [json.loads(line) for line in (CORPUS / "gold.jsonl").read_text(encoding="utf-8").splitlines() if line]
    return [r for r in rows if split is None or r["split"] == split]


def score(rows: list[dict], base: Path = CORPUS, by: str | None = None) -> Score:
    """Counts over `rows` (files relative to `base`); with `by`, also per value of that gold key in `parts`."""
    s = Score()
    for row in rows:
        raw = (base / row["file"]).read_bytes()
        got = extract(parse(raw))
        s.n += 1
        gold_rights, got_rights = set(row["rights"]), set(got.rights)
        for right in RIGHTS:
            if right in gold_rights and right in got_rights:
                s.tp[right] += 1
            elif right in got_rights:
                s.fp[right] += 1
            elif right in gold_rights:
                s.fn[right] += 1
        checks = {
            "kind": (row["kind"], got.kind, True),
            "language": (row["language"], got.language, row["language"] is not None),
            "name": (row["name"], got.name, row["kind"] == "request"),
            "employer": (row["employer"], got.employer, row["kind"] == "request"),
        }
        for key, (want, have, counted) in checks.items():
            if not counted:
                continue
            s.total[key] += 1
            if norm(want) == norm(have):
                s.correct[key] += 1
            else:
                s.misses.append(f"{row['file']}: {key} gold={want!r} got={have!r}")
        if gold_rights != got_rights:
            s.misses.append(f"{row['file']}: rights gold={sorted(gold_rights)} got={sorted(got_rights)}")
        if by is not None:
            part = score([row], base)
            whole = s.parts.setdefault(str(row.get(by)), Score())
            whole.n += 1
            for counter in ("tp", "fp", "fn", "correct", "total"):
                getattr(whole, counter).update(getattr(part, counter))
    return s


def breakdown(title: str, s: Score) -> str:
    """Rights micro-F1 and field accuracies per part, worst rights F1 first (figures only, never the mails)."""
    lines = [
        f"| {title} | mails | rights F1 | kind | language | name | employer |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]

    def acc(part: Score, key: str) -> str:
        return f"{part.correct[key] / part.total[key]:.2f}" if part.total[key] else "-"

    rows = []
    for key, part in s.parts.items():
        f = prf(sum(part.tp.values()), sum(part.fp.values()), sum(part.fn.values()))[2]
        rows.append((f, key, part))
    for f, key, part in sorted(rows, key=lambda r: (r[0], r[1])):
        cells = " | ".join(acc(part, k) for k in ("kind", "language", "name", "employer"))
        lines.append(f"| {key} | {part.n} | {f:.2f} | {cells} |")
    return "\n".join(lines)


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def table(name: str, s: Score) -> str:
    lines = [
        f"### {name} ({s.n} mails)",
        "",
        "| right | support | precision | recall | F1 |",
        "|---|---:|---:|---:|---:|",
    ]
    for right in RIGHTS:
        support = s.tp[right] + s.fn[right]
        if support == 0 and s.fp[right] == 0:
            continue
        p, r, f = prf(s.tp[right], s.fp[right], s.fn[right])
        lines.append(f"| {right} | {support} | {p:.3f} | {r:.3f} | {f:.3f} |")
    p, r, f = prf(sum(s.tp.values()), sum(s.fp.values()), sum(s.fn.values()))
    lines.append(
        f"| **micro (all rights)** | {sum(s.tp.values()) + sum(s.fn.values())} | {p:.3f} | {r:.3f} | **{f:.3f}** |"
    )
    lines += ["", "| field | accuracy | of |", "|---|---:|---:|"]
    for key in ("kind", "language", "name", "employer"):
        total = s.total[key]
        lines.append(f"| {key} | {s.correct[key] / total if total else 0:.3f} | {total} |")
    return "\n".join(lines)


def throughput(windows: int = 7, seconds: float = 1.0) -> tuple[float, float, int]:
    """(mails per second on the corpus, mails per second on ~5 KB mails, size of that mail) on one core.

    CPU time of this process, best of several one-second windows (as `timeit` does): on a shared machine the
    best window is the one least disturbed by other processes, i.e. what one core can do.
    """
    raws = [(CORPUS / r["file"]).read_bytes() for r in gold_rows()]
    # A typical 5 KB request: a short request above a long quoted thread and a signature with a disclaimer.
    base = (CORPUS / "dev" / "en-001.eml").read_bytes()
    filler = b"\n> Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut."
    disclaimer = b"\nThis e-mail and any attachments are confidential and intended solely for the addressee. " * 6
    five_kb = (
        base.rstrip()
        + disclaimer
        + b"\n\nOn Mon, 16 Nov 2026, Someone <someone@example.com> wrote:"
        + filler * 36
        + b"\n"
    )
    rates = []
    for sample in (raws, [five_kb] * 50):
        best = 0.0
        for _ in range(windows):
            done, start = 0, time.process_time()
            while time.process_time() - start < seconds:
                for raw in sample:
                    extract(parse(raw))
                done += len(sample)
            best = max(best, done / (time.process_time() - start))
        rates.append(best)
    return rates[0], rates[1], len(five_kb)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", choices=["dev", "heldout"], help="only this split (default: both)")
    ap.add_argument("--show", action="store_true", help="list every disagreement with the gold")
    ap.add_argument("--by", choices=["class", "language"], help="also break each split down by this gold key")
    ap.add_argument("--no-speed", action="store_true", help="skip the throughput measurement")
    ap.add_argument(
        "--blind",
        action="store_true",
        help="score the blind sets (tests/corpus/blind, blind2; their writers never saw the rules): figures only",
    )
    ap.add_argument(
        "--outsider",
        action="store_true",
        help="score tests/corpus/outsider and outsider2 (written by outsiders, tuned on since 2026-12-06)",
    )
    ap.add_argument(
        "--set",
        type=Path,
        help="score another labelled set laid out like the outsider set (mail/, gold.jsonl); --show lists misses",
    )
    args = ap.parse_args()
    if args.set:
        rows = [json.loads(line) for line in (args.set / "gold.jsonl").read_text(encoding="utf-8").splitlines() if line]
        rows = [r for r in rows if (args.set / r["file"]).exists()]  # a set still being written
        s = score(rows, args.set)
        print(table(args.set.name, s) + "\n")
        print(breakdown("language", score(rows, args.set, by="language")) + "\n")
        print(breakdown("class", score(rows, args.set, by="class")))
        if args.show:
            print("\n" + "\n".join(s.misses))
        return
    if args.blind or args.outsider:
        # The blind set: figures per language and class, never the mails or their misses (reading them would make it
        # a tuning set). The outsider sets were written by people who never saw the rules, and are tuned on.
        for name in ["blind", "blind2"] if args.blind else ["outsider", "outsider2"]:
            base = CORPUS / name
            rows = [json.loads(line) for line in (base / "gold.jsonl").read_text(encoding="utf-8").splitlines() if line]
            s = score(rows, base)
            print(table(f"{name} held-out set" if args.blind else f"{name} set", s) + "\n")
            print(breakdown("language", score(rows, base, by="language")) + "\n")
            print(breakdown("class", score(rows, base, by="class")) + "\n")
            if args.outsider and args.show:
                print("\n".join(s.misses) + "\n")
        return
    os.environ.setdefault("OMP_NUM_THREADS", "1")  # one core: numpy (py3langid) must not fan out
    start = time.perf_counter()
    extract(parse((CORPUS / "dev" / "en-018.eml").read_bytes()))
    extract(parse((CORPUS / "dev" / "en-001.eml").read_bytes()))
    warm = time.perf_counter() - start
    print(f"Python {platform.python_version()}, {os.cpu_count()} cores, {platform.machine()}")
    print(f"first calls (model loading): {warm:.2f} s\n")
    for split in [args.split] if args.split else ["dev", "heldout"]:
        s = score(gold_rows(split))
        print(table(split, s) + "\n")
        if args.by:
            print(breakdown(args.by, score(gold_rows(split), by=args.by)) + "\n")
        if args.show:
            print("\n".join(s.misses) + "\n")
    if not args.no_speed:
        corpus_rate, rate, size = throughput()
        print(f"throughput: {corpus_rate:.0f} mails/s on the corpus, {rate:.0f} mails/s on {size / 1024:.1f} KB mails")


if __name__ == "__main__":
    main()
