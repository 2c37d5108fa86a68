"""An import file read into prepared chunks in file order: its rows, or CSV byte ranges read by worker processes."""

from __future__ import annotations

import csv
import json
import multiprocessing
import os
import sys
from collections import deque
from collections.abc import Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from intake.errors import InputError
from intake.identity.records import formula
from intake.identity.records.clean import _columns, _field_name
from intake.identity.records.prepare import RawRow, _prepare, _Prepared

CHUNK_ROWS = 5000  # rows per unit of work handed to a worker process
IMPORT_WORKERS = 2
PARALLEL_BYTES = 4_000_000  # smaller files are imported in-process: starting workers would cost more
RANGE_BYTES = 1_000_000  # bytes of a CSV file a worker reads itself, about 5,500 rows


def _rows(path: Path) -> Iterator[tuple[int, dict[str, Any] | None, str | None]]:
    """(line number, raw row or None, parse error) for a CSV or JSON Lines file."""
    suffix = path.suffix.lower()
    try:
        handle = path.open(encoding="utf-8-sig", newline="")
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror})") from None
    with handle:
        try:
            if suffix in {".jsonl", ".ndjson", ".json"}:
                for number, line in enumerate(handle, 1):
                    if not line.strip():
                        continue
                    try:
                        obj = json.loads(line)
                    except json.JSONDecodeError as exc:
                        yield number, None, f"not valid JSON ({exc.msg})"
                        continue
                    if not isinstance(obj, dict):
                        yield number, None, "expected a JSON object"
                        continue
                    yield number, obj, None
            elif suffix in {".csv", ".tsv"}:
                csv.field_size_limit(min(sys.maxsize, 2**31 - 1))
                reader = csv.DictReader(handle, delimiter="\t" if suffix == ".tsv" else ",")
                headers = [_field_name(h) for h in reader.fieldnames or []]
                if "subject_id" not in headers:
                    raise InputError(
                        f"{path}: no subject_id column (the header has: {', '.join(headers) or 'nothing'})"
                    )
                for raw in reader:
                    # The quote `intake subjects export` put before a formula comes off: the value is as it was.
                    yield reader.line_num, {k: _restored(v) for k, v in raw.items()}, None
            else:
                raise InputError(f"{path}: unknown format {suffix or '(no extension)'!r}; use .csv or .jsonl")
        except UnicodeDecodeError:
            raise InputError(f"{path}: not UTF-8 text") from None


def _restored(value: Any) -> Any:
    return formula.restored(value) if value.__class__ is str and value[:1] == "'" else value


def _chunks(path: Path) -> Iterator[list[RawRow]]:
    chunk: list[RawRow] = []
    for number, raw, problem in _rows(path):
        chunk.append((f"{path}:{number}", raw, problem))
        if len(chunk) >= CHUNK_ROWS:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


# Byte ranges of a CSV file that worker processes read themselves, so that only finished rows cross between
# processes: parsing in the importing process and pickling raw rows to the workers cost it more than the inserts.


@dataclass(frozen=True)
class _CsvLayout:
    """Where a CSV file's records start, what its header says, and the byte ranges to hand out."""

    headers: list[str]
    delimiter: str
    ranges: list[tuple[int, int, int]]  # (start byte, end byte, line number at start); starts at a line start


def _csv_records(f: BinaryIO, start: int, delimiter: str) -> Iterator[tuple[int, list[str], int]]:
    """(lines read so far, cells, byte offset after the record) for the CSV records from byte `start` on.

    Lines are split at b"\n" only, which equals the text reader's splitting because files with a bare "\r" never
    come here; the csv module pulls exactly the lines of one record per step, so the offset is a record boundary.
    """
    f.seek(start)
    pos = start

    def lines() -> Iterator[str]:
        nonlocal pos
        for raw in f:
            pos += len(raw)
            yield raw.decode("utf-8")

    reader = csv.reader(lines(), delimiter=delimiter)
    for cells in reader:
        yield reader.line_num, cells, pos


