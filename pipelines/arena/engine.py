"""Opening the arena database: a URL from a string or a file path, and an engine set up for it (SQLite:
WAL, busy timeout, foreign keys, ``BEGIN IMMEDIATE`` for writers, per-transaction durability)."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import create_engine, event
from sqlalchemy.engine import URL, Engine, make_url

from .records import ArenaError

SQLITE_BUSY_TIMEOUT_S = 30.0


def database_url(value: str | Path) -> URL:
    """A SQLAlchemy URL from a URL string or a plain file path (SQLite).

    ``postgresql://`` gets the psycopg 3 driver (the one PhyStudio installs).
    """
    text_value = str(value).strip()
    if not text_value:
        raise ArenaError("the arena database URL is empty: set arena.database_url (--arena-db) or a SQLite file path")
    if "://" not in text_value:
        return URL.create("sqlite", database=str(Path(text_value).expanduser().resolve()))
    url = make_url(text_value)
    if url.drivername in ("postgresql", "postgres"):
        url = url.set(drivername="postgresql+psycopg")
    if url.get_backend_name() == "sqlite" and url.database in (None, "", ":memory:"):
        raise ArenaError("the arena needs a SQLite *file* (an in-memory database is private to one connection): "
                         "use sqlite:////absolute/path/arena.db")
    if url.get_backend_name() not in ("sqlite", "postgresql"):
        raise ArenaError(f"the arena supports SQLite and PostgreSQL, got {url.get_backend_name()!r} in the URL")
    return url


def create_arena_engine(url: URL, pool_size: int) -> Engine:
    if url.get_backend_name() == "sqlite":
        Path(url.database).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, pool_size=pool_size, max_overflow=2 * pool_size, pool_timeout=60,
                               connect_args={"timeout": SQLITE_BUSY_TIMEOUT_S, "check_same_thread": False})

        @event.listens_for(engine, "connect")
        def _configure_sqlite(dbapi_connection, _record):
            dbapi_connection.isolation_level = None  # we issue BEGIN ourselves (see _begin_sqlite)
            cursor = dbapi_connection.cursor()
            cursor.execute(f"PRAGMA busy_timeout = {int(SQLITE_BUSY_TIMEOUT_S * 1000)}")
            cursor.execute("PRAGMA journal_mode = WAL")
            cursor.execute("PRAGMA foreign_keys = ON")
            cursor.close()

        @event.listens_for(engine, "begin")
        def _begin_sqlite(connection):
            options = connection.get_execution_options()
            # In WAL mode NORMAL keeps every committed transaction through a crash of the app (what a killed
            # process needs); FULL also waits for the disk, so it survives a power cut (one fsync per commit).
            # The setting belongs to the SQLite connection: set it only when this transaction needs another one.
            synchronous = options.get("sqlite_synchronous", "NORMAL")
            if connection.info.get("sqlite_synchronous") != synchronous:
                connection.exec_driver_sql(f"PRAGMA synchronous = {synchronous}")
                connection.info["sqlite_synchronous"] = synchronous
            # A deferred transaction that reads and then writes can fail with SQLITE_BUSY without waiting;
            # IMMEDIATE takes the write lock up front, so the busy timeout applies.
            connection.exec_driver_sql(f"BEGIN {options.get('sqlite_begin', 'DEFERRED')}")

        return engine
    return create_engine(url, pool_size=pool_size, max_overflow=2 * pool_size, pool_pre_ping=True, pool_timeout=60)
