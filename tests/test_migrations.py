"""The migrations build exactly the schema the models describe, on SQLite and PostgreSQL, and go back down."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
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


@pytest.mark.postgres
def test_two_upgrades_at_once_on_postgresql_both_succeed(pg_url: str, tmp_path: Path) -> None:
    # Two machines' upgrade units starting together: one migrates, the other waits for it and finds nothing to do.
    env = {**os.environ, "INTAKE_DATABASE_URL": pg_url, "INTAKE_VAR_DIR": str(tmp_path / "var")}
    runs = [
        subprocess.Popen(
            [sys.executable, "-m", "intake.cli", "db", "upgrade"], env=env, cwd=tmp_path, stderr=subprocess.PIPE
        )
        for _ in range(2)
    ]
    errors = [run.communicate(timeout=120)[1].decode() for run in runs]
    assert [run.returncode for run in runs] == [0, 0], errors
    assert db.current_revision(pg_url) == db.head_revision()
