"""case due index: the cases page sorted by due date reads an index instead of sorting every case

Revision ID: 0013
Revises: 0010
"""

from alembic import op

revision = "0013"
# Chained after the migrations merged before it (revision ids are names, not an order).
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_cases_due", "cases", ["due_on", "id"])


def downgrade() -> None:
    op.drop_index("ix_cases_due", table_name="cases")
