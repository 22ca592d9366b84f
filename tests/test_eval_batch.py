"""Batch evaluation: sharding, resume after cancel/failure/crash, damaged lines, records, real backends."""

import dataclasses
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from pipelines.core.generation import CancelToken
from pipelines.core.runs import RunStore
from pipelines.core.video import read_video
from pipelines.eval.batch import (
    EvalError,
    collect_rows,
    item_key,
    merge_results,
    plan_items,
    read_shard_file,
    run_eval,
    shard_items,
    shard_path,
)
from pipelines.eval.prompts import builtin_prompts
from tests.helpers.eval_shard_script import TINY_REQUEST, FakeGenerator, FakeJudge, SimulatedCrash, fake_prompts
from tests.helpers.ports import free_port

ROOT = Path(__file__).resolve().parent.parent
VARIANTS = ["base", "tuned"]


def evaluate(out, prompts, generator=None, judge=None, **kwargs):
    return run_eval(prompts, VARIANTS, generator or FakeGenerator(), judge or FakeJudge(), out,
                    request_template=TINY_REQUEST, **kwargs)


def results_table(out):
    """The merged per-video table without the columns that legitimately differ between runs (timings)."""
    text = (Path(out) / "results.csv").read_text().splitlines()
    header = text[0].split(",")
    keep = [i for i, name in enumerate(header) if not name.endswith("_s")]
    return [[cells[i] for i in keep] for cells in (line.split(",") for line in text)]


@pytest.fixture(scope="module")
def reference(tmp_path_factory):
    """One uninterrupted run over 5 prompts × 2 variants × 2 seeds (shared: tests only read it)."""
    out = tmp_path_factory.mktemp("reference")
    summary = evaluate(out, fake_prompts(5), seeds=(0, 1))
    assert summary.completed == 20 and summary.merged and not summary.failed
    return out


@pytest.mark.parametrize("num_shards", [1, 2, 3, 4])
def test_shards_cover_every_item_once_and_keep_comparisons_together(num_shards):
    items = plan_items(fake_prompts(7), VARIANTS, (0, 1))
    shards = [shard_items(items, i, num_shards) for i in range(num_shards)]
    keys = [item.key for shard in shards for item in shard]
    assert sorted(keys) == sorted(item.key for item in items) and len(set(keys)) == len(items) == 28
    for shard in shards:  # every (prompt, seed) sits in one shard with all its variants
        groups = {(i.prompt.id, i.seed) for i in shard}
        assert len(shard) == 2 * len(groups)
    sizes = [len({(i.prompt.id, i.seed) for i in s}) for s in shards]
    assert max(sizes) - min(sizes) <= 1  # 14 groups dealt round-robin
    with pytest.raises(EvalError, match="shard index"):
        shard_items(items, num_shards, num_shards)


def test_run_writes_videos_lines_tables_and_a_run_record(reference):
    rows = collect_rows(reference)
    assert len(rows) == 20 and {r["status"] for r in rows} == {"done"}
    row = next(r for r in rows if r["variant"] == "tuned" and r["seed"] == 1)
    frames, fps = read_video(reference / row["video"])
    assert frames.shape == (3, 16, 16, 3) and fps == 4
    # The stored scores are the judge's scores of exactly the generated frames.
    expected = FakeJudge().score(_video_for(row["prompt"], 1, "tuned"), row["prompt"])
    assert (row["sa"], row["pc"]) == (expected.sa, expected.pc)
    assert row["key"] == item_key(row["id"], "tuned", 1) and row["judge_kind"] == "vlm"
    assert (reference / "results.json").is_file() and (reference / "report.html").is_file()
    assert (reference / "tables" / "by_category.csv").is_file()
    record = json.loads(next((reference / "runs" / "eval").glob("*/record.json")).read_text())
    assert record["status"] == "done" and record["backends"] == {"generator": "fake-generator", "judge": "fake-judge"}
    assert record["settings"]["counts"]["completed"] == 20 and record["settings"]["request"]["width"] == 16


def _video_for(prompt, seed, variant):
    from pipelines.core.judging import Video

    result = FakeGenerator().generate(dataclasses.replace(TINY_REQUEST, prompt=prompt, seed=seed, variant=variant))
    return Video(result.frames, result.fps)


