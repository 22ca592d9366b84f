"""``python -m pipelines arena …`` on a real SQLite file and a real PostgreSQL database, without the app:
the tab's leaderboard numbers, exports that follow the majority rule, what is left to vote, voter flags,
and one-line refusals for a missing database, a wrong URL, unknown names and a schema that needs a migration."""

from __future__ import annotations

import json
import subprocess
import sys
import uuid
from collections import defaultdict
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from pipelines.arena import ArenaStore, NoPairAvailable, PoolVideo
from pipelines.arena import schema as schema_module
from pipelines.arena.engine import database_url
from pipelines.arena.schema import Migration
from pipelines.cli import main
from tests.helpers.postgres import create_database, postgres_url  # noqa: F401  (fixture)

ROOT = Path(__file__).resolve().parent.parent
VARIANTS = ("base", "tuned", "other")
# Which variant a simulated voter prefers: tuned > base > other, every time.
STRENGTH = {"tuned": 2, "base": 1, "other": 0}


@pytest.fixture(params=["sqlite", "postgresql"])
def arena_url(request, tmp_path):
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'arena.db'}"
    return create_database(request.getfixturevalue("postgres_url"), f"t{uuid.uuid4().hex[:12]}")


def pool_videos(folder: Path, prompts: int = 3, seeds=(0,)) -> list[PoolVideo]:
    folder.mkdir(parents=True, exist_ok=True)
    videos = []
    for p in range(prompts):
        for seed in seeds:
            for variant in VARIANTS:
                path = folder / f"p{p}-{variant}-s{seed}.mp4"
                path.write_bytes(b"\x00")
                videos.append(PoolVideo(path, f"prompt {p}", variant, seed=seed, category=("fall", "roll")[p % 2],
                                        sa=0.5, pc=0.5, judge_id="judge", record={}))
    return videos


def vote_all(store: ArenaStore, sessions: list[str], *, contrary: set[str] = frozenset(), reasons=("gravity",)) -> None:
    """Every session votes on every pair it is handed: for the stronger variant, or against it if contrary."""
    for session in sessions:
        while True:
            try:
                pair = store.next_pair(session)
            except NoPairAvailable:
                break
            with store.engine.connect() as conn:
                left, right = conn.execute(text(
                    "SELECT l.variant, r.variant FROM issued_pairs i JOIN videos l ON l.id = i.left_video_id "
                    "JOIN videos r ON r.id = i.right_video_id WHERE i.token = :t"), {"t": pair.token}).one()
            prefer_left = STRENGTH[left] > STRENGTH[right]
            choice = "A" if prefer_left != (session in contrary) else "B"
            store.vote(session, pair.token, choice, list(reasons))


def run_cli(*argv: str) -> tuple[int, str, str]:
    """The CLI in a fresh interpreter, as an operator runs it."""
    done = subprocess.run([sys.executable, "-m", "pipelines", *argv], cwd=ROOT, capture_output=True, text=True,
                          timeout=300)
    return done.returncode, done.stdout, done.stderr


@pytest.fixture
def voted(arena_url, tmp_path):
    with ArenaStore(arena_url, min_seconds_between_votes=0, hide_revealed=False, seed=1) as store:
        store.add_videos("pool", pool_videos(tmp_path / "videos"))
        vote_all(store, ["s1", "s2", "s3"])
        vote_all(store, ["odd"], contrary={"odd"}, reasons=("collision",))
    return arena_url


# ----------------------------------------------------------------------------- the tab's numbers
def test_leaderboard_cli_prints_the_numbers_the_arena_tab_shows(voted, tmp_path, capsys):
    from dataclasses import asdict

    from pipelines.core.config import load_config
    from pipelines.services import Services
    from studio.arena_board import leaderboard_rows

    services = Services(load_config(None, {"server": {"runs_dir": str(tmp_path / "runs")},
                                           "arena": {"database_url": voted}}))
    try:
        for category, reason in ((None, None), ("fall", None), (None, "collision")):
            tab_rows, tab_votes = leaderboard_rows(services, category, reason)
            flags = [*(["--category", category] if category else []), *(["--reason", reason] if reason else [])]
            assert main(["arena", "leaderboard", "--db", voted, "--format", "json", *flags]) == 0
            printed = json.loads(capsys.readouterr().out)
            assert printed == [asdict(r) for r in tab_rows]
            assert tab_votes == 36  # 4 voters × 9 pairs
        # The table form too: the same rows, as the tab formats them.
        assert main(["arena", "leaderboard", "--db", voted]) == 0
        table = capsys.readouterr().out
        assert [line.split()[1] for line in table.splitlines()[2:5]] == ["tuned", "base", "other"]
        assert "3 variants · 36 counted votes" in table
    finally:
        services.arena_store().close()


