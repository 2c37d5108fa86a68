"""Turn a decision's outcomes into drafts, and approved drafts into outbox messages in the requester's thread."""

from __future__ import annotations

from typing import Any

from sqlmodel import Session, select

from intake import audit
from intake.fulfil import plan as fulfil_plan
from intake.fulfil.carry import Done
from intake.letters import appendix, authorities, variants
from intake.letters.render import render, to_html
from intake.models import Case, CaseStatus, Draft, DraftStatus, Message, utcnow
from intake.outbox import budget
from intake.outbox.send import Outgoing, enqueue
from intake.policy import lifecycle
from intake.policy.decide import Decision
from intake.policy.rules import Outcome
from intake.settings import Settings
from intake.understand import ParsedEmail
from intake.understand.parse import parse_headers

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
    "confirmation_code": None,
    "requested_from": None,
    "requested_on": None,
    "expires_on": None,
    "changes": [],
    "kept": [],
    "held": False,
    "held_until": None,
    "purposes": [],
    "data_categories": [],
    "recipients": [],
    "retention_period": None,
    "data_source": None,
    "deliver": "attach",
    "link_expires_on": None,
}


def reply_language(settings: Settings, case: Case) -> str | None:
    """The language letters to the case are written in: the requester's, but Hinglish (Hindi in Latin script) in
    `hinglish_reply`, English unless the organisation chooses Hindi, as its writer may not read Devanagari; and
    Portuguese in Brazilian Portuguese ("pt-BR") when the case points to Brazil (intake/letters/variants.py)."""
    if case.language == "hi" and "hinglish" in {*case.flags, *(case.extraction or {}).get("flags", [])}:
        return settings.hinglish_reply
    flags = {"flags": [*case.flags, *(case.extraction or {}).get("flags", [])]}
    variant = variants.of(case.language, case.jurisdiction, {**(case.extraction or {}), **flags}, case.requester)
    return variant or case.language


