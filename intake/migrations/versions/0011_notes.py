"""notes: a case's assignee and the team's internal notes on it

Revision ID: 0011
Revises: 0013
"""

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = "0011"
down_revision = "0013"  # chained after the migrations merged before it
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("cases") as batch:
        batch.add_column(sa.Column("assigned_to", sqlmodel.sql.sqltypes.AutoString(length=128), nullable=True))
        batch.create_index("ix_cases_assigned_to", ["assigned_to"])
    op.create_table(
        "case_note",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("case_id", sa.Integer(), sa.ForeignKey("cases.id"), nullable=False),
        sa.Column("author", sqlmodel.sql.sqltypes.AutoString(length=128), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    )
    op.create_index("ix_case_note_case_id", "case_note", ["case_id"])


def downgrade() -> None:
    op.drop_index("ix_case_note_case_id", table_name="case_note")
    op.drop_table("case_note")
    with op.batch_alter_table("cases") as batch:
        batch.drop_index("ix_cases_assigned_to")
        batch.drop_column("assigned_to")
