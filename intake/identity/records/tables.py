"""The subject, subject_key, subject_term, employer, hold and subject_flag tables, and a record's FIELDS."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import JSON, BigInteger, Column, Index, Integer, Text, UniqueConstraint
from sqlmodel import Field, SQLModel

ACCOUNT_STATUSES = ("active", "suspended", "expired")
FIELDS = (
    "subject_id",
    "name",
    "email",
    "phone",
    "employer",
    "role",
    "account_status",
    "status_changed_at",
    "date_of_birth",
    "address",
    "account_id",
)


class Subject(SQLModel, table=True):
    """One person the organisation holds data about, keyed by the organisation's own `subject_id`."""

    __tablename__ = "subject"

    id: int | None = Field(default=None, sa_column=Column(Integer, primary_key=True, autoincrement=True))
    subject_id: str = Field(sa_column=Column(Text, nullable=False, unique=True))
    name: str | None = Field(default=None, sa_column=Column(Text))
    email: str | None = Field(default=None, sa_column=Column(Text))
    phone: str | None = Field(default=None, sa_column=Column(Text))
    employer: str | None = Field(default=None, sa_column=Column(Text))
    role: str | None = Field(default=None, sa_column=Column(Text))  # user, customer_contact, or other values
    account_status: str | None = Field(default=None, sa_column=Column(Text))  # active, suspended, expired
    status_changed_at: str | None = Field(default=None, sa_column=Column(Text))  # ISO 8601 as imported
    date_of_birth: str | None = Field(default=None, sa_column=Column(Text))  # ISO date
    address: str | None = Field(default=None, sa_column=Column(Text))
    account_id: str | None = Field(default=None, sa_column=Column(Text))  # customer, employee or account number
    attributes: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False, default=dict))


# Whose record, where several organisations share a deployment: one's requests are never verified against another's
# people; subject_id stays unique across them (an import refuses another organisation's id). A column of the table
# (migration 0015) but not of the mapped class: the records' own code reads and writes it in SQL, and a records-only
# schema (migration 0002, as an export tool may keep) still loads Subject rows.
Subject.__table__.append_column(  # type: ignore[attr-defined]
    Column("organisation", Text, nullable=False, server_default="default")
)


class SubjectKey(SQLModel, table=True):
    """A hashed blocking key of a subject: candidate generation is one index range scan per key."""

    __tablename__ = "subject_key"
    # A plain table with a separate index (not a clustered primary key) so a first import can append rows and
    # build the index once at the end; the index covers (key, subject), so look-ups never touch the table.
    __table_args__ = (Index("ix_subject_key", "key", "subject"),)

    id: int | None = Field(
        default=None, sa_column=Column(BigInteger().with_variant(Integer, "sqlite"), primary_key=True)
    )
    key: int = Field(sa_column=Column(BigInteger, nullable=False))
    subject: int = Field(sa_column=Column(Integer, nullable=False))


class SubjectTerm(SQLModel, table=True):
    """How many subjects carry a name word or employer: rare values agreeing weigh more than common ones."""

    __tablename__ = "subject_term"

    term: str = Field(sa_column=Column(Text, primary_key=True))
    n: int = Field(default=0, sa_column=Column(Integer, nullable=False, default=0))


class Employer(SQLModel, table=True):
    """A client organisation whose employees use the product, with the admin who manages their accounts."""

    __tablename__ = "employer"

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(sa_column=Column(Text, nullable=False))
    key: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))  # employer_key(name)
    admin_name: str | None = Field(default=None, sa_column=Column(Text))
    admin_email: str | None = Field(default=None, sa_column=Column(Text))
    attributes: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False, default=dict))


# Whose client, where several organisations share a deployment: two may both have an "Acme Ltd", each with its own
# admin, and a notice must go to the admin the case's organisation imported (migration 0016). Not mapped, as with
# Subject: the employers' code reads and writes it in SQL.
Employer.__table__.append_column(  # type: ignore[attr-defined]
    Column("organisation", Text, nullable=False, server_default="default")
)
Employer.__table__.append_constraint(  # type: ignore[attr-defined]
    UniqueConstraint("organisation", "name", name="uq_employer_organisation_name")
)
Index("ix_employer_key", Employer.__table__.c.organisation, Employer.__table__.c.key)  # type: ignore[attr-defined]


class Hold(SQLModel, table=True):
    """A legal hold the DPO set on a subject: no erasure and no purge touch the record while it lasts."""

    __tablename__ = "hold"

    id: int | None = Field(default=None, primary_key=True)
    # The organisation's subject_id, not a key into subject: a hold outlives a re-import and may precede the record.
    subject_id: str = Field(sa_column=Column(Text, nullable=False, index=True))
    reason: str = Field(sa_column=Column(Text, nullable=False))
    until: date | None = None  # the last day the hold applies; None for no end date
    created_by: str = Field(default="system", max_length=128)
    created_at: datetime = Field(default_factory=lambda: datetime.now(UTC))
    released_at: datetime | None = None


class SubjectFlag(SQLModel, table=True):
    """A right the subject exercised that the organisation's systems must honour (restriction, objection...).

    Kept apart from `subject` so that the next import of the organisation's records does not wipe it out.
    """

    __tablename__ = "subject_flag"
    __table_args__ = (UniqueConstraint("subject_id", "flag", name="uq_subject_flag"),)

    id: int | None = Field(default=None, primary_key=True)
    subject_id: str = Field(sa_column=Column(Text, nullable=False, index=True))
    flag: str = Field(max_length=32)  # restricted, objected, consent_withdrawn, opted_out_of_sale, erased...
    set_on: date
    case_reference: str = Field(max_length=32)
    actor: str = Field(default="system", max_length=128)