def template_context(settings: Settings, case: Case, extra: dict[str, Any] | None = None) -> dict[str, Any]:
    ex = case.extraction or {}
    org = settings.organisation_info
    context = {
        **TEMPLATE_VARIABLES,
        "case": case,
        "requester_name": case.requester_name,
        "due_on": case.due_on.isoformat() if case.due_on else "",
        "language": case.language or settings.default_language,
        "rights": list(ex.get("rights", [])),
        "employer": ex.get("employer"),
        "agent_name": ex.get("agent_name"),
        "supervisory_authority": authorities.choose(
            settings.policy.supervisory_authority,
            case.extraction,
            case.language or settings.default_language,
            reply_language(settings, case),
        ),
        "purposes": list(org.purposes),
        "data_categories": list(org.categories),
        "recipients": list(org.recipients),
        "retention_period": org.retention or None,
        "data_source": org.source or None,
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
        if isinstance(value, dict):
            return {str(k): plain(v) for k, v in value.items()}
        return str(value)

    return {key: plain(value) for key, value in context.items() if key in TEMPLATE_VARIABLES and key != "language"}


def thread_of(session: Session, case: Case) -> tuple[str, tuple[str, ...]]:
    """In-Reply-To and References for a reply: the requester's latest message in the case."""
    rows = session.exec(
        select(Message).where(Message.case_id == case.id).order_by(Message.id.desc())  # type: ignore[union-attr]
    ).all()
    for row in rows:
        if (row.from_addr or "") == case.requester:
            # Only the bounded header block: this runs on the DPO's approval too, outside the worker's time limit.
            return row.message_id, tuple(parse_headers(row.raw).references)
    return "", ()


def hold_back(session: Session, settings: Settings, case: Case, to: str, what: str) -> str | None:
    """Why an automatic mail may not leave now (recorded on the case), or None when it may."""
    reason = budget.refusal(session, settings, case, to)
    if reason is not None:
        case.flags = sorted({*case.flags, "automatic_mail_held"})
        session.add(case)
        audit.record(session, "case.automatic_mail_held", case_id=case.id, detail={"mail": what, "reason": reason})
    return reason


def acknowledge(
    session: Session, settings: Settings, case: Case, parsed: ParsedEmail, asks: list[Outcome] | None = None
) -> str | None:
    """Queue the acknowledgement, carrying the letters that ask for more (`asks`), so a request gets one mail.

    Returns why it was held back instead (the budget of automatic mail), if it was; the asks then stay for
    apply_outcomes to draft like any other outcome.
    """
    held = hold_back(session, settings, case, case.requester, "acknowledgement")
    if held is not None:
        return held
    asks = asks or []
    bodies = [
        render(
            settings,
            o.template,
            reply_language(settings, case),
            template_context(settings, case, {**o.context, "body_only": True}),
        )
        for o in asks
    ]
    context = template_context(settings, case, {"asks": [b.text.strip() for b in bodies]})
    rendered = render(settings, "acknowledgement", reply_language(settings, case), context)
    if rendered.fell_back:
        flag_fallback(session, case, "acknowledgement", rendered.language)
    row = enqueue(
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
    for outcome in asks:
        # Kept as drafts approved by the system, so the case shows what was asked and in which mail.
        draft = create_draft(session, settings, case, outcome)
        _mark_sent(session, case, draft, row.id, actor="system")
    lifecycle.move(session, case, CaseStatus.acknowledged)
    return None


# The flag a case carries when a letter to it could not be written in the requester's language: the reply is in the
# organisation's default language instead, never a silent mix, and the DPO sees why.
FALLBACK_FLAG = "reply_language_fallback"


def flag_fallback(session: Session, case: Case, template: str, used: str) -> None:
    """Flag the case and audit which letter went out in `used` instead of the requester's language."""
    if FALLBACK_FLAG not in case.flags:
        case.flags = sorted({*case.flags, FALLBACK_FLAG})
    session.add(case)
    audit.record(
        session,
        "case.reply_language_fallback",
        case_id=case.id,
        detail={"template": template, "wanted": case.language, "used": used},
    )


# A rectification whose new value a spreadsheet would run as a formula (=HYPERLINK(...)): the DPO reads it first.
FORMULA_FLAG = "formula_in_rectification"


def create_draft(session: Session, settings: Settings, case: Case, outcome: Outcome, actor: str = "system") -> Draft:
    """A draft of the outcome's letter, saying what its approval will carry out (intake/fulfil/plan.py)."""
    found = fulfil_plan.plan(session, settings, case, outcome.template, outcome.context)
    values = template_context(settings, case, {**outcome.context, **fulfil_plan.letter_values(found)})
    rendered = render(settings, outcome.template, reply_language(settings, case), values)
    if rendered.fell_back:
        flag_fallback(session, case, outcome.template, rendered.language)
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
        plan=found,
    )
    session.add(draft)
    session.flush()
    formulas = [c["field"] for c in (found or {}).get("changes") or [] if c.get("formula")]
    if formulas and FORMULA_FLAG not in case.flags:
        case.flags = sorted({*case.flags, FORMULA_FLAG})
        session.add(case)
        audit.record(session, "case.flagged", case_id=case.id, detail={"flag": FORMULA_FLAG, "fields": formulas})
    audit.record(
        session,
        "draft.created",
        case_id=case.id,
        actor=actor,
        detail={"draft": draft.id, "template": draft.template, "right": draft.right, "automatic": draft.automatic},
    )
    return draft


def queue_draft(
    session: Session, settings: Settings, case: Case, draft: Draft, actor: str, done: Done | None = None
) -> None:
    """Put an approved draft in the outbox, threaded under the requester's latest message, with what its approval
    carried out (`done`): the data's files attached and summarised in the letter's language."""
    in_reply_to, references = thread_of(session, case)
    body = draft.body
    if done is not None and done.link is not None:
        # Drafted on an earlier day, the letter names an earlier expiry than the link approval just made has.
        body = appendix.restate_expiry(
            body, draft.language, (draft.template_values or {}).get("link_expires_on"), done.link
        )
    if done is not None and done.summary is not None:
        body = (
            body.rstrip("\n") + "\n\n" + appendix.summary(settings, draft.language, done.summary, done.link is not None)
        )
    if done is not None and done.link is not None:
        body = body.rstrip("\n") + "\n\n" + appendix.download(settings, draft.language, done.link)
    files = tuple((name, kind, data) for name, (kind, data) in (done.files if done else {}).items())
    row = enqueue(
        session,
        settings,
        case,
        Outgoing(
            purpose=draft.template,
            to=draft.to_addr,
            subject=draft.subject,
            text=body,
            language=draft.language,
            in_reply_to=in_reply_to,
            references=references,
            automatic=draft.automatic,
            html=to_html(body, draft.language),  # from the text as approved, edits included
            attachments=files,
        ),
    )
    _mark_sent(session, case, draft, row.id, actor)


def _mark_sent(session: Session, case: Case, draft: Draft, outbox_id: int | None, actor: str) -> None:
    draft.status = DraftStatus.approved
    draft.approved_by = actor
    draft.outbox_id = outbox_id
    draft.updated_at = utcnow()
    session.add(draft)
    audit.record(
        session, "draft.approved", case_id=case.id, actor=actor, detail={"draft": draft.id, "outbox": outbox_id}
    )


def apply_outcomes(
    session: Session,
    settings: Settings,
    case: Case,
    decision: Decision,
    parsed: ParsedEmail,
    done: list[Outcome] | None = None,
) -> None:
    """Draft every outcome not `done` already; those that disclose nothing (and are allowed to) leave at once."""
    for outcome in decision.outcomes:
        if done and any(outcome is d for d in done):
            continue
        draft = create_draft(session, settings, case, outcome)
        # A draft held back by the budget stays a draft: the DPO sees it in the queue and decides.
        if outcome.automatic and hold_back(session, settings, case, draft.to_addr, draft.template) is None:
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
