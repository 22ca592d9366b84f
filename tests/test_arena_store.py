"""Arena store on a real SQLite file and a real PostgreSQL server: blind pairs, votes, limits, crashes, schema."""

from __future__ import annotations

import multiprocessing
import os
import signal
import threading
import time
import uuid
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from pipelines.arena import (
    SCHEMA_VERSION,
    ArenaError,
    ArenaLimits,
    ArenaStore,
    DuplicateVote,
    InvalidToken,
    InvalidVote,
    NoPairAvailable,
    PoolImportError,
    PoolVideo,
    RateLimited,
    SchemaError,
)
from pipelines.arena import schema as schema_module
from pipelines.arena.engine import database_url
from pipelines.arena.schema import Migration
from tests.helpers.postgres import create_database, postgres_url  # noqa: F401  (fixture)

VARIANTS = ("base", "tuned", "other")


def make_videos(folder: Path, prompts: int = 4, variants=VARIANTS, seed: int = 0) -> list[PoolVideo]:
    """Tiny placeholder files (the store only needs them to exist) with scores that identify each video."""
    folder.mkdir(parents=True, exist_ok=True)
    videos = []
    for p in range(prompts):
        for i, variant in enumerate(variants):
            path = folder / f"p{p}-{variant}-s{seed}.mp4"
            path.write_bytes(b"\x00")
            videos.append(PoolVideo(path, f"prompt number {p}", variant, seed=seed, category=("fall", "roll")[p % 2],
                                    sa=round(0.1 * i + 0.05, 2), pc=round(0.2 + 0.01 * p, 2), judge_id="judge",
                                    record={"run": f"{p}-{variant}", "settings": {"steps": 4}}))
    return videos


@pytest.fixture(params=["sqlite", "postgresql"])
def arena_url(request, tmp_path):
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'arena.db'}"
    return create_database(request.getfixturevalue("postgres_url"), f"t{uuid.uuid4().hex[:12]}")


@pytest.fixture
def open_store(arena_url):
    stores = []

    def make(**kwargs) -> ArenaStore:
        kwargs.setdefault("min_seconds_between_votes", 0)
        stores.append(ArenaStore(arena_url, **kwargs))
        return stores[-1]

    yield make
    for s in stores:
        s.close()


@pytest.fixture
def filled(open_store, tmp_path):
    store = open_store(seed=3)
    assert store.add_videos("pool", make_videos(tmp_path / "videos")) == 12
    return store


def pair_variants(store: ArenaStore, token: str) -> tuple[str, str]:
    """What the server maps a token to (read straight from the tables, as a check independent of vote())."""
    with store.engine.connect() as conn:
        row = conn.execute(text("SELECT l.variant, r.variant FROM issued_pairs i JOIN videos l ON l.id = i.left_video_id "
                                "JOIN videos r ON r.id = i.right_video_id WHERE i.token = :t"), {"t": token}).one()
    return row[0], row[1]


# ----------------------------------------------------------------------------- pairs and votes
def test_pairs_hide_names_randomise_sides_and_reveal_names_only_in_the_vote(filled, tmp_path):
    seen_left = set()
    for n in range(12):
        pair = filled.next_pair(f"viewer-{n}")
        left, right = pair_variants(filled, pair.token)
        seen_left.add(left)
        assert left != right and pair.prompt.startswith("prompt number")
        assert all(v not in (pair.token, pair.prompt, pair.pool, pair.category) for v in VARIANTS)
        # the source files are named after their variant; the pair's token hands out the same file, side by side
        assert left in Path(pair.left_video).name
        assert filled.pair_video(pair.token, "A") == Path(pair.left_video)
        assert filled.pair_video(pair.token, "B") == Path(pair.right_video)
        result = filled.vote(f"viewer-{n}", pair.token, "A", ["gravity", "gravity", "collision"])
        assert (result.left.variant, result.right.variant) == (left, right)
        assert result.winner.variant == left and result.reasons == ("gravity", "collision")
        assert result.to_dict()["A"]["variant"] == left and result.to_dict()["winner"] == left
    assert seen_left == set(VARIANTS)  # every variant showed up on the left at least once in 12 shuffled pairs


