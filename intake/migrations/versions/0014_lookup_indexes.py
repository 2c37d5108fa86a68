"""lookup indexes: the hard-bounce check reads the bounces, not every event; a new request finds its requester's
cases without reading every case

Revision ID: 0014
Revises: 0012
"""

from alembic import op

revision = "0014"
down_revision = "0012"  # chained after the migrations merged before it
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_event_action_at", "event", ["action", "at"])
    op.create_index("ix_cases_requester", "cases", ["requester"])
    op.create_index("ix_cases_subject", "cases", ["subject_id"])


def downgrade() -> None:
    op.drop_index("ix_cases_subject", table_name="cases")
    op.drop_index("ix_cases_requester", table_name="cases")
    op.drop_index("ix_event_action_at", table_name="event")
