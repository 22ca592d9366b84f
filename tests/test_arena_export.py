"""Pools in (eval runs, run folders, manifests, sidecars) and PhyGDPO groups out, round-tripped through read_groups."""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import pytest

from pipelines.arena import ArenaStore, PoolImportError, VoteRecord
from pipelines.arena.export import build_groups, export_groups, pair_outcomes
from pipelines.arena.pools import import_eval_run, import_folder, import_run_folders
from pipelines.core.runs import RunStore
from pipelines.eval.batch import collect_rows, run_eval
from pipelines.phygdpo.groups import read_groups
from tests.helpers.eval_shard_script import TINY_REQUEST, FakeGenerator, FakeJudge, fake_prompts


@pytest.fixture
def store(tmp_path):
    ticks = itertools.count(1_000_000.0, 10.0)  # each look at the clock is 10 s later: past any clip's play gate
    s = ArenaStore(tmp_path / "arena.db", min_seconds_between_votes=0, seed=0, clock=lambda: next(ticks))
    yield s
    s.close()


class Videos:
    """Real (placeholder) files with ids and scores, to build VoteRecords by hand."""

    def __init__(self, folder: Path):
        self.folder, self.info = folder, {}
        folder.mkdir(parents=True, exist_ok=True)

    def add(self, vid: int, prompt: str, variant: str, sa: float | None, pc: float | None) -> int:
        path = self.folder / f"{vid}.mp4"
        path.write_bytes(b"\x00" * vid)
        self.info[vid] = {"prompt": prompt, "variant": variant, "sa": sa, "pc": pc, "path": str(path)}
        return vid

    def vote(self, n: int, left: int, right: int, choice: str, session: str = "s") -> VoteRecord:
        l, r = self.info[left], self.info[right]
        return VoteRecord(vote_id=n, created_at=float(n), session_id=f"{session}{n}", pool="pool", prompt=l["prompt"],
                          category="fall", left_variant=l["variant"], right_variant=r["variant"], left_video_id=left,
                          right_video_id=right, left_video=l["path"], right_video=r["path"], left_sa=l["sa"],
                          left_pc=l["pc"], right_sa=r["sa"], right_pc=r["pc"], left_seed=0, right_seed=0, choice=choice)


def test_votes_become_groups_by_pairwise_majority_and_round_trip(tmp_path):
    v = Videos(tmp_path / "videos")
    base, tuned, other = v.add(1, "p1", "base", 0.2, 0.4), v.add(2, "p1", "tuned", 0.9, 0.7), v.add(3, "p1", "other", None, 0.5)
    votes = [
        # p1: tuned beats base 3–1 (sides swapped in some votes), tuned vs other split 2–2, other beats base 2–0
        v.vote(1, tuned, base, "A"), v.vote(2, base, tuned, "B"), v.vote(3, tuned, base, "A"), v.vote(4, base, tuned, "A"),
        v.vote(5, tuned, other, "A"), v.vote(6, other, tuned, "A"), v.vote(7, tuned, other, "A"), v.vote(8, tuned, other, "B"),
        v.vote(9, other, base, "A"), v.vote(10, base, other, "B"), v.vote(11, base, other, "tie"),
        v.vote(12, base, other, "both_bad"),
    ]
    q_base, q_tuned = v.add(4, "p2", "base", 0.5, 0.5), v.add(5, "p2", "tuned", 0.6, 0.6)
    votes += [v.vote(13, q_base, q_tuned, "tie"), v.vote(14, q_tuned, q_base, "both_bad")]  # p2: nothing decisive
    r_base, r_tuned = v.add(6, "p3", "base", 1.0, 0.0), v.add(7, "p3", "tuned", 0.0, 1.0)
    votes += [v.vote(15, r_tuned, r_base, "B")]  # p3: base beats tuned 1–0

    outcomes, split = pair_outcomes(votes)
    assert split == 1 and {(o.winner, o.loser, o.winner_votes, o.loser_votes) for o in outcomes} == {
        (tuned, base, 3, 1), (other, base, 2, 0), (r_base, r_tuned, 1, 0)}

    summary = export_groups(votes, tmp_path / "out")
    assert (summary.groups, summary.pairs_used, summary.pairs_split, summary.votes_used, summary.votes_skipped) == (
        2, 3, 1, 11, 4)
    assert summary.path == tmp_path / "out" / "groups.jsonl"
    groups = {g.prompt: g for g in read_groups(tmp_path / "out", check_videos=True)}
    assert set(groups) == {"p1", "p3"}
    # p1: tuned and other each beat one video; tuned won more votes doing it (3 vs 2), so tuned is the winner
    p1 = groups["p1"]
    assert (p1.winner.video, p1.winner.source, p1.winner.variant, p1.winner.sa, p1.winner.pc) == (
        Path(v.info[tuned]["path"]), "arena", "tuned", 0.9, 0.7)
    assert [(m.video, m.source, m.variant, m.sa, m.pc) for m in p1.losers] == [
        (Path(v.info[base]["path"]), "generated", "base", 0.2, 0.4)]
    assert p1.losers[0].violation == pytest.approx(1 - (0.2 + 0.4) / 2)
    assert p1.losers[0].meta == {"arena_video_id": base, "votes_won": 1, "votes_lost": 3}
    assert p1.category == "fall" and p1.meta["votes"] == 12 and p1.meta["source"] == "arena"
    p3 = groups["p3"]
    assert (p3.winner.variant, [m.variant for m in p3.losers]) == ("base", ["tuned"])
    # what was written is what build_groups made (paths relative to the file, read back absolute)
    built = {g.prompt: g for g in build_groups(votes)[0]}
    assert {k: (g.group_id, g.winner, g.losers, g.category, g.meta) for k, g in groups.items()} == {
        k: (g.group_id, g.winner, g.losers, g.category, g.meta) for k, g in built.items()}
    stored = [json.loads(line) for line in summary.path.read_text().splitlines()]
    assert all(not Path(g["winner"]["video"]).is_absolute() for g in stored)


