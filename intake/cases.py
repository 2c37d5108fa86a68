"""A case's bookkeeping: find the case a message answers, open one, join a follow-up to it, and what it remembers."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlmodel import Session, select

from intake import audit, db, reference
from intake.identity import employers
from intake.identity.source import Own
from intake.models import Case, CaseStatus, Message, Outbox, utcnow
from intake.outbox.send import reference_from_message_id
from intake.policy import deadline
from intake.policy.rules import Record
from intake.settings import Settings
from intake.understand import Extraction, ParsedEmail

OPEN = {
    CaseStatus.new,
    CaseStatus.acknowledged,
    CaseStatus.awaiting_requester,
    CaseStatus.verified,
    CaseStatus.unverifiable,
    CaseStatus.drafted,
    CaseStatus.extended,
}


CITES_OTHER_CASE = "cites_other_case"


@dataclass
class Found:
    """The case a message answers, and whether it answers one of our own mails (a signed Message-ID of ours in
    its thread headers) or only names the case's reference, which anyone can guess."""

    case: Case
    by_thread: bool


def find(session: Session, settings: Settings, parsed: ParsedEmail) -> Found | None:
    """The case a message answers: one of our Message-IDs in its thread headers, else a reference in the subject.

    Only a case of the organisation the message was sent to: a reference of another's opens a case here instead."""
    own = Case.organisation == settings.organisation_id
    for mid in [parsed.in_reply_to, *reversed(parsed.references)]:
        ref = reference_from_message_id(settings, mid) if mid else None
        if ref is None and mid:
            row = session.exec(select(Outbox).where(Outbox.message_id == mid)).first()
            ref = None if row is None else _reference_of(session, row.case_id)
        if ref:
            case = session.exec(select(Case).where(Case.reference == ref, own)).first()
            if case is not None:
                return Found(case, by_thread=True)
    ref = reference.find(parsed.subject)
    case = session.exec(select(Case).where(Case.reference == ref, own)).first() if ref else None
    return Found(case, by_thread=False) if case is not None else None


def organisation_of(session: Session, ref: str) -> str | None:
    """The organisation of the case a reference (or an id) names; None when there is no such case."""
    ref = ref.strip()
    if not (ref.isascii() and ref.isdigit()):
        return session.exec(select(Case.organisation).where(Case.reference == ref)).first()
    if not 0 < int(ref) <= db.MAX_KEY:
        return None  # no case has it, and the database would refuse to compare a number that large
    return session.exec(select(Case.organisation).where(Case.id == int(ref))).first()


def cited_by_stranger(found: Found | None, parsed: ParsedEmail) -> Case | None:
    """The case a message only names by reference from an address not its requester's, or None.

    References are sequential with a check digit: anyone can compute one. Such a mail must not join the case it
    names (clutter and phishing text in a real case), nor be answered otherwise than a mail naming no case, or the
    answer would tell the sender which references exist. A reply in our thread (signed Message-ID) still joins."""
    if found is None or found.by_thread or parsed.from_addr == found.case.requester:
        return None
    return found.case


def note_citation(session: Session, message: Message, cited: Case) -> None:
    """Flag, for the DPO, a mail handled apart from the case it cited (and the case it opened, if any)."""
    message.flags = sorted({*message.flags, CITES_OTHER_CASE})
    message.reason = f"{message.reason or 'processed'}; cites {cited.reference}, another requester's case: kept apart"
    opened = session.get(Case, message.case_id) if message.case_id else None
    if opened is not None:
        flag(session, opened, CITES_OTHER_CASE)
    detail = {"cited": cited.reference}
    audit.record(session, "message.cites_other_case", message_id=message.id, case_id=message.case_id, detail=detail)


def _reference_of(session: Session, case_id: int | None) -> str | None:
    case = session.get(Case, case_id) if case_id else None
    return case.reference if case else None


def request_hash(parsed: ParsedEmail) -> str:
    """A fingerprint of the request's words, blind to case, spacing and quoting, to recognise repeats."""
    words = re.sub(r"\W+", " ", (parsed.subject + " " + parsed.text[:20_000]).lower()).strip()
    return hashlib.sha256(words.encode()).hexdigest()