def _csv_layout(path: Path) -> _CsvLayout | None:
    """The byte ranges for the workers, or None when the file must take the sequential path.

    Ranges end at a newline with an even number of quote characters before it, which in well-formed CSV is
    outside any quoted field; a quoted field with a newline therefore stays in one range. Stray quotes can fool
    this, so each range's true end is checked against the next range's start (see `_prepared`).
    """
    suffix = path.suffix.lower()
    if suffix not in {".csv", ".tsv"}:
        return None
    delimiter = "\t" if suffix == ".tsv" else ","
    csv.field_size_limit(min(sys.maxsize, 2**31 - 1))
    try:
        with path.open("rb") as f:
            start = 3 if f.read(3) == b"\xef\xbb\xbf" else 0
            first = next(_csv_records(f, start, delimiter), None)
            if first is None:
                return None
            lines, headers, pos = first
            if "subject_id" not in {_field_name(h) for h in headers}:
                return None  # the sequential path reports it
            ranges: list[tuple[int, int, int]] = []
            line = lines + 1
            odd = False
            f.seek(pos)
            while True:
                block = bytearray(f.read(RANGE_BYTES))
                if not block:
                    break
                odd ^= bool(block.count(b'"') & 1)
                while odd or not block.endswith(b"\n"):
                    more = f.readline()
                    if not more:
                        break
                    block += more
                    odd ^= bool(more.count(b'"') & 1)
                if block.count(b"\r") != block.count(b"\r\n"):
                    return None  # a bare carriage return ends a line for the csv module: not worth the care
                ranges.append((pos, pos + len(block), line))
                pos += len(block)
                line += block.count(b"\n")
    except (UnicodeDecodeError, csv.Error, OSError):
        return None  # the sequential path reports it
    return _CsvLayout(headers, delimiter, ranges)


def _prepare_range(path: str, layout: _CsvLayout, index: int, start: int, line: int) -> _Prepared:
    """Read, clean and index the records from byte `start` to the first record boundary at or after the range end.

    `start` is the range's own start, or the previous range's true end when a quoted newline fooled the split.
    Rows are the dicts csv.DictReader would give, so errors and attributes are exactly those of the sequential path.
    """
    csv.field_size_limit(min(sys.maxsize, 2**31 - 1))
    end = layout.ranges[index][1]
    headers = layout.headers
    columns = _columns(headers)
    width = len(headers)
    by_position = width if columns.distinct else -1
    out = _Prepared([], [], 0, start=start, end=start, end_line=line)
    if start >= end:
        return out  # the previous range already read past this one
    base = line - 1

    def records() -> Iterator[tuple[str, Any, None]]:
        for lines, cells, pos in _csv_records(handle, start, layout.delimiter):
            out.end, out.end_line = pos, line + lines
            if len(cells) == by_position:
                yield f"{path}:{base + lines}", cells, None  # the common case, read by position
            elif cells:  # DictReader skips blank lines
                raw: dict[Any, Any] = dict(zip(headers, map(_restored, cells), strict=False))
                if len(cells) > width:
                    raw[None] = cells[width:]
                elif len(cells) < width:
                    for h in headers[len(cells) :]:
                        raw.setdefault(h, None)
                yield f"{path}:{base + lines}", raw, None
            if pos >= end:
                return

    with open(path, "rb") as handle:
        try:
            prepared = _prepare(records(), columns)
        except UnicodeDecodeError:
            raise InputError(f"{path}: not UTF-8 text") from None
    out.rows, out.errors, out.processed = prepared.rows, prepared.errors, prepared.processed
    out.keys, out.owners, out.terms = prepared.keys, prepared.owners, prepared.terms
    return out


def _prepared(path: Path) -> Iterator[_Prepared]:
    """Cleaned and indexed chunks in file order; big files use worker processes so both cores work."""
    workers = min(IMPORT_WORKERS, os.cpu_count() or 1)
    if workers < 2 or path.stat().st_size < PARALLEL_BYTES:
        yield from map(_prepare, _chunks(path))
        return
    layout = _csv_layout(path)
    # fork, where there is one: the workers only run pure functions of this package, and unlike spawn it does not
    # re-run the caller's __main__ (scripts without a main guard would otherwise recurse).
    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    with ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context(method)) as pool:
        # A bounded window of chunks in flight keeps memory flat however big the file is.
        if layout is None:
            chunks: deque[Future[_Prepared]] = deque()
            for chunk in _chunks(path):
                chunks.append(pool.submit(_prepare, chunk))
                if len(chunks) > 2 * workers:
                    yield chunks.popleft().result()
            while chunks:
                yield chunks.popleft().result()
            return
        window: deque[tuple[int, Future[_Prepared]]] = deque()
        name = str(path)
        todo = iter(enumerate(layout.ranges))
        for index, (start, _end, line) in todo:
            window.append((index, pool.submit(_prepare_range, name, layout, index, start, line)))
            if len(window) > 2 * workers:
                break
        done_end, done_line = layout.ranges[0][0], layout.ranges[0][2]
        while window:
            index, future = window.popleft()
            prepared = future.result()
            for following, (start, _end, line) in todo:
                window.append((following, pool.submit(_prepare_range, name, layout, following, start, line)))
                break
            if prepared.start != done_end:
                # The previous range ended elsewhere (a quoted newline after a stray quote): read this range again
                # from where the previous one really ended, in this process; rare, and always correct.
                prepared = _prepare_range(name, layout, index, done_end, done_line)
            done_end, done_line = prepared.end, prepared.end_line
            yield prepared
