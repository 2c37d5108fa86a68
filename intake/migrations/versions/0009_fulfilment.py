"""fulfilment: holds, subject flags, the register, draft plans and the audit trail's hash chain

Revision ID: 0009
Revises: 0008
"""

import json
from datetime import UTC, datetime

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("event") as batch:
        batch.add_column(sa.Column("seq", sa.BigInteger(), nullable=True))
        batch.add_column(sa.Column("prev_hash", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=True))
        batch.add_column(sa.Column("digest", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=True))
        batch.add_column(sa.Column("hash", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=True))
        batch.add_column(sa.Column("redacted", sa.Boolean(), nullable=False, server_default=sa.false()))
        batch.create_unique_constraint("event_seq_key", ["seq"])
    _chain_existing()
    op.add_column("draft", sa.Column("plan", sa.JSON(), nullable=True))
    op.create_table(
        "hold",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("subject_id", sa.Text(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("until", sa.Date(), nullable=True),
        sa.Column("created_by", sqlmodel.sql.sqltypes.AutoString(length=128), nullable=False),
        sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("released_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
    )
    op.create_index("ix_hold_subject_id", "hold", ["subject_id"])
    op.create_table(
        "subject_flag",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("subject_id", sa.Text(), nullable=False),
        sa.Column("flag", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("set_on", sa.Date(), nullable=False),
        sa.Column("case_reference", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("actor", sqlmodel.sql.sqltypes.AutoString(length=128), nullable=False),
        sa.UniqueConstraint("subject_id", "flag", name="uq_subject_flag"),
    )
    op.create_index("ix_subject_flag_subject_id", "subject_flag", ["subject_id"])
    op.create_table(
        "register_entry",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("reference", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False, unique=True),
        sa.Column("received_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("rights", sa.JSON(), nullable=False),
        sa.Column("language", sqlmodel.sql.sqltypes.AutoString(length=8), nullable=True),
        sa.Column("jurisdiction", sqlmodel.sql.sqltypes.AutoString(length=16), nullable=True),
        sa.Column("verification", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=True),
        sa.Column("status", sqlmodel.sql.sqltypes.AutoString(length=24), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=True),
        sa.Column("closed_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
        sa.Column("approved_by", sqlmodel.sql.sqltypes.AutoString(length=128), nullable=True),
        sa.Column("steps", sa.JSON(), nullable=False),
        sa.Column("purged_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    )


def _chain_existing() -> None:
    """Chain the events written before the chain existed, oldest first, as the code chains new ones."""
    from intake.audit import GENESIS, digest_of, link

    conn = op.get_bind()
    rows = conn.execute(
        sa.text("SELECT id, at, actor, action, case_id, message_id, detail FROM event ORDER BY id")
    ).all()
    prev = GENESIS
    for seq, row in enumerate(rows, 1):
        detail = json.loads(row.detail) if isinstance(row.detail, str) else row.detail
        at = row.at if isinstance(row.at, datetime) else datetime.fromisoformat(str(row.at))
        if at.tzinfo is None:
            at = at.replace(tzinfo=UTC)
        digest = digest_of(row.id, at, row.actor, row.action, row.case_id, row.message_id, detail)
        prev_hash, prev = prev, link(prev, digest, seq)
        conn.execute(
            sa.text("UPDATE event SET seq = :seq, prev_hash = :p, digest = :d, hash = :h WHERE id = :id"),
            {"seq": seq, "p": prev_hash, "d": digest, "h": prev, "id": row.id},
        )


def downgrade() -> None:
    op.drop_table("register_entry")
    op.drop_table("subject_flag")
    op.drop_table("hold")
    with op.batch_alter_table("draft") as batch:
        batch.drop_column("plan")
    with op.batch_alter_table("event") as batch:
        batch.drop_constraint("event_seq_key", type_="unique")
        batch.drop_column("redacted")
        batch.drop_column("hash")
        batch.drop_column("digest")
        batch.drop_column("prev_hash")
        batch.drop_column("seq")
