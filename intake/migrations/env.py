"""Alembic environment: runs migrations on the engine intake itself uses."""

from alembic import context
from sqlalchemy import text
from sqlmodel import SQLModel

import intake.identity.records  # noqa: F401  (subject and employer tables)
import intake.models  # noqa: F401  (registers the tables on SQLModel.metadata)
import intake.sources.imap  # noqa: F401  (IMAP sync state and locks)
from intake.db import engine_for

config = context.config
url = config.get_main_option("sqlalchemy.url") or ""  # db.alembic_config always sets it

with engine_for(url).connect() as connection:
    context.configure(
        connection=connection,
        target_metadata=SQLModel.metadata,
        render_as_batch=connection.dialect.name == "sqlite",
    )
    with context.begin_transaction():
        if connection.dialect.name == "postgresql":
            # Two machines' `intake db upgrade` at once (two systemd units starting): the second waits for the
            # first and then finds nothing to do, instead of creating the same tables and failing.
            connection.execute(text("SELECT pg_advisory_xact_lock(7461002)"))
        context.run_migrations()
    connection.commit()
