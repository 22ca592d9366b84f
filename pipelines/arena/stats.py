"""Operator read-outs of an arena database: the leaderboard the tab shows, what is left to vote, per-voter
statistics with anomaly flags, and the schema check that lets a command line refuse instead of migrating.

Shared by the Arena tab and ``python -m pipelines arena`` so both show the same numbers; everything here
reads through ``ArenaStore``'s public methods or its engine, and never needs the app to be running.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from itertools import combinations
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, inspect, select
from sqlalchemy.engine import URL
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError, OperationalError

from ..core.limits import echo
from .engine import database_url
from .records import REASON_TAGS, ArenaError, InvalidVote, SchemaError
from .schema import latest_schema_version, pools_table, schema_version_table, videos_table
from .store import ArenaStore

BOOTSTRAP_ROUNDS = 200  # the leaderboard's bootstrap rounds (tab and command line alike)
BOARD_SEED = 0
ALL = "all"


class MissingDatabase(ArenaError):
    """The URL names no arena database (a SQLite file that does not exist, an empty PostgreSQL database)."""


class MigrationNeeded(SchemaError):
    """The database is older than this build; ``arena migrate`` (or starting the app) brings it up to date."""


def shown_url(url: URL) -> str:
    return url.render_as_string(hide_password=True)


def parse_url(value: str | Path | URL) -> URL:
    """``database_url`` with a malformed URL reported as an ``ArenaError`` naming the accepted forms."""
    if isinstance(value, URL):
        return value
    try:
        return database_url(value)
    except ArgumentError as exc:
        raise ArenaError(f"not a database URL: {echo(str(value))} ({exc}); use sqlite:////path/arena.db, "
                         "postgresql://user@host/db or a file path") from None


def stored_schema_version(value: str | Path | URL) -> int | None:
    """The schema version stamped in the database (None: no arena tables there), read without changing anything.

    Raises ``MissingDatabase`` for a SQLite file that does not exist and ``ArenaError`` with one line for a
    database that cannot be reached.
    """
    url = parse_url(value)
    if url.get_backend_name() == "sqlite" and not Path(url.database).is_file():
        raise MissingDatabase(f"no arena database at {url.database} (check --db; `arena import` creates one)")
    try:
        engine = create_engine(url)
    except NoSuchModuleError as exc:
        raise ArenaError(f"unsupported database URL {shown_url(url)}: {exc}") from None
    try:
        with engine.connect() as conn:
            if not inspect(conn).has_table(schema_version_table.name):
                return None
            return conn.execute(select(schema_version_table.c.version).where(schema_version_table.c.id == 1)).scalar()
    except (OperationalError, DBAPIError) as exc:
        reason = (str(getattr(exc, "orig", exc)).strip().splitlines()[0] if str(getattr(exc, "orig", exc)).strip()
                  else type(exc).__name__)
        raise ArenaError(f"cannot open the arena database {shown_url(url)}: {reason}") from None
    finally:
        engine.dispose()


def open_existing(value: str | Path | URL, **store_options: Any) -> ArenaStore:
    """An ``ArenaStore`` on a database that already exists at this build's schema; refuses (never migrates)
    a missing, empty, older or newer one, saying what to do."""
    url = parse_url(value)
    stamped = stored_schema_version(url)
    latest = latest_schema_version()
    if stamped is None:
        raise MissingDatabase(f"{shown_url(url)} holds no arena tables (check --db; `arena import` creates them)")
    if stamped < latest:
        raise MigrationNeeded(f"the arena database {shown_url(url)} is at schema version {stamped}, this build needs "
                              f"{latest}: back it up, then run `python -m pipelines arena migrate --db URL`")
    if stamped > latest:
        raise SchemaError(f"the arena database is at schema version {stamped}, newer than this build "
                          f"(version {latest}); upgrade PhyStudio before opening it")
    return ArenaStore(url, **store_options)


def open_or_create(value: str | Path | URL, **store_options: Any) -> ArenaStore:
    """``open_existing``, except that a missing database is created (adding videos is how an arena starts);
    a database that needs a migration is still refused."""
    try:
        return open_existing(value, **store_options)
    except MissingDatabase:
        return ArenaStore(parse_url(value), **store_options)


# ----------------------------------------------------------------------------- leaderboard
def board(store: ArenaStore, category: str | None = None, reason: str | None = None, *,
          bootstrap: int = BOOTSTRAP_ROUNDS, seed: int = BOARD_SEED, both_bad: str = "tie"):
    """(leaderboard rows, counted votes), recomputed from the stored votes; every known variant is listed.

    ``category``/``reason`` None, "" or "all" mean no filter; an unknown one is refused with the known ones.
    """
    from .ratings import BOTH_BAD_POLICIES, leaderboard

    category = None if category in (None, "", ALL) else category
    reason = None if reason in (None, "", ALL) else reason
    if category is not None and category not in store.categories():
        raise InvalidVote(f"unknown category {echo(category)}; known: {', '.join(store.categories()) or 'none yet'}")
    if reason is not None and reason not in REASON_TAGS:
        raise InvalidVote(f"unknown reason tag {echo(reason)}; known: {', '.join(REASON_TAGS)}")
    if both_bad not in BOTH_BAD_POLICIES:
        raise InvalidVote(f"both_bad must be one of {', '.join(BOTH_BAD_POLICIES)}, got {echo(both_bad)}")
    if bootstrap < 0:
        raise InvalidVote(f"bootstrap rounds must be 0 or more, got {bootstrap}")
    votes = store.votes()
    rows = leaderboard(votes, models=tuple(store.variants()), bootstrap=bootstrap, seed=seed, both_bad=both_bad,
                       category=category, reason=reason)
    return rows, len(votes)


# ----------------------------------------------------------------------------- what is left to vote
@dataclass(frozen=True)
class PairsLeft:
    """Votable pairs of one prompt and seed in one pool, and how far voting on them has come."""

    pool: str
    prompt: str
    seed: int | None
    variants: tuple[str, ...]
    pairs: int  # pairs of videos with different variants
    votes: int  # counted votes on them (excluded voters left out)
    unvoted: int  # pairs with no counted vote
    short: int  # pairs with fewer than ``target`` counted votes
    votes_needed: int  # votes still needed to bring every pair to ``target``

    def to_dict(self) -> dict[str, Any]:
        return {"pool": self.pool, "prompt": self.prompt, "seed": self.seed, "variants": list(self.variants),
                "pairs": self.pairs, "votes": self.votes, "unvoted": self.unvoted, "short": self.short,
                "votes_needed": self.votes_needed}


def pairs_left(store: ArenaStore, *, target: int = 1, pool: str | None = None,
               include_inactive: bool = False) -> list[PairsLeft]:
    """Per (pool, prompt, seed): the pairs the arena hands out (two variants of one prompt and seed in one
    pool, the store's rule) and the counted votes each still needs to reach ``target``."""
    if target < 1:
        raise InvalidVote(f"the target must be at least 1 vote per pair, got {target}")
    query = (select(videos_table.c.id, videos_table.c.prompt, videos_table.c.variant, videos_table.c.seed,
                    pools_table.c.name.label("pool"))
             .join(pools_table, pools_table.c.id == videos_table.c.pool_id).order_by(videos_table.c.id))
    if not include_inactive:
        query = query.where(pools_table.c.active)
    if pool:
        query = query.where(pools_table.c.name == pool)
    with store.engine.connect() as conn:
        rows = conn.execute(query).all()
    if pool and not rows and pool not in {p.name for p in store.pools()}:
        raise ArenaError(f"there is no pool named {echo(pool)}; known pools: "
                         f"{', '.join(p.name for p in store.pools()) or 'none'}")
    counted = Counter(frozenset((v.left_video_id, v.right_video_id)) for v in store.votes())
    groups: dict[tuple[str, str, int | None], list[Any]] = defaultdict(list)
    for row in rows:
        groups[(row.pool, row.prompt, row.seed)].append(row)
    found = []
    for (pool_name, prompt, seed), members in sorted(groups.items(), key=lambda kv: (kv[0][0], kv[0][1], kv[0][2] or 0)):
        pairs = [frozenset((a.id, b.id)) for a, b in combinations(members, 2) if a.variant != b.variant]
        if not pairs:
            continue
        votes = [counted.get(p, 0) for p in pairs]
        found.append(PairsLeft(pool_name, prompt, seed, tuple(sorted({m.variant for m in members})), len(pairs),
                               sum(votes), sum(v == 0 for v in votes), sum(v < target for v in votes),
                               sum(max(0, target - v) for v in votes)))
    return found


# ----------------------------------------------------------------------------- per voter, variant and day
def session_report(store: ArenaStore) -> list[dict[str, Any]]:
    """One row per voter: votes, first/last vote, flagged/excluded, note and the anomaly kinds naming them."""
    flags: dict[str, list[str]] = defaultdict(list)
    for anomaly in store.anomalies():
        for session in anomaly.sessions:
            flags[session].append(f"{anomaly.kind}: {anomaly.detail}")
    return [{"session": s.session_id, "votes": s.votes, "first_vote": s.first_vote, "last_vote": s.last_vote,
             "flagged": s.flagged, "excluded": s.excluded, "note": s.note, "anomalies": flags.get(s.session_id, [])}
            for s in store.vote_stats().sessions]


def known_sessions(store: ArenaStore) -> set[str]:
    return {s.session_id for s in store.vote_stats().sessions}

