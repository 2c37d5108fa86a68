"""subjects and employers (verification)

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "subject",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("subject_id", sa.Text(), nullable=False, unique=True),
        sa.Column("name", sa.Text(), nullable=True),
        sa.Column("email", sa.Text(), nullable=True),
        sa.Column("phone", sa.Text(), nullable=True),
        sa.Column("employer", sa.Text(), nullable=True),
        sa.Column("role", sa.Text(), nullable=True),
        sa.Column("account_status", sa.Text(), nullable=True),
        sa.Column("status_changed_at", sa.Text(), nullable=True),
        sa.Column("date_of_birth", sa.Text(), nullable=True),
        sa.Column("address", sa.Text(), nullable=True),
        sa.Column("account_id", sa.Text(), nullable=True),
        sa.Column("attributes", sa.JSON(), nullable=False),
    )
    # Blocking keys are exact 64-bit hashes of normalised values, so a plain B-tree answers every look-up;
    # fuzzy index extensions (pg_trgm) are not needed. The index covers (key, subject): look-ups are index-only.
    op.create_table(
        "subject_key",
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), primary_key=True),
        sa.Column("key", sa.BigInteger(), nullable=False),
        sa.Column("subject", sa.Integer(), nullable=False),
    )
    op.create_index("ix_subject_key", "subject_key", ["key", "subject"])
    op.create_table(
        "subject_term",
        sa.Column("term", sa.Text(), primary_key=True),
        sa.Column("n", sa.Integer(), nullable=False),
    )
    op.create_table(
        "employer",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("name", sa.Text(), nullable=False, unique=True),
        sa.Column("key", sa.Text(), nullable=False),
        sa.Column("admin_name", sa.Text(), nullable=True),
        sa.Column("admin_email", sa.Text(), nullable=True),
        sa.Column("attributes", sa.JSON(), nullable=False),
    )
    op.create_index("ix_employer_key", "employer", ["key"])


def downgrade() -> None:
    op.drop_index("ix_employer_key", table_name="employer")
    op.drop_table("employer")
    op.drop_table("subject_term")
    op.drop_index("ix_subject_key", table_name="subject_key")
    op.drop_table("subject_key")
    op.drop_table("subject")
