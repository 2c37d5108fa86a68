"""The round trip to the address on record: who can confirm a request, who cannot, and what the requester sees."""

from __future__ import annotations

import json
import re
import smtplib
import time
from email import message_from_bytes
from email.message import Message as EmailMessage
from email.policy import default
from pathlib import Path

import pytest
from sqlmodel import select

from intake import confirmation, db, store
from intake.identity.records import import_file
from intake.models import Case, Confirmation, Draft, Event, Outbox
from intake.run import worker
from intake.settings import Settings
from tests.conftest import Service, Sink

RECORDS = [
    {
        "subject_id": "S-ANNA",
        "name": "Anna Berg",
        "email": "anna.berg@acme.example",
        "employer": "Acme Ltd",
        "date_of_birth": "1985-03-12",
        "account_id": "CUST-77120",
    },
    {"subject_id": "S-OLAF", "name": "Olaf Lind", "employer": "Fjord AS", "date_of_birth": "1970-01-30"},
]
HOME = "anna.home@mail.example"
RECORD = "anna.berg@acme.example"
CODE = re.compile(r"\b([A-HJ-NP-Z2-9]{5}-[A-HJ-NP-Z2-9]{5})\b")


def _records(url: str, tmp: Path) -> None:
    path = tmp / "subjects.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in RECORDS), encoding="utf-8")
    with db.session(url) as s:
        import_file(s, path)


def _mail(sender: str, body: str, subject: str = "My data", mid: str = "<r1@mail.example>", extra: str = "") -> bytes:
    return (
        f"From: {sender}\r\nTo: dpo@example.org\r\nMessage-ID: {mid}\r\nSubject: {subject}\r\n{extra}\r\n{body}\r\n"
    ).encode()


REQUEST = (
    "Hello, I am Anna Berg, date of birth 12/03/1985, and I work at Acme Ltd. "
    "Please send me a copy of all my personal data (access)."
)


def _ingest(settings: Settings, raw: bytes, sender: str) -> None:
    with db.session(settings.database_url) as s:
        store.put(s, raw, mailbox="smtp", source="smtp", envelope_from=sender)
    worker.drain(settings)


@pytest.fixture
def known(settings: Settings, tmp_path: Path) -> Settings:
    _records(settings.database_url, tmp_path)
    return settings


def _state(settings: Settings) -> tuple[Case, list[Confirmation], list[Outbox]]:
    with db.session(settings.database_url) as s:
        case = s.exec(select(Case)).one()
        rows = list(s.exec(select(Confirmation).order_by(Confirmation.id)).all())  # type: ignore[arg-type]
        out = list(s.exec(select(Outbox).order_by(Outbox.id)).all())  # type: ignore[arg-type]
        return case, rows, out


def _state_all(settings: Settings) -> tuple[list[Case], list[Confirmation], list[Outbox]]:
    with db.session(settings.database_url) as s:
        all_cases = list(s.exec(select(Case).order_by(Case.id)).all())  # type: ignore[arg-type]
        rows = list(s.exec(select(Confirmation).order_by(Confirmation.id)).all())  # type: ignore[arg-type]
        out = list(s.exec(select(Outbox).order_by(Outbox.id)).all())  # type: ignore[arg-type]
        return all_cases, rows, out


def _question(settings: Settings) -> tuple[str, str]:
    """The Message-ID and code of the question that went to the address on record."""
    _, rows, out = _state(settings)
    question = next(o for o in out if o.purpose == "confirmation")
    assert question.rcpt_to == RECORD and rows[0].message_id == question.message_id
    text = message_from_bytes(question.raw, policy=default).get_body(("plain",)).get_content()  # type: ignore[union-attr]
    code = CODE.search(text)
    assert code is not None, text
    return question.message_id, code.group(1)


