"""outbox.automatic: which outgoing mails left without a person's approval (the automatic-mail budget counts them)

Revision ID: 0005
Revises: 0004
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("outbox") as batch:
        batch.add_column(sa.Column("automatic", sa.Boolean(), nullable=False, server_default=sa.false()))
    op.create_index("ix_outbox_automatic", "outbox", ["automatic", "created_at"])


def downgrade() -> None:
    op.drop_index("ix_outbox_automatic", table_name="outbox")
    with op.batch_alter_table("outbox") as batch:
        batch.drop_column("automatic")