def test_vote_stores_prompt_both_records_and_scores(filled):
    pair = filled.next_pair("s1")
    result = filled.vote("s1", pair.token, "both_bad", ["deformation"])
    with filled.engine.connect() as conn:
        row = conn.execute(text("SELECT prompt, left_record, right_record, choice, reasons FROM votes")).one()
    import json

    left_record = row[1] if isinstance(row[1], dict) else json.loads(row[1])
    right_record = row[2] if isinstance(row[2], dict) else json.loads(row[2])
    assert row[0] == pair.prompt and row[3] == "both_bad"
    assert left_record["variant"] == result.left.variant and left_record["video"] == pair.left_video
    assert left_record["record"] == {"run": f"{pair.prompt.split()[-1]}-{result.left.variant}", "settings": {"steps": 4}}
    assert right_record["sa"] == result.right.sa == round(0.1 * VARIANTS.index(result.right.variant) + 0.05, 2)
    (record,) = filled.votes()
    assert (record.left_variant, record.right_variant, record.choice, record.reasons) == (
        result.left.variant, result.right.variant, "both_bad", ("deformation",))
    assert record.winner_variant is None and record.left_video == pair.left_video


def test_one_vote_per_pair_per_session_in_either_order(open_store, tmp_path):
    store = open_store(seed=5)  # seeded: unseeded, one run in 128 shows a single order in 8 shuffles
    store.add_videos("one-pair", make_videos(tmp_path / "v", prompts=1, variants=("base", "tuned")))
    tokens = [store.next_pair("s1").token for _ in range(8)]  # the only pair, handed out again (either order)
    assert len({pair_variants(store, t) for t in tokens}) == 2, "both orders should come up in 8 seeded shuffles"
    store.vote("s1", tokens[0], "B")
    with pytest.raises(DuplicateVote, match="already voted on this pair"):
        store.vote("s1", tokens[0], "A")
    for token in tokens[1:]:
        with pytest.raises(DuplicateVote):
            store.vote("s1", token, "tie")
    with pytest.raises(NoPairAvailable, match="voted on all 1 pairs"):
        store.next_pair("s1")
    other = store.next_pair("s2")  # another session may vote on the same pair
    store.vote("s2", other.token, "A")
    assert store.vote_count() == 2


def test_concurrent_duplicates_from_one_session_store_exactly_one_vote(open_store, tmp_path):
    store = open_store()
    store.add_videos("one-pair", make_videos(tmp_path / "v", prompts=1, variants=("base", "tuned")))
    tokens = [store.next_pair("s1").token for _ in range(8)]
    outcomes, barrier = [], threading.Barrier(len(tokens))

    def cast(token):
        barrier.wait()
        try:
            store.vote("s1", token, "A")
            outcomes.append("stored")
        except DuplicateVote:
            outcomes.append("duplicate")

    threads = [threading.Thread(target=cast, args=(t,)) for t in tokens]
    [t.start() for t in threads]
    [t.join() for t in threads]
    assert sorted(outcomes) == ["duplicate"] * 7 + ["stored"] and store.vote_count() == 1


def test_tokens_belong_to_their_session_and_votes_are_validated(filled):
    pair = filled.next_pair("alice")
    with pytest.raises(InvalidToken, match="not handed to your session"):
        filled.vote("mallory", pair.token, "A")
    with pytest.raises(InvalidToken):
        filled.vote("alice", "made-up-token", "A")
    with pytest.raises(InvalidVote, match="choice must be one of A, B, tie, both_bad"):
        filled.vote("alice", pair.token, "left")
    with pytest.raises(InvalidVote, match="unknown reason tag"):
        filled.vote("alice", pair.token, "A", ["vibes"])
    with pytest.raises(InvalidVote, match="session id"):
        filled.next_pair("x" * 500)
    assert filled.vote_count() == 0
    filled.vote("alice", pair.token, "tie")
    assert filled.vote_count() == 1


