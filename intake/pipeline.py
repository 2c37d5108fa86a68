"""The story of one stored message: read it, find or open its case, verify and decide, acknowledge, draft."""

from __future__ import annotations

from sqlmodel import Session

from intake import audit, cases, confirmation
from intake.identity.source import source as records_source
from intake.identity.verify import trusted_from, verify
from intake.letters.drafts import acknowledge, apply_outcomes, supersede_drafts
from intake.models import Case, CaseStatus, Message, MessageStatus, utcnow
from intake.outbox import bounces
from intake.policy import clock, lifecycle
from intake.policy.decide import Decision, decide
from intake.policy.rules import Context, Outcome
from intake.policy.rules.identity import flags_for as identity_flags
from intake.settings import Settings
from intake.understand import Extraction, ParsedEmail, body
from intake.understand.extract import extract
from intake.understand.parse import parse


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
    found = cases.find(session, settings, parsed)
    cited = cases.cited_by_stranger(found, parsed)
    if cited is not None:
        found = None  # a new message of its own, answered as if it named no case
    # Robots never answer a confirmation: an out-of-office quoting our question must not confirm anything.
    answered = None
    if extraction.kind not in MACHINE_KINDS and not parsed.automatic:
        own = own_words(parsed.text[: settings.extract.max_chars], parsed.subject)
        answered = confirmation.answer(session, settings, message, parsed, own)
    if answered is not None:
        confirmation_answered(session, settings, message, answered, envelope)
    elif extraction.kind == "bounce" and bounces.link(session, settings, message, parsed) is not None:
        pass  # our own mail came back: linked to its outbox row and case, flagged for the DPO, never answered
    elif found is not None:
        follow_up(session, settings, message, found, parsed, extraction, envelope)
    elif extraction.kind == "request" or "oversized" in message.flags:  # too big to read: the DPO must look
        new_request(session, settings, message, parsed, extraction, envelope)
    else:
        safety = decide(Context(parsed, extraction, settings, envelope_from=envelope))
        message.reason = f"{extraction.kind}: no case opened" + "".join(f"; {h.reason}" for h in safety.hits)
    if cited is not None and message.case_id != cited.id:  # not a confirmation or a bounce of that case's mail
        cases.note_citation(session, message, cited)
    message.status = MessageStatus.processed
    message.processed_at = utcnow()
    message.claimed_at = None
    session.add(message)
    audit.record(session, "message.processed", message_id=message.id, case_id=message.case_id)


MACHINE_KINDS = {"auto_reply", "bounce", "bulk"}


def own_words(text: str, subject: str) -> str:
    """Everything the sender wrote above the quote, every line of it: the layout's content drops what looks like a
    greeting, a closing or a signature, and a curt "No." or "TAK" looks like one of those."""
    quoted = body.split(text, subject).quoted.strip()
    start = text.find(quoted[:200]) if quoted else -1
    above, _ = body.strip_disclaimers(text[:start] if start > 0 else text)  # "if you are not the recipient..."
    return "\n".join(line for line in above.splitlines() if not line.lstrip().startswith(">"))


def new_request(
    session: Session,
    settings: Settings,
    message: Message,
    parsed: ParsedEmail,
    extraction: Extraction,
    envelope: str | None,
    actor: str = "system",
) -> Case:
    """A request that starts a case: open it, decide, acknowledge (unless a rule says not to), draft, move on.

    `actor` is the DPO when a stored message the reading missed is made a case by hand (intake.byhand).
    """
    case = cases.open_case(session, settings, message, parsed, extraction, actor=actor)
    reason = start(session, settings, case, parsed, extraction, envelope, message.source)
    if reason:
        message.reason = reason
    return case


def start(
    session: Session,
    settings: Settings,
    case: Case,
    parsed: ParsedEmail,
    extraction: Extraction,
    envelope: str | None,
    source: str,
) -> str | None:
    """A new case's first steps: verify and decide, acknowledge, draft, advance; returns why no acknowledgement left.

    Shared by a request that came by mail and one the DPO opens by hand (intake.byhand). A case without an address
    gets no mail at all: its drafts wait for the DPO, who sends them by post.
    """
    decision = evaluate(session, settings, case, parsed, extraction, envelope, source)
    carried: list[Outcome] = []  # the asks that left inside the acknowledgement
    reason = None
    if not case.requester:
        reason = "no address: nothing is mailed, the drafts wait for the DPO"
    elif decision.acknowledge:
        # One automatic mail per request: what the rules ask of the requester travels in the acknowledgement.
        outcomes = decision.outcomes if decision.answerable else []
        asks = [o for o in outcomes if o.automatic and o.to in {"", case.requester}]
        held = acknowledge(session, settings, case, parsed, asks)
        if held is None:
            carried = asks
        else:
            reason = f"no acknowledgement: {held}"
    else:
        reason = "; ".join(h.reason for h in decision.hits if h.suppress_acknowledgement) or (
            "acknowledgement disabled (INTAKE_AUTO_ACKNOWLEDGE)"
        )
    if not case.requester:
        for outcome in decision.outcomes:
            outcome.automatic = False  # nothing leaves on its own without an address: each becomes a draft
    if decision.answerable:
        apply_outcomes(session, settings, case, decision, parsed, done=carried)
        if case.requester:
            confirmation.ask_if_pending(session, settings, case)
    lifecycle.advance(session, case, decision)
    return reason


