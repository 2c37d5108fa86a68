"""The operator's setup: the settings in force and the database schema."""

from __future__ import annotations

from intake import db
from intake import settings as settings_module
from intake.cli.app import app, current_settings, db_app, err, out


@app.command("settings")
def showcurrent_settings() -> None:
    """Show every setting with its environment name, current value and meaning.

    Example: INTAKE_ORGANISATION="Acme" intake settings
    """
    s = current_settings()
    for env_name, default, doc in settings_module.documented():
        key = env_name.removeprefix("INTAKE_").lower()
        value = getattr(s, key)
        if key == "secret" and value:
            value = "***"
        if isinstance(value, list):
            value = ",".join(value)
        out.print(f"{env_name}={value}  # {doc} (default {default or 'empty'})", highlight=False)


@db_app.command("upgrade")
def db_upgrade() -> None:
    """Create or migrate the database schema to the latest version.

    Example: INTAKE_DATABASE_URL=postgresql+psycopg://localhost/intake intake db upgrade
    """
    s = current_settings()
    db.upgrade(s.database_url)
    err.print(f"database at revision {db.current_revision(s.database_url)}")