def test_a_request_from_home_asks_the_address_on_record_and_reveals_nothing_else(known: Settings) -> None:
    _ingest(known, _mail(f"Anna Berg <{HOME}>", REQUEST), HOME)
    case, rows, out = _state(known)
    assert case.verification["status"] == "pending_confirmation"  # type: ignore[index]
    assert case.subject_id is None and "awaiting_confirmation" in case.flags
    assert "possible_impersonation" not in case.flags  # writing from home is not an accusation
    assert [(o.purpose, o.rcpt_to) for o in out] == [("acknowledgement", HOME), ("confirmation", RECORD)]
    assert len(rows) == 1 and rows[0].status == "open" and rows[0].subject_id == "S-ANNA"
    _, code = _question(known)
    question = message_from_bytes(out[1].raw, policy=default).get_body(("plain",)).get_content()  # type: ignore[union-attr]
    # It says who asked, when and until when; nothing from the record (no birth date, no customer number).
    assert HOME in question and "1985" not in question and "77120" not in question and "Acme" not in question
    headers = message_from_bytes(out[1].raw, policy=default)
    # RFC 3834: nobody wrote to us from that address, so it is auto-generated; responders are asked not to answer.
    assert (headers["Auto-Submitted"], headers["X-Auto-Response-Suppress"]) == ("auto-generated", "All")
    assert code.replace("-", "") not in json.dumps([r.code_hash for r in rows])  # only an HMAC is stored
    assert sum(c.isdigit() for c in code) >= 2 and len(code.replace("-", "")) == 10


def test_the_reply_from_the_address_on_record_verifies_and_drafts_for_the_dpo(known: Settings) -> None:
    _ingest(known, _mail(f"Anna Berg <{HOME}>", REQUEST), HOME)
    mid, code = _question(known)
    reply = _mail(
        RECORD,
        f"Yes, that was me.\n\n> {code}",
        subject="Re: confirm",
        mid="<c1@acme.example>",
        extra=f"In-Reply-To: {mid}\r\n",
    )
    _ingest(known, reply, RECORD)
    case, rows, out = _state(known)
    assert rows[0].status == "confirmed"
    assert (case.verification["status"], case.subject_id) == ("verified", "S-ANNA")  # type: ignore[index]
    assert "confirmed_by_address_on_record" in case.flags and "awaiting_confirmation" not in case.flags
    with db.session(known.database_url) as s:
        drafts = s.exec(select(Draft).where(Draft.status == "draft")).all()
        actions = [e.action for e in s.exec(select(Event).order_by(Event.id)).all()]  # type: ignore[arg-type]
    assert [(d.template, d.to_addr) for d in drafts] == [("access", HOME)]  # for the DPO, to the requester
    assert len(out) == 2  # nothing sent on the strength of the confirmation alone
    assert "confirmation.sent" in actions and "confirmation.confirmed" in actions
    assert actions.index("confirmation.confirmed") < len(actions) - 1


def test_the_code_alone_confirms_from_the_address_on_record(known: Settings) -> None:
    _ingest(known, _mail(f"Anna Berg <{HOME}>", REQUEST), HOME)
    _, code = _question(known)
    _ingest(known, _mail(RECORD, f"Code: {code.lower()}", subject="confirm", mid="<c2@acme.example>"), RECORD)
    case, rows, _ = _state(known)
    assert rows[0].status == "confirmed" and case.subject_id == "S-ANNA"


@pytest.mark.parametrize(
    ("sender", "body", "extra", "outcome"),
    [
        # The attacker has the code (say, shoulder-surfed) but writes from their own address.
        ("attacker@evil.example", "{code}", "In-Reply-To: {mid}\r\n", "wrong_sender"),
        # From forged to the address on record, and our receiving server says so.
        (
            RECORD,
            "{code}",
            "In-Reply-To: {mid}\r\nAuthentication-Results: mx.dpo.example; dmarc=fail header.from=acme.example\r\n",
            "forged",
        ),
        # From forged to the address on record, guessing: a code that is not ours.
        (RECORD, "my code is ABC23-DEF45", "", None),
        (RECORD, "my code is ABC23-DEF45", "In-Reply-To: {mid}\r\n", "wrong_code"),
        # The owner of the address says no.
        (RECORD, "No, this was not me! Who is this?\n\n> {code}", "In-Reply-To: {mid}\r\n", "denied"),
    ],
)
def test_nothing_but_the_address_on_record_with_the_code_confirms(
    known: Settings, sender: str, body: str, extra: str, outcome: str | None
) -> None:
    known.verify.trusted_authserv_ids = ["mx.dpo.example"]
    _ingest(known, _mail(f"Anna Berg <{HOME}>", REQUEST), HOME)
    mid, code = _question(known)
    raw = _mail(
        sender, body.format(code=code), subject="Re: confirm", mid="<x1@x.example>", extra=extra.format(mid=mid)
    )
    _ingest(known, raw, sender)
    case, rows, out = _state(known)
    assert rows[0].status in {"open", "denied"}
    assert case.subject_id is None and case.verification["status"] == "pending_confirmation"  # type: ignore[index]
    if outcome is not None:
        assert f"confirmation_{outcome}" in case.flags
    if outcome == "denied":
        assert "possible_impersonation" in case.flags and rows[0].status == "denied"
    assert [o.purpose for o in out] == ["acknowledgement", "confirmation"]  # no reply to any of them


