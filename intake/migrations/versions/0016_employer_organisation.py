"""employer per organisation: two organisations may each have a client of one name, with admins of their own

Revision ID: 0016
Revises: 0015
"""

import sqlalchemy as sa
from alembic import op

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None

UNIQUE = "uq_employer_organisation_name"


def _name_unique(bind: sa.engine.Connection) -> dict | None:
    """The unique constraint on employer.name alone, as this database named it (SQLite: unnamed)."""
    for found in sa.inspect(bind).get_unique_constraints("employer"):
        if found["column_names"] == ["name"]:
            return found
    return None


def upgrade() -> None:
    bind = op.get_bind()
    op.drop_index("ix_employer_key", table_name="employer")
    organisation = sa.Column("organisation", sa.Text(), nullable=False, server_default="default")
    old = _name_unique(bind)
    if old is not None and old.get("name"):
        op.add_column("employer", organisation)
        op.drop_constraint(old["name"], "employer", type_="unique")
        op.create_unique_constraint(UNIQUE, "employer", ["organisation", "name"])
    else:
        # SQLite's constraint has no name to drop: the table is rebuilt from its 0002 shape, without it.
        shape = sa.Table(
            "employer",
            sa.MetaData(),
            sa.Column("id", sa.Integer(), primary_key=True),
            sa.Column("name", sa.Text(), nullable=False),
            sa.Column("key", sa.Text(), nullable=False),
            sa.Column("admin_name", sa.Text(), nullable=True),
            sa.Column("admin_email", sa.Text(), nullable=True),
            sa.Column("attributes", sa.JSON(), nullable=False),
        )
        with op.batch_alter_table("employer", copy_from=shape, recreate="always") as batch:
            batch.add_column(organisation)
            batch.create_unique_constraint(UNIQUE, ["organisation", "name"])
    op.create_index("ix_employer_key", "employer", ["organisation", "key"])


def downgrade() -> None:
    bind = op.get_bind()
    op.drop_index("ix_employer_key", table_name="employer")
    if bind.dialect.name == "sqlite":
        with op.batch_alter_table("employer", recreate="always") as batch:
            batch.drop_constraint(UNIQUE, type_="unique")
            batch.drop_column("organisation")
            batch.create_unique_constraint("employer_name_key", ["name"])
    else:
        op.drop_constraint(UNIQUE, "employer", type_="unique")
        op.drop_column("employer", "organisation")
        op.create_unique_constraint("employer_name_key", "employer", ["name"])
    op.create_index("ix_employer_key", "employer", ["key"])
