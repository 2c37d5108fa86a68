"""Rule: erasure for everyone else, with its consequences and the 45-day retention of expired accounts."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from intake.policy.rules import Context, Hit, Outcome


def _day(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00")).date()
    except ValueError:
        return None


class Erasure:
    name = "erasure"
    description = (
        "Erasure (not by a user): the draft states the consequence and the statutory retention; an expired "
        "account's removal date is expiry + 45 days; a suspended account closes after 45 days."
    )

    def check(self, ctx: Context) -> Hit | None:
        if "erasure" not in ctx.extraction.rights:
            return None
        record = ctx.record
        if record is not None and (record.role or "").lower() == "user":
            return None  # employer_redirect handles it
        status = (record.account_status or "").lower() if record else None
        removal = None
        if status == "expired":
            changed = _day(record.status_changed_at if record else None)
            if changed:
                removal = (changed + timedelta(days=ctx.settings.policy.retention_days)).isoformat()
        context = {"account_status": status, "removal_date": removal}
        outcome = Outcome("erasure", "erasure", ctx.requester, reason="erasure requested", context=context)
        flags = ["expired_without_date"] if status == "expired" and removal is None else []
        return Hit(self.name, f"erasure; account {status or 'unknown'}", outcomes=[outcome], flags=flags)
