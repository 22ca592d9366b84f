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

import math
import random
import secrets
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass
from itertools import combinations
from pathlib import Path
from typing import Any

from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.engine import URL, Connection
from sqlalchemy.exc import IntegrityError, OperationalError

from ..core.limits import echo
from .checks import check_address, check_session, clean_name, video_row
from .engine import create_arena_engine, database_url
from .records import (
    CHOICES,
    REASON_TAGS,
    UNKNOWN_ADDRESS,
    Anomaly,
    ArenaError,
    ArenaLimits,
    ArenaPair,
    DuplicateVote,
    InvalidToken,
    InvalidVote,
    NoPairAvailable,
    PoolInfo,
    PoolVideo,
    RateLimited,
    RevealedVideo,
    SessionStats,
    TooSoon,
    VoteRecord,
    VoteResult,
    VoteStats,
)
from .schema import (
    client_counters_table,
    issued_table,
    migrate,
    pools_table,
    secrets_table,
    sessions_table,
    videos_table,
    votes_table,
)
from .statements import HotStatements

CANDIDATES_TTL_S = 5.0  # other replicas' new videos show up in pairs within this time


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
        self._sql = HotStatements(self.dialect)
        # Votes per pair, for "least-voted pair first": read from the database every CANDIDATES_TTL_S (other
        # replicas' votes), counted here in between; an approximate order is all pairing needs.
        self._pair_votes: tuple[float, Counter] | None = None
        self._pair_votes_lock = threading.Lock()
        self._video_rows: dict[int, Any] = {}  # id → videos row + pool name; video rows never change
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
                stamped = migrate(conn, self.dialect, self._clock())
                key = conn.execute(select(secrets_table.c.value).where(secrets_table.c.name == "voter-key")).scalar()
                if key is None:  # the first replica to start makes it; the others read it (same transaction lock)
                    key = secrets.token_hex(32)
                    conn.execute(insert(secrets_table).values(name="voter-key", value=key))
                self.voter_key = bytes.fromhex(key)
                return stamped
        except OperationalError as exc:
            raise ArenaError(f"cannot open the arena database {self!r}: {exc.orig}") from exc

    # ------------------------------------------------------------------ pools
    def add_videos(self, pool: str, videos: Sequence[PoolVideo], *, kind: str = "folder", source: str = "") -> int:
        """Add videos to a pool (created on first use); a path already in the pool is skipped."""
        pool = clean_name(pool, "pool name")
        rows = [video_row(video) for video in videos]
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
        session_id = check_session(session_id)
        address = check_address(client_address)
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
            mine = conn.execute(self._sql.my_votes, {"p_session": session_id}).all()
            skipped = Counter(conn.execute(self._sql.my_issued, {"p_session": session_id}).scalars())
            skipped.update(dict(conn.execute(self._sql.my_skips, {"p_session": session_id}).all()))
        counts = self._votes_per_pair()
        open_pairs = candidates
        if mine:  # a new voter (most pair requests of a busy arena) skips these passes over every pair
            voted = {row.pair_key for row in mine}
            unvoted = [c for c in candidates if c.pair_key not in voted]
            if not unvoted:
                raise NoPairAvailable(f"you have voted on all {len(candidates)} pairs here; thank you! "
                                      "Come back when new videos are added")
            # A video whose variant a vote revealed is recognisable by its bytes: never show it to that voter again.
            revealed = {v for row in mine for v in (row.left_video_id, row.right_video_id)} if self.hide_revealed else ()
            open_pairs = [c for c in unvoted if c.first not in revealed and c.second not in revealed]
            if not open_pairs:
                raise NoPairAvailable(f"every pair left here shows a video whose variant one of your {len(voted)} "
                                      "vote(s) revealed; thank you! Come back when new videos are added")
        # Pairs this session skipped come last, then the fewest votes first (ranked once: other votes move the counts).
        votes_of = counts.get
        if skipped:
            ranks = [(skipped.get(c.pair_key, 0), votes_of(c.pair_key, 0)) for c in open_pairs]
        else:
            ranks = [votes_of(c.pair_key, 0) for c in open_pairs]
        best = min(ranks)
        with self._random_lock:
            chosen = self._random.choice([c for c, rank in zip(open_pairs, ranks) if rank == best])
            left, right = (chosen.first, chosen.second) if self._random.random() < 0.5 else (chosen.second, chosen.first)
        token = secrets.token_urlsafe(24)
        now = self._clock()
        durations = [d for d in (videos[left]["duration_s"], videos[right]["duration_s"]) if d]
        wait = max(self.limits.min_view_s, min(durations, default=0.0))
        with self._write(durable=False) as conn:
            new_voter = conn.execute(self._sql.new_session, {"p_session": session_id, "p_now": now,
                                                              "p_address": address}).rowcount > 0
            self._charge(conn, address, now, pairs=1, new_voters=int(new_voter))
            if self.limits.max_open_pairs and not new_voter:  # a new voter holds no pairs yet
                self._drop_oldest_open_pairs(conn, session_id, keep=self.limits.max_open_pairs - 1)
            conn.execute(self._sql.issue, {"token": token, "session_id": session_id, "pair_key": chosen.pair_key,
                                           "left_video_id": left, "right_video_id": right, "issued_at": now,
                                           "vote_after": now + wait})
        return ArenaPair(token, videos[left]["prompt"], videos[left]["path"], videos[right]["path"], chosen.category,
                         chosen.pool, wait)

    def _drop_oldest_open_pairs(self, conn: Connection, session_id: str, keep: int) -> None:
        """A voter holds at most ``keep`` + 1 unvoted pairs: asking for another drops the oldest, remembered as
        skipped. The open pairs come from the session index (a handful of rows); the writes run only when there
        is one to drop."""
        held = conn.execute(self._sql.open_pairs, {"p_session": session_id}).all()
        if len(held) > keep:
            dropped = held[keep:]
            conn.execute(self._sql.remember_skip, [{"p_session": session_id, "p_pair_key": row.pair_key}
                                                   for row in dropped])
            conn.execute(delete(issued_table).where(issued_table.c.token.in_([row.token for row in dropped])))

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
        table, hour = client_counters_table, int(now // 3600)
        totals = conn.execute(self._sql.charge, {"p_address": address, "p_minute": int(now // 60), "p_hour": hour,
                                                 "p_pairs": pairs, "p_votes": votes,
                                                 "p_new_voters": new_voters}).one()._mapping
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
        session_id = check_session(session_id)
        address = check_address(client_address)
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
                issued = conn.execute(self._sql.issued, {"p_token": token}).first()
                if issued is None or issued.session_id != session_id:
                    raise InvalidToken("this pair was not handed to your session (or the token is wrong): ask for a new pair")
                if conn.execute(self._sql.voted_pair, {"p_session": session_id,
                                                       "p_pair_key": issued.pair_key}).first():
                    raise DuplicateVote("you already voted on this pair of videos; ask for the next pair")
                if issued.vote_after is not None and now < issued.vote_after:
                    wait = issued.vote_after - now
                    raise TooSoon(f"too soon: watch both videos to the end first (voting opens "
                                  f"{issued.vote_after - issued.issued_at:.1f} s after the pair was served); try again "
                                  f"in {math.ceil(wait * 10) / 10:g} s", wait)
                self._check_rate(conn, session_id, now)
                self._charge(conn, address, now, votes=1)
                left, right = self._videos(conn, issued.left_video_id, issued.right_video_id)
                vote_id = conn.execute(self._sql.record_vote, {
                    "token": token, "session_id": session_id, "pair_key": issued.pair_key, "pool": left.pool_name,
                    "prompt": left.prompt, "category": left.category or right.category, "left_video_id": left.id,
                    "right_video_id": right.id, "left_variant": left.variant, "right_variant": right.variant,
                    "left_record": _stored_record(left), "right_record": _stored_record(right), "choice": choice,
                    "reasons": list(reasons), "created_at": now, "day": time.strftime("%Y-%m-%d", time.gmtime(now)),
                    "client_address": address}).inserted_primary_key[0]
            self._count_vote(issued.pair_key)
        except IntegrityError as exc:  # a concurrent vote (another thread or replica) won the race
            if self._has_voted(session_id, token):
                raise DuplicateVote("you already voted on this pair of videos; ask for the next pair") from None
            raise ArenaError(f"the vote could not be stored: {exc.orig}") from exc
        return VoteResult(int(vote_id), choice, reasons, left.prompt, _revealed(left), _revealed(right))

    def _videos(self, conn: Connection, *ids: int) -> list[Any]:
        """The videos rows (with their pool's name) a vote copies: from memory after the first time, since
        a stored video never changes; one round trip for those not seen yet."""
        found = {i: self._video_rows.get(i) for i in ids}
        missing = [i for i, row in found.items() if row is None]
        if missing:
            fetched = {row.id: row for row in conn.execute(self._sql.video_rows, {"p_ids": missing})}
            found.update(fetched)
            if len(self._video_rows) > 50_000:  # bounded: a huge pool history starts over rather than grow
                self._video_rows.clear()
            self._video_rows.update(fetched)
        return [found[i] for i in ids]

    def _votes_per_pair(self) -> Counter:
        with self._pair_votes_lock:
            cached = self._pair_votes
            if cached is not None and time.monotonic() - cached[0] < CANDIDATES_TTL_S:
                return cached[1]
        with self.engine.connect() as conn:
            counts = Counter(dict(conn.execute(self._sql.pair_votes).all()))
        with self._pair_votes_lock:
            self._pair_votes = (time.monotonic(), counts)
        return counts

    def _count_vote(self, key: str) -> None:
        with self._pair_votes_lock:
            if self._pair_votes is not None:
                self._pair_votes[1][key] += 1

    def _has_voted(self, session_id: str, token: str) -> bool:
        with self.engine.connect() as conn:
            key = conn.execute(select(issued_table.c.pair_key).where(issued_table.c.token == token)).scalar()
            return key is not None and conn.execute(select(votes_table.c.id).where(
                votes_table.c.session_id == session_id, votes_table.c.pair_key == key)).first() is not None

    def _check_rate(self, conn: Connection, session_id: str, now: float) -> None:
        """Per-session limits, checked under the session row's lock so parallel votes cannot both pass."""
        interval = self.min_seconds_between_votes
        if interval > 0:
            stamped = conn.execute(self._sql.stamp_vote_if_due, {"p_session": session_id, "p_now": now,
                                                                 "p_due": now - interval})
        else:
            stamped = conn.execute(self._sql.stamp_vote, {"p_session": session_id, "p_now": now})
        if stamped.rowcount == 0:
            last = conn.execute(self._sql.last_vote, {"p_session": session_id}).scalar_one()
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
def _stored_record(video) -> dict[str, Any]:
    return {"video": video.path, "variant": video.variant, "seed": video.seed, "sa": video.sa, "pc": video.pc,
            "judge_id": video.judge_id, "record": video.record}


def _revealed(video) -> RevealedVideo:
    return RevealedVideo(video.variant, video.path, video.seed, video.sa, video.pc, video.judge_id)