@pytest.mark.parametrize(
    ("answer", "outcome"),
    [
        # Each of these quoted the question in its thread and confirmed before the attack on issue 12.
        ("No.", "denied"),
        ("Not me", "denied"),
        ("That wasn\u2019t me.", "denied"),  # a typographic apostrophe, as phones type it
        ("I didn\u2019t send any request to you, please look into this.", "denied"),
        ("I don't know what this is about, please stop emailing me.", "denied"),
        ("Who are you? Why do you have my address?", "unclear"),
        ("Thank you for contacting Acme Support. Your message has been logged as INC-20481.", "unclear"),
        ("Thank you for your email. I am travelling until 14 December with limited access.", "unclear"),
        ("Yes, but who else can see this?", "unclear"),
        # The second attack: words that also mean yes somewhere, and denials the first list did not know.
        ("Je n'ai fait aucune demande. Si quelqu'un a utilisé mon adresse, merci de me prévenir.", "denied"),
        ("Tak for din mail. Det var ikke mig.", "denied"),
        ("Nej tak.", "denied"),
        ("Nu am facut nicio cerere si nu stiu despre ce este vorba.", "denied"),
        ("Nej, det var inte jag. Ja, det är min adress.", "denied"),
        ("I can't confirm this.", "denied"),
        ("Sorry, I cannot confirm that.", "denied"),
        ("Yes this is my email address but I didnt send any request", "denied"),
        ("Nobody here asked you for anything.", "denied"),
        # Read as an out-of-office by its words: robots never answer a confirmation at all.
        ("Sono fuori ufficio fino al 14 dicembre, per urgenze si prega di contattare la segreteria.", "ignored"),
        ("This message is to confirm that we have received your email.", "unclear"),
        ("Ei, en tehnyt tätä pyyntöä.", "denied"),
        ("Όχι, δεν ήμουν εγώ.", "denied"),
        ("Yes, that was me.", "confirmed"),
        ("Hi,\nYES\nAnna Berg", "confirmed"),
        ("TAK", "confirmed"),
        ("KYLLÄ", "confirmed"),
        ("Igen", "confirmed"),
        # Issue 17's letter languages: their yes, and a denial in a script without spaces.
        ("Да", "confirmed"),
        ("はい", "confirmed"),
        ("Hayır, ben yapmadım.", "denied"),
        ("いいえ、私ではありません。", "denied"),
        # Maltese: IVA confirms; LE alone, or a no in more words, denies; the French article "le" does not.
        ("IVA, kont jien.", "confirmed"),
        ("LE", "denied"),
        ("Le, ma kontx jien.", "denied"),
        ("Mhux jien.", "denied"),
        ("Oui, le code est le bon.", "unclear"),
    ],
)
def test_only_a_plain_yes_or_the_typed_code_confirms(known: Settings, answer: str, outcome: str) -> None:
    _ingest(known, _mail(f"Anna Berg <{HOME}>", REQUEST), HOME)
    mid, code = _question(known)
    reply = _mail(
        RECORD, f"{answer}\n\n> {code}", subject="Re: confirm", mid="<a1@acme.example>", extra=f"In-Reply-To: {mid}\r\n"
    )
    _ingest(known, reply, RECORD)
    case, rows, out = _state(known)
    assert (case.subject_id is not None) == (outcome == "confirmed")
    if outcome == "ignored":
        assert not [f for f in case.flags if f.startswith("confirmation_")]
    elif outcome != "confirmed":
        assert f"confirmation_{outcome}" in case.flags
    if outcome not in {"confirmed", "ignored"}:
        assert rows[0].status == ("denied" if outcome == "denied" else "open")
    assert [o.purpose for o in out] == ["acknowledgement", "confirmation"]


