"""The arena's preference store: pools of videos, blind pairs, append-only votes (SQLAlchemy 2 Core).

One store serves one app or many replicas: a SQLite file by default (WAL, busy timeout, foreign keys,
write transactions taken with ``BEGIN IMMEDIATE`` so two writers never deadlock), PostgreSQL by URL
when replicas share the votes. Every rule that must hold across processes lives in the database,
not in Python: one vote per pair per session is a unique constraint, a token is spent by a unique
constraint, votes cannot be updated or deleted (triggers), and a vote is one transaction, so a
process killed mid-vote leaves either the whole vote or nothing. SQLite commits survive the app being
killed; ``power_safe=True`` makes them survive a power cut too, at one fsync per vote. PostgreSQL
always waits for its WAL (and commits concurrent votes together).

A voter never sees variant names before voting: ``next_pair`` hands out an opaque token that the
database maps to the two videos; names come back only in the ``VoteResult``. Votes are training data, so the
store also guards them against forgery: a vote earlier than the shorter video's duration after its pair was
handed out is refused, a voter is never shown a video whose variant a past vote revealed to them (its bytes
would give the answer away), a voter holds a bounded number of open pairs, and per-client-address counters
(one row per address, shared by every replica) bound pairs, votes and new voters.
"""

from __future__ import annotations

import json
import math
import random
import secrets
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path
from typing import Any, Protocol, runtime_checkable

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
    case,
    create_engine,
    delete,
    event,
    func,
    insert,
    or_,
    select,
    text,
    update,
)
from sqlalchemy.engine import URL, Connection, Engine, make_url
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.schema import DDL

from ..core.errors import PhyStudioError
from ..core.limits import echo

SCHEMA_VERSION = 2
CHOICES = ("A", "B", "tie", "both_bad")  # "A" is the left video of the pair, "B" the right one
CHOICE_LABELS = {"A": "A is better", "B": "B is better", "tie": "Tie", "both_bad": "Both are bad"}
REASON_TAGS = ("gravity", "collision", "deformation", "fluid", "object permanence", "momentum", "friction",
               "motion smoothness", "prompt adherence", "visual quality")
MAX_SESSION_ID = 128
MAX_CLIENT_ADDRESS = 64
UNKNOWN_ADDRESS = "unknown"  # a client without an address (a test harness, a unix socket) shares one budget
SQLITE_BUSY_TIMEOUT_S = 30.0
CANDIDATES_TTL_S = 5.0  # other replicas' new videos show up in pairs within this time
_PG_MIGRATION_LOCK = 0x5048_5953  # advisory lock key: one replica migrates, the others wait


# ----------------------------------------------------------------------------- errors
class ArenaError(PhyStudioError, RuntimeError):
    """Base class; the message is a sentence a voter or admin can act on."""


class DuplicateVote(ArenaError):
    """This session already voted on this pair of videos (in either order)."""


class RateLimited(ArenaError):
    def __init__(self, message: str, wait_s: float):
        super().__init__(message)
        self.wait_s = wait_s


class TooSoon(RateLimited):
    """The vote came before both videos could have been watched."""


class NoPairAvailable(ArenaError):
    """Nothing to vote on: the pools are empty, or this session has voted on every pair."""


class InvalidToken(ArenaError):
    """The token is unknown or was handed to another session."""


class InvalidVote(ArenaError, ValueError):
    """A bad choice, reason tag or session id."""


class SchemaError(ArenaError):
    """The database schema is newer than this build, or a migration failed."""


class PoolImportError(ArenaError, ValueError):
    """Videos that cannot join a pool; the message names the file or field."""


# ----------------------------------------------------------------------------- values
@dataclass(frozen=True)
class PoolVideo:
    """A video offered to the arena. Pairs are formed inside a pool between videos with the same
    prompt and different variants; ``record`` (the run record or eval row) is copied into every vote."""

    video: str | Path
    prompt: str
    variant: str
    seed: int | None = None
    category: str | None = None
    sa: float | None = None  # judge scores normalised to [0, 1]
    pc: float | None = None
    judge_id: str | None = None
    record: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class ArenaPair:
    """What a voter sees: two videos and the prompt, no variant names. The files are served only through
    the pair's token (``pair_video``); ``vote_after_s`` is how long after now a vote is accepted."""

    token: str
    prompt: str
    left_video: str  # "A"
    right_video: str  # "B"
    category: str | None
    pool: str
    vote_after_s: float = 0.0


@dataclass(frozen=True)
class ArenaLimits:
    """Per-voter and per-client-address bounds (None or 0: off). Address counters use fixed windows, so a
    client can reach twice a limit across a window boundary, never more."""

    min_view_s: float = 0.0  # floor on the wait before a vote (used alone when a video's duration is unknown)
    max_open_pairs: int | None = None  # unvoted pairs a voter holds; asking for more drops the oldest
    pairs_per_minute_per_address: int | None = None
    votes_per_minute_per_address: int | None = None
    new_voters_per_hour_per_address: int | None = None

    def __post_init__(self):
        if not (isinstance(self.min_view_s, (int, float)) and math.isfinite(self.min_view_s) and self.min_view_s >= 0):
            raise ArenaError(f"min_view_s must be 0 or more seconds, got {self.min_view_s!r}")
        for name in ("max_open_pairs", "pairs_per_minute_per_address", "votes_per_minute_per_address",
                     "new_voters_per_hour_per_address"):
            value = getattr(self, name)
            if value is not None and (not isinstance(value, int) or value < 0):
                raise ArenaError(f"{name} must be a whole number >= 0 (0 or None: no limit), got {value!r}")