def confirmation_answered(
    session: Session, settings: Settings, message: Message, answered: confirmation.Answer, envelope: str | None
) -> None:
    """A reply to our question to the address on record: it verifies the case, or it is shown to the DPO.

    Nothing is sent in answer to it: a confirmation is never a reason for an automatic mail.
    """
    case = session.get(Case, answered.confirmation.case_id)
    if case is None:
        return
    message.case_id = case.id
    message.reason = f"confirmation for {case.reference}: {answered.reason}"
    if not answered.confirmed:
        if answered.outcome == "denied":
            cases.flag(session, case, "possible_impersonation")
        cases.flag(session, case, f"confirmation_{answered.outcome}")
        return
    cases.unflag(session, case, "awaiting_confirmation")
    cases.flag(session, case, "confirmed_by_address_on_record")
    first = cases.first_message(session, case)
    if first is None or case.status not in cases.OPEN:
        return
    # The rules run again on the request as it came (its From, its headers), now with the record's address
    # counted as an agreeing point; the drafts they make wait for the DPO like any other.
    request = parse(first.raw)
    extraction = Extraction.from_json(case.extraction or {})
    clock.resume(session, settings, case, why="the address on record confirmed the request")
    supersede_drafts(session, case)
    decision = evaluate(session, settings, case, request, extraction, envelope, first.source)
    if case.status == CaseStatus.awaiting_requester and decision.status != CaseStatus.awaiting_requester:
        lifecycle.move(session, case, CaseStatus.acknowledged, reason="the address on record confirmed")
    # Only drafts for the DPO: the requester already had this request's one automatic mail.
    apply_outcomes(session, settings, case, decision, request, done=[o for o in decision.outcomes if o.automatic])
    lifecycle.advance(session, case, decision)


def follow_up(
    session: Session,
    settings: Settings,
    message: Message,
    found: cases.Found,
    parsed: ParsedEmail,
    extraction: Extraction,
    envelope: str | None,
) -> None:
    """A message in an existing case's thread: attach it, and if it is the requester answering, move on."""
    case = found.case
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
        cases.flag(session, case, "follow_up_from_other_address")
        return
    if not found.by_thread and not trusted_from(parsed, settings.verify_for(message.source)):
        # Only the reference ties it to the case, and references can be guessed; the From is not authenticated,
        # so it may be forged. The DPO reads it; on its own it changes nothing.
        message.reason = (
            f"follow-up to {case.reference} by reference only, from an unauthenticated sender; left for the DPO"
        )
        cases.flag(session, case, "unauthenticated_follow_up")
        return
    if case.status not in cases.OPEN:
        message.reason = f"follow-up to {case.reference} after it was {case.status}; left for the DPO"
        cases.flag(session, case, "follow_up_after_reply")
        return
    before = dict(case.extraction or {})
    old_rights = set(Extraction.from_json(before).rights)
    merged, changed = cases.join(case, extraction)
    if not changed:
        # Nothing new (an auto-responder's echo, a "thank you"): no new letter, so nothing can loop.
        message.reason = f"follow-up to {case.reference} adds nothing new; no automatic reply"
        return
    added = sorted(set(merged.rights) - old_rights)
    # Once the address on record has been asked, it confirms what that question named and nothing more.
    if added and (old_rights or confirmation.latest(session, case) is not None):
        # A right asked for later is shown to the DPO as a change before anything is drafted on it, and is not
        # kept on the case: a later follow-up must not draft it (the second attack did, adding a phone number).
        message.reason = f"follow-up to {case.reference} adds {', '.join(added)}; left for the DPO"
        case.extraction = before
        audit.record(session, "case.rights_added", case_id=case.id, message_id=message.id, detail={"rights": added})
        cases.flag(session, case, "rights_added_by_follow_up")
        return
    message.reason = f"follow-up to {case.reference}"
    clock.resume(session, settings, case)
    supersede_drafts(session, case)
    decision = evaluate(session, settings, case, parsed, merged, envelope, message.source)
    if case.status == CaseStatus.awaiting_requester and decision.status != CaseStatus.awaiting_requester:
        lifecycle.move(session, case, CaseStatus.acknowledged, reason="the requester answered")
    apply_outcomes(session, settings, case, decision, parsed)
    confirmation.ask_if_pending(session, settings, case)
    if decision.status == CaseStatus.awaiting_requester and case.status == CaseStatus.awaiting_requester:
        clock.pause(case)  # still waiting: the clock stops again
    lifecycle.advance(session, case, decision)


def evaluate(
    session: Session,
    settings: Settings,
    case: Case,
    parsed: ParsedEmail,
    extraction: Extraction,
    envelope: str | None,
    source: str = "",
) -> Decision:
    """Verify, gather history, run the rules; the verification and decision are stored on the case."""
    confirmed = confirmation.confirmed_subject(session, case)
    records = records_source(settings)
    match = verify(
        session, extraction, parsed, config=settings.verify_for(source), confirmed=confirmed, records=records
    )
    case.verification = match.to_json()
    case.subject_id = match.subject_id if match.status == "verified" else None
    audit.record(session, "case.verification", case_id=case.id, detail={"status": match.status, "score": match.score})
    requests, repeats = cases.history(session, case)
    ctx = Context(
        parsed,
        extraction,
        settings,
        envelope_from=envelope,
        match=match,
        record=cases.subject_record(session, case.subject_id, records),
        requests_last_year=requests,
        repeats=repeats,
        requester=case.requester,
    )
    decision = decide(ctx)
    case.decision = decision.to_json()
    # The verification's own flags stay even when an earlier rule (excessive, agent...) ends the chain.
    case.flags = sorted({*case.flags, *decision.flags, *identity_flags(match)})
    session.add(case)
    audit.record(
        session,
        "case.decision",
        case_id=case.id,
        detail={"rules": [h.rule for h in decision.hits], "status": decision.status, "flags": decision.flags},
    )
    return decision