def test_threading_onto_the_question_without_the_code_confirms_nothing(known: Settings) -> None:
    # The question's Message-ID shows in the audit trail and in relays' logs: it is no secret, the code is.
    _ingest(known, _mail(f"Anna Berg <{HOME}>", REQUEST), HOME)
    mid, _ = _question(known)
    _ingest(known, _mail(RECORD, "YES", subject="Re", mid="<t@x.example>", extra=f"In-Reply-To: {mid}\r\n"), RECORD)
    case, rows, _ = _state(known)
    assert case.subject_id is None and rows[0].status == "open" and "confirmation_wrong_code" in case.flags


def test_after_a_no_nobody_is_asked_again_without_the_dpo(known: Settings) -> None:
    _ingest(known, _mail(f"Anna Berg <{HOME}>", REQUEST), HOME)
    mid, code = _question(known)
    _ingest(
        known,
        _mail(RECORD, f"No\n> {code}", subject="Re", mid="<n@x.example>", extra=f"In-Reply-To: {mid}\r\n"),
        RECORD,
    )
    more = _mail(
        HOME,
        "My customer number is CUST-77129.",
        subject="Re: ack",
        mid="<m2@mail.example>",
        extra="In-Reply-To: <r1@mail.example>\r\n",
    )
    _ingest(known, more, HOME)
    _ingest(known, _mail("Anna Berg <other@mail.example>", REQUEST, mid="<r9@mail.example>"), "other@mail.example")
    _, rows, out = _state_all(known)
    assert [r.status for r in rows] == ["denied"]  # no second question, from this case or a new one
    assert [o.purpose for o in out].count("confirmation") == 1


def test_the_kept_copy_of_the_question_holds_no_code(known: Settings) -> None:
    import dataclasses

    from intake.outbox import send, transports

    _ingest(known, _mail(f"Anna Berg <{HOME}>", REQUEST), HOME)
    mid, code = _question(known)
    with db.session(known.database_url) as s:
        send.deliver_due(s, known, transports.transport_for(known))
        kept = s.exec(select(Outbox).where(Outbox.purpose == "confirmation")).one()
        assert kept.status == "sent" and code.encode() not in kept.raw and b"*****-*****" in kept.raw
    delivered = b"".join(p.read_bytes() for p in (known.var_path.parent / "outbox").glob("*confirmation*"))
    assert code.encode() in delivered or not delivered  # what left carried it
    _ingest(
        known,
        _mail(RECORD, f"Yes\n> {code}", subject="Re", mid="<y@x.example>", extra=f"In-Reply-To: {mid}\r\n"),
        RECORD,
    )
    case, _, _ = _state(known)
    assert case.subject_id == "S-ANNA"  # the code still works: the table holds its HMAC
    assert dataclasses.is_dataclass(known)


def test_the_question_names_the_rights_and_prints_a_lookalike_address_plainly(known: Settings) -> None:
    sender = "anna.berg\uff20acme.example\u2800\u2800@mail.example"
    _ingest(known, _mail(f"Anna Berg <{sender}>", REQUEST), sender)
    _, _, out = _state(known)
    question = message_from_bytes(out[-1].raw, policy=default).get_body(("plain",)).get_content()  # type: ignore[union-attr]
    assert "access to your personal data" in question
    assert "\uff20" not in question and "\u2800" not in question and "not plain ASCII" in question


def test_rights_added_after_a_confirmation_wait_for_the_dpo(known: Settings) -> None:
    vague = "I am Anna Berg, born 12/03/1985, I work at Acme Ltd. I would like to exercise my data protection rights."
    _ingest(known, _mail(f"Anna Berg <{HOME}>", vague), HOME)
    mid, code = _question(known)
    _ingest(
        known,
        _mail(RECORD, f"Yes\n> {code}", subject="Re", mid="<y@acme.example>", extra=f"In-Reply-To: {mid}\r\n"),
        RECORD,
    )
    case, _, out = _state(known)
    ack = next(o for o in out if o.purpose == "acknowledgement")
    more = _mail(
        HOME,
        "Please erase all my personal data and send me a copy first.",
        subject="Re: ack",
        mid="<more@mail.example>",
        extra=f"In-Reply-To: {ack.message_id}\r\n",
    )
    _ingest(known, more, HOME)
    case, _, _ = _state(known)
    assert "rights_added_by_follow_up" in case.flags
    with db.session(known.database_url) as s:
        drafted = {d.template for d in s.exec(select(Draft).where(Draft.status == "draft")).all()}
    assert "erasure" not in drafted and "access" not in drafted


