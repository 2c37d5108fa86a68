"""draft: the values its template was rendered with

Revision ID: 0006
Revises: 0005
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Approval re-renders a draft's template with these values to know which clauses its text must keep.
    op.add_column("draft", sa.Column("template_values", sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("draft") as batch:
        batch.drop_column("template_values")