def test_a_video_that_loses_to_no_one_wins_even_with_fewer_votes(tmp_path):
    v = Videos(tmp_path / "videos")
    a, b, c = v.add(1, "p", "a", 0.5, 0.5), v.add(2, "p", "b", 0.5, 0.5), v.add(3, "p", "c", 0.5, 0.5)
    votes = [v.vote(1, a, b, "A"), v.vote(2, a, c, "A"), v.vote(3, b, c, "A"), v.vote(4, b, c, "A"), v.vote(5, b, c, "A")]
    (group,), _ = build_groups(votes)
    assert group.winner.variant == "a" and [m.variant for m in group.losers] == ["b", "c"]  # two majority wins beat one


def test_eval_run_import_votes_and_export_skip_excluded_sessions(store, tmp_path):
    out = tmp_path / "eval"
    run_eval(fake_prompts(3), ["base", "tuned"], FakeGenerator(), FakeJudge(), out, request_template=TINY_REQUEST)
    summary = import_eval_run(store, out)
    assert (summary.pool, summary.kind, summary.added, summary.skipped) == ("eval:eval", "eval", 6, 0)
    assert import_folder(store, out).added == 0  # detected as an eval folder; nothing new
    rows = {(r["prompt"], r["variant"]): r for r in collect_rows(out)}
    for session, choice in (("kept", "A"), ("spam", "B")):
        for _ in range(3):
            pair = store.next_pair(session)
            result = store.vote(session, pair.token, choice)
            for side in (result.left, result.right):
                row = rows[(pair.prompt, side.variant)]
                assert (side.sa, side.pc, side.video) == (row["sa"], row["pc"], str(out / row["video"]))
    store.set_session_flags("spam", excluded=True)
    kept = store.votes()
    assert {v.session_id for v in kept} == {"kept"} and len(store.votes(include_excluded=True)) == 6
    summary = export_groups(kept, tmp_path / "groups")
    groups = read_groups(tmp_path / "groups")
    assert summary.groups == len(groups) == 3 and summary.votes_used == 3
    for group, vote in zip(sorted(groups, key=lambda g: g.prompt), sorted(kept, key=lambda v: v.prompt)):
        assert group.winner.variant == vote.left_variant and group.losers[0].variant == vote.right_variant
        assert group.category == rows[(vote.prompt, "base")]["category"]


