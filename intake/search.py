"""Finding cases: one query over reference, requester and subject, filters, sort and pages, for the web and the CLI."""

from __future__ import annotations

import re
from dataclasses import dataclass, fields
from datetime import date, timedelta

from sqlalchemy import String, cast, exists, func, or_
from sqlmodel import Session, col, select

from intake.errors import InputError
from intake.identity.verify import STATUSES as VERIFICATION_STATUSES
from intake.models import Case, CaseStatus, Message
from intake.understand.extraction import RIGHTS

DONE = ("closed", "sent", "withdrawn", "spam")  # a case in these is no longer late, whatever its due date
DUE = ("overdue", "week")
SORTS = ("newest", "due")
NOBODY = "-"  # assigned=- : the cases no one has taken
MAX_PER_PAGE = 200
_FLAG = re.compile(r"\w{1,64}")
_LANGUAGE = re.compile(r"[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})?")


@dataclass
class CaseQuery:
    """What the DPO asked for; every field empty lists every case, newest first."""

    q: str = ""
    status: str = ""
    right: str = ""
    language: str = ""
    flag: str = ""
    verification: str = ""
    due: str = ""
    assigned: str = ""  # a user name, or NOBODY for the cases assigned to no one
    organisation: str = ""  # an organisation's id: its cases only (a user bound to one always has it set)
    sort: str = "newest"
    page: int = 1
    per_page: int = 50

    @classmethod
    def names(cls) -> list[str]:
        return [f.name for f in fields(cls)]

    def check(self) -> CaseQuery:
        """The query itself, or an InputError naming the valid values of the first field that has none of them."""
        choices: dict[str, list[str]] = {
            "status": [str(s) for s in CaseStatus],
            "right": list(RIGHTS),
            "verification": list(VERIFICATION_STATUSES),
            "due": list(DUE),
            "sort": list(SORTS),
        }
        for name, valid in choices.items():
            value = getattr(self, name)
            if value and value not in valid:
                raise InputError(f"{name}: expected one of {', '.join(valid)}, got {value!r}")
        if self.flag and not _FLAG.fullmatch(self.flag):
            raise InputError("flag: a name of letters, digits and underscores, e.g. authority_checked")
        if self.language and not _LANGUAGE.fullmatch(self.language):
            raise InputError(f"language: a language code such as en, de or pt-BR, got {self.language!r}")
        if self.page < 1 or not 1 <= self.per_page <= MAX_PER_PAGE:
            raise InputError(f"page: from 1; per page: from 1 to {MAX_PER_PAGE}")
        if any("\x00" in str(getattr(self, name)) for name in self.names()):
            raise InputError("a NUL character is not text anyone searches for")  # and PostgreSQL refuses it
        if len(self.q) > 200:
            raise InputError("q: at most 200 characters")
        if len(self.assigned) > 128:
            raise InputError(f"assigned: a user name (at most 128 characters), or {NOBODY} for unassigned cases")
        return self


def _like(text: str) -> str:
    """`text` as a LIKE pattern matching itself anywhere: % and _ typed by the DPO are not wildcards."""
    return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def _where(query: CaseQuery, today: date) -> list:
    conditions = []
    if query.q.strip():
        pattern = _like(query.q.strip().lower())
        subject = exists().where(
            col(Message.case_id) == col(Case.id), func.lower(Message.subject).like(pattern, escape="\\")
        )
        conditions.append(
            or_(
                func.lower(Case.reference).like(pattern, escape="\\"),
                func.lower(Case.requester).like(pattern, escape="\\"),
                func.lower(Case.requester_name).like(pattern, escape="\\"),
                subject,
            )
        )
    if query.organisation:
        conditions.append(col(Case.organisation) == query.organisation)
    if query.status:
        conditions.append(col(Case.status) == query.status)
    if query.language:
        conditions.append(func.lower(Case.language) == query.language.lower())
    # Flags and rights are JSON lists: their text holds each name in quotes, and the names are from a fixed
    # vocabulary of letters and underscores, so a quoted match is an exact one on SQLite and PostgreSQL alike.
    if query.flag:
        conditions.append(cast(Case.flags, String).like(_like(f'"{query.flag}"'), escape="\\"))
    if query.right:
        rights = cast(Case.extraction["rights"], String)  # type: ignore[index]
        conditions.append(rights.like(_like(f'"{query.right}"'), escape="\\"))
    if query.verification:
        conditions.append(Case.verification["status"].as_string() == query.verification)  # type: ignore[index]
    if query.assigned:
        conditions.append(
            col(Case.assigned_to).is_(None) if query.assigned == NOBODY else col(Case.assigned_to) == query.assigned
        )
    if query.due:
        last = today - timedelta(days=1) if query.due == "overdue" else today + timedelta(days=7)
        conditions += [col(Case.due_on).is_not(None), col(Case.due_on) <= last, col(Case.status).not_in(DONE)]
    return conditions


@dataclass
class Found:
    """One page of cases, each with the subject of its first message, and how many cases match in all."""

    cases: list[tuple[Case, str]]
    total: int
    query: CaseQuery

    @property
    def pages(self) -> int:
        return max(1, -(-self.total // self.query.per_page))


def find(session: Session, query: CaseQuery, today: date) -> Found:
    query.check()
    conditions = _where(query, today)
    total = session.exec(select(func.count()).select_from(Case).where(*conditions)).one()
    order = (
        [Case.due_on.asc().nulls_last(), Case.id]  # type: ignore[union-attr]
        if query.sort == "due"
        else [Case.id.desc()]  # type: ignore[union-attr]
    )
    rows = list(
        session.exec(
            select(Case)
            .where(*conditions)
            .order_by(*order)
            .offset((query.page - 1) * query.per_page)
            .limit(query.per_page)
        ).all()
    )
    subjects: dict[int, str] = {}
    ids = [c.id for c in rows]
    if ids:
        for case_id, subject in session.exec(
            select(Message.case_id, Message.subject).where(Message.case_id.in_(ids)).order_by(Message.id.desc())  # type: ignore[union-attr]
        ).all():
            subjects[case_id or 0] = subject or ""  # newest first, so the first message's subject is written last
    return Found([(c, subjects.get(c.id or 0, "")) for c in rows], total, query)


def everything(session: Session, query: CaseQuery, today: date) -> list[tuple[Case, str]]:
    """Every matching case, page after page (for the CLI, which lists them all)."""
    query.per_page, query.page = MAX_PER_PAGE, 1
    out: list[tuple[Case, str]] = []
    while True:
        found = find(session, query, today)
        out += found.cases
        if query.page >= found.pages:
            return out
        query.page += 1