def open_case(
    session: Session,
    settings: Settings,
    message: Message | None,
    parsed: ParsedEmail,
    extraction: Extraction,
    received: datetime | None = None,
    actor: str = "system",
) -> Case:
    """A new case for a request: its reference, its law and due date, linked to the requester's open case if any.

    `message` is the mail that brought it; None for a request received by post, phone or in person (intake.byhand),
    whose legal clock runs from the `received` time the DPO states.
    """
    received = received or (message.received_at if message else utcnow())
    config = settings.deadline
    jurisdiction = deadline.jurisdiction_for(extraction.jurisdiction_cues, config)
    due = deadline.due(jurisdiction, received, config=config)
    confirm = deadline.confirmation_due(jurisdiction, received, config)
    case = Case(
        organisation=settings.organisation_id,
        requester=parsed.from_addr,
        requester_name=extraction.name,
        language=extraction.language,
        jurisdiction=jurisdiction,
        received_at=received,
        due_on=due.on,
        due_explanation=due.explanation,
        confirm_by=confirm.on if confirm else None,
        extraction=extraction.to_json(),
        flags=sorted({*extraction.flags, *(f for f in (message.flags if message else []) if f in {"oversized"})}),
        request_hash=request_hash(parsed),
    )
    # Without an address (a letter by post) there is nothing to link by: every such case would look alike.
    linked = None
    if parsed.from_addr:
        linked = session.exec(
            select(Case)
            .where(
                Case.requester == parsed.from_addr,
                Case.status.in_(OPEN),  # type: ignore[attr-defined]
                Case.organisation == case.organisation,
            )
            .order_by(Case.id.desc())  # type: ignore[union-attr]
        ).first()
    if linked is not None:
        case.linked_case_id = linked.id
        case.flags = sorted({*case.flags, "linked_to_open_case"})
    session.add(case)
    session.flush()  # the id gives the reference its number
    case.reference = reference.make(received.year, case.id)  # type: ignore[arg-type]
    if message is not None:
        message.case_id = case.id
    audit.record(
        session,
        "case.opened",
        case_id=case.id,
        message_id=message.id if message else None,
        actor=actor,
        detail={
            "reference": case.reference,
            "jurisdiction": jurisdiction,
            "due_on": due.on.isoformat(),
            "due": due.explanation,
            "linked_to": linked.reference if linked else None,
        },
    )
    return case


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


# What a follow-up can add that changes what we do: new rights, or new facts about the requester.
FACTS = ("rights", "name", "employer", "emails", "phones", "identifiers", "date_of_birth", "address", "agent_name")


def join(case: Case, extraction: Extraction) -> tuple[Extraction, list[str]]:
    """The requester's answer joins the case: what it adds is kept on the case.

    Returns what the case now knows and which FACTS changed (none: the answer adds nothing, as an
    auto-responder's never does).
    """
    old = Extraction.from_json(case.extraction or {})
    merged = merge(old, extraction)
    changed = [key for key in FACTS if _as_set(getattr(merged, key)) != _as_set(getattr(old, key))]
    case.extraction = merged.to_json()
    case.requester_name = case.requester_name or merged.name
    case.language = case.language or merged.language
    return merged, changed


def _as_set(value: object) -> object:
    return set(value) if isinstance(value, list) else value


def first_message(session: Session, case: Case) -> Message | None:
    """The message that opened the case: the request itself."""
    return session.exec(
        select(Message).where(Message.case_id == case.id).order_by(Message.id)  # type: ignore[arg-type]
    ).first()


def flag(session: Session, case: Case, name: str) -> None:
    """Mark the case for the DPO's attention (flags are a sorted set)."""
    case.flags = sorted({*case.flags, name})
    session.add(case)


def unflag(session: Session, case: Case, name: str) -> None:
    """Take a flag off once what it asked the DPO to watch for is over."""
    case.flags = sorted(set(case.flags) - {name})
    session.add(case)


def history(session: Session, case: Case) -> tuple[int, int]:
    """(requests, repeats): the requester's other cases in the last 12 months, and those asking the very same.

    Only verified earlier requests count, and none that may be forgeries in someone's name (a From our server
    found forged, a possible impersonation): forged mails must not make the person's own request excessive.
    """
    year_ago = utcnow() - timedelta(days=365)
    who = Case.requester == case.requester
    if case.subject_id:
        who = who | (Case.subject_id == case.subject_id)
    rows = session.exec(
        select(Case.flags, Case.request_hash, Case.subject_id).where(
            Case.id != case.id, Case.received_at >= year_ago, who, Case.organisation == case.organisation
        )
    ).all()
    # Only requests whose sender was verified count: an unverified one may have been anyone's, and forging a From
    # costs nothing (the second attack made a person's own request excessive with four unauthenticated forgeries).
    kept = [hashed for flags, hashed, subject in rows if subject and not MAYBE_FORGED & set(flags or [])]
    return len(kept), sum(1 for hashed in kept if hashed == case.request_hash)


MAYBE_FORGED = frozenset({"from_failed_authentication", "possible_impersonation"})


def subject_record(session: Session, subject_id: str | None, records: Own | None = None) -> Record | None:
    """The policy-relevant part of a verified subject's record, with its employer's admin contact.

    `records` is the source of record (intake's own table when not given)."""
    if not subject_id:
        return None
    row = (records or Own()).get(session, subject_id)
    if row is None:
        return None
    employer = employers.find(session, row["employer"], records.organisation if records else None)
    contact = employer.admin_email if employer else None
    return Record(
        subject_id=row["subject_id"],
        name=row["name"],
        employer=row["employer"],
        role=row["role"],
        account_status=row["account_status"],
        status_changed_at=row["status_changed_at"],
        employer_contact=contact,
    )
