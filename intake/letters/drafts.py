"""Turn a decision's outcomes into drafts, and approved drafts into outbox messages in the requester's thread."""

from __future__ import annotations

from typing import Any

from sqlmodel import Session, select

from intake import audit
from intake.letters.render import render, to_html
from intake.models import Case, CaseStatus, Draft, DraftStatus, Message, utcnow
from intake.outbox.send import Outgoing, enqueue
from intake.policy import lifecycle
from intake.policy.decide import Decision
from intake.policy.rules import Outcome
from intake.settings import Settings
from intake.understand import ParsedEmail
from intake.understand.parse import parse

# Every variable a template may use; callers fill what they know, the rest stays None or empty,
# because StrictUndefined turns a missing variable into an error instead of a hole in a letter.
TEMPLATE_VARIABLES: dict[str, Any] = {
    "requester_name": None,
    "due_on": None,
    "language": None,
    "rights": [],
    "missing": [],
    "employer": None,
    "employer_contact": None,
    "account_status": None,
    "removal_date": None,
    "reasons": None,
    "new_due_on": None,
    "agent_name": None,
    "direct_marketing": False,
    "supervisory_authority": None,
    "subject_name": None,
}


def template_context(settings: Settings, case: Case, extra: dict[str, Any] | None = None) -> dict[str, Any]:
    ex = case.extraction or {}
    context = {
        **TEMPLATE_VARIABLES,
        "case": case,
        "requester_name": case.requester_name,
        "due_on": case.due_on.isoformat() if case.due_on else "",
        "language": case.language or settings.default_language,
        "rights": list(ex.get("rights", [])),
        "employer": ex.get("employer"),
        "agent_name": ex.get("agent_name"),
        "supervisory_authority": settings.policy.supervisory_authority,
    }
    context.update({k: v for k, v in (extra or {}).items() if v is not None or k not in context})
    return context


def stored_values(context: dict[str, Any]) -> dict[str, Any]:
    """The template variables of a context as JSON, kept on the draft so that approval can render it again."""

    def plain(value: Any) -> Any:
        if value is None or isinstance(value, bool | int | float | str):
            return value
        if isinstance(value, list | tuple):
            return [plain(v) for v in value]
        return str(value)

    return {key: plain(value) for key, value in context.items() if key in TEMPLATE_VARIABLES and key != "language"}


def thread_of(session: Session, case: Case) -> tuple[str, tuple[str, ...]]:
    """In-Reply-To and References for a reply: the requester's latest message in the case."""
    rows = session.exec(
        select(Message).where(Message.case_id == case.id).order_by(Message.id.desc())  # type: ignore[union-attr]
    ).all()
    for row in rows:
        if (row.from_addr or "") == case.requester:
            parsed = parse(row.raw)
            return row.message_id, tuple(parsed.references)
    return "", ()


def acknowledge(session: Session, settings: Settings, case: Case, parsed: ParsedEmail) -> None:
    rendered = render(settings, "acknowledgement", case.language, template_context(settings, case))
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
            html=rendered.html,
        ),
    )
    lifecycle.move(session, case, CaseStatus.acknowledged)


def create_draft(session: Session, settings: Settings, case: Case, outcome: Outcome, actor: str = "system") -> Draft:
    values = template_context(settings, case, outcome.context)
    rendered = render(settings, outcome.template, case.language, values)
    if rendered.fell_back:
        case.flags = sorted({*case.flags, "no_template_in_language"})
        session.add(case)
    draft = Draft(
        case_id=case.id,  # type: ignore[arg-type]
        template=outcome.template,
        right=outcome.right,
        language=rendered.language,
        to_addr=outcome.to or case.requester,
        subject=rendered.subject,
        body=rendered.text,
        automatic=outcome.automatic,
        reason=outcome.reason,
        template_values=stored_values(values),
    )
    session.add(draft)
    session.flush()
    audit.record(
        session,
        "draft.created",
        case_id=case.id,
        actor=actor,
        detail={"draft": draft.id, "template": draft.template, "right": draft.right, "automatic": draft.automatic},
    )
    return draft


def queue_draft(session: Session, settings: Settings, case: Case, draft: Draft, actor: str) -> None:
    """Put an approved draft in the outbox, threaded under the requester's latest message."""
    in_reply_to, references = thread_of(session, case)
    row = enqueue(
        session,
        settings,
        case,
        Outgoing(
            purpose=draft.template,
            to=draft.to_addr,
            subject=draft.subject,
            text=draft.body,
            language=draft.language,
            in_reply_to=in_reply_to,
            references=references,
            automatic=draft.automatic,
            html=to_html(draft.body, draft.language),  # from the text as approved, edits included
        ),
    )
    draft.status = DraftStatus.approved
    draft.approved_by = actor
    draft.outbox_id = row.id
    draft.updated_at = utcnow()
    session.add(draft)
    audit.record(session, "draft.approved", case_id=case.id, actor=actor, detail={"draft": draft.id, "outbox": row.id})


def apply_outcomes(session: Session, settings: Settings, case: Case, decision: Decision, parsed: ParsedEmail) -> None:
    """Draft every outcome; those that disclose nothing (and are allowed to) leave at once."""
    for outcome in decision.outcomes:
        draft = create_draft(session, settings, case, outcome)
        if outcome.automatic:
            queue_draft(session, settings, case, draft, actor="system")


def supersede_drafts(session: Session, case: Case) -> int:
    """Drafts still waiting for the DPO are replaced after the requester wrote again."""
    rows = session.exec(select(Draft).where(Draft.case_id == case.id, Draft.status == DraftStatus.draft)).all()
    for row in rows:
        row.status = DraftStatus.superseded
        row.updated_at = utcnow()
        session.add(row)
        audit.record(session, "draft.superseded", case_id=case.id, detail={"draft": row.id})
    return len(rows)
