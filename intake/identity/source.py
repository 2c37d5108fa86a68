"""The source of record behind verification and fulfilment: intake's own table, or the organisation's database.

Three ways to keep the records, chosen by `[records]` (README, "Fulfilment and retention"):

- `Own` (no `[records] url`, the default): intake's subject table, filled by `intake subjects import`.
- `Live` (`url` and `mode = "live"`): nothing is copied. Verification runs the organisation's `find` query for each
  request; the export at approval, a rectification, an erasure and a flag read and write its database.
- `Copy` (`url` and `mode = "copy"`): `intake subjects sync` copies the organisation's rows into intake's table,
  where verification reads them through the blocking index (fast, and working when that database is down);
  fulfilment reads and changes the organisation's database, the source of record, and keeps the copy in step.

Verification (`identity.verify`), the policy's view of a record (`cases.subject_record`), the confirmation round
trip and fulfilment (`fulfil.plan`, `fulfil.carry`, `fulfil.purge`) all ask `source(settings)`, and none of them
knows which of the three answers. A write to the organisation's database commits in its own transaction before
intake's (there is no transaction across two databases): should intake's commit then fail, approving again applies
the same change again, which leaves the record as it was meant to be.
"""

from __future__ import annotations

from datetime import date
from itertools import zip_longest
from typing import Any

from sqlalchemy import text
from sqlmodel import Session

from intake.errors import SettingsError
from intake.identity import candidates as blocking
from intake.identity import records
from intake.identity.records.organisation import FETCH_LIMIT, Organisation, RecordsConfig
from intake.identity.score import Request
from intake.settings import Settings, section

PROBES = 3  # look-ups of `find` per request at most: one per e-mail address, phone or customer number it gives


class Own:
    """intake's own subject table (`intake subjects import`), with its blocking index.

    `organisation` keeps one organisation's look-ups to its own subjects where several share the table; None (one
    organisation in the deployment) reads every row, as before there were several."""

    kind = "intake"

    def __init__(self, organisation: str | None = None) -> None:
        self.organisation = organisation

    def candidates(self, session: Session, req: Request, limit: int) -> list[dict[str, Any]]:
        return blocking.candidates(session.connection(), req.keys(), limit, self.organisation)

    def subject(self, session: Session, subject_id: str) -> list[dict[str, Any]]:
        return blocking.subject(session.connection(), subject_id, self.organisation)

    def term_counts(self, session: Session, names: set[str]) -> tuple[dict[str, int], int]:
        return blocking.term_counts(session.connection(), names)

    def get(self, session: Session, subject_id: str) -> dict[str, Any] | None:
        return records.get(session, subject_id, self.organisation)

    def missing(self, action: str) -> str | None:
        """Why `action` (a field to change, "erase", "anonymise") cannot be carried out here, or None."""
        return None

    def change(self, session: Session, record: dict[str, Any], changes: dict[str, Any]) -> None:
        """Set fields of the record (a rectification, an account expired), in the caller's transaction."""
        records.put(session, {**record, **changes}, self.organisation)

    def erase(
        self, session: Session, record: dict[str, Any], keep: set[str] | None, erased: tuple[date, str] | None = None
    ) -> None:
        """Delete the record, or (`keep` given) empty every field but the subject_id and `keep`; `erased` (the day
        and the case reference) is the tombstone flag to record with it where the flags are kept apart."""
        if keep is None:
            records.remove(session, [record["subject_id"]], commit=False)
            return
        out: dict[str, Any] = {"subject_id": record["subject_id"]}
        out.update({k: v for k, v in record.items() if k in keep and k != "attributes"})
        out["attributes"] = {k: v for k, v in (record.get("attributes") or {}).items() if k in keep}
        records.put(session, out, self.organisation)

    def flag(self, session: Session, subject_id: str, flag: str, on: date, reference: str) -> None:
        """intake's subject_flag table holds the flag (fulfil.flags); intake's own records need nothing more."""

    def accounts(self, session: Session) -> list[tuple[str, str, str | None]]:
        """(subject_id, account_status, status_changed_at) of the expired and suspended accounts, for the purge."""
        mine = "" if self.organisation is None else "AND organisation = :org "
        rows = session.connection().execute(
            text(
                "SELECT subject_id, account_status, status_changed_at FROM subject "
                f"WHERE account_status IN ('expired', 'suspended') {mine}ORDER BY id"
            ),
            {"org": self.organisation},
        )
        return [(str(a), str(b), c) for a, b, c in rows]


