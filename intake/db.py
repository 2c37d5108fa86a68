"""Database engine, sessions and Alembic migrations (SQLite in WAL mode by default, PostgreSQL alike)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TypeVar

from sqlalchemy import event
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, InterfaceError, OperationalError
from sqlmodel import Session, create_engine

from intake.errors import SettingsError

_engines: dict[str, Engine] = {}


def _sqlite_pragmas(dbapi_conn, _record) -> None:
    # WAL lets the SMTP server commit while the worker reads; synchronous=FULL makes each commit
    # durable before we answer 250, which is the whole point of storing first.
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=FULL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA busy_timeout=30000")
    cur.close()


def _postgresql_session(dbapi_conn, _record) -> None:
    # JIT compilation pays off on long analytic queries; on ours it costs more than the query: a search over
    # 100,000 cases (a seq scan the planner prices high) spent 1.9 s compiling, 0.1 s without it.
    with dbapi_conn.cursor() as cur:
        cur.execute("SET jit = off")
    dbapi_conn.commit()


def engine_for(url: str) -> Engine:
    """One engine per URL per process; creates the SQLite file's folder when needed."""
    if url in _engines:
        return _engines[url]
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise SettingsError(f"INTAKE_DATABASE_URL: not a database URL: {url!r}") from None
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 30})
        event.listen(engine, "connect", _sqlite_pragmas)
    elif parsed.get_backend_name() == "postgresql":
        engine = create_engine(url, pool_pre_ping=True)
        event.listen(engine, "connect", _postgresql_session)
    else:
        raise SettingsError(f"INTAKE_DATABASE_URL: unsupported database {parsed.get_backend_name()!r}")
    _engines[url] = engine
    return engine


def connection_lost(exc: BaseException) -> bool:
    """A database that went away (restart, failover, a cut connection, SQLite busy), not a bad row or a bug."""
    if not isinstance(exc, DBAPIError):
        return False
    return bool(exc.connection_invalidated) or isinstance(exc, (OperationalError, InterfaceError))


def dispose_all() -> None:
    """Close every pooled connection (before forking, and in tests)."""
    for engine in _engines.values():
        engine.dispose()
    _engines.clear()


def forget_inherited() -> None:
    """In a forked child: drop the parent's pools without closing their connections, which the parent still uses."""
    for engine in _engines.values():
        engine.dispose(close=False)
    _engines.clear()


# The largest key a row can have (SQLite's INTEGER, PostgreSQL's BIGINT). A larger number, typed into an address
# or a command, names no row; handed to the database it would raise instead (OverflowError on SQLite).
MAX_KEY = 2**63 - 1

T = TypeVar("T")


def get(session: Session, model: type[T], key: int | str) -> T | None:
    """session.get for a key from outside (an address, a command line): None, not an error, when no row can match."""
    number = int(key)
    if not 0 < number <= MAX_KEY:
        return None
    return session.get(model, number)


@contextmanager
def session(url: str) -> Iterator[Session]:
    with Session(engine_for(url), expire_on_commit=False) as s:
        yield s


def alembic_config(url: str):
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(Path(__file__).parent / "migrations"))
    cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return cfg


def upgrade(url: str, revision: str = "head") -> None:
    """Bring the schema up to date (what `intake db upgrade` runs)."""
    from alembic import command

    command.upgrade(alembic_config(url), revision)


def current_revision(url: str) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine_for(url).connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config("sqlite://")).get_current_head() or ""


def require_current(url: str) -> None:
    """Refuse to work on a database whose schema is older or newer than this code, with the fix in one line."""
    from intake.errors import IntakeError

    try:
        current = current_revision(url)
    except Exception as exc:  # unreachable server, bad credentials...
        raise IntakeError(f"INTAKE_DATABASE_URL: cannot open the database ({type(exc).__name__}: {exc})") from None
    head = head_revision()
    if current != head:
        raise IntakeError(
            f"database schema is at revision {current or 'none'}, this intake needs {head}: run `intake db upgrade`"
        )
