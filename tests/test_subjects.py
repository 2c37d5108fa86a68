"""Subject records: import (CSV, JSON Lines, bad rows, upserts, worker processes), export and count, SQLite and PG."""

from __future__ import annotations

import csv
import io
import json
import re
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlmodel import Session

from intake import db
from intake.errors import InputError
from intake.identity import normalise, records
from intake.identity.records import count, export, import_file
from intake.identity.verify import verify
from intake.understand import Extraction, ParsedEmail

PG_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/test"


@pytest.fixture
def url(tmp_path: Path) -> str:
    url = f"sqlite:///{tmp_path}/intake.db"
    db.upgrade(url, "0002")
    return url


@pytest.fixture
def session(url: str) -> Iterator[Session]:
    with db.session(url) as s:
        yield s


def write_csv(path: Path, rows: list[dict[str, str]]) -> Path:
    with path.open("w", newline="", encoding="utf-8") as f:
        writer = csv.DictWriter(f, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    return path


PEOPLE = [
    {
        "ID": "E-1",
        "Full Name": "Łukasz Wiśniewski",
        "E-Mail": "lukasz@acme.example",
        "Mobile": "+48 601 234 567",
        "Company": "Acme Sp. z o.o.",
        "role": "user",
        "status": "active",
        "DOB": "1980-04-01",
        "cost_centre": "R&D",
    },
    {
        "ID": "E-2",
        "Full Name": "Jane Smith",
        "E-Mail": "jane@globex.example",
        "Mobile": "",
        "Company": "Globex Pvt. Ltd.",
        "role": "customer_contact",
        "status": "suspended",
        "DOB": "",
        "cost_centre": "",
    },
]


def request(name: str, **kw: object) -> tuple[Extraction, ParsedEmail]:
    sender = str(kw.pop("from_addr", "someone@elsewhere.example"))
    return Extraction(kind="request", name=name, emails=[sender], **kw), ParsedEmail(from_addr=sender)  # type: ignore[arg-type]


def _reference_index(row: dict[str, str | None]) -> tuple[set[int], set[str]]:
    """Blocking keys as the request side builds them: fold, name_keys and hkey, one key at a time."""
    name = (row.get("name") or "")[:300].replace("'", "").replace("\u2019", "")
    tokens = tuple([t for t in normalise.fold(name).split() if t not in normalise._HONORIFICS][:6])
    pairs = set(normalise.name_keys(tokens))
    for kind, value in (
        ("e", normalise.norm_email(row.get("email"))),
        ("p", normalise.norm_phone(row.get("phone"))),
        ("a", normalise.norm_identifier(row.get("account_id"))),
        ("d", normalise.norm_date(row.get("date_of_birth"))),
    ):
        if value:
            pairs.add((kind, value))
    words = [t for t in tokens if len(t) > 1]
    terms = {f"n:{t}" for t in words}
    emp = normalise.employer_key(row.get("employer"))
    if emp:
        terms.add(f"w:{emp}")
        if words:
            pairs |= {("w", f"{emp}|{words[0]}"), ("w", f"{emp}|{words[-1]}")}
    return {normalise.hkey(kind, value) for kind, value in pairs}, terms


@pytest.mark.parametrize(
    "name",
    [
        "Łukasz Wiśniewski",
        "Dr. Mary-Ann O'Brien",
        "Алексей  Петров\u00a0Иванович",
        "  zoë  ZOË   Zoë ",
        "J. Smith",
        "Smith, J.",
        "محمد علي",
        "Mme Anne de la Tour du Pin Montauban",
        "Prince",
        "x",
        "",
        None,
    ],
)
def test_record_keys_are_the_request_sides_keys(name: str | None) -> None:
    row = {
        "name": name,
        "email": " <Ann.Lee@Example.COM> ",
        "phone": "+44 20 7946 0958",
        "account_id": "c-0010 47",
        "date_of_birth": "19800401",
        "employer": "Acme Sp. z o.o.",
    }
    assert records.subject_index(row) == _reference_index(row)
    bare = {"name": name, "employer": None}
    assert records.subject_index(bare) == _reference_index(bare)
    assert normalise.name_tokens(name) == tuple(
        [t for t in normalise.fold((name or "").replace("'", "")).split() if t not in normalise._HONORIFICS][:6]
    )


def test_csv_headers_map_to_fields_and_unknown_columns_become_attributes(session: Session, tmp_path: Path) -> None:
    report = import_file(session, write_csv(tmp_path / "people.csv", PEOPLE))
    assert (report.inserted, report.updated, report.errors) == (2, 0, [])
    row = session.get(records.Subject, 1)
    assert row is not None
    assert (row.subject_id, row.name, row.phone, row.employer) == (
        "E-1",
        "Łukasz Wiśniewski",
        "+48 601 234 567",
        "Acme Sp. z o.o.",
    )
    assert (row.account_status, row.date_of_birth, row.attributes) == ("active", "1980-04-01", {"cost_centre": "R&D"})
    assert count(session) == 2


def test_reimport_updates_by_subject_id_and_old_keys_stop_matching(session: Session, tmp_path: Path) -> None:
    import_file(session, write_csv(tmp_path / "a.csv", PEOPLE))
    moved = [{**PEOPLE[0], "E-Mail": "lukasz@newmail.example", "Mobile": "+48 700 000 001"}]
    report = import_file(session, write_csv(tmp_path / "b.csv", moved))
    assert (report.inserted, report.updated) == (0, 1)
    assert count(session) == 2
    ext, parsed = request("Łukasz Wiśniewski", phones=["+48601234567"], date_of_birth="1980-04-01")
    old_phone = verify(session, ext, parsed)
    assert [e.outcome for e in old_phone.evidence if e.field == "phone"] == ["differs"]
    ext, parsed = request("Łukasz Wiśniewski", phones=["+48700000001"], date_of_birth="1980-04-01")
    assert verify(session, ext, parsed).subject_id == "E-1"


def test_bad_rows_are_reported_by_line_and_column_and_good_rows_still_imported(
    session: Session, tmp_path: Path
) -> None:
    path = tmp_path / "mixed.csv"
    path.write_text(
        "subject_id,name,email,date_of_birth,account_status\n"
        "S1,Ann Lee,ann@example.com,1990-01-02,active\n"
        ",No Id,noid@example.com,,\n"
        "S3,Bad Date,bad@example.com,31/31/1990,\n"
        "S4,Bad Status,b4@example.com,,gone\n"
        "S5,Bad Mail,not-an-address,,\n"
        f"S6,{'x' * 5000},long@example.com,,\n"
        "S7,Good Two,two@example.com,,expired\n",
        encoding="utf-8",
    )
    report = import_file(session, path)
    assert report.inserted == 2
    assert report.errors == [
        f"{path}:3: column 'subject_id' is empty",
        f"{path}:4: column 'date_of_birth' is not a date (YYYY-MM-DD): '31/31/1990'",
        f"{path}:5: column 'account_status' must be one of active, suspended, expired",
        f"{path}:6: column 'email' is not an email address: 'not-an-address'",
        f"{path}:7: column 'name' is longer than 1000 characters",
    ]


def test_jsonl_bad_lines_are_reported_and_the_rest_imported(session: Session, tmp_path: Path) -> None:
    path = tmp_path / "people.jsonl"
    path.write_text(
        json.dumps({"subject_id": "J1", "name": "Ana Sousa", "employer": "Tecno Lda.", "tags": ["a"]})
        + "\n{not json\n[1, 2]\n\n"
        + json.dumps({"subject_id": 42, "name": "Numeric Id"})
        + "\n",
        encoding="utf-8",
    )
    report = import_file(session, path)
    assert report.inserted == 2
    assert [e.split(": ", 1)[0] for e in report.errors] == [f"{path}:2", f"{path}:3"]
    assert "not valid JSON" in report.errors[0]
    row = session.get(records.Subject, 1)
    assert row is not None and row.attributes == {"tags": ["a"]}


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("people.xlsx", "x", "unknown format '.xlsx'"),
        ("noid.csv", "name,email\nAnn,ann@example.com\n", "no subject_id column (the header has: name, email)"),
        ("latin1.csv", "subject_id,name\n1,Jos\xe9\n", "not UTF-8"),
    ],
)
def test_unusable_files_are_clear_errors(
    session: Session, tmp_path: Path, name: str, content: str, message: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content.encode("latin-1"))
    with pytest.raises(InputError, match=re.escape(message)):
        import_file(session, path)
    with pytest.raises(InputError, match="no such file"):
        import_file(session, tmp_path / "missing.csv")


