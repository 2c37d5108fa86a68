"""What approving a letter will carry out, worked out when it is drafted (its text says so) and again at approval."""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Any

from sqlmodel import Session

from intake.fulfil import FLAGS, SUPPLIES, holds
from intake.identity.records import formula
from intake.identity.source import source
from intake.models import Case, utcnow
from intake.settings import Settings

# The fields a rectification may take from the request.
RECTIFIABLE = ("name", "address", "phone", "date_of_birth", "employer")


def _same(field: str, a: Any, b: Any) -> bool:
    if field == "phone":
        return re.sub(r"\D", "", str(a or "")).lstrip("0") == re.sub(r"\D", "", str(b or "")).lstrip("0")
    # Spacing, capitals and punctuation never make a change ("Acme Ltd." is "Acme Ltd").
    return _words(a) == _words(b)


def _words(value: Any) -> str:
    return " ".join(re.sub(r"[^\w]+", " ", str(value or "")).split()).casefold()


def proposed_changes(case: Case, record: dict[str, Any]) -> list[dict[str, Any]]:
    """field: old -> new, for each field the request states differently from the record."""
    ex = case.extraction or {}
    stated = {
        "name": ex.get("name"),
        "address": ex.get("address"),
        "phone": ex["phones"][0] if len(ex.get("phones") or []) == 1 else None,
        "date_of_birth": ex.get("date_of_birth"),
        "employer": ex.get("employer"),
    }
    return [
        {"field": f, "old": record.get(f), "new": stated[f]}
        for f in RECTIFIABLE
        if stated[f] and not _same(f, stated[f], record.get(f))
    ]


def erasure_plan(
    session: Session, settings: Settings, subject_id: str, record: dict[str, Any], today: date, removal: str | None
) -> dict[str, Any]:
    """How an erasure of this record goes: held, expire (closed, removed after retention_days), anonymise or delete."""
    held = holds.active(session, subject_id, today)
    if held:
        ends = [h.until for h in held]
        until = None if any(u is None for u in ends) else max(u for u in ends if u is not None).isoformat()
        return {"erasure": "held", "held_until": until, "kept": []}
    kept = [{"field": f, "reason": why} for f, why in settings.retention.kept.items() if _value(record, f) is not None]
    role = (record.get("role") or "").lower()
    if role and role in settings.fulfilment.expire_roles:
        if removal is None:
            removal = (today + timedelta(days=settings.policy.retention_days)).isoformat()
        return {"erasure": "expire", "removal_date": removal, "kept": kept}
    mode = "anonymise" if kept or settings.fulfilment.erasure == "anonymise" else "delete"
    return {"erasure": mode, "kept": kept}


def _value(record: dict[str, Any], field: str) -> Any:
    return record.get(field) if field in record else (record.get("attributes") or {}).get(field)


def plan(
    session: Session,
    settings: Settings,
    case: Case,
    template: str,
    context: dict[str, Any] | None = None,
    today: date | None = None,
) -> dict[str, Any] | None:
    """The plan of a letter's approval, or None when approving it changes nothing and attaches nothing.

    Without a verified subject (case.subject_id) or a record, the plan says so (`missing`): approval refuses it.
    """
    if template not in SUPPLIES:
        return None
    today = today or utcnow().date()
    if not case.subject_id:
        return {"missing": "subject"}
    record = source(settings).get(session, case.subject_id)
    if record is None:
        return {"missing": "record"}
    context = context or {}
    if template in ("access", "portability"):
        found: dict[str, Any] = {
            "attachments": list(settings.fulfilment.attachments),
            "deliver": settings.fulfilment.deliver,
        }
        if settings.fulfilment.deliver == "link":
            # The day the link will stop working if approved today; the letter states it (approval restates it).
            found["link_expires_on"] = (today + timedelta(days=settings.fulfilment.link_days)).isoformat()
        return found
    if template == "rectification":
        changes = context.get("changes")
        changes = changes if changes is not None else proposed_changes(case, record)
        # Stored as written, but shown to the DPO: a value a spreadsheet would run, in their records and exports.
        return {"changes": [{**c, "formula": True} if formula.looks_like(c.get("new")) else c for c in changes]}
    if template == "erasure":
        return erasure_plan(session, settings, case.subject_id, record, today, context.get("removal_date"))
    return {"flag": FLAGS[template]}


def letter_values(found: dict[str, Any] | None) -> dict[str, Any]:
    """The template variables a plan gives its letter (what will change, what is kept and why, a hold)."""
    if not found:
        return {}
    values: dict[str, Any] = {}
    if "attachments" in found:
        values["deliver"] = found.get("deliver", "attach")  # "link": the letter says the files wait online
        values["link_expires_on"] = found.get("link_expires_on")
    if "changes" in found:
        values["changes"] = found["changes"]
    if "erasure" in found:
        values["kept"] = found.get("kept", [])
        values["held"] = found["erasure"] == "held"
        values["held_until"] = found.get("held_until")
        if found["erasure"] == "expire":
            values["account_status"] = "expired"
            values["removal_date"] = found["removal_date"]
        else:  # erased now (or held): the letter's branches for an expired or suspended account do not apply
            values["account_status"] = None
            values["removal_date"] = None
    return values