def test_cancel_then_resume_gives_the_same_table(tmp_path, reference):
    out = tmp_path / "resumed"
    cancel = CancelToken()
    judge = FakeJudge()
    original = judge.score

    def score_then_cancel(video, prompt):
        scores = original(video, prompt)
        if judge.calls == 7:
            cancel.cancel()
        return scores

    judge.score = score_then_cancel
    first = evaluate(out, fake_prompts(5), judge=judge, seeds=(0, 1), cancel=cancel)
    assert first.cancelled and first.completed == 7 and not first.merged
    assert not (out / "results.csv").exists()
    record = json.loads(next((out / "runs" / "eval").glob("*/record.json")).read_text())
    assert record["status"] == "cancelled"
    generator = FakeGenerator()
    second = evaluate(out, fake_prompts(5), generator=generator, seeds=(0, 1))
    assert (second.skipped, second.completed, len(generator.calls)) == (7, 13, 13)
    assert second.merged and results_table(out) == results_table(reference)


def test_failed_items_are_recorded_and_retried_on_resume(tmp_path, reference):
    out = tmp_path / "flaky"
    first = evaluate(out, fake_prompts(5), generator=FakeGenerator(fail_on_calls={3, 8}), seeds=(0, 1))
    assert (first.completed, first.failed) == (18, 2) and first.merged
    failed = [r for r in collect_rows(out) if r["status"] == "failed"]
    assert len(failed) == 2 and all(r["stage"] == "generate" and "simulated failure" in r["error"] for r in failed)
    summary = json.loads((out / "results.json").read_text())["tables"]["summary"]
    # Calls 3 and 8 are (prompt 0, seed 1, base) and (prompt 1, seed 1, tuned): one failure per variant.
    assert [row[:3] for row in summary["rows"]] == [["base", 9, 1], ["tuned", 9, 1]]
    second = evaluate(out, fake_prompts(5), seeds=(0, 1))
    assert (second.skipped, second.completed) == (18, 2)
    assert results_table(out) == results_table(reference)


def test_a_crash_stops_the_run_marks_the_record_and_resume_finishes(tmp_path, reference):
    out = tmp_path / "crashed"
    runs = RunStore(tmp_path / "records")
    with pytest.raises(SimulatedCrash):
        evaluate(out, fake_prompts(5), generator=FakeGenerator(crash_on_call=5), seeds=(0, 1), runs=runs)
    assert len(read_shard_file(shard_path(out, 0))) == 4
    assert runs.records("eval")[0].status == "failed" and "SimulatedCrash" in runs.records("eval")[0].error
    evaluate(out, fake_prompts(5), seeds=(0, 1))
    assert results_table(out) == results_table(reference)