def test_rate_limits_per_session(open_store, tmp_path):
    now = [1000.0]
    store = open_store(min_seconds_between_votes=2.0, clock=lambda: now[0])
    store.add_videos("pool", make_videos(tmp_path / "v", prompts=4))
    store.vote("s1", store.next_pair("s1").token, "A")
    now[0] += 0.5
    token = store.next_pair("s1").token
    with pytest.raises(RateLimited, match="one vote every 2 s") as info:
        store.vote("s1", token, "A")
    assert info.value.wait_s == pytest.approx(1.5)
    store.vote("s2", store.next_pair("s2").token, "A")  # another session is not slowed down
    now[0] += 1.5
    store.vote("s1", token, "A")  # the same token works once the wait is over
    assert store.vote_count() == 3

    minute = open_store(min_seconds_between_votes=0, max_votes_per_minute=3, clock=lambda: now[0])
    start = now[0]
    for step in range(3):
        now[0] = start + 10 + step
        minute.vote("m1", minute.next_pair("m1").token, "B")
    now[0] = start + 13
    token = minute.next_pair("m1").token
    with pytest.raises(RateLimited, match="at most 3 votes a minute") as info:
        minute.vote("m1", token, "B")
    assert info.value.wait_s == pytest.approx(57.0)  # the oldest of the 3 leaves the window at start + 70
    now[0] = start + 70.5
    minute.vote("m1", token, "B")


def test_pair_choice_prefers_the_least_voted_pair(open_store, tmp_path):
    store = open_store(seed=0)
    store.add_videos("pool", make_videos(tmp_path / "v", prompts=1))  # 3 variants: 3 pairs
    voted = set()
    for session in ("a", "b"):
        pair = store.next_pair(session)
        voted.add(frozenset(pair_variants(store, pair.token)))
        store.vote(session, pair.token, "A")
    # the two sessions got two different pairs (least voted first); a third session gets the untouched one
    assert len(voted) == 2
    third = frozenset(pair_variants(store, store.next_pair("c").token))
    assert third not in voted and len(voted | {third}) == 3


def test_skipped_pairs_come_last_even_after_their_open_pair_was_dropped(open_store, tmp_path):
    """A voter holds two open pairs at most, so skipping drops the oldest: the skip is still remembered, and
    skipping on walks through every one of the twelve pairs before any comes back."""
    store = open_store(seed=5, limits=ArenaLimits(max_open_pairs=2))
    store.add_videos("pool", make_videos(tmp_path / "v", prompts=4))  # 4 prompts x 3 variants: 12 pairs
    served = []
    for _ in range(12):
        pair = store.next_pair("skipper")
        served.append((pair.prompt, frozenset(pair_variants(store, pair.token))))
    assert len(set(served)) == 12, "a skipped pair came back while others were never shown"
    with store.engine.connect() as conn:
        open_now = conn.execute(text("SELECT count(*) FROM issued_pairs WHERE session_id = 'skipper'")).scalar_one()
        skips = dict(conn.execute(text("SELECT pair_key, times FROM skipped_pairs WHERE session_id = 'skipper'")).all())
    assert open_now == 2 and len(skips) == 10 and set(skips.values()) == {1}


def test_a_pair_can_be_asked_for_one_prompt(filled):
    for _ in range(3):
        pair = filled.next_pair(f"s-{_}", prompt="prompt number 2")
        assert pair.prompt == "prompt number 2"
    with pytest.raises(NoPairAvailable, match="for prompt 'never asked'"):
        filled.next_pair("s", prompt="never asked")


def test_pools_empty_inactive_and_idempotent_import(open_store, tmp_path):
    store = open_store()
    with pytest.raises(NoPairAvailable, match="no pairs yet: run Compare"):
        store.next_pair("s")
    videos = make_videos(tmp_path / "v", prompts=2)
    assert store.add_videos("pool", videos, kind="eval", source="here") == 6
    assert store.add_videos("pool", videos) == 0  # re-import adds nothing
    (info,) = store.pools()
    assert (info.name, info.kind, info.source, info.videos, info.variants, info.prompts, info.active) == (
        "pool", "eval", "here", 6, ("base", "other", "tuned"), 2, True)
    assert store.variants() == ["base", "other", "tuned"] and store.categories() == ["fall", "roll"]
    store.set_pool_active("pool", False)
    with pytest.raises(NoPairAvailable):
        store.next_pair("s")
    store.set_pool_active("pool", True)
    assert store.next_pair("s", category="roll").category == "roll"
    with pytest.raises(ArenaError, match="no pool named"):
        store.set_pool_active("nope", True)
    with pytest.raises(PoolImportError, match="video file not found"):
        store.add_videos("pool", [PoolVideo(tmp_path / "missing.mp4", "p", "base")])
    with pytest.raises(PoolImportError, match=r"sa must be in \[0, 1\]"):
        store.add_videos("pool", [PoolVideo(videos[0].video, "p", "base", sa=4.0)])


