"""event action index: the hard-bounce check before each automatic mail reads the bounces, not every event

Revision ID: 0014
Revises: 0013
"""

from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_event_action_at", "event", ["action", "at"])


def downgrade() -> None:
    op.drop_index("ix_event_action_at", table_name="event")
