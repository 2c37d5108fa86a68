"""The story of one stored message: parse, extract, verify, decide, open or join a case, acknowledge."""

from __future__ import annotations

from sqlmodel import Session, select

from intake import audit, deadline, lifecycle, reference
from intake.decide import Decision, decide
from intake.draft import render
from intake.extract import Extraction, extract
from intake.models import Case, CaseStatus, Message, MessageStatus, Outbox, utcnow
from intake.parse import ParsedEmail, parse
from intake.rules import Context
from intake.send import Outgoing, enqueue, reference_from_message_id
from intake.settings import Settings
from intake.verify import verify


def process(session: Session, settings: Settings, message: Message) -> None:
    """Everything the system does with one message, in the caller's transaction (one commit, or none)."""
    parsed = parse(message.raw)
    message.from_addr = parsed.from_addr[:320] or None
    message.subject = parsed.subject
    extraction = extract(parsed)
    message.kind = extraction.kind
    envelope = message.envelope_from if message.source == "smtp" else None
    decision = decide(Context(parsed, extraction, settings, envelope_from=envelope))
    audit.record(
        session,
        "message.understood",
        message_id=message.id,
        detail={"kind": extraction.kind, "rights": extraction.rights, "rules": [h.rule for h in decision.hits]},
    )

    existing = find_case(session, settings, parsed)
    if existing is not None:
        _attach(session, message, existing, extraction, decision)
    elif extraction.kind == "request":
        case = open_case(session, settings, message, parsed, extraction)
        if decision.acknowledge:
            acknowledge(session, settings, case, parsed)
        else:
            message.reason = "; ".join(h.reason for h in decision.hits) or "acknowledgement disabled"
    else:
        message.reason = f"{extraction.kind}: no case opened" + "".join(f"; {h.reason}" for h in decision.hits)
    message.status = MessageStatus.processed
    message.processed_at = utcnow()
    message.claimed_at = None
    session.add(message)
    audit.record(session, "message.processed", message_id=message.id, case_id=message.case_id)


def find_case(session: Session, settings: Settings, parsed: ParsedEmail) -> Case | None:
    """The case a message answers: one of our Message-IDs in its thread headers, else a reference in the subject."""
    for mid in [parsed.in_reply_to, *reversed(parsed.references)]:
        ref = reference_from_message_id(settings, mid) if mid else None
        if ref is None and mid:
            # Our own Message-IDs are in the outbox; the HMAC makes the look-up safe against guesses.
            row = session.exec(select(Outbox).where(Outbox.message_id == mid)).first()
            ref = None if row is None else _reference_of(session, row.case_id)
        if ref:
            case = session.exec(select(Case).where(Case.reference == ref)).first()
            if case is not None:
                return case
    ref = reference.find(parsed.subject)
    if ref:
        return session.exec(select(Case).where(Case.reference == ref)).first()
    return None


def _reference_of(session: Session, case_id: int | None) -> str | None:
    case = session.get(Case, case_id) if case_id else None
    return case.reference if case else None


def _attach(session: Session, message: Message, case: Case, extraction: Extraction, decision: Decision) -> None:
    message.case_id = case.id
    machine = [h.reason for h in decision.hits if h.suppress_acknowledgement]
    if machine:
        message.reason = f"attached to {case.reference}; no reply: " + "; ".join(machine)
        action = "case.automatic_mail_attached"
    else:
        message.reason = f"follow-up to {case.reference}"
        action = "case.follow_up"
        if message.from_addr and message.from_addr != case.requester:
            case.flags = sorted({*case.flags, "follow_up_from_other_address"})
            session.add(case)
    audit.record(session, action, case_id=case.id, message_id=message.id, detail={"kind": extraction.kind})


def open_case(
    session: Session, settings: Settings, message: Message, parsed: ParsedEmail, extraction: Extraction
) -> Case:
    received = message.received_at
    due = deadline.gdpr(received)
    case = Case(
        requester=parsed.from_addr,
        requester_name=extraction.name,
        language=extraction.language,
        jurisdiction="eu",
        received_at=received,
        due_on=due.on,
        due_explanation=due.explanation,
        extraction=extraction.to_json(),
        flags=sorted(set(extraction.flags)),
    )
    session.add(case)
    session.flush()  # the id gives the reference its number
    case.reference = reference.make(received.year, case.id)  # type: ignore[arg-type]
    message.case_id = case.id
    audit.record(
        session,
        "case.opened",
        case_id=case.id,
        message_id=message.id,
        detail={"reference": case.reference, "due_on": due.on.isoformat(), "due": due.explanation},
    )
    match = verify(session, extraction, parsed)
    case.verification = match.to_json()
    audit.record(session, "case.verification", case_id=case.id, detail={"status": match.status, "score": match.score})
    session.add(case)
    return case


def acknowledge(session: Session, settings: Settings, case: Case, parsed: ParsedEmail) -> None:
    rendered = render(
        settings,
        "acknowledgement",
        case.language,
        {"case": case, "requester_name": case.requester_name, "due_on": case.due_on.isoformat() if case.due_on else ""},
    )
    if rendered.fell_back:
        case.flags = sorted({*case.flags, "no_template_in_language"})
    enqueue(
        session,
        settings,
        case,
        Outgoing(
            purpose="acknowledgement",
            to=case.requester,
            subject=rendered.subject,
            text=rendered.text,
            language=rendered.language,
            in_reply_to=parsed.message_id,
            references=tuple(parsed.references),
        ),
    )
    lifecycle.move(session, case, CaseStatus.acknowledged)