def test_export_round_trips_through_import(session: Session, tmp_path: Path, url: str) -> None:
    import_file(session, write_csv(tmp_path / "people.csv", PEOPLE))
    for fmt in ("jsonl", "csv"):
        out = io.StringIO()
        assert export(session, out, fmt) == 2
        again = tmp_path / f"again.{fmt}"
        again.write_text(out.getvalue(), encoding="utf-8")
        other = f"sqlite:///{tmp_path}/other-{fmt}.db"
        db.upgrade(other, "0002")
        with db.session(other) as s2:
            assert import_file(s2, again).inserted == 2
            back = io.StringIO()
            export(s2, back, fmt)
        assert back.getvalue() == out.getvalue()
    with pytest.raises(InputError, match="use jsonl or csv"):
        export(session, io.StringIO(), "xml")


def test_big_files_are_prepared_in_worker_processes_with_the_same_result(
    session: Session, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    rows = [
        {"subject_id": f"W{i}", "name": f"Person{i} Family{i % 7}", "email": f"p{i}@example.com"} for i in range(1200)
    ]
    rows.append({"subject_id": "W5", "name": "Person5 Renamed", "email": "p5@example.com"})
    path = write_csv(tmp_path / "big.csv", rows)
    monkeypatch.setattr(records.read, "PARALLEL_BYTES", 0)
    monkeypatch.setattr(records.read, "CHUNK_ROWS", 100)
    monkeypatch.setattr(records.read, "RANGE_BYTES", 4000)
    monkeypatch.setattr(records, "BATCH_ROWS", 300)
    seen: list[int] = []
    report = import_file(session, path, progress=seen.append)
    assert (report.inserted, count(session)) == (1200, 1200)
    # Again, into the now populated table: every batch its own transaction, every line an update (W5 twice,
    # as its two lines fall into different batches).
    assert import_file(session, path).updated == 1201
    assert seen[-1] == 1201
    assert session.get(records.Subject, 6).name == "Person5 Renamed"  # type: ignore[union-attr]
    # The key index was rebuilt after the bulk load, and the terms count each person once.
    keys = session.connection().execute(text("SELECT COUNT(*) FROM subject_key")).scalar()
    assert keys and keys > 2400
    n = session.connection().execute(text("SELECT n FROM subject_term WHERE term = 'n:family3'")).scalar()
    assert n == sum(1 for i in range(1200) if i % 7 == 3)


def _imported(url: str, path: Path) -> tuple[records.ImportReport, list[tuple[object, ...]], list[tuple[object, ...]]]:
    """An import into a fresh database: the report, every subject row, and every (key, subject) and term count."""
    with db.session(url) as s:
        report = import_file(s, path)
        conn = s.connection()
        rows = [tuple(r) for r in conn.execute(text("SELECT * FROM subject ORDER BY id"))]
        keys = [tuple(r) for r in conn.execute(text("SELECT key, subject FROM subject_key ORDER BY key, subject"))]
        keys += [tuple(r) for r in conn.execute(text("SELECT term, n FROM subject_term WHERE n != 0 ORDER BY term"))]
    db.dispose_all()
    return report, rows, keys


@pytest.mark.parametrize(
    "body",
    [
        # A quoted field with newlines, quotes and the delimiter inside: it must stay within one worker's range.
        'S{i},"Anna\nMaria {i}","a{i}@example.com","1 ""Main"" St,\nLine {i}\n\n",{dob}\r\n',
        # A stray quote in an unquoted field makes the quote count odd, so a quoted newline after it can fool the
        # split; the true end of each range is checked and the range read again from there.
        'S{i},Jo{i} 5" Smith,b{i}@example.com,"x\ny",{dob}\n',
        # Bad rows keep their line numbers across ranges; short and long rows as DictReader reads them.
        "S{i},Bo {i},c{i}@example.com,,{bad}\nS{i}x,Only\n\nS{i}y,A B,d{i}@example.com,addr,1990-01-01,extra\n",
    ],
)
def test_workers_reading_byte_ranges_give_what_the_sequential_path_gives(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, body: str
) -> None:
    lines = ["subject_id,name,email,address,DOB\n"]
    for i in range(400):
        lines.append(body.format(i=i, dob=f"19{50 + i % 40}-0{1 + i % 9}-1{i % 9}", bad="1990-13-01" if i % 50 else ""))
    path = tmp_path / "people.csv"
    path.write_bytes(("\ufeff" + "".join(lines)).encode())
    results = []
    for parallel in (False, True):
        url = f"sqlite:///{tmp_path}/{parallel}.db"
        db.upgrade(url, "0002")
        monkeypatch.setattr(records.read, "PARALLEL_BYTES", 0 if parallel else 10**12)
        monkeypatch.setattr(records.read, "RANGE_BYTES", 700)
        if parallel:
            layout = records._csv_layout(path)
            assert layout is not None and len(layout.ranges) > 10
        results.append(_imported(url, path))
    assert results[0] == results[1]
    assert results[0][0].inserted > 0


@pytest.mark.parametrize(
    "header",
    [
        # Attribute columns, padded header names, an alias and its field both present (the later column wins).
        "subject_id, Full Name ,email,E-Mail,team,cost centre,DOB",
        # The same header twice: a row's dict keeps the later cell, so such files are read as dicts.
        "subject_id,name,email,email,team,team,DOB",
    ],
)
def test_workers_map_columns_as_the_sequential_path_does(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, header: str
) -> None:
    lines = [header + "\n"]
    for i in range(300):
        long = "x" * 1001 if i % 97 == 5 else ""
        lines.append(
            f"S{i}, Ann {i} Lee ,a{i}@example.com,{long or f'B{i}@Example.com'},t{i % 4}, ,1980-01-{1 + i % 28:02}\n"
        )
    path = tmp_path / "people.csv"
    path.write_text("".join(lines), encoding="utf-8")
    results = []
    for parallel in (False, True):
        url = f"sqlite:///{tmp_path}/{parallel}.db"
        db.upgrade(url, "0002")
        monkeypatch.setattr(records.read, "PARALLEL_BYTES", 0 if parallel else 10**12)
        monkeypatch.setattr(records.read, "RANGE_BYTES", 900)
        results.append(_imported(url, path))
    assert results[0] == results[1]
    report, rows, _ = results[0]
    assert report.inserted == 296 and len(report.errors) == 4 and "longer than 1000" in report.errors[0]
    # One team column is kept as an attribute; of two, the later (blank) cell wins, as in DictReader's dict.
    assert all(json.loads(row[-1]) for row in rows) == (header.count("team") == 1)


def test_files_the_byte_ranges_cannot_split_take_the_sequential_path(tmp_path: Path) -> None:
    bare_cr = tmp_path / "old-mac.csv"
    bare_cr.write_bytes(b"subject_id,name\rS1,Ann Lee\rS2,Bo Chan\r")
    assert records._csv_layout(bare_cr) is None
    no_id = write_csv(tmp_path / "no-id.csv", [{"name": "Ann Lee"}])
    assert records._csv_layout(no_id) is None
    tsv = tmp_path / "people.tsv"
    tsv.write_text("ID\tFull Name\nS1\tAnn Lee\n", encoding="utf-8")
    layout = records._csv_layout(tsv)
    assert layout is not None and layout.headers == ["ID", "Full Name"] and layout.ranges == [(13, 24, 2)]


def test_a_worker_reading_bytes_that_are_not_utf8_is_one_clear_error(
    session: Session, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "latin1.csv"
    body = "".join(f"S{i},Ann Lee {i}\n" for i in range(300)).encode()
    path.write_bytes(b"subject_id,name\n" + body + b"S9999,Ren\xe9e Roux\n" + body)
    monkeypatch.setattr(records.read, "PARALLEL_BYTES", 0)
    monkeypatch.setattr(records.read, "RANGE_BYTES", 500)
    with pytest.raises(InputError, match="not UTF-8 text"):
        import_file(session, path)
    assert count(session) == 0


@pytest.fixture
def pg_url() -> Iterator[str]:
    """A fresh schema per test on the shared PostgreSQL server, dropped afterwards."""
    psycopg = pytest.importorskip("psycopg")
    schema = f"t_subjects_{uuid.uuid4().hex[:10]}"
    try:
        admin = psycopg.connect("postgresql://postgres@127.0.0.1:5432/test", autocommit=True, connect_timeout=3)
    except psycopg.OperationalError:
        pytest.skip("PostgreSQL is not running on 127.0.0.1:5432")
    admin.execute(f"CREATE SCHEMA {schema}")
    url = f"{PG_URL}?options=-csearch_path%3D{schema}"
    try:
        yield url
    finally:
        db.dispose_all()
        admin.execute(f"DROP SCHEMA {schema} CASCADE")
        admin.close()


@pytest.mark.postgres
def test_import_upsert_and_verify_work_on_postgresql(pg_url: str, tmp_path: Path) -> None:
    db.upgrade(pg_url, "0002")
    with db.session(pg_url) as s:
        assert import_file(s, write_csv(tmp_path / "people.csv", PEOPLE)).inserted == 2
        assert import_file(s, write_csv(tmp_path / "again.csv", PEOPLE[:1])).updated == 1
        assert count(s) == 2
        ext, parsed = request(
            "Lukasz Wisniewski", employer="ACME sp z oo", date_of_birth="1980-04-01", from_addr="lukasz@acme.example"
        )
        match = verify(s, ext, parsed, trusted_from=True)  # the address on record, authenticated
        assert (match.status, match.subject_id) == ("verified", "E-1")
        # Ids continue after the ones the import assigned.
        s.add(records.Subject(subject_id="E-3", name="Added Later"))
        s.commit()
        assert count(s) == 3


@pytest.mark.postgres
def test_a_bulk_import_stores_the_same_rows_and_keys_on_postgresql_as_on_sqlite(
    pg_url: str, url: str, tmp_path: Path
) -> None:
    # Enough rows for several subjects and keys to an INSERT statement, and a row count no multiple of either
    # (sorted in Python: the two databases may collate text differently).
    rows = [
        {"subject_id": f"P{i}", "name": f"Ann{i} Lee{i % 5}", "email": f"a{i}@example.com", "team": f"t{i % 3}"}
        for i in range(61)
    ]
    path = write_csv(tmp_path / "people.csv", rows)
    db.upgrade(pg_url, "0002")
    tables = []
    for target in (url, pg_url):
        with db.session(target) as s:
            assert import_file(s, path).inserted == 61
            conn = s.connection()
            tables.append(
                (
                    [
                        tuple(r)
                        for r in conn.execute(text("SELECT id, subject_id, name, email FROM subject ORDER BY id"))
                    ],
                    [
                        tuple(r)
                        for r in conn.execute(text("SELECT key, subject FROM subject_key ORDER BY key, subject"))
                    ],
                    sorted(tuple(r) for r in conn.execute(text("SELECT term, n FROM subject_term"))),
                )
            )
        db.dispose_all()
    assert tables[0] == tables[1]
    assert len(tables[0][1]) > 2 * records.KEYS_PER_INSERT
