"""``python -m pipelines compare`` on the preview generator: the Compare tab's variant labels and rules, run
folders, ``--to-arena`` into a database the arena CLI then reads, and refusals in one line."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from sqlalchemy import text

from pipelines.arena import ArenaStore
from pipelines.arena import schema as schema_module
from pipelines.arena.schema import Migration
from pipelines.cli import main
from pipelines.core.runs import load_run

ROOT = Path(__file__).resolve().parent.parent
PROMPT = "a red ball falls onto the floor and bounces"


def run_cli(*argv: str) -> tuple[int, str, str]:
    done = subprocess.run([sys.executable, "-m", "pipelines", *argv], cwd=ROOT, capture_output=True, text=True,
                          timeout=600)
    return done.returncode, done.stdout, done.stderr


def test_compare_cli_runs_the_tabs_variants_and_sends_them_to_the_arena(tmp_path):
    runs, db = tmp_path / "runs", tmp_path / "arena.db"
    code, _, err = run_cli("plan", "--prompt", PROMPT, "--out", str(tmp_path / "layout.jsonl"), "--runs-dir", str(runs))
    assert code == 0, err
    code, out, err = run_cli("compare", "--prompt", PROMPT, "--variants", "base,layout-guided", "--seed", "4",
                             "--layout", str(tmp_path / "layout.jsonl"), "--out", str(tmp_path / "out"),
                             "--runs-dir", str(runs), "--to-arena", "--db", str(db), "--pool", "cli")
    assert code == 0, err
    assert "arena: 2 new video(s) in pool 'cli'" in out
    summary = json.loads((tmp_path / "out" / "compare.json").read_text())
    assert [v["label"] for v in summary["variants"]] == ["base", "layout-guided"]
    assert summary["seed"] == 4 and summary["arena_added"] == 2
    # Only variant-defining fields differ (the tab's rule); everything else is shared.
    assert {row["setting"].split(".")[0] for row in summary["differences"]} <= {"has_layout", "guidance"}
    assert summary["shared_settings"]["seed"] == 4
    for entry in summary["variants"]:
        assert Path(entry["copy"]).read_bytes() == Path(entry["video"]).read_bytes()
        assert load_run(entry["run_folder"]).record.inputs["seed"] == 4
    compare_run = Path(summary["run_folder"])
    assert load_run(compare_run).record.kind == "compare"

    with ArenaStore(db) as store:
        assert {(p.name, p.videos, p.variants) for p in store.pools()} == {("cli", 2, ("base", "layout-guided"))}
    # The Compare run folder imports as the same two videos (nothing new), and they make one pair to vote on.
    code, out, err = run_cli("arena", "import", "--db", str(db), str(compare_run), "--pool", "cli")
    assert code == 0 and "0 video(s) added to pool 'cli' (compare), 2 already there" in out, err
    code, out, err = run_cli("arena", "import", "--db", str(db), str(compare_run))
    assert code == 0 and "2 video(s) added to pool 'compare' (compare)" in out, err
    code, out, err = run_cli("arena", "import", "--db", str(db), str(runs / "compare"))  # a folder of Compare runs
    assert code == 0 and "0 video(s) added to pool 'compare' (compare), 2 already there" in out, err
    code, out, _ = run_cli("arena", "pairs", "--db", str(db), "--format", "json")
    assert [(r["pool"], r["pairs"], r["seed"]) for r in json.loads(out)] == [("cli", 1, 4), ("compare", 1, 4)]


def test_compare_cli_refuses_unknown_variants_and_a_stray_db_in_one_line(tmp_path):
    runs = tmp_path / "runs"
    for argv, expected in (
        (["--variants", "base,phygdpo"], "unknown variant(s) 'phygdpo'; available: base"),
        (["--variants", "base,PhyT2V-refined"], "PhyT2V-refined needs a refined prompt"),
        (["--variants", "base", "--db", str(tmp_path / "a.db")], "--db names the arena database for --to-arena"),
        (["--variants", ","], "choose at least one variant"),
    ):
        code, _, err = run_cli("compare", "--prompt", PROMPT, "--out", str(tmp_path / "out"), "--runs-dir", str(runs),
                               *argv)
        lines = err.strip().splitlines()
        assert code == 2 and len(lines) == 1 and expected in lines[0], (argv, err)
    assert not (tmp_path / "out").exists() and not (tmp_path / "a.db").exists()


def test_to_arena_on_a_database_that_needs_a_migration_is_refused_before_generating(tmp_path, monkeypatch, capsys):
    db = tmp_path / "arena.db"
    ArenaStore(db).close()
    latest = schema_module.SCHEMA_VERSION + 1
    monkeypatch.setattr(schema_module, "MIGRATIONS", [*schema_module.MIGRATIONS,
                                                      Migration(latest, "probe", lambda conn: conn.execute(
                                                          text("CREATE TABLE probe (id INTEGER)")))])
    code = main(["compare", "--prompt", PROMPT, "--variants", "base", "--out", str(tmp_path / "out"),
                 "--runs-dir", str(tmp_path / "runs"), "--to-arena", "--db", f"sqlite:///{db}"])
    err = capsys.readouterr().err.strip()
    assert code == 2 and "arena migrate" in err and len(err.splitlines()) == 1
    assert not (tmp_path / "runs" / "compare").exists()  # nothing generated
