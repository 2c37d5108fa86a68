"""organisations: several in one deployment; each message, case, register row and subject of intake's own records
is one organisation's, and an API token may be bound to one

Revision ID: 0015
Revises: 0014
"""

import sqlalchemy as sa
from alembic import op

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Every row from before belongs to the one organisation a deployment without [[organisation]] tables has.
    for table in ("message", "cases", "register_entry"):
        with op.batch_alter_table(table) as batch:
            batch.add_column(sa.Column("organisation", sa.String(length=32), nullable=False, server_default="default"))
    with op.batch_alter_table("subject") as batch:
        batch.add_column(sa.Column("organisation", sa.Text(), nullable=False, server_default="default"))
    with op.batch_alter_table("api_token") as batch:
        batch.add_column(sa.Column("organisation", sa.String(length=32), nullable=True))
    op.create_index("ix_message_organisation", "message", ["organisation", "id"])
    op.create_index("ix_cases_organisation", "cases", ["organisation", "due_on", "id"])


def downgrade() -> None:
    op.drop_index("ix_cases_organisation", table_name="cases")
    op.drop_index("ix_message_organisation", table_name="message")
    for table in ("api_token", "register_entry", "subject", "cases", "message"):
        with op.batch_alter_table(table) as batch:
            batch.drop_column("organisation")
