"""Arena integrity in the store, on SQLite and PostgreSQL: an old database gains the integrity columns, forged
votes show up as anomalies, and one exclusion takes them out of the ratings and the export."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
from sqlalchemy import text

from pipelines.arena import ArenaLimits, ArenaStore, PoolVideo, TooSoon
from pipelines.arena.export import build_groups
from pipelines.arena.ratings import leaderboard
from tests.helpers.postgres import create_database, postgres_url  # noqa: F401  (fixture)

FORGER = "203.0.113.66"


@pytest.fixture(params=["sqlite", "postgresql"])
def arena_url(request, tmp_path):
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'arena.db'}"
    return create_database(request.getfixturevalue("postgres_url"), f"t{uuid.uuid4().hex[:12]}")


def placeholders(folder: Path, prompts: int, variants=("base", "tuned")) -> list[PoolVideo]:
    folder.mkdir(parents=True, exist_ok=True)
    videos = []
    for p in range(prompts):
        for variant in variants:
            path = folder / f"{p}-{variant}.mp4"
            path.write_bytes(b"\x00")  # not a video: the store's min_view_s is the whole wait
            videos.append(PoolVideo(path, f"prompt {p}", variant, seed=0))
    return videos


def as_version_1(store: ArenaStore) -> None:
    """Turn a fresh database back into what schema version 1 made: no integrity columns or tables."""
    with store.engine.begin() as conn:
        for table, column in (("videos", "duration_s"), ("sessions", "created_address"),
                              ("issued_pairs", "vote_after"), ("votes", "client_address")):
            conn.execute(text(f"ALTER TABLE {table} DROP COLUMN {column}"))
        conn.execute(text("DROP TABLE client_counters"))
        conn.execute(text("DROP TABLE secrets"))
        conn.execute(text("UPDATE schema_version SET version = 1"))


def test_a_version_1_database_is_migrated_and_keeps_its_votes(arena_url, tmp_path):
    with ArenaStore(arena_url, min_seconds_between_votes=0) as old:
        old.add_videos("pool", placeholders(tmp_path / "v", prompts=3))
        as_version_1(old)
        with old.engine.begin() as conn:  # a vote as version 1 stored it
            conn.execute(text("INSERT INTO sessions (session_id, created_at, flagged, excluded, note) "
                              "VALUES ('old-voter', 1.0, false, false, '')"))
            conn.execute(text("INSERT INTO issued_pairs (token, session_id, pair_key, left_video_id, right_video_id, "
                              "issued_at) VALUES ('old-token', 'old-voter', '1-2', 1, 2, 1.0)"))
            conn.execute(text("INSERT INTO votes (token, session_id, pair_key, pool, prompt, left_video_id, "
                              "right_video_id, left_variant, right_variant, left_record, right_record, choice, reasons, "
                              "created_at, day) VALUES ('old-token', 'old-voter', '1-2', 'pool', 'prompt 0', 1, 2, "
                              "'base', 'tuned', '{}', '{}', 'A', '[]', 1.0, '1970-01-01')"))
    now = [5000.0]
    limits = ArenaLimits(min_view_s=2.0, votes_per_minute_per_address=10)
    with ArenaStore(arena_url, min_seconds_between_votes=0, clock=lambda: now[0], limits=limits) as store:
        assert store.schema_version == 2
        assert [(v.session_id, v.choice) for v in store.votes()] == [("old-voter", "A")]
        pair = store.next_pair("new-voter", client_address=FORGER)
        with pytest.raises(TooSoon):
            store.vote("new-voter", pair.token, "B", client_address=FORGER)
        now[0] += 2.0
        store.vote("new-voter", pair.token, "B", client_address=FORGER)
        key = store.voter_key
    with ArenaStore(arena_url) as replica:  # a second replica reads the same signing key
        assert replica.schema_version == 2 and replica.voter_key == key and len(key) == 32
        assert replica.vote_count() == 2


def test_forged_votes_are_flagged_and_one_exclusion_removes_them_from_ratings_and_export(arena_url, tmp_path):
    now = [10_000.0]
    store = ArenaStore(arena_url, min_seconds_between_votes=0, clock=lambda: now[0], seed=1)
    try:
        store.add_videos("pool", placeholders(tmp_path / "v", prompts=12))

        def vote(session: str, address: str, prefer: str | None = None, side: str | None = None) -> None:
            pair = store.next_pair(session, client_address=address)
            with store.engine.connect() as conn:
                left = conn.execute(text("SELECT v.variant FROM issued_pairs i JOIN videos v ON v.id = i.left_video_id "
                                         "WHERE i.token = :t"), {"t": pair.token}).scalar_one()
            choice = side or ("A" if left == prefer else "B")
            store.vote(session, pair.token, choice, client_address=address)

        honest = []
        for n in range(6):  # honest voters, a few minutes apart, mostly preferring "tuned", sides mixed
            session = f"honest-{n}"
            honest.append(session)
            for _ in range(3):
                now[0] += 40
                vote(session, f"198.51.100.{n}", prefer="tuned" if n != 5 else "base")
        honest_votes = list(store.votes())
        # A forger: 36 throwaway voters from one address within a minute, all for "base".
        for n in range(36):
            now[0] += 1.5
            vote(f"forged-{n}", FORGER, prefer="base")
        # A same-side clicker from a quiet address: always "A", 12 votes spread over hours.
        for _ in range(12):
            now[0] += 600
            vote("lefty", "192.0.2.9", side="A")

        found = {(a.kind, a.subject): a for a in store.anomalies()}
        assert set(found) == {("address rate", FORGER), ("same side", "lefty")}
        assert found[("address rate", FORGER)].sessions == tuple(sorted(f"forged-{n}" for n in range(36)))
        assert "36 votes within one minute" in found[("address rate", FORGER)].detail
        assert found[("same side", "lefty")].detail == "12 of 12 decisive votes for side A"

        assert store.exclude_sessions([s for a in found.values() for s in a.sessions]) == 37
        assert store.anomalies() == []
        counted = store.votes()
        assert [v.vote_id for v in counted] == [v.vote_id for v in honest_votes]
        assert store.vote_count() == len(honest_votes) + 48 and store.vote_count(include_excluded=False) == len(counted)
        board = {row.variant: row.votes for row in leaderboard(counted, bootstrap=0)}
        assert board == {row.variant: row.votes for row in leaderboard(honest_votes, bootstrap=0)}
        assert build_groups(counted) == build_groups(honest_votes)  # the export sees only the honest votes
    finally:
        store.close()
