"""imap: mailbox sync state

Revision ID: 0004
Revises: 0003
"""

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # One row per watched folder: where its watcher stands (UIDVALIDITY, last UID) and who holds its lock.
    op.create_table(
        "imap_state",
        sa.Column("label", sqlmodel.sql.sqltypes.AutoString(length=320), primary_key=True),
        # UIDVALIDITY and UIDs are unsigned 32-bit numbers: they do not fit PostgreSQL's INTEGER.
        sa.Column("uidvalidity", sa.BigInteger(), nullable=True),
        sa.Column("last_uid", sa.BigInteger(), nullable=False, server_default="0"),
        sa.Column("stored", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("lock_owner", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=True),
        sa.Column("lock_expires", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.Column("updated_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("imap_state")