def test_the_question_does_not_cost_the_requester_an_answer(known: Settings) -> None:
    from intake.outbox import budget

    _ingest(known, _mail(f"Anna Berg <{HOME}>", REQUEST), HOME)
    case, _, out = _state(known)
    assert [o.purpose for o in out] == ["acknowledgement", "confirmation"]
    with db.session(known.database_url) as s:
        # Two more automatic mails may still go to the requester, as for a name nobody holds.
        assert budget.refusal(s, known, case, HOME) is None
        assert budget._count(s, budget.Outbox.case_id == case.id, budget.Outbox.purpose != "confirmation") == 1


def test_an_out_of_office_quoting_the_code_confirms_nothing(known: Settings) -> None:
    _ingest(known, _mail(f"Anna Berg <{HOME}>", REQUEST), HOME)
    mid, code = _question(known)
    robot = _mail(
        RECORD,
        f"I am out of the office until Monday.\n\n> {code}",
        subject="Automatic reply: confirm",
        mid="<ooo@acme.example>",
        extra=f"In-Reply-To: {mid}\r\nAuto-Submitted: auto-replied\r\n",
    )
    _ingest(known, robot, RECORD)
    case, rows, _ = _state(known)
    assert rows[0].status == "open" and case.subject_id is None


def test_wrong_codes_burn_the_confirmation_and_an_expired_one_verifies_nothing(known: Settings) -> None:
    _ingest(known, _mail(f"Anna Berg <{HOME}>", REQUEST), HOME)
    mid, code = _question(known)
    for n in range(confirmation.MAX_WRONG_CODES):
        guess = _mail(
            RECORD, f"ZZ{n + 2}23-QQQ45", subject="Re", mid=f"<g{n}@x.example>", extra=f"In-Reply-To: {mid}\r\n"
        )
        _ingest(known, guess, RECORD)
    _ingest(known, _mail(RECORD, code, subject="Re", mid="<late@x.example>", extra=f"In-Reply-To: {mid}\r\n"), RECORD)
    case, rows, _ = _state(known)
    assert rows[0].status == "refused" and case.subject_id is None


def test_an_expired_code_verifies_nothing(known: Settings) -> None:
    _ingest(known, _mail(f"Anna Berg <{HOME}>", REQUEST), HOME)
    mid, code = _question(known)
    with db.session(known.database_url) as s:
        row = s.exec(select(Confirmation)).one()
        row.expires_at = row.created_at
        s.add(row)
        s.commit()
    _ingest(known, _mail(RECORD, code, subject="Re", mid="<late@x.example>", extra=f"In-Reply-To: {mid}\r\n"), RECORD)
    case, rows, _ = _state(known)
    assert rows[0].status == "expired" and case.subject_id is None and "confirmation_expired" in case.flags


def test_questions_left_unanswered_expire_and_the_case_says_so(known: Settings) -> None:
    from datetime import timedelta

    _ingest(known, _mail(f"Anna Berg <{HOME}>", REQUEST), HOME)
    with db.session(known.database_url) as s:
        assert confirmation.expire_due(s) == 0  # still within its days
        row = s.exec(select(Confirmation)).one()
        assert confirmation.expire_due(s, now=row.expires_at + timedelta(seconds=1)) == 1
        assert confirmation.expire_due(s, now=row.expires_at + timedelta(seconds=1)) == 0  # once
    case, rows, _ = _state(known)
    assert rows[0].status == "expired" and "confirmation_expired" in case.flags
    assert "awaiting_confirmation" not in case.flags


def test_a_record_without_an_address_gets_no_question_and_public_points_verify_nothing(known: Settings) -> None:
    body = "I am Olaf Lind and I work at Fjord AS. Send me everything you hold about me."
    _ingest(known, _mail("Olaf Lind <olaf@evil.example>", body), "olaf@evil.example")
    case, rows, out = _state(known)
    assert case.verification["status"] == "unverified" and case.subject_id is None  # type: ignore[index]
    assert rows == [] and [o.purpose for o in out] == ["acknowledgement"]


