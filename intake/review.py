"""The DPO's decisions: approve, edit, reject, reply, extend, close — the only human changes to a case."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date

from sqlmodel import Session, select

from intake import audit, confirmation, db
from intake.errors import InputError, NotFound, TransitionError
from intake.fulfil import carry
from intake.fulfil.plan import RECTIFIABLE
from intake.identity.source import source
from intake.letters import screen
from intake.letters.drafts import create_draft, queue_draft
from intake.models import Case, CaseStatus, Draft, DraftStatus, Message, utcnow
from intake.outbox import bounces
from intake.policy import clock, deadline, lifecycle
from intake.policy.rules import Outcome
from intake.settings import Settings

# Letters that disclose nothing about what is held, so they may go to a requester not yet verified.
DISCLOSE_NOTHING = {"clarification", "verification_needed", "proof_of_authority", "refusal", "extension"}
# Templates that are not replies to the requester, with what to do instead.
NOT_REPLIES = {"confirmation": "goes to the address on record with its one-time code; use `intake confirm REF`"}
WAITING = {CaseStatus.drafted, CaseStatus.rejected, CaseStatus.verified, CaseStatus.unverifiable, CaseStatus.extended}
CLOSED = {CaseStatus.closed, CaseStatus.sent, CaseStatus.withdrawn, CaseStatus.spam}


@dataclass
class QueueItem:
    case: Case
    drafts: int
    overdue: bool
    days_left: int


def load(session: Session, ref: str) -> Case:
    ref = ref.strip()
    if ref.isascii() and ref.isdigit():  # "²" is a digit to str.isdigit, not to int()
        case = db.get(session, Case, ref)
    else:
        case = session.exec(select(Case).where(Case.reference == ref)).first()
    if case is None:
        raise NotFound(f"{ref}: no such case (see `intake cases`)")
    return case


def drafts(session: Session, case: Case, status: str | None = DraftStatus.draft) -> list[Draft]:
    query = select(Draft).where(Draft.case_id == case.id)
    if status:
        query = query.where(Draft.status == status)
    return list(session.exec(query.order_by(Draft.id)).all())  # type: ignore[arg-type]


def queue(session: Session, today: date | None = None, organisation: str | None = None) -> list[QueueItem]:
    """Cases that need the DPO: those whose reply bounced first, then the rest by due date, earliest first (of one
    organisation, when given)."""
    today = today or utcnow().date()
    # One query for every waiting draft's case (not the letters themselves): the case page asks for the queue too.
    waiting = Counter(session.exec(select(Draft.case_id).where(Draft.status == DraftStatus.draft)).all())
    # A sent case is done, unless its reply came back: then the requester has no answer and the deadline runs.
    query = select(Case).where(Case.status.not_in(CLOSED - {CaseStatus.sent}))  # type: ignore[attr-defined]
    if organisation is not None:
        query = query.where(Case.organisation == organisation)
    rows = session.exec(query).all()
    items = []
    for case in rows:
        bounced = bounces.FLAG in case.flags
        if case.status in CLOSED and not bounced:
            continue
        attention = {
            "follow_up_from_other_address",
            "follow_up_after_reply",
            "possible_impersonation",
            "reply_to_other_mailbox",
            "no_address",  # opened by hand without an address: no rule drafts anything, the DPO answers by post
            bounces.FLAG,
        }
        if case.id not in waiting and case.status not in WAITING and not attention & set(case.flags):
            continue
        n = waiting[case.id or 0]
        due = case.due_on or today
        items.append(QueueItem(case, n, due < today, (due - today).days))
    return sorted(items, key=lambda i: (bounces.FLAG not in i.case.flags, i.case.due_on or today, i.case.id or 0))


def approve(
    session: Session,
    settings: Settings,
    ref: str,
    actor: str,
    draft_id: int | None = None,
    override_check: str | None = None,
) -> list[Draft]:
    """Send the case's waiting drafts (or one of them): into the outbox, threaded, From the DPO address.

    The text as it will leave, edits included, is screened again (letters.screen); a draft that fails is not
    approved unless `override_check` gives the DPO's reason, which the audit trail keeps.
    """
    if override_check is not None and not override_check.strip():
        raise InputError("--override-check: give the reason you send the draft despite the check")
    case = load(session, ref)
    waiting = [d for d in drafts(session, case) if draft_id is None or d.id == draft_id]
    if not waiting:
        what = f"draft {draft_id}" if draft_id else "drafts"
        raise InputError(f"{case.reference}: no {what} waiting for approval (see `intake draft {case.reference}`)")
    unaddressed = [d for d in waiting if not d.to_addr]
    if unaddressed:
        raise TransitionError(
            f"{case.reference}: draft {unaddressed[0].id} has no address to go to (the request came without one); "
            f"send it by post, then `intake close {case.reference}`"
        )
    if "agent" in case.flags and "authority_checked" not in case.flags:
        substantive = [d for d in waiting if d.template not in {"proof_of_authority", "refusal"}]
        if substantive:
            raise TransitionError(
                f"{case.reference}: written by an agent; check the proof of authority first "
                f"(intake flag {case.reference} authority_checked)"
            )
    verified = (case.verification or {}).get("status") == "verified" or "identity_checked" in case.flags
    revealing = [d for d in waiting if d.template not in DISCLOSE_NOTHING]
    if revealing and not verified:
        raise TransitionError(
            f"{case.reference}: the requester is not verified, and {revealing[0].template} would tell them what is "
            f"held; verify first, or record your own check with `intake flag {case.reference} identity_checked`"
        )
    if revealing and "reply_to_other_mailbox" in case.flags and "identity_checked" not in case.flags:
        # Verified on data points from a mailbox not on record: whoever knows them reads the answer there.
        raise TransitionError(
            f"{case.reference}: verified from a mailbox not on record, and {revealing[0].template} would tell "
            f"{case.requester} what is held; check with the person first, then "
            f"`intake flag {case.reference} identity_checked`"
        )
    _screen(session, settings, case, waiting, verified, actor, override_check)
    for draft in waiting:  # every draft's fulfilment is checked before any is carried out
        carry.check(session, settings, case, draft)
    for draft in waiting:
        done = carry.carry_out(session, settings, case, draft, actor)
        queue_draft(session, settings, case, draft, actor, done)
    if any(d.template not in {"clarification", "verification_needed", "proof_of_authority"} for d in waiting):
        clock.resume(session, settings, case, why="the DPO answered")  # we no longer wait for the requester
    if lifecycle.can_move(case.status, CaseStatus.approved):
        lifecycle.move(session, case, CaseStatus.approved, actor=actor, drafts=[d.id for d in waiting])
    session.commit()
    return waiting


def _screen(
    session: Session,
    settings: Settings,
    case: Case,
    waiting: list[Draft],
    verified: bool,
    actor: str,
    override_check: str | None,
) -> None:
    """Refuse drafts whose text lost a required clause or discloses too much, unless the DPO overrides with a reason."""
    for draft in waiting:
        found = screen.problems(settings, case, draft, verified)
        if not found:
            continue
        if override_check is None:
            raise InputError(
                f"{case.reference}: draft {draft.id} ({draft.template}, {draft.language}) is not approved: "
                f"{'; '.join(found)}; edit it (intake draft {case.reference} --edit --draft {draft.id}), or approve "
                f'it anyway with --override-check "REASON"'
            )
        audit.record(
            session,
            "draft.check_overridden",
            case_id=case.id,
            actor=actor,
            detail={"draft": draft.id, "problems": found, "reason": override_check.strip()},
        )


def rectify(session: Session, settings: Settings, ref: str, changes: dict[str, str], actor: str) -> Draft:
    """Set the changes a waiting rectification draft proposes (field -> new value) and draft its text again."""
    case = load(session, ref)
    unknown = sorted(set(changes) - set(RECTIFIABLE))
    if unknown:
        raise InputError(f"{unknown[0]}: not a field a rectification changes; use {', '.join(RECTIFIABLE)}")
    waiting = [d for d in drafts(session, case) if d.template == "rectification"]
    if not waiting:
        raise InputError(
            f"{case.reference}: no rectification draft waiting (draft one: intake reply {ref} rectification)"
        )
    if not case.subject_id:
        raise TransitionError(f"{case.reference}: no verified subject whose record could change")
    record = source(settings).get(session, case.subject_id) or {}
    proposed = [{"field": f, "old": record.get(f), "new": v} for f, v in changes.items()]
    old = waiting[-1]
    old.status = DraftStatus.superseded
    session.add(old)
    outcome = Outcome(
        "rectification", "rectification", case.requester, reason=old.reason, context={"changes": proposed}
    )
    draft = create_draft(session, settings, case, outcome, actor)
    audit.record(session, "draft.rectification_set", case_id=case.id, actor=actor, detail={"fields": sorted(changes)})
    session.commit()
    return draft


def edit(session: Session, draft_id: int, subject: str, body: str, actor: str) -> Draft:
    draft = db.get(session, Draft, draft_id)
    if draft is None:
        raise NotFound(f"draft {draft_id}: no such draft")
    if draft.status != DraftStatus.draft:
        raise TransitionError(f"draft {draft_id}: is {draft.status}, only waiting drafts can be edited")
    if not body.strip():
        raise InputError(f"draft {draft_id}: the edited text is empty; nothing changed")
    changed = {"subject": subject != draft.subject, "body": body != draft.body}
    draft.subject, draft.body, draft.edited_by, draft.updated_at = subject, body, actor, utcnow()
    session.add(draft)
    audit.record(session, "draft.edited", case_id=draft.case_id, actor=actor, detail={"draft": draft_id, **changed})
    session.commit()
    return draft


def reply(session: Session, settings: Settings, ref: str, template: str, actor: str, **context: object) -> Draft:
    """A new draft from any template, for the DPO to edit and approve."""
    if template in NOT_REPLIES:
        raise InputError(f"template {template!r}: {NOT_REPLIES[template]}")
    case = load(session, ref)
    if case.status in CLOSED - {CaseStatus.sent}:
        raise TransitionError(f"{case.reference}: is {case.status}; reopen it before replying")
    draft = create_draft(
        session, settings, case, Outcome(template, to=case.requester, reason="by the DPO", context=dict(context)), actor
    )
    if case.status != CaseStatus.drafted and lifecycle.can_move(case.status, CaseStatus.drafted):
        lifecycle.move(session, case, CaseStatus.drafted, actor=actor)
    session.commit()
    return draft


def reject(session: Session, settings: Settings, ref: str, reason: str, actor: str) -> Draft:
    """Refuse the request (unfounded, excessive...): drafts the refusal with reasons and the right to complain."""
    if not reason.strip():
        raise InputError("--reason: a refusal must give the requester its reasons (GDPR Art. 12(4))")
    case = load(session, ref)
    for draft in drafts(session, case):
        draft.status = DraftStatus.discarded
        session.add(draft)
    outcome = Outcome("refusal", to=case.requester, reason=reason, context={"reasons": reason.strip()})
    draft = create_draft(session, settings, case, outcome, actor)
    lifecycle.move(session, case, CaseStatus.rejected, actor=actor, reason=reason.strip())
    session.commit()
    return draft


def extend(session: Session, settings: Settings, ref: str, reason: str, actor: str, today: date | None = None) -> Draft:
    """Extend the deadline where the law allows it, and draft the notice with the reasons and the new date."""
    case = load(session, ref)
    config = settings.deadline
    new = deadline.extend(
        case.jurisdiction or config.default_jurisdiction,
        case.received_at,
        case.due_on or case.received_at.date(),
        today or utcnow().date(),
        reason,
        case.extensions,
        config,
    )
    old = case.due_on
    case.due_on, case.due_explanation, case.extensions = new.on, new.explanation, case.extensions + 1
    outcome = Outcome(
        "extension",
        to=case.requester,
        reason=reason,
        context={"reasons": reason.strip(), "new_due_on": new.on.isoformat()},
    )
    draft = create_draft(session, settings, case, outcome, actor)
    audit.record(
        session, "case.extended", case_id=case.id, actor=actor, detail={"from": str(old), "due": new.explanation}
    )
    lifecycle.move(session, case, CaseStatus.extended, actor=actor)
    session.commit()
    return draft


def close(session: Session, ref: str, actor: str, as_status: str = CaseStatus.closed) -> Case:
    case = load(session, ref)
    lifecycle.move(session, case, as_status, actor=actor)
    if as_status == CaseStatus.closed:
        for draft in drafts(session, case):
            draft.status = DraftStatus.discarded
            session.add(draft)
    session.commit()
    return case


def flag(session: Session, ref: str, name: str, actor: str) -> Case:
    """Record a DPO's finding on the case (e.g. authority_checked after reading an agent's mandate)."""
    case = load(session, ref)
    case.flags = sorted({*case.flags, name})
    session.add(case)
    audit.record(session, "case.flagged", case_id=case.id, actor=actor, detail={"flag": name})
    session.commit()
    return case


def confirm(session: Session, settings: Settings, ref: str, actor: str, subject_id: str | None = None) -> Case:
    """Ask the address on record to confirm the case's request (the round trip), on the DPO's demand.

    The record is the one verification would ask (pending_confirmation), the verified one, or `subject_id`.
    """
    case = load(session, ref)
    if case.status in CLOSED:
        raise TransitionError(f"{case.reference}: the case is {case.status}; nothing to confirm")
    verification = case.verification or {}
    subject = subject_id or verification.get("confirm_with") or case.subject_id
    if not subject:
        raise InputError(
            f"{case.reference}: no record to ask (verification {verification.get('status', 'none')}); "
            "name one with --subject ID"
        )
    why = confirmation.ask(session, settings, case, str(subject), actor=actor, automatic=False)
    if why is not None:
        raise InputError(f"{case.reference}: {why}")
    session.commit()
    return case


NOT_A_REQUEST = "not_a_request"


def not_a_request(session: Session, message_id: int, actor: str) -> Case | None:
    """Mark a stored message as no request; a case it opened (a misread newsletter) is closed as spam. Commits.

    Only the case's own first message can undo it, and only while nothing was approved: a case that has answered
    someone is closed with `close`, with its history. Returns the closed case, or None when the message had none.
    """
    message = db.get(session, Message, message_id)
    if message is None:
        raise NotFound(f"message {message_id}: not stored (see `intake messages`)")
    case = session.get(Case, message.case_id) if message.case_id else None
    if case is not None:
        first = session.exec(select(Message.id).where(Message.case_id == case.id).order_by(Message.id)).first()  # type: ignore[arg-type]
        if first != message.id:
            raise TransitionError(
                f"message {message_id}: joined {case.reference} later; it did not open it (close the case instead)"
            )
        if case.status not in OPEN_TO_UNDO:
            raise TransitionError(
                f"{case.reference}: is {case.status}; only a case not yet answered is undone as not a request "
                f"(`intake close {case.reference}`)"
            )
    audit.record(
        session,
        "message.not_a_request",
        case_id=case.id if case else None,
        message_id=message.id,
        actor=actor,
        detail={"read_as": message.kind, "case": case.reference if case else None},
    )
    message.kind, message.reason = "other", f"not a request, marked by {actor}"
    message.flags = sorted({*message.flags, NOT_A_REQUEST})
    session.add(message)
    if case is not None:
        for draft in drafts(session, case):
            draft.status = DraftStatus.discarded
            session.add(draft)
        case.flags = sorted({*case.flags, NOT_A_REQUEST})
        lifecycle.move(session, case, CaseStatus.spam, actor=actor, reason="not a request")
    session.commit()
    return case


# A case not yet answered: nothing was approved, so closing it as spam takes nothing back from anyone.
OPEN_TO_UNDO = {
    CaseStatus.new,
    CaseStatus.acknowledged,
    CaseStatus.awaiting_requester,
    CaseStatus.verified,
    CaseStatus.unverifiable,
    CaseStatus.drafted,
}
