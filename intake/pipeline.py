"""The story of one stored message: parse, extract, verify, decide, open or join a case, reply or draft."""

from __future__ import annotations

import hashlib
import re
from datetime import timedelta

from sqlmodel import Session, select

from intake import audit, reference
from intake.identity import verify as verify_module
from intake.letters.drafts import acknowledge, apply_outcomes, supersede_drafts
from intake.models import Case, CaseStatus, Message, MessageStatus, Outbox, utcnow
from intake.outbox.send import reference_from_message_id
from intake.policy import clock, deadline, lifecycle
from intake.policy.decide import Decision, decide
from intake.policy.rules import Context, Record
from intake.settings import Settings
from intake.understand import Extraction, ParsedEmail
from intake.understand.extract import extract
from intake.understand.parse import parse

OPEN = {
    CaseStatus.new,
    CaseStatus.acknowledged,
    CaseStatus.awaiting_requester,
    CaseStatus.verified,
    CaseStatus.unverifiable,
    CaseStatus.drafted,
    CaseStatus.extended,
}


def process(session: Session, settings: Settings, message: Message) -> None:
    """Everything the system does with one message, in the caller's transaction (one commit, or none)."""
    parsed = parse(message.raw)
    message.from_addr = parsed.from_addr[:320] or None
    message.subject = parsed.subject
    extraction = extract(parsed, settings.extract)
    message.kind = extraction.kind
    envelope = message.envelope_from if message.source == "smtp" else None
    audit.record(
        session,
        "message.understood",
        message_id=message.id,
        detail={"kind": extraction.kind, "rights": extraction.rights, "language": extraction.language},
    )
    existing = find_case(session, settings, parsed)
    if existing is not None:
        follow_up(session, settings, message, existing, parsed, extraction, envelope)
    elif extraction.kind == "request" or "oversized" in message.flags:  # too big to read: the DPO must look
        new_request(session, settings, message, parsed, extraction, envelope)
    else:
        safety = decide(Context(parsed, extraction, settings, envelope_from=envelope))
        message.reason = f"{extraction.kind}: no case opened" + "".join(f"; {h.reason}" for h in safety.hits)
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


def request_hash(parsed: ParsedEmail) -> str:
    """A fingerprint of the request's words, blind to case, spacing and quoting, to recognise repeats."""
    words = re.sub(r"\W+", " ", (parsed.subject + " " + parsed.text[:20_000]).lower()).strip()
    return hashlib.sha256(words.encode()).hexdigest()


def new_request(
    session: Session,
    settings: Settings,
    message: Message,
    parsed: ParsedEmail,
    extraction: Extraction,
    envelope: str | None,
) -> Case:
    case = open_case(session, settings, message, parsed, extraction)
    decision = evaluate(session, settings, case, parsed, extraction, envelope)
    if decision.acknowledge:
        acknowledge(session, settings, case, parsed)
    else:
        message.reason = "; ".join(h.reason for h in decision.hits if h.suppress_acknowledgement) or (
            "acknowledgement disabled (INTAKE_AUTO_ACKNOWLEDGE)"
        )
    if decision.answerable:
        apply_outcomes(session, settings, case, decision, parsed)
    advance(session, settings, case, decision)
    return case


def open_case(
    session: Session, settings: Settings, message: Message, parsed: ParsedEmail, extraction: Extraction
) -> Case:
    received = message.received_at
    config = settings.deadline
    jurisdiction = deadline.jurisdiction_for(extraction.jurisdiction_cues, config)
    due = deadline.due(jurisdiction, received, config=config)
    confirm = deadline.confirmation_due(jurisdiction, received, config)
    case = Case(
        requester=parsed.from_addr,
        requester_name=extraction.name,
        language=extraction.language,
        jurisdiction=jurisdiction,
        received_at=received,
        due_on=due.on,
        due_explanation=due.explanation,
        confirm_by=confirm.on if confirm else None,
        extraction=extraction.to_json(),
        flags=sorted({*extraction.flags, *(f for f in message.flags if f in {"oversized"})}),
        request_hash=request_hash(parsed),
    )
    linked = session.exec(
        select(Case)
        .where(Case.requester == parsed.from_addr, Case.status.in_(OPEN))  # type: ignore[attr-defined]
        .order_by(Case.id.desc())  # type: ignore[union-attr]
    ).first()
    if linked is not None:
        case.linked_case_id = linked.id
        case.flags = sorted({*case.flags, "linked_to_open_case"})
    session.add(case)
    session.flush()  # the id gives the reference its number
    case.reference = reference.make(received.year, case.id)  # type: ignore[arg-type]
    message.case_id = case.id
    audit.record(
        session,
        "case.opened",
        case_id=case.id,
        message_id=message.id,
        detail={
            "reference": case.reference,
            "jurisdiction": jurisdiction,
            "due_on": due.on.isoformat(),
            "due": due.explanation,
            "linked_to": linked.reference if linked else None,
        },
    )
    return case


def _record(session: Session, subject_id: str | None) -> Record | None:
    """The policy-relevant part of a verified subject's record, with its employer's admin contact."""
    if not subject_id:
        return None
    from intake.identity import employers
    from intake.identity.records import Subject

    row = session.exec(select(Subject).where(Subject.subject_id == subject_id)).first()
    if row is None:
        return None
    employer = employers.find(session, row.employer)
    contact = employer.admin_email if employer else None
    return Record(
        subject_id=row.subject_id,
        name=row.name,
        employer=row.employer,
        role=row.role,
        account_status=row.account_status,
        status_changed_at=row.status_changed_at,
        employer_contact=contact,
    )