class Live(Own):
    """The organisation's database, asked for every look-up and every change (`[records] mode = "live"`)."""

    kind = "live"

    def __init__(self, config: RecordsConfig, organisation: str | None = None) -> None:
        super().__init__(organisation)  # the copy in intake's table, where the organisation's rows are kept apart
        self.org = Organisation(config)
        self.config = config

    def candidates(self, session: Session, req: Request, limit: int) -> list[dict[str, Any]]:
        found: dict[str, dict[str, Any]] = {}
        for params in probes(req):
            for row in self.org.rows("find", params, FETCH_LIMIT):
                if row["subject_id"] and row["subject_id"] not in found and len(found) < FETCH_LIMIT:
                    found[row["subject_id"]] = row
        # Shaped as the blocking index gives them: an `id` (a position here) and the fields; attributes are not
        # compared. The scorer ranks them; the query's order says nothing about how well they fit.
        return [{"id": i, **{f: row[f] for f in records.FIELDS}} for i, row in enumerate(found.values(), 1)]

    def subject(self, session: Session, subject_id: str) -> list[dict[str, Any]]:
        rows = self.org.rows("select", {"subject_id": subject_id}, 1)
        return [{"id": 0, **{f: row[f] for f in records.FIELDS}} for row in rows]

    def term_counts(self, session: Session, names: set[str]) -> tuple[dict[str, int], int]:
        # The organisation's database holds no value counts: a name weighs as rare as [verify] population allows.
        return {}, 0

    def get(self, session: Session, subject_id: str) -> dict[str, Any] | None:
        rows = self.org.rows("select", {"subject_id": subject_id}, 1)
        return rows[0] if rows else None

    def missing(self, action: str) -> str | None:
        if action in {"erase", "anonymise"}:
            return None if getattr(self.config, action).strip() else f"[records] {action} is not configured"
        if action not in self.config.update:
            return f"[records.update] {action} is not configured"
        return None

    def change(self, session: Session, record: dict[str, Any], changes: dict[str, Any]) -> None:
        sid = record["subject_id"]
        lacking = next((why for why in map(self.missing, changes) if why), None)
        if lacking:
            raise SettingsError(lacking)
        statements = [
            (f"[records.update] {name}", self.config.update[name], {"subject_id": sid, "value": value})
            for name, value in changes.items()
        ]
        self.org.execute(statements)

    def erase(
        self, session: Session, record: dict[str, Any], keep: set[str] | None, erased: tuple[date, str] | None = None
    ) -> None:
        key, sid = ("erase" if keep is None else "anonymise"), record["subject_id"]
        if self.missing(key):
            raise SettingsError(f"[records] {key}: not configured, and {sid} must be erased")
        statements = [(f"[records] {key}", getattr(self.config, key), {"subject_id": sid})]
        if erased is not None and self.config.flag:
            # In the same transaction: an erasure committed without its tombstone could not be approved again
            # (the record is gone) to write it.
            params = {"subject_id": sid, "flag": "erased", "set_on": erased[0], "reference": erased[1]}
            statements.append(("[records] flag", self.config.flag, params))
        self.org.execute(statements)

    def flag(self, session: Session, subject_id: str, flag: str, on: date, reference: str) -> None:
        if self.config.flag:
            params = {"subject_id": subject_id, "flag": flag, "set_on": on, "reference": reference}
            self.org.execute([("[records] flag", self.config.flag, params)])

    def accounts(self, session: Session) -> list[tuple[str, str, str | None]]:
        if not self.config.accounts:
            return []  # the organisation's own systems run the retention of its accounts
        found = self.org.rows("accounts", {})
        return [(str(r["subject_id"]), str(r["account_status"]), r["status_changed_at"]) for r in found]


class Copy(Live):
    """The organisation's database copied into intake's table by `intake subjects sync` (`mode = "copy"`):
    verification reads the copy; fulfilment reads and writes the organisation's database and then the copy."""

    kind = "copy"

    def candidates(self, session: Session, req: Request, limit: int) -> list[dict[str, Any]]:
        return Own.candidates(self, session, req, limit)

    def subject(self, session: Session, subject_id: str) -> list[dict[str, Any]]:
        return Own.subject(self, session, subject_id)

    def term_counts(self, session: Session, names: set[str]) -> tuple[dict[str, int], int]:
        return Own.term_counts(self, session, names)

    def change(self, session: Session, record: dict[str, Any], changes: dict[str, Any]) -> None:
        super().change(session, record, changes)
        if records.get(session, record["subject_id"], self.organisation) is not None:
            Own.change(self, session, record, changes)

    def erase(
        self, session: Session, record: dict[str, Any], keep: set[str] | None, erased: tuple[date, str] | None = None
    ) -> None:
        super().erase(session, record, keep, erased)
        if records.get(session, record["subject_id"], self.organisation) is not None:
            Own.erase(self, session, record, keep)


def source(settings: Settings) -> Own:
    """The source of record `[records]` names (intake's own table when it names none), for the organisation the
    settings are of (`settings.tenant(id)`): its [organisation.records], and only its rows of intake's table."""
    config = section(settings, "records", RecordsConfig)
    org = settings.organisation_id if settings.multi else None
    if not config.url:
        return Own(org)
    return Live(config, org) if config.mode == "live" else Copy(config, org)


def probes(req: Request) -> list[dict[str, Any]]:
    """The bind parameters of each `find` look-up: the names and date of birth in each, and the request's e-mail
    addresses, phones and customer numbers taken one at a time (a query compares one value per column)."""
    tokens = [t for t in req.tokens if len(t) > 1]
    common = {
        "name": req.name or None,
        "given_name": tokens[0] if tokens else None,
        "family_name": tokens[-1] if len(tokens) > 1 else None,
        "date_of_birth": date.fromisoformat(req.dob) if req.dob else None,
        "employer": req.employer or None,
    }
    emails = [e for e in [req.from_email, *req.other_emails] if e]
    looked = list(zip_longest(emails, req.phones, req.identifiers))[:PROBES] or [(None, None, None)]
    return [{**common, "email": e, "phone": p, "account_id": a} for e, p, a in looked]
