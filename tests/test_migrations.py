"""The migrations build exactly the schema the models describe, on SQLite and PostgreSQL, and go back down."""

from __future__ import annotations

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlmodel import SQLModel

import intake.identity.records  # noqa: F401
import intake.models  # noqa: F401
import intake.sources.imap  # noqa: F401
from intake import db


def test_migrated_schema_matches_the_models(database_url: str) -> None:
    db.upgrade(database_url)
    with db.engine_for(database_url).connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), SQLModel.metadata)
    assert diff == []


def test_downgrade_to_nothing_and_up_again(database_url: str) -> None:
    db.upgrade(database_url)
    command.downgrade(db.alembic_config(database_url), "base")
    assert db.current_revision(database_url) is None
    db.upgrade(database_url)
    assert db.current_revision(database_url) == db.head_revision()
