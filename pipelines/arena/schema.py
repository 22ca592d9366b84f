"""The arena's tables, the database rules that guard the votes (append-only triggers, unique
constraints), and the numbered migrations that bring an older database up to date."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    event,
    insert,
    select,
    text,
    update,
)
from sqlalchemy.engine import Connection
from sqlalchemy.schema import DDL

from .records import MAX_CLIENT_ADDRESS, MAX_SESSION_ID, SchemaError

SCHEMA_VERSION = 2
MIGRATION_LOCK_KEY = 0x5048_5953  # PostgreSQL advisory lock: one replica migrates, the others wait

metadata = MetaData()

schema_version_table = Table(
    "schema_version", metadata,
    Column("id", Integer, primary_key=True),
    Column("version", Integer, nullable=False),
    Column("updated_at", Float, nullable=False),
)
pools_table = Table(
    "pools", metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(200), nullable=False, unique=True),
    Column("kind", String(32), nullable=False),
    Column("source", Text, nullable=False, default=""),
    Column("active", Boolean, nullable=False, default=True),
    Column("created_at", Float, nullable=False),
)
videos_table = Table(
    "videos", metadata,
    Column("id", Integer, primary_key=True),
    Column("pool_id", Integer, ForeignKey("pools.id"), nullable=False),
    Column("path", Text, nullable=False),
    Column("prompt", Text, nullable=False),
    Column("variant", String(200), nullable=False),
    Column("seed", Integer),
    Column("category", String(200)),
    Column("sa", Float),
    Column("pc", Float),
    Column("judge_id", String(200)),
    Column("record", JSON, nullable=False),
    Column("duration_s", Float),  # None: not a video OpenCV could read (the store's min_view_s applies)
    Column("created_at", Float, nullable=False),
    UniqueConstraint("pool_id", "path", name="uq_videos_pool_path"),
    Index("ix_videos_pool_prompt", "pool_id", "prompt"),
)
sessions_table = Table(
    "sessions", metadata,
    Column("session_id", String(MAX_SESSION_ID), primary_key=True),
    Column("created_at", Float, nullable=False),
    Column("created_address", String(MAX_CLIENT_ADDRESS)),
    Column("last_vote_at", Float),
    Column("flagged", Boolean, nullable=False, default=False),
    Column("excluded", Boolean, nullable=False, default=False),
    Column("note", Text, nullable=False, default=""),
)
issued_table = Table(
    "issued_pairs", metadata,
    Column("token", String(64), primary_key=True),
    Column("session_id", String(MAX_SESSION_ID), ForeignKey("sessions.session_id"), nullable=False),
    Column("pair_key", String(64), nullable=False),
    Column("left_video_id", Integer, ForeignKey("videos.id"), nullable=False),
    Column("right_video_id", Integer, ForeignKey("videos.id"), nullable=False),
    Column("issued_at", Float, nullable=False),
    Column("vote_after", Float),  # the earliest time a vote on this pair is accepted
    Index("ix_issued_session", "session_id"),
)
# A voter's skips outlive the open pairs they came from (an open pair is dropped after max_open_pairs newer ones),
# so "pairs you skipped come last" holds over every pair, not only the last few: one row per (voter, pair).
skipped_table = Table(
    "skipped_pairs", metadata,
    Column("session_id", String(MAX_SESSION_ID), ForeignKey("sessions.session_id"), primary_key=True),
    Column("pair_key", String(64), primary_key=True),
    Column("times", Integer, nullable=False),
)
votes_table = Table(
    "votes", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("token", String(64), ForeignKey("issued_pairs.token"), nullable=False, unique=True),
    Column("session_id", String(MAX_SESSION_ID), ForeignKey("sessions.session_id"), nullable=False),
    Column("pair_key", String(64), nullable=False),  # "<smaller video id>-<larger video id>": the unordered pair
    Column("pool", String(200), nullable=False),
    Column("prompt", Text, nullable=False),
    Column("category", String(200)),
    Column("left_video_id", Integer, ForeignKey("videos.id"), nullable=False),
    Column("right_video_id", Integer, ForeignKey("videos.id"), nullable=False),
    Column("left_variant", String(200), nullable=False),
    Column("right_variant", String(200), nullable=False),
    Column("left_record", JSON, nullable=False),
    Column("right_record", JSON, nullable=False),
    Column("choice", String(16), nullable=False),
    Column("reasons", JSON, nullable=False),
    Column("created_at", Float, nullable=False),
    Column("day", String(10), nullable=False),
    Column("client_address", String(MAX_CLIENT_ADDRESS)),
    UniqueConstraint("session_id", "pair_key", name="uq_votes_session_pair"),
    Index("ix_votes_pair", "pair_key"),
    Index("ix_votes_created", "created_at"),
)

# Per client address, fixed-window counters: one row per address, updated in the request's own transaction
# (the count comes back from the same statement), shared by every replica through the database.
client_counters_table = Table(
    "client_counters", metadata,
    Column("address", String(MAX_CLIENT_ADDRESS), primary_key=True),
    Column("minute", Integer, nullable=False),  # unix time // 60 of the window below
    Column("pairs", Integer, nullable=False),
    Column("votes", Integer, nullable=False),
    Column("hour", Integer, nullable=False),
    Column("new_voters", Integer, nullable=False),
)
# Server secrets shared by replicas (the voter-token signing key): in the database, never in a served folder.
secrets_table = Table(
    "secrets", metadata,
    Column("name", String(64), primary_key=True),
    Column("value", String(128), nullable=False),
)

# Votes are append-only in the database itself, so no code path (or hand-written SQL) can rewrite history.
for _statement in (("CREATE TRIGGER votes_no_update BEFORE UPDATE ON votes "
                    "BEGIN SELECT RAISE(ABORT, 'votes are append-only'); END"),
                   ("CREATE TRIGGER votes_no_delete BEFORE DELETE ON votes "
                    "BEGIN SELECT RAISE(ABORT, 'votes are append-only'); END")):
    event.listen(votes_table, "after_create", DDL(_statement).execute_if(dialect="sqlite"))
for _statement in (("CREATE FUNCTION votes_append_only() RETURNS trigger LANGUAGE plpgsql AS "
                    "$$ BEGIN RAISE EXCEPTION 'votes are append-only'; END $$"),
                   ("CREATE TRIGGER votes_append_only BEFORE UPDATE OR DELETE ON votes "
                    "FOR EACH ROW EXECUTE FUNCTION votes_append_only()")):
    event.listen(votes_table, "after_create", DDL(_statement).execute_if(dialect="postgresql"))


@dataclass(frozen=True)
class Migration:
    """One schema step from ``version - 1`` to ``version``, run inside the start-up transaction."""

    version: int
    description: str
    apply: Callable[[Connection], None]


def _add_integrity_columns(conn: Connection) -> None:
    """Version 2: client addresses, the play gate and video durations (new tables come from create_all)."""
    for table, column, kind in (("videos", "duration_s", "FLOAT"), ("sessions", "created_address", "VARCHAR(64)"),
                                ("issued_pairs", "vote_after", "FLOAT"), ("votes", "client_address", "VARCHAR(64)")):
        conn.execute(text(f"ALTER TABLE {table} ADD COLUMN {column} {kind}"))


# A fresh database is created at SCHEMA_VERSION by create_all; an older one runs the steps above its
# stamped version in order.
MIGRATIONS: list[Migration] = [Migration(2, "client addresses, play gate, video durations", _add_integrity_columns)]


def latest_schema_version() -> int:
    """The version a database is migrated to (read from ``MIGRATIONS`` at call time, so a test can add a step)."""
    return max([SCHEMA_VERSION, *(m.version for m in MIGRATIONS)])


def migrate(conn: Connection, dialect: str, now: float) -> int:
    """Create the tables or bring them to the latest version inside the caller's transaction (on PostgreSQL
    one replica migrates while the others wait on an advisory lock); returns the version stamped."""
    if dialect == "postgresql":
        conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK_KEY})
    latest = latest_schema_version()
    schema_version_table.create(conn, checkfirst=True)
    stamped = conn.execute(select(schema_version_table.c.version).where(schema_version_table.c.id == 1)).scalar()
    if stamped is not None and stamped > latest:
        raise SchemaError(f"the arena database is at schema version {stamped}, newer than this build "
                          f"(version {latest}); upgrade PhyStudio before opening it")
    metadata.create_all(conn, checkfirst=True)  # a fresh database gets the latest tables; an old one its new tables
    if stamped is None:
        stamped = latest
    else:
        for migration in sorted(MIGRATIONS, key=lambda m: m.version):
            if migration.version > stamped:
                try:
                    migration.apply(conn)
                except Exception as exc:
                    raise SchemaError(f"migration to schema version {migration.version} "
                                      f"({migration.description}) failed: {exc}") from exc
                stamped = migration.version
    if conn.execute(select(schema_version_table.c.id)).first() is None:
        conn.execute(insert(schema_version_table).values(id=1, version=stamped, updated_at=now))
    else:
        conn.execute(update(schema_version_table).where(schema_version_table.c.id == 1)
                     .values(version=stamped, updated_at=now))
    return stamped