def test_questions_to_one_address_are_limited(known: Settings) -> None:
    for n in range(known.verify.confirmations_per_address + 2):
        raw = _mail(f"Anna Berg <home{n}@mail.example>", REQUEST, mid=f"<r{n}@mail.example>")
        _ingest(known, raw, f"home{n}@mail.example")
    with db.session(known.database_url) as s:
        questions = s.exec(select(Outbox).where(Outbox.purpose == "confirmation")).all()
        flagged = [c for c in s.exec(select(Case)).all() if "confirmation_not_sent" in c.flags]
    assert len(questions) == known.verify.confirmations_per_address
    assert len(flagged) == 2


def test_a_known_and_an_unknown_name_get_the_same_mail(known: Settings) -> None:
    """A prober writes once in the name of someone on file and once in a name nobody holds: what reaches the
    prober is the same letter, the same number of mails, queued in the same step."""
    stranger = REQUEST.replace("Anna Berg", "Greta Holm").replace("12/03/1985", "04/07/1979")
    _ingest(known, _mail("P <probe1@mail.example>", REQUEST, mid="<p1@mail.example>"), "probe1@mail.example")
    _ingest(known, _mail("P <probe2@mail.example>", stranger, mid="<p2@mail.example>"), "probe2@mail.example")
    with db.session(known.database_url) as s:
        cases = {c.requester: c for c in s.exec(select(Case)).all()}
        out = s.exec(select(Outbox)).all()
        drafts = s.exec(select(Draft)).all()
    assert cases["probe1@mail.example"].verification["status"] == "pending_confirmation"  # type: ignore[index]
    assert cases["probe2@mail.example"].verification["status"] == "unverified"  # type: ignore[index]

    def seen_by(address: str) -> list[tuple[str, str, str]]:
        case = cases[address]
        ref = case.reference
        mails = [o for o in out if o.rcpt_to == address]
        texts = [message_from_bytes(o.raw, policy=default).get_body(("plain",)).get_content() for o in mails]  # type: ignore[union-attr]
        letters = sorted(d.template for d in drafts if d.case_id == case.id and d.to_addr == address)
        # The greeting repeats the name each wrote; everything else must be word for word the same.
        texts = [t.replace(ref, "REF").replace(case.requester_name or "", "NAME") for t in texts]
        return [(o.purpose, t, ",".join(letters)) for o, t in zip(mails, texts, strict=True)]

    assert seen_by("probe1@mail.example") == seen_by("probe2@mail.example")
    assert len(seen_by("probe1@mail.example")) == 1  # one acknowledgement each, carrying the same ask
    assert [o.rcpt_to for o in out if o.purpose == "confirmation"] == [RECORD]  # the question goes elsewhere


def _texts(sink: Sink, count: int) -> list[tuple[str, EmailMessage]]:
    return [(rcpt[0], msg) for _, rcpt, msg in sink.wait(count)]


def test_over_smtp_the_round_trip_verifies_and_the_answer_leaves_only_after_approval(
    service: Service, sink: tuple[Sink, int], tmp_path: Path
) -> None:
    """The issue's end-to-end path: home mailbox → question to the record → its reply → DPO approval → answer."""
    box, _ = sink
    service.start()
    _records(service.env["INTAKE_DATABASE_URL"], tmp_path)
    with smtplib.SMTP("127.0.0.1", service.smtp_port, timeout=10) as client:
        client.sendmail(HOME, ["dpo@example.org"], _mail(f"Anna Berg <{HOME}>", REQUEST))
    first = _texts(box, 2)
    assert sorted(r for r, _ in first) == sorted([HOME, RECORD])
    question = next(m for r, m in first if r == RECORD)
    code = CODE.search(question.get_body(("plain",)).get_content())  # type: ignore[union-attr]
    assert code is not None
    reply = _mail(
        RECORD,
        f"Yes, it was me.\n\n> {code.group(1)}",
        subject=f"Re: {question['Subject']}",
        mid="<yes@acme.example>",
        extra=f"In-Reply-To: {question['Message-ID']}\r\n",
    )
    with smtplib.SMTP("127.0.0.1", service.smtp_port, timeout=10) as client:
        client.sendmail(RECORD, ["dpo@example.org"], reply)
    url = service.env["INTAKE_DATABASE_URL"]
    deadline = time.monotonic() + 30
    reference = None
    while time.monotonic() < deadline and reference is None:
        with db.session(url) as s:
            draft = s.exec(select(Draft).where(Draft.template == "access", Draft.status == "draft")).first()
            case = s.get(Case, draft.case_id) if draft else None
            reference = case.reference if case else None
        time.sleep(0.2)
    assert reference is not None, service.log.read_text()[-2000:]
    time.sleep(1)
    assert len(box.messages) == 2  # the draft waits for the DPO
    approved = service.cli("--as", "A. DPO", "approve", reference)
    assert approved.returncode == 0, approved.stdout + approved.stderr
    ((to, answer),) = _texts(box, 3)[2:]
    assert to == HOME and "access" in answer["Subject"].lower() or to == HOME


