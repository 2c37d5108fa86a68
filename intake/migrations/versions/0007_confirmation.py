"""confirmation: the round trip to the address on record

Revision ID: 0007
Revises: 0006
"""

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A request whose data points agree from another mailbox is confirmed by the address the record holds.
    op.create_table(
        "confirmation",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("case_id", sa.Integer(), sa.ForeignKey("cases.id"), nullable=False),
        sa.Column("subject_id", sa.String(length=128), nullable=False),
        sa.Column("address", sa.String(length=320), nullable=False),
        sa.Column("code_hash", sa.String(length=64), nullable=False),
        sa.Column("message_id", sa.String(length=998), nullable=False),
        sa.Column("outbox_id", sa.Integer(), sa.ForeignKey("outbox.id"), nullable=True),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("requested_by", sa.String(length=128), nullable=False),
        sa.Column("wrong_codes", sa.Integer(), nullable=False),
        sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("expires_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("answered_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
        sa.Column("answer_message_id", sa.Integer(), sa.ForeignKey("message.id"), nullable=True),
    )
    op.create_index("ix_confirmation_case_id", "confirmation", ["case_id"])
    op.create_index("ix_confirmation_message_id", "confirmation", ["message_id"])
    op.create_index("ix_confirmation_address", "confirmation", ["address", "created_at"])
    op.create_index("ix_confirmation_code", "confirmation", ["code_hash"])


def downgrade() -> None:
    op.drop_table("confirmation")
