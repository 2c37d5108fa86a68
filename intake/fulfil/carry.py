"""Carry out an approved letter: the access files, the rectification, the erasure or the flag, audited."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from sqlmodel import Session

from intake import audit
from intake.errors import TransitionError
from intake.fulfil import exports, flags, links
from intake.fulfil.plan import plan
from intake.identity.source import Own, source
from intake.models import Case, Draft, utcnow
from intake.settings import Settings


@dataclass
class Done:
    """What approval carried out, for the letter: files to attach and the data to summarise in its language."""

    files: dict[str, tuple[str, bytes]] = field(default_factory=dict)
    summary: dict[str, Any] | None = None
    link: links.Link | None = None  # [fulfilment] deliver = "link": the files wait behind it instead


def _refuse(case: Case, draft: Draft, why: str) -> TransitionError:
    return TransitionError(f"{case.reference}: draft {draft.id} ({draft.template}) is not approved: {why}")


def check(session: Session, settings: Settings, case: Case, draft: Draft, today: date | None = None) -> None:
    """Refuse, in one line, a letter whose approval could not do what it says (before anything is carried out)."""
    now = plan(session, settings, case, draft.template, draft.template_values, today)
    if now is None:
        return
    if now.get("missing") == "subject":
        raise _refuse(case, draft, "it carries or changes personal data, and the case has no verified subject")
    if now.get("missing") == "record":
        raise _refuse(case, draft, f"the record {case.subject_id} is no longer in the records store")
    missing = settings.organisation_info.missing()
    if draft.template == "access" and missing:
        raise _refuse(
            case, draft, f"[organisation] {', '.join(missing)} empty in the configuration; an access reply must "
            "carry them (see examples/organisation.toml)"
        )  # fmt: skip
    if draft.template == "rectification" and not now["changes"]:
        raise _refuse(
            case, draft, f"it says the data was corrected, and nothing is to change; name the change with "
            f"`intake rectify {case.reference} FIELD=VALUE`"
        )  # fmt: skip
    lacking = _lacking(source(settings), now)
    if lacking:
        raise _refuse(case, draft, f"{lacking}, and the organisation's database is where the change must be made")
    if draft.plan is not None and _binding(now) != _binding(draft.plan):
        raise _refuse(
            case, draft, f"what it would do changed since it was drafted (a hold, a retention rule or the record); "
            f"draft it again with `intake reply {case.reference} {draft.template}`"
        )  # fmt: skip


def _lacking(records: Own, found: dict[str, Any]) -> str | None:
    """Why the source of record cannot do what the plan says (a query the organisation did not configure), or None."""
    needed = [c["field"] for c in found.get("changes") or []]
    mode = found.get("erasure")
    if mode == "expire":
        needed += ["account_status", "status_changed_at"]
    elif mode in {"delete", "anonymise"}:
        needed.append("erase" if mode == "delete" else "anonymise")
    return next((why for why in map(records.missing, needed) if why), None)


def _binding(found: dict[str, Any]) -> dict[str, Any]:
    """The parts of a plan the letter's text states: they must not change between the draft and its approval."""
    return {k: found.get(k) for k in ("changes", "erasure", "kept", "held_until", "removal_date", "flag")}


def carry_out(
    session: Session, settings: Settings, case: Case, draft: Draft, actor: str, today: date | None = None
) -> Done:
    """Do what the approved letter says, in the caller's transaction (it commits with the approval)."""
    today = today or utcnow().date()
    check(session, settings, case, draft, today)
    found = plan(session, settings, case, draft.template, draft.template_values, today)
    if found is None:
        return Done()
    subject = str(case.subject_id)
    source_of_record = source(settings)
    record = source_of_record.get(session, subject) or {}
    base = {"subject": subject, "draft": draft.id}
    if "attachments" in found:
        data = exports.flat(record, flags.of(session).get(subject))
        files = exports.files(data, found["attachments"])
        detail = {**base, "files": sorted(files), "fields": len(data)}
        audit.record(session, "fulfil.exported", case_id=case.id, actor=actor, detail=detail)
        summary = data if draft.template == "access" else None
        if settings.fulfilment.deliver == "link":
            return Done({}, summary, links.create(session, settings, case, draft.id, files))
        return Done(files, summary)
    if "changes" in found:
        source_of_record.change(session, record, {c["field"]: c["new"] for c in found["changes"]})
        fields = [c["field"] for c in found["changes"]]
        audit.record(session, "fulfil.rectified", case_id=case.id, actor=actor, detail={**base, "fields": fields})
        return Done()
    if "erasure" in found:
        erase(session, settings, source_of_record, record, found, case.reference, actor, today)
        # Whatever the mode (a hold keeps the record, not a copy handed out): the exports of the subject go now.
        links.revoke_subject(session, subject, "erased", actor)
        kept = [k["field"] for k in found.get("kept", [])]
        detail = {**base, "erasure": found["erasure"], "kept": kept}
        audit.record(session, "fulfil.erasure", case_id=case.id, actor=actor, detail=detail)
        return Done()
    flags.set_flag(session, subject, found["flag"], case.reference, actor, today)
    source_of_record.flag(session, subject, found["flag"], today, case.reference)
    audit.record(session, "fulfil.flagged", case_id=case.id, actor=actor, detail={**base, "flag": found["flag"]})
    return Done()


def erase(
    session: Session,
    settings: Settings,
    records: Own,
    record: dict[str, Any],
    found: dict[str, Any],
    reference: str,
    actor: str,
    today: date,
) -> None:
    """Apply an erasure plan to a record: close it (expire), anonymise it, delete it, or leave it (held)."""
    mode, subject = found["erasure"], record["subject_id"]
    if mode == "held":
        return
    if mode == "expire":
        if record.get("account_status") != "expired":
            # Dated so that the purge removes it on the day the letter gives.
            removal = date.fromisoformat(found["removal_date"])
            changed = (removal - timedelta(days=settings.policy.retention_days)).isoformat()
            records.change(session, record, {"account_status": "expired", "status_changed_at": changed})
        return
    # anonymise: every field but the subject_id and the kept ones emptied; the record stays for what a law keeps.
    keep = {k["field"] for k in found.get("kept", [])} if mode == "anonymise" else None
    records.erase(session, record, keep, (today, reference))
    flags.forget(session, subject, keep=set())
    # A tombstone the organisation's systems can read: this id was erased on this day by this case.
    flags.set_flag(session, subject, "erased", reference, actor, today)