def test_forged_requests_in_a_name_do_not_make_the_persons_own_request_excessive(known: Settings) -> None:
    known.verify.trusted_authserv_ids = ["mx.dpo.example"]
    forged = "Authentication-Results: mx.dpo.example; dmarc=fail header.from=acme.example\r\n"
    for n in range(6):
        raw = _mail(f"Anna Berg <{RECORD}>", REQUEST + f" ({n})", mid=f"<f{n}@evil.example>", extra=forged)
        _ingest(known, raw, RECORD)
    genuine = "Authentication-Results: mx.dpo.example; dmarc=pass header.from=acme.example\r\n"
    _ingest(known, _mail(f"Anna Berg <{RECORD}>", REQUEST, mid="<real@acme.example>", extra=genuine), RECORD)
    with db.session(known.database_url) as s:
        rows = s.exec(select(Case).order_by(Case.id)).all()  # type: ignore[arg-type]
    assert all("from_failed_authentication" in c.flags for c in rows[:6])  # kept whichever rule ended the chain
    real = rows[-1]
    assert real.verification["status"] == "verified"  # type: ignore[index]
    assert "excessive" not in [h["rule"] for h in real.decision["hits"]]  # type: ignore[index]


def test_rights_added_while_the_question_is_out_wait_for_the_dpo(known: Settings) -> None:
    vague = "I am Anna Berg, born 12/03/1985, I work at Acme Ltd. I would like to exercise my data protection rights."
    _ingest(known, _mail(f"Anna Berg <{HOME}>", vague), HOME)
    mid, code = _question(known)
    _, _, out = _state(known)
    ack = next(o for o in out if o.purpose == "acknowledgement")
    widen = _mail(
        HOME,
        "Please erase all my personal data and send me a copy first.",
        subject="Re: ack",
        mid="<w@mail.example>",
        extra=f"In-Reply-To: {ack.message_id}\r\n",
    )
    _ingest(known, widen, HOME)
    _ingest(
        known,
        _mail(RECORD, f"Yes\n> {code}", subject="Re", mid="<y@acme.example>", extra=f"In-Reply-To: {mid}\r\n"),
        RECORD,
    )
    fact = _mail(
        HOME,
        "My customer number is CUST-77120.",
        subject="Re: ack",
        mid="<f@mail.example>",
        extra=f"In-Reply-To: {ack.message_id}\r\n",
    )
    _ingest(known, fact, HOME)  # a later follow-up adding a fact must not draft the rights left for the DPO
    case, _, _ = _state(known)
    assert "rights_added_by_follow_up" in case.flags
    assert case.extraction["rights"] == []  # type: ignore[index]
    with db.session(known.database_url) as s:
        drafted = {d.template for d in s.exec(select(Draft).where(Draft.status == "draft")).all()}
    assert not {"erasure", "access"} & drafted


def test_unauthenticated_requests_in_a_name_do_not_count_in_its_history(known: Settings) -> None:
    known.verify.trusted_authserv_ids = ["mx.dpo.example"]
    for n in range(5):  # forged From, but the domain publishes no DMARC: merely unauthenticated
        _ingest(known, _mail(f"Anna Berg <{RECORD}>", REQUEST + f" ({n})", mid=f"<u{n}@evil.example>"), RECORD)
    genuine = "Authentication-Results: mx.dpo.example; dmarc=pass header.from=acme.example\r\n"
    _ingest(known, _mail(f"Anna Berg <{RECORD}>", REQUEST, mid="<real@acme.example>", extra=genuine), RECORD)
    with db.session(known.database_url) as s:
        real = s.exec(select(Case).order_by(Case.id.desc())).first()  # type: ignore[union-attr]
    assert real is not None and real.verification["status"] == "verified"  # type: ignore[index]
    assert "excessive" not in [h["rule"] for h in real.decision["hits"]]  # type: ignore[index]