def test_excluded_sessions_are_kept_but_not_counted_and_stats_add_up(open_store, tmp_path):
    now = [86400.0 * 20000 + 10]  # a known UTC day
    store = open_store(clock=lambda: now[0])
    store.add_videos("pool", make_videos(tmp_path / "v", prompts=4))
    cast = {"good": ["A", "B", "tie"], "spam": ["A", "A", "A", "A"]}
    winners = []
    for session, choices in cast.items():
        for choice in choices:
            result = store.vote(session, store.next_pair(session).token, choice)
            if session == "good":
                winners.append((result, choice))
            now[0] += 86400 / 2
    store.set_session_flags("spam", flagged=True, excluded=True, note="always A")
    assert store.vote_count() == 7 and store.vote_count(include_excluded=False) == 3
    assert len(store.votes()) == 3 and len(store.votes(include_excluded=True)) == 7
    assert {v.session_id for v in store.votes()} == {"good"}
    stats = store.vote_stats()
    assert (stats.total, stats.counted) == (7, 3)
    by_session = {s.session_id: s for s in stats.sessions}
    assert by_session["spam"].excluded and by_session["spam"].flagged and by_session["spam"].note == "always A"
    assert by_session["spam"].votes == 4 and by_session["good"].votes == 3 and not by_session["good"].excluded
    assert stats.by_choice == {"A": 1, "B": 1, "tie": 1, "both_bad": 0}
    assert sum(stats.by_day.values()) == 3 and list(stats.by_day) == ["2024-10-04", "2024-10-05"]
    expected: dict[str, dict[str, int]] = {}
    for result, choice in winners:
        for variant, mine, theirs in ((result.left.variant, "A", "B"), (result.right.variant, "B", "A")):
            entry = expected.setdefault(variant, {"votes": 0, "wins": 0, "losses": 0, "ties": 0, "both_bad": 0})
            entry["votes"] += 1
            entry[{"tie": "ties", mine: "wins", theirs: "losses"}[choice]] += 1
    assert stats.by_variant == dict(sorted(expected.items()))
    with pytest.raises(ArenaError, match="no session"):
        store.set_session_flags("ghost", excluded=True)


def test_votes_are_append_only_in_the_database(filled):
    filled.vote("s", filled.next_pair("s").token, "A")
    for statement in ("UPDATE votes SET choice = 'B'", "DELETE FROM votes"):
        with pytest.raises(DBAPIError, match="append-only"), filled.engine.begin() as conn:
            conn.execute(text(statement))
    assert [v.choice for v in filled.votes()] == ["A"]


# ----------------------------------------------------------------------------- schema
def test_schema_version_is_stamped_migrated_once_and_newer_databases_are_refused(open_store, arena_url, monkeypatch):
    store = open_store()
    assert store.schema_version == SCHEMA_VERSION
    with store.engine.connect() as conn:
        assert conn.execute(text("SELECT version FROM schema_version")).scalar_one() == SCHEMA_VERSION
    store.close()

    def add_probe(conn):
        conn.execute(text("CREATE TABLE migration_probe (id INTEGER PRIMARY KEY)"))
        conn.execute(text("INSERT INTO migration_probe (id) VALUES (1)"))

    monkeypatch.setattr(schema_module, "MIGRATIONS", [Migration(SCHEMA_VERSION + 1, "probe table", add_probe)])
    upgraded = open_store()
    assert upgraded.schema_version == SCHEMA_VERSION + 1
    again = open_store()  # a second replica starting later: nothing to run twice
    with again.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM migration_probe")).scalar_one() == 1
        assert conn.execute(text("SELECT version FROM schema_version")).scalar_one() == SCHEMA_VERSION + 1
    upgraded.close()
    again.close()
    monkeypatch.setattr(schema_module, "MIGRATIONS", [])
    with pytest.raises(SchemaError, match=f"schema version {SCHEMA_VERSION + 1}, newer than this build"):
        ArenaStore(arena_url)