def evaluate(
    session: Session,
    settings: Settings,
    case: Case,
    parsed: ParsedEmail,
    extraction: Extraction,
    envelope: str | None,
) -> Decision:
    """Verify, gather history, run the rules; the verification and decision are stored on the case."""
    match = verify_module.verify(session, extraction, parsed, config=settings.verify)
    case.verification = match.to_json()
    case.subject_id = match.subject_id if match.status == "verified" else None
    audit.record(session, "case.verification", case_id=case.id, detail={"status": match.status, "score": match.score})
    year_ago = utcnow() - timedelta(days=365)
    earlier = select(Case.id).where(Case.id != case.id, Case.received_at >= year_ago)
    who = Case.requester == case.requester
    if case.subject_id:
        who = who | (Case.subject_id == case.subject_id)  # type: ignore[assignment]
    requests = len(session.exec(earlier.where(who)).all())
    repeats = len(session.exec(earlier.where(who, Case.request_hash == case.request_hash)).all())
    ctx = Context(
        parsed,
        extraction,
        settings,
        envelope_from=envelope,
        match=match,
        record=_record(session, case.subject_id),
        requests_last_year=requests,
        repeats=repeats,
        requester=case.requester,
    )
    decision = decide(ctx)
    case.decision = decision.to_json()
    case.flags = sorted({*case.flags, *decision.flags})
    session.add(case)
    audit.record(
        session,
        "case.decision",
        case_id=case.id,
        detail={"rules": [h.rule for h in decision.hits], "status": decision.status, "flags": decision.flags},
    )
    return decision


def advance(session: Session, settings: Settings, case: Case, decision: Decision) -> None:
    """Move the case to where the decision leads, pausing or restarting the legal clock."""
    target = decision.status
    if target is None or not decision.answerable:
        return
    if target == CaseStatus.awaiting_requester:
        if case.status != CaseStatus.awaiting_requester:
            lifecycle.move(session, case, CaseStatus.awaiting_requester)
            clock.pause(case)
        return
    verified = bool(case.verification) and case.verification.get("status") == "verified"  # type: ignore[union-attr]
    if verified and case.status != CaseStatus.verified and lifecycle.can_move(case.status, CaseStatus.verified):
        lifecycle.move(session, case, CaseStatus.verified, subject_id=case.subject_id)
    if target == CaseStatus.drafted and lifecycle.can_move(case.status, CaseStatus.drafted):
        lifecycle.move(session, case, CaseStatus.drafted)


def merge(old: Extraction, new: Extraction) -> Extraction:
    """What the case knows after a follow-up: new answers fill the gaps, lists are joined, nothing is forgotten."""
    merged = Extraction.from_json(old.to_json())
    for key in ("name", "employer", "date_of_birth", "address", "language", "agent_name", "generator"):
        if getattr(new, key) and not getattr(merged, key):
            setattr(merged, key, getattr(new, key))
    for key in ("rights", "emails", "phones", "identifiers", "jurisdiction_cues", "flags"):
        setattr(merged, key, sorted({*getattr(merged, key), *getattr(new, key)}))
    merged.agent = old.agent or new.agent
    merged.evidence = [*old.evidence, *new.evidence]
    merged.confidence = {**old.confidence, **{k: v for k, v in new.confidence.items() if getattr(new, k, None)}}
    merged.kind = "request"
    merged.missing = [k for k in ("name", "employer", "rights") if not getattr(merged, k)]
    return merged


def follow_up(
    session: Session,
    settings: Settings,
    message: Message,
    case: Case,
    parsed: ParsedEmail,
    extraction: Extraction,
    envelope: str | None,
) -> None:
    """A message in an existing case's thread: attach it, and if it is the requester answering, move on."""
    message.case_id = case.id
    safety = decide(Context(parsed, extraction, settings, envelope_from=envelope), rules=None)
    machine = [h.reason for h in safety.hits if h.suppress_acknowledgement]
    if machine:
        message.reason = f"attached to {case.reference}; no reply: " + "; ".join(machine)
        audit.record(session, "case.automatic_mail_attached", case_id=case.id, message_id=message.id)
        return
    audit.record(session, "case.follow_up", case_id=case.id, message_id=message.id, detail={"kind": extraction.kind})
    if parsed.from_addr != case.requester:
        # Someone else writing into this case's thread: the DPO decides, nothing is sent on its strength.
        message.reason = f"follow-up to {case.reference} from another address; left for the DPO"
        case.flags = sorted({*case.flags, "follow_up_from_other_address"})
        session.add(case)
        return
    if case.status not in OPEN:
        message.reason = f"follow-up to {case.reference} after it was {case.status}; left for the DPO"
        case.flags = sorted({*case.flags, "follow_up_after_reply"})
        session.add(case)
        return
    message.reason = f"follow-up to {case.reference}"
    merged = merge(Extraction.from_json(case.extraction or {}), extraction)
    case.extraction = merged.to_json()
    case.requester_name = case.requester_name or merged.name
    case.language = case.language or merged.language
    clock.resume(session, settings, case)
    supersede_drafts(session, case)
    decision = evaluate(session, settings, case, parsed, merged, envelope)
    if case.status == CaseStatus.awaiting_requester and decision.status != CaseStatus.awaiting_requester:
        lifecycle.move(session, case, CaseStatus.acknowledged, reason="the requester answered")
    apply_outcomes(session, settings, case, decision, parsed)
    if decision.status == CaseStatus.awaiting_requester and case.status == CaseStatus.awaiting_requester:
        clock.pause(case)  # still waiting: the clock stops again
    advance(session, settings, case, decision)