def test_leaderboard_recomputes_deterministically_with_a_seed_and_csv_out(voted, tmp_path, capsys):
    out_a, out_b, out_c = (tmp_path / f"{n}.csv" for n in "abc")
    for out, seed in ((out_a, 7), (out_b, 7), (out_c, 8)):
        assert main(["arena", "leaderboard", "--db", voted, "--format", "csv", "--bootstrap", "50", "--seed",
                     str(seed), "--out", str(out)]) == 0
    assert out_a.read_text() == out_b.read_text()
    assert out_a.read_text() != out_c.read_text()  # another resampling: other interval bounds
    header, *rows = out_a.read_text().splitlines()
    assert header.startswith("rank,variant,rating,ci_low,ci_high")
    assert [r.split(",")[1] for r in rows] == ["tuned", "base", "other"]


# ----------------------------------------------------------------------------- export, pairs, stats
def test_export_groups_follow_the_majority_rule_and_name_it(voted, tmp_path, capsys):
    from pipelines.arena.export import EXPORT_RULE
    from pipelines.phygdpo.groups import read_groups

    assert main(["arena", "export", "--db", voted, "--out", str(tmp_path / "export")]) == 0
    groups = read_groups(tmp_path / "export" / "groups.jsonl")
    meta = json.loads((tmp_path / "export" / "groups.meta.json").read_text())
    # Independently: 3 of 4 voters prefer tuned > base > other on every pair, so each prompt's winner is the
    # tuned video and it beat both others.
    assert len(groups) == 3 == meta["groups"]
    assert meta["rule"] == EXPORT_RULE and meta["votes_used"] == 36 and meta["pairs_split"] == 0
    for group in groups:
        assert group.winner.variant == "tuned" and sorted(m.variant for m in group.losers) == ["base", "other"]
        assert group.meta["rule"] == EXPORT_RULE

    # Excluding the majority's voters flips the majority: the contrary voter's order wins alone.
    assert main(["arena", "exclude", "--db", voted, "s1", "s2", "s3"]) == 0
    assert main(["arena", "export", "--db", voted, "--out", str(tmp_path / "second")]) == 0
    assert {g.winner.variant for g in read_groups(tmp_path / "second" / "groups.jsonl")} == {"other"}
    assert main(["arena", "exclude", "--db", voted, "--undo", "s1", "s2", "s3"]) == 0
    capsys.readouterr()


def test_pairs_lists_what_is_left_to_vote_per_prompt_and_seed(arena_url, tmp_path, capsys):
    with ArenaStore(arena_url, min_seconds_between_votes=0, hide_revealed=False, seed=2) as store:
        store.add_videos("pool", pool_videos(tmp_path / "videos", prompts=2, seeds=(0, 5)))
        store.add_videos("pool", [PoolVideo(tmp_path / "videos" / "p0-base-s0.mp4", "prompt 0", "base", seed=9)])
        for _ in range(4):  # one voter casts four votes
            pair = store.next_pair("v")
            store.vote("v", pair.token, "tie")
        votes = store.votes()
    assert main(["arena", "pairs", "--db", arena_url, "--format", "json", "--target", "2"]) == 0
    rows = {(r["prompt"], r["seed"]): r for r in json.loads(capsys.readouterr().out)}
    # Independently: three variants of one prompt and seed make three pairs; a lone video (seed 9) makes none.
    per_prompt_seed = defaultdict(list)  # (prompt, seed) → the video pair of each vote
    for v in votes:
        per_prompt_seed[(v.prompt, v.left_seed)].append(frozenset((v.left_video_id, v.right_video_id)))
    assert set(rows) == {("prompt 0", 0), ("prompt 0", 5), ("prompt 1", 0), ("prompt 1", 5)}
    for key, row in rows.items():
        voted_pairs = len(set(per_prompt_seed[key]))
        assert row["pairs"] == 3 and row["variants"] == list(sorted(VARIANTS))
        assert row["votes"] == len(per_prompt_seed[key])
        assert row["unvoted"] == 3 - voted_pairs
        assert row["votes_needed"] == 2 * 3 - row["votes"]
    assert sum(r["votes"] for r in rows.values()) == 4


