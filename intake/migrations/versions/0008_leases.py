"""leases: message claims and outbox deliveries expire; one row per periodic job and period

Revision ID: 0008
Revises: 0007
"""

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = "0008"
# 0007 is being written beside this one; at the merge this becomes "0007".
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("message", sa.Column("lease_expires", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True))
    # A claim taken before leases existed has no expiry: treat it as expired at once, so that the first worker
    # after the upgrade takes it over (the workers that held such claims were stopped for the upgrade).
    op.execute("UPDATE message SET lease_expires = claimed_at WHERE claimed_at IS NOT NULL")
    op.add_column("outbox", sa.Column("lease_owner", sqlmodel.sql.sqltypes.AutoString(length=128), nullable=True))
    op.add_column("outbox", sa.Column("lease_expires", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True))
    op.create_table(
        "job_run",
        sa.Column("job", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("period", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("job", "period"),
    )


def downgrade() -> None:
    op.drop_table("job_run")
    # A row caught mid-delivery goes back to the queue: the older code knows no `sending`.
    op.execute("UPDATE outbox SET status = 'pending' WHERE status = 'sending'")
    with op.batch_alter_table("outbox") as batch:
        batch.drop_column("lease_expires")
        batch.drop_column("lease_owner")
    with op.batch_alter_table("message") as batch:
        batch.drop_column("lease_expires")
