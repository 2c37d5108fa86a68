"""case due index: the cases page sorted by due date reads an index instead of sorting every case

Revision ID: 0013
Revises: 0009
"""

from alembic import op

revision = "0013"
# 0010 to 0012 are being written beside this one; at the merge this becomes the last of them.
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_cases_due", "cases", ["due_on", "id"])


def downgrade() -> None:
    op.drop_index("ix_cases_due", table_name="cases")