def test_stats_flag_and_exclude_by_anomaly(arena_url, tmp_path, capsys):
    with ArenaStore(arena_url, min_seconds_between_votes=0, hide_revealed=False, seed=3) as store:
        store.add_videos("pool", pool_videos(tmp_path / "videos", prompts=4))
        for _ in range(12):  # a voter who always picks the left side
            store.vote("lefty", store.next_pair("lefty").token, "A")
        vote_all(store, ["fair"])
    assert main(["arena", "stats", "--db", arena_url, "--format", "json"]) == 0
    stats = json.loads(capsys.readouterr().out)
    by_session = {s["session"]: s for s in stats["sessions"]}
    assert by_session["lefty"]["votes"] == 12 and by_session["lefty"]["anomalies"] == [
        "same side: 12 of 12 decisive votes for side A"]
    assert by_session["fair"]["anomalies"] == [] and stats["total"] == stats["counted"] == 24
    assert sum(stats["by_day"].values()) == 24

    assert main(["arena", "flag", "--db", arena_url, "fair", "--note", "looked at it"]) == 0
    assert main(["arena", "exclude", "--db", arena_url, "--anomalies"]) == 0
    assert "1 session(s) excluded" in capsys.readouterr().out
    assert main(["arena", "stats", "--db", arena_url]) == 0
    table = capsys.readouterr().out
    assert "24 votes stored, 12 counted" in table
    with ArenaStore(arena_url) as store:
        flags = {s.session_id: (s.flagged, s.excluded, s.note) for s in store.vote_stats().sessions}
    assert flags == {"lefty": (True, True, ""), "fair": (True, False, "looked at it")}


# ----------------------------------------------------------------------------- refusals
def test_refusals_are_one_clear_line_with_a_nonzero_exit(voted, tmp_path):
    cases = [
        (["stats", "--db", str(tmp_path / "nowhere.db")], "no arena database at"),
        (["stats", "--db", "mysql://user@host/db"], "the arena supports SQLite and PostgreSQL, got 'mysql'"),
        (["stats", "--db", "postgresql://nobody@127.0.0.1:9/none"], "cannot open the arena database"),
        (["flag", "--db", voted, "nobody"], "unknown session(s) 'nobody'"),
        (["exclude", "--db", voted, "s1", "ghost"], "unknown session(s) 'ghost'"),
        (["leaderboard", "--db", voted, "--category", "swimming"], "unknown category 'swimming'; known: fall, roll"),
        (["leaderboard", "--db", voted, "--reason", "vibes"], "unknown reason tag 'vibes'"),
        (["export", "--db", voted, "--out", str(tmp_path / "x"), "--pool", "nope"], "there is no pool named 'nope'"),
        (["pairs", "--db", voted, "--pool", "nope"], "there is no pool named 'nope'"),
        (["import", "--db", voted, str(tmp_path / "missing-folder")], "is not a folder"),
    ]
    for argv, expected in cases:
        code, out, err = run_cli("arena", *argv)
        assert code == 2, (argv, code, out, err)
        lines = err.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("error: ") and expected in lines[0], (argv, err)
    assert not (tmp_path / "nowhere.db").exists()  # a read command never creates a database


def test_a_database_that_needs_a_migration_is_refused_until_arena_migrate(voted, tmp_path, monkeypatch, capsys):
    def add_probe(conn):
        conn.execute(text("CREATE TABLE migration_probe (id INTEGER PRIMARY KEY)"))

    latest = schema_module.SCHEMA_VERSION + 1
    monkeypatch.setattr(schema_module, "MIGRATIONS", [*schema_module.MIGRATIONS,
                                                      Migration(latest, "probe table", add_probe)])
    for argv in (["stats"], ["leaderboard"], ["export", "--out", str(tmp_path / "e")], ["pairs"],
                 ["exclude", "s1"], ["import", str(tmp_path / "videos")]):
        assert main(["arena", *argv[:1], "--db", voted, *argv[1:]]) == 2
        err = capsys.readouterr().err.strip()
        assert f"is at schema version {latest - 1}, this build needs {latest}" in err and "arena migrate" in err
        assert len(err.splitlines()) == 1
    engine = create_engine(database_url(voted))
    with engine.connect() as conn:  # nothing was migrated behind the operator's back
        assert conn.execute(text("SELECT version FROM schema_version")).scalar_one() == latest - 1
    engine.dispose()
    assert main(["arena", "migrate", "--db", voted]) == 0
    assert f"schema version {latest - 1} → {latest}" in capsys.readouterr().out
    assert main(["arena", "stats", "--db", voted]) == 0


def test_import_creates_a_database_and_reimport_adds_nothing(tmp_path, capsys):
    folder = tmp_path / "clips"
    folder.mkdir()
    lines = []
    for variant in ("base", "tuned"):
        (folder / f"{variant}.mp4").write_bytes(b"\x00")
        lines.append(json.dumps({"video": f"{variant}.mp4", "prompt": "a ball falls", "variant": variant, "seed": 1}))
    (folder / "arena.jsonl").write_text("\n".join(lines) + "\n")
    db = tmp_path / "new" / "arena.db"
    assert main(["arena", "import", "--db", str(db), str(folder), "--pool", "manual"]) == 0
    assert main(["arena", "import", "--db", str(db), str(folder), "--pool", "manual"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert "2 video(s) added to pool 'manual'" in out[0] and "0 video(s) added" in out[1] and "2 already there" in out[1]
    assert main(["arena", "pairs", "--db", str(db), "--format", "json"]) == 0
    assert [r["pairs"] for r in json.loads(capsys.readouterr().out)] == [1]