def test_sqlite_durability_settings(tmp_path):
    """Votes wait for the disk only when power_safe is set; handing out a pair never does (WAL either way)."""
    for power_safe, vote_level in ((False, 1), (True, 2)):  # 1 = NORMAL, 2 = FULL
        with ArenaStore(tmp_path / f"{power_safe}.db", power_safe=power_safe) as store:
            with store._write() as conn:
                assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == vote_level
                assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
                assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            with store._write(durable=False) as conn:
                assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 1


def test_database_urls():
    assert str(database_url("/tmp/x/arena.db")) == "sqlite:////tmp/x/arena.db"
    assert database_url("postgresql://u@h/db").drivername == "postgresql+psycopg"
    with pytest.raises(ArenaError, match="SQLite \\*file\\*"):
        database_url("sqlite://")
    with pytest.raises(ArenaError, match="SQLite and PostgreSQL"):
        database_url("mysql://u@h/db")


# ----------------------------------------------------------------------------- concurrency and crashes
def test_sixteen_threads_lose_and_duplicate_nothing(filled, open_store):
    per_thread, threads = 12, 16  # 12 pairs per prompt-set: each session votes on every pair
    errors, barrier = [], threading.Barrier(threads)
    filled = open_store(hide_revealed=False)  # each session must reach every pair, seen videos or not

    def voter(n):
        try:
            barrier.wait()
            for _ in range(per_thread):
                filled.vote(f"t{n}", filled.next_pair(f"t{n}").token, "AB"[n % 2])
        except Exception as exc:  # pragma: no cover - reported below
            errors.append(repr(exc))

    workers = [threading.Thread(target=voter, args=(n,)) for n in range(threads)]
    [w.start() for w in workers]
    [w.join() for w in workers]
    assert not errors
    votes = filled.votes()
    assert len(votes) == filled.vote_count() == threads * per_thread
    assert len({(v.session_id, frozenset((v.left_video_id, v.right_video_id))) for v in votes}) == len(votes)
    assert len({v.vote_id for v in votes}) == len(votes)


def _process_voter(url: str, session: str, votes: int, start, results) -> None:
    store = ArenaStore(url, min_seconds_between_votes=0, hide_revealed=False)  # every pair, seen videos or not
    start.wait()
    tokens = []
    for _ in range(votes):
        pair = store.next_pair(session)
        store.vote(session, pair.token, "tie")
        tokens.append(pair.token)
    results.put((session, tokens))
    store.close()


def test_four_processes_lose_and_duplicate_nothing(filled, arena_url):
    context = multiprocessing.get_context("spawn")
    start, results = context.Event(), context.Queue()
    processes = [context.Process(target=_process_voter, args=(arena_url, f"proc-{n}", 12, start, results))
                 for n in range(4)]
    [p.start() for p in processes]
    start.set()
    reported = dict(results.get(timeout=60) for _ in processes)
    [p.join(timeout=30) for p in processes]
    assert all(p.exitcode == 0 for p in processes)
    assert filled.vote_count() == 48 and len(filled.vote_tokens()) == 48
    assert filled.vote_tokens() == {t for tokens in reported.values() for t in tokens}


