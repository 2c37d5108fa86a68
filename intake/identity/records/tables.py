"""The subject, subject_key, subject_term and employer tables, and the fields of a subject record."""

from __future__ import annotations

from typing import Any

from sqlalchemy import JSON, BigInteger, Column, Index, Integer, Text
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
    __table_args__ = (Index("ix_employer_key", "key"),)

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(sa_column=Column(Text, nullable=False, unique=True))
    key: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))  # employer_key(name)
    admin_name: str | None = Field(default=None, sa_column=Column(Text))
    admin_email: str | None = Field(default=None, sa_column=Column(Text))
    attributes: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False, default=dict))