@dataclass(frozen=True)
class Anomaly:
    """Something for an admin to look at: ``kind`` is "address rate" (votes a minute from one client address)
    or "same side" (a voter who nearly always picks the same side); ``sessions`` are the voters involved."""

    kind: str
    subject: str
    votes: int
    detail: str
    sessions: tuple[str, ...]


@dataclass(frozen=True)
class RevealedVideo:
    variant: str
    video: str
    seed: int | None
    sa: float | None
    pc: float | None
    judge_id: str | None


@dataclass(frozen=True)
class VoteResult:
    vote_id: int
    choice: str
    reasons: tuple[str, ...]
    prompt: str
    left: RevealedVideo
    right: RevealedVideo

    @property
    def winner(self) -> RevealedVideo | None:
        return {"A": self.left, "B": self.right}.get(self.choice)

    def to_dict(self) -> dict[str, Any]:
        def reveal(v: RevealedVideo) -> dict[str, Any]:
            return {"variant": v.variant, "video": v.video, "seed": v.seed, "sa": v.sa, "pc": v.pc, "judge_id": v.judge_id}

        return {"vote_id": self.vote_id, "choice": self.choice, "reasons": list(self.reasons), "prompt": self.prompt,
                "A": reveal(self.left), "B": reveal(self.right),
                "winner": self.winner.variant if self.winner else None}


@dataclass(frozen=True)
class VoteRecord:
    """One stored vote as ratings and export read it."""

    vote_id: int
    created_at: float  # unix seconds (UTC)
    session_id: str
    pool: str
    prompt: str
    category: str | None
    left_variant: str
    right_variant: str
    left_video_id: int
    right_video_id: int
    left_video: str
    right_video: str
    left_sa: float | None
    left_pc: float | None
    right_sa: float | None
    right_pc: float | None
    left_seed: int | None
    right_seed: int | None
    choice: str
    reasons: tuple[str, ...] = ()

    @property
    def winner_variant(self) -> str | None:
        return {"A": self.left_variant, "B": self.right_variant}.get(self.choice)

    @property
    def loser_variant(self) -> str | None:
        return {"A": self.right_variant, "B": self.left_variant}.get(self.choice)


@dataclass(frozen=True)
class PoolInfo:
    name: str
    kind: str
    source: str
    active: bool
    videos: int
    variants: tuple[str, ...]
    prompts: int


@dataclass(frozen=True)
class SessionStats:
    session_id: str
    votes: int
    first_vote: float | None
    last_vote: float | None
    flagged: bool
    excluded: bool
    note: str


@dataclass(frozen=True)
class VoteStats:
    total: int  # every stored vote
    counted: int  # votes of sessions that are not excluded
    sessions: list[SessionStats]
    by_variant: dict[str, dict[str, int]]  # counted votes: variant → votes, wins, losses, ties, both_bad
    by_day: dict[str, int]  # "YYYY-MM-DD" (UTC) → counted votes
    by_choice: dict[str, int]
    by_reason: dict[str, int]


@runtime_checkable
class PreferenceStore(Protocol):
    """What the arena UI and the exporters need from a store (ArenaStore is the SQLAlchemy one)."""

    def next_pair(self, session_id: str, *, pool: str | None = None, category: str | None = None,
                  prompt: str | None = None, client_address: str | None = None) -> ArenaPair: ...
    def vote(self, session_id: str, token: str, choice: str, reasons: Sequence[str] = (),
             client_address: str | None = None) -> VoteResult: ...
    def pair_video(self, token: str, side: str) -> Path: ...
    def add_videos(self, pool: str, videos: Sequence[PoolVideo], *, kind: str = "folder", source: str = "") -> int: ...
    def pools(self) -> list[PoolInfo]: ...
    def set_pool_active(self, pool: str, active: bool) -> None: ...
    def variants(self, *, include_inactive: bool = True) -> list[str]: ...
    def categories(self) -> list[str]: ...
    def votes(self, *, include_excluded: bool = False, pool: str | None = None) -> list[VoteRecord]: ...
    def vote_count(self, *, include_excluded: bool = True) -> int: ...
    def vote_stats(self) -> VoteStats: ...
    def set_session_flags(self, session_id: str, *, flagged: bool | None = None, excluded: bool | None = None,
                          note: str | None = None) -> None: ...
    def anomalies(self) -> list[Anomaly]: ...
    def exclude_sessions(self, session_ids: Sequence[str]) -> int: ...
    def close(self) -> None: ...


# ----------------------------------------------------------------------------- schema
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


# ----------------------------------------------------------------------------- engine
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
            connection.exec_driver_sql(f"PRAGMA synchronous = {options.get('sqlite_synchronous', 'NORMAL')}")
            # A deferred transaction that reads and then writes can fail with SQLITE_BUSY without waiting;
            # IMMEDIATE takes the write lock up front, so the busy timeout applies.
            connection.exec_driver_sql(f"BEGIN {options.get('sqlite_begin', 'DEFERRED')}")

        return engine
    return create_engine(url, pool_size=pool_size, max_overflow=2 * pool_size, pool_pre_ping=True, pool_timeout=60)