def _killable_voter(url: str, log_path: str, hang_on_vote: int | None) -> None:
    """Votes forever, logging "begin <token>" before and "done <token>" after each commit (fsynced).

    With ``hang_on_vote`` it stops inside that vote's transaction, right after the INSERT, and says so:
    the parent kills it there, so the kill provably lands between the insert and the commit.
    """
    from sqlalchemy import event

    store = ArenaStore(url, min_seconds_between_votes=0, hide_revealed=False)  # votes forever, on seen videos too
    log = open(log_path, "a", encoding="utf-8")

    def note(line: str) -> None:
        log.write(line + "\n")
        log.flush()
        os.fsync(log.fileno())

    inserts = [0]

    @event.listens_for(store.engine, "after_cursor_execute")
    def _maybe_hang(conn, cursor, statement, parameters, context, executemany):
        if statement.lstrip().upper().startswith("INSERT INTO VOTES"):
            inserts[0] += 1
            if inserts[0] == hang_on_vote:
                note("inserted")
                time.sleep(600)

    n = 0
    while True:
        session = f"victim-{n // 12}"
        pair = store.next_pair(session)
        note(f"begin {pair.token}")
        store.vote(session, pair.token, "A")
        note(f"done {pair.token}")
        n += 1


def _run_and_kill(arena_url: str, tmp_path: Path, hang_on_vote: int | None, after_done: int) -> tuple[set, set]:
    log_path = tmp_path / "votes.log"
    process = multiprocessing.get_context("spawn").Process(target=_killable_voter,
                                                             args=(arena_url, str(log_path), hang_on_vote))
    process.start()
    deadline = time.time() + 60
    try:
        while time.time() < deadline:
            lines = log_path.read_text().splitlines() if log_path.exists() else []
            if (hang_on_vote and "inserted" in lines) or (not hang_on_vote and
                                                          sum(x.startswith("done") for x in lines) >= after_done):
                break
            time.sleep(0.005)
        else:
            raise AssertionError("the voting child made no progress")
    finally:
        os.kill(process.pid, signal.SIGKILL)
        process.join(timeout=30)
    assert process.exitcode == -signal.SIGKILL
    lines = log_path.read_text().splitlines()
    done = {line.split()[1] for line in lines if line.startswith("done ")}
    begun = {line.split()[1] for line in lines if line.startswith("begin ")}
    return done, begun - done


def test_a_process_killed_inside_a_vote_leaves_exactly_the_committed_votes(filled, arena_url, tmp_path):
    done, in_flight = _run_and_kill(arena_url, tmp_path, hang_on_vote=9, after_done=0)
    assert len(done) == 8 and len(in_flight) == 1  # killed after vote 9's INSERT, before its COMMIT
    reopened = ArenaStore(arena_url)
    try:
        assert reopened.vote_tokens() == done and reopened.vote_count() == 8
        pair = reopened.next_pair("after-crash")  # the database is usable: no lock left behind
        reopened.vote("after-crash", pair.token, "B")
        assert reopened.vote_count() == 9
        if reopened.dialect == "sqlite":
            with reopened.engine.connect() as conn:
                assert conn.execute(text("PRAGMA integrity_check")).scalar_one() == "ok"
    finally:
        reopened.close()


def test_a_process_killed_at_a_random_moment_loses_no_committed_vote(filled, arena_url, tmp_path):
    done, in_flight = _run_and_kill(arena_url, tmp_path, hang_on_vote=None, after_done=25)
    stored = filled.vote_tokens()
    assert len(in_flight) <= 1
    # every vote the child saw committed is there; the one in flight is there only if its commit finished
    assert done <= stored <= done | in_flight


def test_pairs_never_mix_seeds(open_store, tmp_path):
    """Two Compare runs of one prompt with different seeds: only same-seed videos are paired."""
    store = open_store(seed=1)
    store.add_videos("compare", make_videos(tmp_path / "a", prompts=1, variants=("base", "lora"), seed=0)
                     + make_videos(tmp_path / "b", prompts=1, variants=("base", "lora"), seed=5))
    seen = set()
    for n in range(2):
        pair = store.next_pair(f"v{n}")
        with store.engine.connect() as conn:
            seeds = conn.execute(text("SELECT l.seed, r.seed FROM issued_pairs i JOIN videos l ON l.id = i.left_video_id "
                                      "JOIN videos r ON r.id = i.right_video_id WHERE i.token = :t"), {"t": pair.token}).one()
        assert seeds[0] == seeds[1]
        seen.add(seeds[0])
        store.vote(f"v{n}", pair.token, "A")
    assert seen == {0, 5}  # both runs were offered, each within itself: 2 pairs in all, not 6
    assert len(store._candidate_pairs()[0]) == 2