def test_truncated_last_line_is_cut_off_and_the_item_redone(tmp_path, reference):
    out = tmp_path / "torn"
    cancel = CancelToken()
    judge = FakeJudge()
    original = judge.score
    judge.score = lambda video, prompt: (cancel.cancel() if judge.calls == 2 else None, original(video, prompt))[1]
    evaluate(out, fake_prompts(5), judge=judge, seeds=(0, 1), cancel=cancel)
    path = shard_path(out, 0)
    lines = path.read_text().splitlines(keepends=True)
    assert len(lines) == 3
    # A crash while writing the 4th line leaves half of it, without a newline.
    path.write_text("".join(lines) + lines[0][: len(lines[0]) // 2].replace(json.loads(lines[0])["key"], "x|base|0"))
    assert len(read_shard_file(path)) == 3  # readers ignore it
    generator = FakeGenerator()
    evaluate(out, fake_prompts(5), generator=generator, seeds=(0, 1))
    assert len(generator.calls) == 17
    assert all(json.loads(line) for line in path.read_text().splitlines())  # repaired, every line whole
    assert results_table(out) == results_table(reference)


def test_a_damaged_line_in_the_middle_is_an_error_naming_it(tmp_path):
    out = tmp_path / "edited"
    evaluate(out, fake_prompts(2))
    path = shard_path(out, 0)
    lines = path.read_text().splitlines()
    path.write_text("\n".join([lines[0], "{oops", *lines[1:]]) + "\n")
    with pytest.raises(EvalError, match=r"results-shard0\.jsonl, line 2: not a result line"):
        evaluate(out, fake_prompts(2))


def test_resuming_with_other_settings_is_refused(tmp_path):
    out = tmp_path / "pinned"
    evaluate(out, fake_prompts(2))
    with pytest.raises(EvalError, match=r"request\.steps: 1 → 4"):
        run_eval(fake_prompts(2), VARIANTS, FakeGenerator(), FakeJudge(), out,
                 request_template=dataclasses.replace(TINY_REQUEST, steps=4))
    # Adding a variant or prompts to a finished folder is allowed: only the new items run.
    generator = FakeGenerator(variants=("tuned", "other"))
    summary = run_eval(fake_prompts(3), ["base", "tuned", "other"], generator, FakeJudge(), out,
                       request_template=TINY_REQUEST)
    assert summary.skipped == 4 and summary.completed == 5 and len(collect_rows(out)) == 9


def test_unknown_variant_and_bad_inputs_fail_before_any_work(tmp_path):
    with pytest.raises(EvalError, match="does not offer variant.*phygdpo.*it offers: tuned"):
        run_eval(fake_prompts(1), ["base", "phygdpo"], FakeGenerator(), FakeJudge(), tmp_path / "a",
                 request_template=TINY_REQUEST)
    with pytest.raises(EvalError, match="no prompts"):
        evaluate(tmp_path / "b", [])
    with pytest.raises(EvalError, match="seeds"):
        evaluate(tmp_path / "c", fake_prompts(1), seeds=(1, 1))
    assert not (tmp_path / "a").exists()


def test_a_judge_score_outside_0_1_fails_that_item(tmp_path):
    judge = FakeJudge()
    judge.score = lambda video, prompt: dataclasses.replace(FakeJudge().score(video, prompt), pc=4.0)
    summary = evaluate(tmp_path / "j", fake_prompts(1), judge=judge)
    rows = collect_rows(tmp_path / "j")
    assert summary.failed == 2 and {r["stage"] for r in rows} == {"judge"}
    assert "outside [0, 1]" in rows[0]["error"] and rows[0]["video"]  # the video was kept


def test_two_shards_in_one_process_merge_when_the_last_finishes(tmp_path, reference):
    out = tmp_path / "sharded"
    first = evaluate(out, fake_prompts(5), seeds=(0, 1), shard_index=0, num_shards=2)
    assert not first.merged and not (out / "results.csv").exists()
    second = evaluate(out, fake_prompts(5), seeds=(0, 1), shard_index=1, num_shards=2)
    assert second.merged and first.completed + second.completed == 20
    assert results_table(out) == results_table(reference)
    (out / "results.csv").unlink()
    merge_results(out)
    assert results_table(out) == results_table(reference)


def test_preview_generator_and_embedded_judge_end_to_end(tmp_path):
    """The real embedded backends: the preview renderer draws the plan, the motion judge scores it."""
    from pipelines.eval.motion_judge import MotionJudge
    from pipelines.lvd.preview_generator import PreviewGenerator

    judge = MotionJudge()
    prompts = [p for p in builtin_prompts() if p.law in ("gravity", "projectile")][:2]
    request = dataclasses.replace(TINY_REQUEST, width=128, height=128, num_frames=12, fps=8)
    summary = run_eval(prompts, ["base"], PreviewGenerator(), judge, tmp_path / "real", request_template=request)
    assert summary.completed == 2 and summary.merged, summary.errors
    rows = collect_rows(tmp_path / "real")
    assert {r["generator"] for r in rows} == {"preview"} and {r["judge_kind"] for r in rows} == {"motion"}
    assert all(r["sa"] is None and 0 <= r["pc"] <= 1 for r in rows)
    frames, _ = read_video(tmp_path / "real" / rows[0]["video"])
    assert frames.shape == (12, 128, 128, 3)
    assert "PC ≥ 0.75 only" in (tmp_path / "real" / "report.html").read_text()


@pytest.mark.timeout(120)
def test_accelerate_launch_two_processes_split_the_prompts(tmp_path):
    """SLOW (~10 s): starts two real processes with `accelerate launch` (torch + gloo start-up in each).

    `accelerate launch --cpu --num_processes 2` starts ONE process in accelerate 1.x (its CPU
    launcher needs mpirun for more), so the two-process CPU run goes through torchrun with
    `--multi_gpu`; `shard_from_accelerate` then forms a CPU (gloo) group.
    """
    out = tmp_path / "accelerate"
    env = {**os.environ, "PYTHONPATH": str(ROOT), "OMP_NUM_THREADS": "1"}
    command = [sys.executable, "-m", "accelerate.commands.launch", "--multi_gpu", "--num_processes", "2",
               "--num_machines", "1", "--mixed_precision", "no", "--dynamo_backend", "no",
               "--main_process_port", str(free_port()), str(ROOT / "tests/helpers/eval_shard_script.py"), str(out), "6"]
    done = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=110)
    assert done.returncode == 0, done.stderr[-3000:]
    infos = [json.loads((out / f"shard-info-{i}.json").read_text()) for i in (0, 1)]
    assert [(i["shard_index"], i["num_shards"]) for i in infos] == [(0, 2), (1, 2)]
    mine = [set(i["prompts"]) for i in infos]
    assert mine[0].isdisjoint(mine[1]) and mine[0] | mine[1] == {p.prompt for p in fake_prompts(6)}
    assert len(mine[0]) == len(mine[1]) == 3 and [i["completed"] for i in infos] == [6, 6]
    assert len(collect_rows(out)) == 12 and (out / "results.csv").is_file()


class StandInServices:
    """The four things the eval command uses from ``pipelines.services.Services``."""

    def __init__(self, root):
        self.runs = RunStore(root / "records")
        self.config = None
        self.generator_obj, self.judge_obj = FakeGenerator(), FakeJudge()

    def generator(self, name=None):
        return self.generator_obj

    def judge(self):
        return self.judge_obj

    def default_request(self, prompt, generator=None, **overrides):
        return dataclasses.replace(TINY_REQUEST, prompt=prompt, **overrides)


def parse_eval(argv):
    import argparse

    from pipelines.eval.eval_cli import add_eval_arguments

    parser = argparse.ArgumentParser()
    parser.add_argument("--generator")
    add_eval_arguments(parser)
    return parser.parse_args(argv)


def test_eval_command_runs_filters_resumes_and_merges(tmp_path, capsys):
    from pipelines.eval.eval_cli import run_eval_command

    prompts = tmp_path / "p.csv"
    prompts.write_text("prompt,category,law,interaction,hard\nA ball falls,mechanics,gravity,object,yes\n"
                       "A cup slides,mechanics,friction,object,no\nIce melts,thermal,melting,object,yes\n")
    out = tmp_path / "cli"
    services = StandInServices(tmp_path)
    argv = ["--prompts", str(prompts), "--variants", "base,tuned", "--seeds", "0,3", "--out", str(out),
            "--category", "mechanics", "--hard-only", "--num-frames", "2", "--width", "32"]
    assert run_eval_command(parse_eval(argv), services) == 0
    calls = services.generator_obj.calls
    assert {c.prompt for c in calls} == {"A ball falls"} and sorted({c.seed for c in calls}) == [0, 3]
    assert {(c.num_frames, c.width, c.height, c.variant) for c in calls} == {(2, 32, 16, None), (2, 32, 16, "tuned")}
    assert len(collect_rows(out)) == 4 and (out / "report.html").is_file()
    assert "1 prompts × 2 variants × 2 seeds" in capsys.readouterr().err
    services.generator_obj = FakeGenerator()
    assert run_eval_command(parse_eval(argv), services) == 0 and services.generator_obj.calls == []
    (out / "report.html").unlink()
    assert run_eval_command(parse_eval(["--out", str(out), "--merge-only"]), services) == 0
    assert (out / "report.html").is_file()
    assert services.runs.records("eval")[0].settings["seeds"] == [0, 3]


@pytest.mark.parametrize("argv, message", [
    (["--prompts", "missing.csv"], "does not exist"),
    (["--seeds", "0,x"], "--seeds must be comma-separated integers"),
    (["--variants", "base,lora9"], "does not offer variant"),
    (["--category", "nothing"], "no prompts to evaluate"),
    (["--steps", "0"], "--steps must be a positive integer"),
    (["--pc-threshold", "4"], r"--pc-threshold must be in \[0, 1\]"),
    (["--merge-only"], "holds no results"),
])
def test_eval_command_reports_bad_input_with_exit_code_2(tmp_path, capsys, argv, message):
    from pipelines.eval.eval_cli import run_eval_command

    args = parse_eval(["--out", str(tmp_path / "o"), *argv])
    assert run_eval_command(args, StandInServices(tmp_path)) == 2
    assert re.search(message, capsys.readouterr().err)


def test_guidance_flag_plans_one_layout_per_prompt_and_seed(tmp_path):
    from pipelines.eval.eval_cli import request_template
    from pipelines.lvd.physics_planner import PhysicsPlanner

    template = request_template(parse_eval(["--out", "x", "--guidance", "energy"]), StandInServices(tmp_path))
    assert template.guidance.mode == "energy" and template.guidance.iterations == 5  # LVD benchmark preset
    generator = FakeGenerator()
    run_eval(fake_prompts(2), VARIANTS, generator, FakeJudge(), tmp_path / "g", request_template=template,
             planner=PhysicsPlanner())
    layouts = [c.layout for c in generator.calls]
    assert all(layout is not None for layout in layouts)
    assert layouts[0] is layouts[1] and layouts[2] is layouts[3] and layouts[0] is not layouts[2]
    assert len(list((tmp_path / "g" / "layouts").glob("*.json"))) == 2


def test_another_model_behind_the_same_backend_is_refused_but_new_thresholds_are_kept(tmp_path):
    out = tmp_path / "models"
    evaluate(out, fake_prompts(1))
    other = FakeGenerator()
    other.model_id = "wan-14b"
    with pytest.raises(EvalError, match="generator_model: '' → 'wan-14b'"):
        evaluate(out, fake_prompts(1), generator=other)
    evaluate(out, fake_prompts(1), pc_threshold=0.5)
    assert json.loads((out / "eval.json").read_text())["thresholds"] == {"sa": 0.75, "pc": 0.5}