# ----------------------------------------------------------------------------- the store
@dataclass(frozen=True)
class _Candidate:
    pair_key: str
    first: int  # video ids, smaller first
    second: int
    pool: str
    category: str | None


def pair_key(video_a: int, video_b: int) -> str:
    low, high = sorted((int(video_a), int(video_b)))
    return f"{low}-{high}"


class ArenaStore:
    """The SQLAlchemy PreferenceStore. Thread-safe; one instance per process (replicas each open their own)."""

    def __init__(self, url: str | Path | URL, *, min_seconds_between_votes: float = 2.0,
                 max_votes_per_minute: int | None = None, reason_tags: Sequence[str] = REASON_TAGS,
                 seed: int | None = None, pool_size: int = 10, power_safe: bool = False,
                 clock: Callable[[], float] = time.time, limits: ArenaLimits = ArenaLimits(),
                 hide_revealed: bool = True):
        if min_seconds_between_votes < 0:
            raise ArenaError("min_seconds_between_votes must be 0 (off) or more")
        if max_votes_per_minute is not None and max_votes_per_minute < 1:
            raise ArenaError("max_votes_per_minute must be at least 1, or None for no limit")
        self.url = url if isinstance(url, URL) else database_url(url)
        self.dialect = self.url.get_backend_name()
        self.min_seconds_between_votes = float(min_seconds_between_votes)
        self.max_votes_per_minute = max_votes_per_minute
        self.reason_tags = tuple(reason_tags)
        self.limits = limits
        self.hide_revealed = hide_revealed  # False only where one session must vote on every pair (load tests)
        self._clock = clock
        self._last_prune = 0.0
        self._random = random.Random(seed) if seed is not None else random.SystemRandom()
        self._random_lock = threading.Lock()
        self.engine = create_arena_engine(self.url, pool_size)
        # SQLite: committed votes always survive the app being killed; with power_safe they also survive a
        # power cut, at one fsync per vote (about 100 votes/s on a disk with 10 ms fsyncs). Handing out a pair
        # never waits for the disk: after a power cut the voter just asks again.
        self._writer = self.engine.execution_options(sqlite_begin="IMMEDIATE",
                                                     sqlite_synchronous="FULL" if power_safe else "NORMAL")
        self._light_writer = self.engine.execution_options(sqlite_begin="IMMEDIATE", sqlite_synchronous="NORMAL")
        # SQLite lets one writer in at a time; queueing this process's writers on a lock is much cheaper
        # than letting them poll the busy handler (other processes still wait through the busy timeout).
        self._write_lock = threading.Lock() if self.dialect == "sqlite" else None
        self._candidates: tuple[float, list[_Candidate], dict[int, dict[str, Any]]] | None = None
        self._candidates_lock = threading.Lock()
        try:
            self.schema_version = self._create_or_migrate()
        except BaseException:
            self.engine.dispose()
            raise

    def __repr__(self) -> str:
        return f"ArenaStore({self.url.render_as_string(hide_password=True)!r})"

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> ArenaStore:
        return self

    def __exit__(self, *exc_info) -> None:
        self.close()

    # ------------------------------------------------------------------ transactions
    @contextmanager
    def _write(self, durable: bool = True) -> Iterator[Connection]:
        """One write transaction: committed on success, rolled back on any exception."""
        writer = self._writer if durable else self._light_writer
        with self._write_lock or nullcontext(), writer.begin() as conn:
            yield conn

    # ------------------------------------------------------------------ schema
    def _create_or_migrate(self) -> int:
        try:
            with self._write() as conn:
                if self.dialect == "postgresql":
                    conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _PG_MIGRATION_LOCK})
                return self._migrate(conn)
        except OperationalError as exc:
            raise ArenaError(f"cannot open the arena database {self!r}: {exc.orig}") from exc

    def _migrate(self, conn: Connection) -> int:
        latest = max([SCHEMA_VERSION, *(m.version for m in MIGRATIONS)])
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
        now = self._clock()
        if conn.execute(select(schema_version_table.c.id)).first() is None:
            conn.execute(insert(schema_version_table).values(id=1, version=stamped, updated_at=now))
        else:
            conn.execute(update(schema_version_table).where(schema_version_table.c.id == 1)
                         .values(version=stamped, updated_at=now))
        key = conn.execute(select(secrets_table.c.value).where(secrets_table.c.name == "voter-key")).scalar()
        if key is None:  # the first replica to start makes it; the others read it (same transaction lock)
            key = secrets.token_hex(32)
            conn.execute(insert(secrets_table).values(name="voter-key", value=key))
        self.voter_key = bytes.fromhex(key)
        return stamped

    # ------------------------------------------------------------------ pools
    def add_videos(self, pool: str, videos: Sequence[PoolVideo], *, kind: str = "folder", source: str = "") -> int:
        """Add videos to a pool (created on first use); a path already in the pool is skipped."""
        pool = _clean_name(pool, "pool name")
        rows = [_video_row(video) for video in videos]
        from ..core.video import video_duration

        for row in rows:  # the play gate: a vote waits for the shorter video of its pair
            row["duration_s"] = video_duration(row["path"])
        now = self._clock()
        with self._write() as conn:
            pool_id = conn.execute(select(pools_table.c.id).where(pools_table.c.name == pool)).scalar()
            if pool_id is None:
                pool_id = conn.execute(insert(pools_table).values(
                    name=pool, kind=kind, source=str(source), active=True, created_at=now)).inserted_primary_key[0]
            existing = set(conn.execute(select(videos_table.c.path).where(videos_table.c.pool_id == pool_id)).scalars())
            fresh, seen = [], set(existing)
            for row in rows:
                if row["path"] not in seen:
                    seen.add(row["path"])
                    fresh.append({**row, "pool_id": pool_id, "created_at": now})
            if fresh:
                conn.execute(insert(videos_table), fresh)
        self._candidates = None
        return len(fresh)

    def pools(self) -> list[PoolInfo]:
        with self.engine.connect() as conn:
            pools = conn.execute(select(pools_table).order_by(pools_table.c.id)).all()
            rows = conn.execute(select(videos_table.c.pool_id, videos_table.c.variant, videos_table.c.prompt)).all()
        infos = []
        for p in pools:
            mine = [r for r in rows if r.pool_id == p.id]
            infos.append(PoolInfo(p.name, p.kind, p.source, bool(p.active), len(mine),
                                  tuple(sorted({r.variant for r in mine})), len({r.prompt for r in mine})))
        return infos

    def set_pool_active(self, pool: str, active: bool) -> None:
        with self._write() as conn:
            changed = conn.execute(update(pools_table).where(pools_table.c.name == pool).values(active=bool(active)))
            if changed.rowcount == 0:
                raise ArenaError(f"there is no pool named {pool!r}; known pools: "
                                 f"{', '.join(p.name for p in self.pools()) or 'none'}")
        self._candidates = None

    def variants(self, *, include_inactive: bool = True) -> list[str]:
        query = select(videos_table.c.variant).distinct()
        if not include_inactive:
            query = query.join(pools_table, pools_table.c.id == videos_table.c.pool_id).where(pools_table.c.active)
        with self.engine.connect() as conn:
            return sorted(conn.execute(query).scalars())

    def categories(self) -> list[str]:
        with self.engine.connect() as conn:
            found = conn.execute(select(videos_table.c.category).distinct()).scalars()
            return sorted(c for c in found if c)

    # ------------------------------------------------------------------ pairs
    def _candidate_pairs(self) -> tuple[list[_Candidate], dict[int, dict[str, Any]]]:
        """Every votable pair of the active pools (cached a few seconds; cleared by local pool changes)."""
        with self._candidates_lock:
            cached = self._candidates
            if cached is not None and time.monotonic() - cached[0] < CANDIDATES_TTL_S:
                return cached[1], cached[2]
            query = (select(videos_table.c.id, videos_table.c.path, videos_table.c.prompt, videos_table.c.variant,
                            videos_table.c.seed, videos_table.c.category, videos_table.c.duration_s,
                            pools_table.c.name.label("pool"))
                     .join(pools_table, pools_table.c.id == videos_table.c.pool_id)
                     .where(pools_table.c.active).order_by(videos_table.c.id))
            with self.engine.connect() as conn:
                rows = conn.execute(query).all()
            # A fair pair differs only in the variant: same pool, prompt and seed (two Compare runs of one
            # prompt with other seeds, or two voters' live pairs, are not paired across runs).
            groups: dict[tuple[str, str, int | None], list[Any]] = {}
            for row in rows:
                groups.setdefault((row.pool, row.prompt, row.seed), []).append(row)
            candidates = [_Candidate(pair_key(a.id, b.id), a.id, b.id, a.pool, a.category or b.category)
                          for members in groups.values() for a, b in combinations(members, 2) if a.variant != b.variant]
            videos = {row.id: {"path": row.path, "prompt": row.prompt, "category": row.category, "pool": row.pool,
                               "duration_s": row.duration_s} for row in rows}
            self._candidates = (time.monotonic(), candidates, videos)
            return candidates, videos

    def next_pair(self, session_id: str, *, pool: str | None = None, category: str | None = None,
                  prompt: str | None = None, client_address: str | None = None) -> ArenaPair:
        """The least-voted pair this session has not voted on (pairs it skipped come last), sides shuffled,
        leaving out videos whose variant this session has seen revealed. ``prompt`` narrows to one prompt's
        videos (a pair just generated live); ``client_address`` is charged for the pair (and a new voter)."""
        session_id = _check_session(session_id)
        address = _check_address(client_address)
        candidates, videos = self._candidate_pairs()
        if pool:
            candidates = [c for c in candidates if c.pool == pool]
        if category:
            candidates = [c for c in candidates if c.category == category]
        if prompt:
            candidates = [c for c in candidates if videos[c.first]["prompt"] == prompt]
        if not candidates:
            where = " ".join(filter(None, [f"in pool {echo(pool)}" if pool else "",
                                           f"in category {echo(category)}" if category else "",
                                           f"for prompt {echo(prompt)}" if prompt else ""]))
            raise NoPairAvailable(f"no pairs yet{' ' + where if where else ''}: run Compare with 'Send to arena' or "
                                  "import a folder in Admin (a pair needs two variants of the same prompt and seed in one pool)")
        with self.engine.connect() as conn:
            mine = conn.execute(select(votes_table.c.pair_key, votes_table.c.left_video_id, votes_table.c.right_video_id)
                                .where(votes_table.c.session_id == session_id)).all()
            skipped = Counter(conn.execute(select(issued_table.c.pair_key)
                                           .where(issued_table.c.session_id == session_id)).scalars())
            counts = dict(conn.execute(select(votes_table.c.pair_key, func.count())
                                       .group_by(votes_table.c.pair_key)).all())
        voted = {row.pair_key for row in mine}
        unvoted = [c for c in candidates if c.pair_key not in voted]
        if not unvoted:
            raise NoPairAvailable(f"you have voted on all {len(candidates)} pairs here; thank you! "
                                  "Come back when new videos are added")
        # A video whose variant a vote revealed is recognisable by its bytes: never show it to that voter again.
        revealed = {v for row in mine for v in (row.left_video_id, row.right_video_id)} if self.hide_revealed else set()
        open_pairs = [c for c in unvoted if c.first not in revealed and c.second not in revealed]
        if not open_pairs:
            raise NoPairAvailable(f"every pair left here shows a video whose variant one of your {len(voted)} vote(s) "
                                  "revealed; thank you! Come back when new videos are added")
        def rank(c: _Candidate) -> tuple[int, int]:  # pairs this session skipped come last, then the most voted
            return skipped.get(c.pair_key, 0), counts.get(c.pair_key, 0)

        best = min(map(rank, open_pairs))
        with self._random_lock:
            chosen = self._random.choice([c for c in open_pairs if rank(c) == best])
            left, right = (chosen.first, chosen.second) if self._random.random() < 0.5 else (chosen.second, chosen.first)
        token = secrets.token_urlsafe(24)
        now = self._clock()
        durations = [d for d in (videos[left]["duration_s"], videos[right]["duration_s"]) if d]
        wait = max(self.limits.min_view_s, min(durations, default=0.0))
        with self._write(durable=False) as conn:
            new_voter = _ensure_session(conn, self.dialect, session_id, now, address)
            self._charge(conn, address, now, pairs=1, new_voters=int(new_voter))
            if self.limits.max_open_pairs and not new_voter:  # a new voter holds no pairs yet
                self._drop_oldest_open_pairs(conn, session_id, keep=self.limits.max_open_pairs - 1)
            conn.execute(insert(issued_table).values(token=token, session_id=session_id, pair_key=chosen.pair_key,
                                                     left_video_id=left, right_video_id=right, issued_at=now,
                                                     vote_after=now + wait))
        return ArenaPair(token, videos[left]["prompt"], videos[left]["path"], videos[right]["path"], chosen.category,
                         chosen.pool, wait)

    def _drop_oldest_open_pairs(self, conn: Connection, session_id: str, keep: int) -> None:
        """A voter holds at most ``keep`` + 1 unvoted pairs: asking for another drops the oldest. The open
        tokens come from the session index (a handful of rows); the delete runs only when there is one to drop."""
        open_tokens = conn.execute(
            select(issued_table.c.token).join(votes_table, votes_table.c.token == issued_table.c.token, isouter=True)
            .where(issued_table.c.session_id == session_id, votes_table.c.id.is_(None))
            .order_by(issued_table.c.issued_at.desc(), issued_table.c.token)).scalars().all()
        if len(open_tokens) > keep:
            conn.execute(delete(issued_table).where(issued_table.c.token.in_(open_tokens[keep:])))

    def _charge(self, conn: Connection, address: str, now: float, *, pairs: int = 0, votes: int = 0,
                new_voters: int = 0) -> None:
        """Count a request against its client address (one upsert that returns the window's totals) and refuse
        it past a limit; the refusal rolls the count back with the rest of the transaction."""
        limits = self.limits
        checks = [(pairs, limits.pairs_per_minute_per_address, "pairs", 60, "pairs a minute"),
                  (votes, limits.votes_per_minute_per_address, "votes", 60, "votes a minute"),
                  (new_voters, limits.new_voters_per_hour_per_address, "new_voters", 3600, "new voters an hour")]
        if not any(amount and limit for amount, limit, *_ in checks):
            return
        if self.dialect == "postgresql":
            from sqlalchemy.dialects.postgresql import insert as dialect_insert
        else:
            from sqlalchemy.dialects.sqlite import insert as dialect_insert

        table, minute, hour = client_counters_table, int(now // 60), int(now // 3600)
        statement = dialect_insert(table).values(address=address, minute=minute, pairs=pairs, votes=votes, hour=hour,
                                                 new_voters=new_voters)
        statement = statement.on_conflict_do_update(index_elements=["address"], set_={
            "pairs": case((table.c.minute == minute, table.c.pairs + pairs), else_=pairs),
            "votes": case((table.c.minute == minute, table.c.votes + votes), else_=votes),
            "minute": minute,
            "new_voters": case((table.c.hour == hour, table.c.new_voters + new_voters), else_=new_voters),
            "hour": hour,
        }).returning(table.c.pairs, table.c.votes, table.c.new_voters)
        totals = conn.execute(statement).one()._mapping
        for amount, limit, column, window, what in checks:
            if amount and limit and totals[column] > limit:
                wait = window - now % window
                raise RateLimited(f"slow down: this network address may make at most {limit} {what}; "
                                  f"try again in {math.ceil(wait):g} s", wait)
        if now - self._last_prune > 600:  # addresses idle for over an hour leave the table
            self._last_prune = now
            conn.execute(delete(table).where(table.c.hour < hour - 1))

    def pair_video(self, token: str, side: str) -> Path:
        """The file of side "A" or "B" of an issued pair: the only way the arena hands out its videos."""
        if side not in ("A", "B"):
            raise InvalidVote(f"side must be A or B, got {side!r}")
        if not isinstance(token, str) or not token or len(token) > 64:
            raise InvalidToken("unknown pair token: ask for a new pair")
        column = issued_table.c.left_video_id if side == "A" else issued_table.c.right_video_id
        with self.engine.connect() as conn:
            path = conn.execute(select(videos_table.c.path).join(issued_table, column == videos_table.c.id)
                                .where(issued_table.c.token == token)).scalar()
        if path is None:
            raise InvalidToken("unknown pair token (or the pair was dropped for a newer one): ask for a new pair")
        if not Path(path).is_file():  # deleted since it was pooled (an old run folder cleaned up)
            raise ArenaError("a video of this pair is missing on the server (its run folder was deleted?): "
                             "ask for the next pair; an admin can deactivate the pool")
        return Path(path)

    # ------------------------------------------------------------------ votes
    def vote(self, session_id: str, token: str, choice: str, reasons: Sequence[str] = (),
             client_address: str | None = None) -> VoteResult:
        """Record one vote in one transaction; names come back only here."""
        session_id = _check_session(session_id)
        address = _check_address(client_address)
        if choice not in CHOICES:
            raise InvalidVote(f"choice must be one of {', '.join(CHOICES)} (A = left video, B = right video), got {echo(choice)}")
        reasons = tuple(dict.fromkeys(str(r).strip() for r in reasons if str(r).strip()))
        unknown = [r for r in reasons if r not in self.reason_tags]
        if unknown:
            raise InvalidVote(f"unknown reason tag(s) {', '.join(map(repr, unknown))}; use {', '.join(self.reason_tags)}")
        if not isinstance(token, str) or not token:
            raise InvalidToken("this vote has no pair token: ask for a new pair")
        now = self._clock()
        try:
            with self._write() as conn:
                issued = conn.execute(select(issued_table).where(issued_table.c.token == token)).first()
                if issued is None or issued.session_id != session_id:
                    raise InvalidToken("this pair was not handed to your session (or the token is wrong): ask for a new pair")
                if conn.execute(select(votes_table.c.id).where(votes_table.c.session_id == session_id,
                                                               votes_table.c.pair_key == issued.pair_key)).first():
                    raise DuplicateVote("you already voted on this pair of videos; ask for the next pair")
                if issued.vote_after is not None and now < issued.vote_after:
                    wait = issued.vote_after - now
                    raise TooSoon(f"too soon: watch both videos to the end first (voting opens "
                                  f"{issued.vote_after - issued.issued_at:.1f} s after the pair was served); try again "
                                  f"in {math.ceil(wait * 10) / 10:g} s", wait)
                self._check_rate(conn, session_id, now)
                self._charge(conn, address, now, votes=1)
                # Both videos and their pool in one round trip (the write lock is held: keep it short).
                both = {row.id: row for row in conn.execute(
                    select(videos_table, pools_table.c.name.label("pool_name"))
                    .join(pools_table, pools_table.c.id == videos_table.c.pool_id)
                    .where(videos_table.c.id.in_((issued.left_video_id, issued.right_video_id))))}
                left, right = both[issued.left_video_id], both[issued.right_video_id]
                pool = left.pool_name
                vote_id = conn.execute(insert(votes_table).values(
                    token=token, session_id=session_id, pair_key=issued.pair_key, pool=pool, prompt=left.prompt,
                    category=left.category or right.category, left_video_id=left.id, right_video_id=right.id,
                    left_variant=left.variant, right_variant=right.variant, left_record=_stored_record(left),
                    right_record=_stored_record(right), choice=choice, reasons=list(reasons), created_at=now,
                    day=time.strftime("%Y-%m-%d", time.gmtime(now)), client_address=address,
                )).inserted_primary_key[0]
        except IntegrityError as exc:  # a concurrent vote (another thread or replica) won the race
            if self._has_voted(session_id, token):
                raise DuplicateVote("you already voted on this pair of videos; ask for the next pair") from None
            raise ArenaError(f"the vote could not be stored: {exc.orig}") from exc
        return VoteResult(int(vote_id), choice, reasons, left.prompt, _revealed(left), _revealed(right))

    def _has_voted(self, session_id: str, token: str) -> bool:
        with self.engine.connect() as conn:
            key = conn.execute(select(issued_table.c.pair_key).where(issued_table.c.token == token)).scalar()
            return key is not None and conn.execute(select(votes_table.c.id).where(
                votes_table.c.session_id == session_id, votes_table.c.pair_key == key)).first() is not None

    def _check_rate(self, conn: Connection, session_id: str, now: float) -> None:
        """Per-session limits, checked under the session row's lock so parallel votes cannot both pass."""
        interval = self.min_seconds_between_votes
        conditions = [sessions_table.c.session_id == session_id]
        if interval > 0:
            conditions.append(or_(sessions_table.c.last_vote_at.is_(None),
                                  sessions_table.c.last_vote_at <= now - interval))
        stamped = conn.execute(update(sessions_table).where(*conditions).values(last_vote_at=now))
        if stamped.rowcount == 0:
            last = conn.execute(select(sessions_table.c.last_vote_at)
                                .where(sessions_table.c.session_id == session_id)).scalar_one()
            wait = max(0.0, last + interval - now)
            raise RateLimited(f"slow down: one vote every {interval:g} s; try again in {math.ceil(wait * 10) / 10:g} s", wait)
        if self.max_votes_per_minute:
            recent = conn.execute(select(votes_table.c.created_at).where(
                votes_table.c.session_id == session_id, votes_table.c.created_at > now - 60.0)
                .order_by(votes_table.c.created_at)).scalars().all()
            if len(recent) >= self.max_votes_per_minute:
                wait = max(0.0, recent[len(recent) - self.max_votes_per_minute] + 60.0 - now)
                raise RateLimited(f"slow down: at most {self.max_votes_per_minute} votes a minute; "
                                  f"try again in {math.ceil(wait * 10) / 10:g} s", wait)

    def votes(self, *, include_excluded: bool = False, pool: str | None = None) -> list[VoteRecord]:
        """Stored votes in time order; excluded sessions' votes only when asked for."""
        lv, rv = videos_table.alias("lv"), videos_table.alias("rv")
        query = (select(votes_table, lv.c.path.label("lpath"), lv.c.sa.label("lsa"), lv.c.pc.label("lpc"),
                        lv.c.seed.label("lseed"), rv.c.path.label("rpath"), rv.c.sa.label("rsa"), rv.c.pc.label("rpc"),
                        rv.c.seed.label("rseed"))
                 .join(lv, lv.c.id == votes_table.c.left_video_id).join(rv, rv.c.id == votes_table.c.right_video_id)
                 .order_by(votes_table.c.created_at, votes_table.c.id))
        if not include_excluded:
            query = query.join(sessions_table, sessions_table.c.session_id == votes_table.c.session_id).where(
                sessions_table.c.excluded.is_(False))
        if pool:
            query = query.where(votes_table.c.pool == pool)
        with self.engine.connect() as conn:
            rows = conn.execute(query).all()
        return [VoteRecord(vote_id=r.id, created_at=r.created_at, session_id=r.session_id, pool=r.pool, prompt=r.prompt,
                           category=r.category, left_variant=r.left_variant, right_variant=r.right_variant,
                           left_video_id=r.left_video_id, right_video_id=r.right_video_id, left_video=r.lpath,
                           right_video=r.rpath, left_sa=r.lsa, left_pc=r.lpc, right_sa=r.rsa, right_pc=r.rpc,
                           left_seed=r.lseed, right_seed=r.rseed, choice=r.choice, reasons=tuple(r.reasons or ()))
                for r in rows]

    def vote_count(self, *, include_excluded: bool = True) -> int:
        query = select(func.count()).select_from(votes_table)
        if not include_excluded:
            query = query.join(sessions_table, sessions_table.c.session_id == votes_table.c.session_id).where(
                sessions_table.c.excluded.is_(False))
        with self.engine.connect() as conn:
            return int(conn.execute(query).scalar_one())

    def vote_tokens(self) -> set[str]:
        """The tokens of every stored vote (lets a client check exactly which of its votes were committed)."""
        with self.engine.connect() as conn:
            return set(conn.execute(select(votes_table.c.token)).scalars())

    # ------------------------------------------------------------------ admin
    def anomalies(self, *, votes_per_minute: int = 30, same_side_share: float = 0.9,
                  same_side_min_votes: int = 10) -> list[Anomaly]:
        """Counted votes that look forged: an address that cast more than ``votes_per_minute`` votes within one
        minute, and voters whose decisive votes (A or B) nearly all name the same side (sides are shuffled,
        so an honest voter's picks split about evenly)."""
        query = (select(votes_table.c.session_id, votes_table.c.client_address, votes_table.c.created_at,
                        votes_table.c.choice)
                 .join(sessions_table, sessions_table.c.session_id == votes_table.c.session_id)
                 .where(sessions_table.c.excluded.is_(False)).order_by(votes_table.c.created_at))
        with self.engine.connect() as conn:
            rows = conn.execute(query).all()
        found: list[Anomaly] = []
        by_address: dict[str, list[Any]] = {}
        for row in rows:
            by_address.setdefault(row.client_address or UNKNOWN_ADDRESS, []).append(row)
        for address, votes in sorted(by_address.items()):
            peak, start = 0, 0
            for end, row in enumerate(votes):  # the most votes in any 60 s window (rows are in time order)
                while row.created_at - votes[start].created_at >= 60.0:
                    start += 1
                peak = max(peak, end - start + 1)
            if peak > votes_per_minute:
                found.append(Anomaly("address rate", address, len(votes), f"{peak} votes within one minute",
                                     tuple(sorted({r.session_id for r in votes}))))
        by_session: dict[str, Counter] = {}
        for row in rows:
            if row.choice in ("A", "B"):
                by_session.setdefault(row.session_id, Counter())[row.choice] += 1
        for session, sides in sorted(by_session.items()):
            decisive = sides["A"] + sides["B"]
            side, most = max(sides.items(), key=lambda item: item[1])
            if decisive >= same_side_min_votes and most / decisive >= same_side_share:
                found.append(Anomaly("same side", session, decisive,
                                     f"{most} of {decisive} decisive votes for side {side}", (session,)))
        return found

    def exclude_sessions(self, session_ids: Sequence[str]) -> int:
        """Exclude many voters at once (votes kept, left out of ratings and export); returns how many changed."""
        ids = sorted(set(session_ids))
        if not ids:
            return 0
        with self._write() as conn:
            return conn.execute(update(sessions_table).where(sessions_table.c.session_id.in_(ids),
                                                             sessions_table.c.excluded.is_(False))
                                .values(excluded=True, flagged=True)).rowcount

    def vote_stats(self) -> VoteStats:
        per_session = (select(votes_table.c.session_id, func.count().label("votes"),
                              func.min(votes_table.c.created_at).label("first"),
                              func.max(votes_table.c.created_at).label("last"))
                       .group_by(votes_table.c.session_id).subquery())
        query = (select(sessions_table, per_session.c.votes, per_session.c.first, per_session.c.last)
                 .join(per_session, per_session.c.session_id == sessions_table.c.session_id, isouter=True)
                 .order_by(sessions_table.c.created_at))
        with self.engine.connect() as conn:
            sessions = [SessionStats(r.session_id, int(r.votes or 0), r.first, r.last, bool(r.flagged), bool(r.excluded),
                                     r.note or "") for r in conn.execute(query).all()]
        counted = self.votes()
        by_variant: dict[str, dict[str, int]] = {}
        for v in counted:
            for variant, won, lost in ((v.left_variant, "A", "B"), (v.right_variant, "B", "A")):
                entry = by_variant.setdefault(variant, {"votes": 0, "wins": 0, "losses": 0, "ties": 0, "both_bad": 0})
                entry["votes"] += 1
                key = {won: "wins", lost: "losses", "tie": "ties", "both_bad": "both_bad"}[v.choice]
                entry[key] += 1
        by_day = Counter(time.strftime("%Y-%m-%d", time.gmtime(v.created_at)) for v in counted)
        return VoteStats(total=sum(s.votes for s in sessions), counted=len(counted), sessions=sessions,
                         by_variant=dict(sorted(by_variant.items())), by_day=dict(sorted(by_day.items())),
                         by_choice={c: sum(v.choice == c for v in counted) for c in CHOICES},
                         by_reason=dict(Counter(r for v in counted for r in v.reasons).most_common()))

    def set_session_flags(self, session_id: str, *, flagged: bool | None = None, excluded: bool | None = None,
                          note: str | None = None) -> None:
        """Flag (mark for review) or exclude a session; its votes stay stored, ratings and export skip excluded ones."""
        values = {k: v for k, v in (("flagged", flagged), ("excluded", excluded), ("note", note)) if v is not None}
        if not values:
            return
        with self._write() as conn:
            if conn.execute(update(sessions_table).where(sessions_table.c.session_id == session_id)
                            .values(**values)).rowcount == 0:
                raise ArenaError(f"no session {session_id!r} in the arena (sessions appear when they ask for a pair)")


# ----------------------------------------------------------------------------- helpers
def _clean_name(value: Any, what: str) -> str:
    name = str(value or "").strip()
    if not name or len(name) > 200:
        raise PoolImportError(f"the {what} must be 1–200 characters, got {value!r}")
    return name


def _check_session(session_id: Any) -> str:
    if not isinstance(session_id, str) or not session_id.strip() or len(session_id) > MAX_SESSION_ID \
            or not session_id.isprintable():
        raise InvalidVote(f"a session id must be a printable string of 1–{MAX_SESSION_ID} characters, got {session_id!r}")
    return session_id


def _check_address(address: Any) -> str:
    """A client address as counted and stored (the caller resolves proxies); none: one shared bucket."""
    if address is None or address == "":
        return UNKNOWN_ADDRESS
    if not isinstance(address, str) or len(address) > MAX_CLIENT_ADDRESS or not address.isprintable():
        raise InvalidVote(f"a client address must be a printable string of at most {MAX_CLIENT_ADDRESS} characters")
    return address


def _video_row(video: PoolVideo) -> dict[str, Any]:
    path = Path(video.video).expanduser()
    if not path.is_file():
        raise PoolImportError(f"video file not found: {path}")
    if not str(video.prompt or "").strip():
        raise PoolImportError(f"{path}: the prompt is empty (pairs are formed by prompt)")
    for name in ("sa", "pc"):
        value = getattr(video, name)
        if value is not None and not (isinstance(value, (int, float)) and math.isfinite(value) and 0.0 <= value <= 1.0):
            raise PoolImportError(f"{path}: {name} must be in [0, 1] (normalise judge scores first), got {value!r}")
    try:
        record = json.loads(json.dumps(video.record or {}, default=str))
    except (TypeError, ValueError) as exc:
        raise PoolImportError(f"{path}: the run record is not JSON-able ({exc})") from None
    return {"path": str(path.resolve()), "prompt": str(video.prompt).strip(),
            "variant": _clean_name(video.variant, f"variant of {path}"),
            "seed": None if video.seed is None else int(video.seed), "category": video.category or None,
            "sa": None if video.sa is None else float(video.sa), "pc": None if video.pc is None else float(video.pc),
            "judge_id": video.judge_id or None, "record": record}


def _stored_record(video) -> dict[str, Any]:
    return {"video": video.path, "variant": video.variant, "seed": video.seed, "sa": video.sa, "pc": video.pc,
            "judge_id": video.judge_id, "record": video.record}


def _revealed(video) -> RevealedVideo:
    return RevealedVideo(video.variant, video.path, video.seed, video.sa, video.pc, video.judge_id)


def _ensure_session(conn: Connection, dialect: str, session_id: str, now: float, address: str) -> bool:
    """Create the session's row on its first pair; True when it is new."""
    if dialect == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as dialect_insert
    else:
        from sqlalchemy.dialects.sqlite import insert as dialect_insert
    return conn.execute(dialect_insert(sessions_table).values(
        session_id=session_id, created_at=now, created_address=address, flagged=False, excluded=False, note="")
        .on_conflict_do_nothing()).rowcount > 0
