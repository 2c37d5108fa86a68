"""Alembic environment: runs migrations on the engine intake itself uses."""

from alembic import context
from sqlmodel import SQLModel

import intake.identity.records  # noqa: F401  (subject and employer tables)
import intake.models  # noqa: F401  (registers the tables on SQLModel.metadata)
import intake.sources.imap  # noqa: F401  (IMAP sync state and locks)
from intake.db import engine_for

config = context.config
url = config.get_main_option("sqlalchemy.url")

with engine_for(url).connect() as connection:
    context.configure(
        connection=connection,
        target_metadata=SQLModel.metadata,
        render_as_batch=connection.dialect.name == "sqlite",
    )
    with context.begin_transaction():
        context.run_migrations()
    connection.commit()