def _run_folder(runs: RunStore, prompt: str, variant: str, seed: int, sa: float, pc: float) -> Path:
    run = runs.start("generate", inputs={"prompt": prompt, "seed": seed})
    run.path("video.mp4").write_bytes(variant.encode())
    run.add_output("video", run.path("video.mp4"))
    run.record.backends.update({"generator": "preview", "variant": variant})
    run.record.scores["motion-judge"] = {"sa": sa, "pc": pc, "judge_id": "motion-judge", "kind": "motion", "details": {}}
    run.finish()
    return run.folder


def test_run_folders_from_compare_and_a_runs_tree(store, tmp_path):
    runs = RunStore(tmp_path / "runs")
    folders = [_run_folder(runs, "a ball falls", "base", 7, 0.4, 0.5),
               _run_folder(runs, "a ball falls, accelerating under gravity", "base", 7, 0.6, 0.7),
               _run_folder(runs, "a ball falls", "phygdpo", 7, 0.8, 0.9)]
    summary = import_run_folders(store, folders, variants=["base", "PhyT2V-refined", "phygdpo"], prompt="a ball falls")
    assert (summary.pool, summary.kind, summary.added) == ("compare", "compare", 3)
    info = {p.name: p for p in store.pools()}["compare"]
    assert info.variants == ("PhyT2V-refined", "base", "phygdpo") and info.prompts == 1
    pair = store.next_pair("s")
    result = store.vote("s", pair.token, "A")
    assert {result.left.variant, result.right.variant} <= {"base", "PhyT2V-refined", "phygdpo"}
    assert result.left.judge_id == "motion-judge" and result.left.seed == 7
    with pytest.raises(PoolImportError, match="2 variant labels for 3 run folders"):
        import_run_folders(store, folders, variants=["a", "b"])
    tree = import_folder(store, tmp_path / "runs", pool="tree")  # record.json found below the folder
    assert (tree.kind, tree.added) == ("runs", 3)
    assert {p.name: p for p in store.pools()}["tree"].prompts == 2


def test_manifest_and_sidecar_folders(store, tmp_path):
    manifest = tmp_path / "manifest"
    (manifest / "clips").mkdir(parents=True)
    lines = []
    for i, variant in enumerate(("base", "tuned")):
        (manifest / "clips" / f"{i}.mp4").write_bytes(b"x")
        lines.append({"video": f"clips/{i}.mp4", "prompt": "a glass shatters", "variant": variant, "seed": 1,
                      "category": "material", "sa": 4, "pc": 2 + i, "judge_id": "videophy2", "note": "kept"})
    (manifest / "arena.jsonl").write_text("\n".join(json.dumps(x) for x in lines) + "\n")
    summary = import_folder(store, manifest, score_scale=5)
    assert (summary.pool, summary.added) == ("manifest", 2)
    result = store.vote("s", store.next_pair("s").token, "tie")
    scores = {result.left.variant: result.left.pc, result.right.variant: result.right.pc}
    assert scores == {"base": pytest.approx(0.4), "tuned": pytest.approx(0.6)} and result.left.sa == pytest.approx(0.8)
    (record,) = store.votes()
    assert record.category == "material"

    (manifest / "arena.jsonl").write_text(json.dumps({**lines[0], "pc": 7}) + "\n")
    with pytest.raises(PoolImportError, match=r"arena.jsonl:1: 'pc' = 7 is outside \[0, 1\] after dividing by score_scale 5"):
        import_folder(store, manifest, score_scale=5)
    (manifest / "arena.jsonl").write_text(json.dumps(lines[0]) + "\n{oops\n")
    with pytest.raises(PoolImportError, match="arena.jsonl:2: not JSON"):
        import_folder(store, manifest, score_scale=5)

    sidecars = tmp_path / "sidecars"
    sidecars.mkdir()
    for variant in ("base", "tuned"):
        (sidecars / f"{variant}.mp4").write_bytes(b"y")
        (sidecars / f"{variant}.json").write_text(json.dumps({"prompt": "water pours", "variant": variant, "pc": 0.5}))
    assert import_folder(store, sidecars, pool="side").added == 2
    (sidecars / "extra.mp4").write_bytes(b"z")
    with pytest.raises(PoolImportError, match="no sidecar JSON for extra.mp4"):
        import_folder(store, sidecars)
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(PoolImportError, match="nothing to import"):
        import_folder(store, empty)
