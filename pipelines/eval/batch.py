"""Batch evaluation: prompts × variants × seeds → videos, judge scores and tables (VideoPhy-2 style).

Built to survive long runs on many GPUs:

* **Resumable.** Each finished item is one JSON line in ``results-shard{i}.jsonl``, flushed and
  fsynced before the next item starts, so a crash loses at most the item in flight. On start
  every shard file in the folder is read and finished items are skipped; a half-written last
  line of this shard's file is cut off and the item is redone. Failed items are retried.
* **Shardable.** Work units are (prompt, seed) pairs with all their variants, dealt round-robin
  in file order, so every shard finishes whole comparisons (base vs tuned on the same prompt and
  seed) and a partial run already holds paired results. ``shard_from_accelerate()`` reads the
  shard from ``accelerate launch``.
* **Consistent.** ``eval.json`` pins the generator, judge and request settings of the folder; a
  resume with different ones is refused instead of silently mixing results.

When the last shard finishes (or on ``merge_results``) the folder gets ``results.csv``,
``results.json``, ``tables/*.csv`` and a self-contained ``report.html``.
"""

from __future__ import annotations

import csv
import dataclasses
import hashlib
import json
import os
import re
import time
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Iterable

import numpy as np

from ..core.generation import (
    CancelToken,
    GenerationCancelled,
    GenerationError,
    GenerationRequest,
    ProgressCallback,
    VideoGenerator,
)
from ..core.jsonl import append_row
from ..core.judging import JudgeError, PhysicsJudge, Video
from ..core.planning import Planner, PlannerError
from ..core.runs import RunStore
from ..core.video import VideoWriteError, write_mp4
from .prompts import EvalPrompt
from .report import DEFAULT_THRESHOLD, aggregate, write_report, write_tables
from .result_files import MANIFEST_FILE, SHARD_GLOB, EvalError, collect_rows, read_manifest, read_shard_file, shard_path

BASE_VARIANT = "base"
CSV_COLUMNS = ("id", "prompt", "category", "law", "interaction", "hard", "variant", "seed", "status", "sa", "pc",
               "judge_id", "judge_kind", "video", "generator", "model_id", "plan_s", "generate_s", "write_s", "judge_s",
               "total_s", "error")
PINNED_KEYS = ("generator", "generator_model", "judge_id", "judge_kind", "request")  # must match on resume


# ----------------------------------------------------------------------------- items and shards
@dataclass(frozen=True)
class EvalItem:
    prompt: EvalPrompt
    variant: str
    seed: int

    @property
    def key(self) -> str:
        return item_key(self.prompt.id, self.variant, self.seed)


def item_key(prompt_id: str, variant: str, seed: int) -> str:
    return f"{prompt_id}|{variant}|{seed}"


def plan_items(prompts: Iterable[EvalPrompt], variants: Iterable[str], seeds: Iterable[int]) -> list[EvalItem]:
    """Every (prompt, seed, variant) in a stable order: file order, then seed, then variant."""
    return [EvalItem(p, v, int(s)) for p in prompts for s in seeds for v in variants]


def shard_items(items: list[EvalItem], shard_index: int, num_shards: int) -> list[EvalItem]:
    """This shard's items: (prompt, seed) groups dealt round-robin, each group kept whole."""
    if num_shards < 1 or not 0 <= shard_index < num_shards:
        raise EvalError(f"shard index must be in [0, {num_shards}) with at least one shard, got {shard_index}/{num_shards}")
    groups: dict[tuple[str, int], int] = {}
    chosen = []
    for item in items:
        group = groups.setdefault((item.prompt.id, item.seed), len(groups))
        if group % num_shards == shard_index:
            chosen.append(item)
    return chosen


def shard_from_accelerate() -> tuple[int, int]:
    """``(process_index, num_processes)`` under ``accelerate launch`` (or torchrun), else ``(0, 1)``.

    Going through ``PartialState`` also pins each process to its own GPU. On a machine without
    CUDA the processes form a CPU (gloo) group. accelerate is imported only when launched by it.
    """
    launched = any(k.startswith("ACCELERATE_") for k in os.environ) or int(os.environ.get("WORLD_SIZE", "1")) > 1
    if not launched:
        return 0, 1
    import torch
    from accelerate import PartialState

    use_cpu = os.environ.get("ACCELERATE_USE_CPU", "").lower() in ("1", "true", "yes") or not torch.cuda.is_available()
    state = PartialState(cpu=use_cpu)
    return state.process_index, state.num_processes


def _json_default(value: Any) -> Any:
    if isinstance(value, np.generic):
        return value.item()
    if isinstance(value, np.ndarray):
        return value.tolist()
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return dataclasses.asdict(value)
    return str(value)


def _write_atomic(path: Path, text: str) -> None:
    partial = path.with_name(f".{path.name}.{os.getpid()}.partial")
    partial.write_text(text, encoding="utf-8")
    os.replace(partial, path)


# ----------------------------------------------------------------------------- the manifest
def _manifest(generator: VideoGenerator, judge: PhysicsJudge, request: GenerationRequest,
              sa_threshold: float, pc_threshold: float) -> dict[str, Any]:
    fixed = request.settings()
    for key in ("prompt", "seed", "variant"):
        fixed.pop(key, None)
    return {"generator": generator.backend_id, "generator_model": str(getattr(generator, "model_id", "")),
            "judge_id": judge.judge_id, "judge_kind": judge.kind,
            "request": json.loads(json.dumps(fixed, default=_json_default)),
            "thresholds": {"sa": sa_threshold, "pc": pc_threshold}}


def _pin_manifest(out_dir: Path, manifest: dict[str, Any]) -> None:
    existing = read_manifest(out_dir)
    if not existing:
        _write_atomic(out_dir / MANIFEST_FILE, json.dumps(manifest, indent=2))
        return
    differences = [key for key in PINNED_KEYS if existing.get(key) != manifest.get(key)]
    if differences:
        details = []
        for key in differences:
            old, new = existing.get(key), manifest.get(key)
            if isinstance(old, dict) and isinstance(new, dict):
                details += [f"{key}.{k}: {old.get(k)!r} → {new.get(k)!r}" for k in sorted(set(old) | set(new))
                            if old.get(k) != new.get(k)]
            else:
                details.append(f"{key}: {old!r} → {new!r}")
        raise EvalError(f"{out_dir} holds results made with other settings ({'; '.join(details)}); "
                        "use a new output folder, or the same settings to resume")
    if existing != manifest:  # only the thresholds changed: they apply to the tables, not the results
        _write_atomic(out_dir / MANIFEST_FILE, json.dumps(manifest, indent=2))


# ----------------------------------------------------------------------------- the runner
@dataclass
class EvalSummary:
    out_dir: Path
    shard_index: int
    num_shards: int
    planned: int  # items in this shard
    completed: int = 0  # finished in this call
    skipped: int = 0  # already finished before this call
    failed: int = 0  # recorded as failed in this call
    cancelled: bool = False
    merged: bool = False  # every shard was done, so the tables and report were written
    results_path: Path | None = None
    run_folder: Path | None = None
    elapsed_s: float = 0.0
    errors: list[str] = field(default_factory=list)


def run_eval(prompts: list[EvalPrompt], variants: list[str], generator: VideoGenerator, judge: PhysicsJudge,
             out_dir: str | Path, *, request_template: GenerationRequest, seeds: Iterable[int] = (0,),
             shard_index: int = 0, num_shards: int = 1, progress: ProgressCallback | None = None,
             cancel: CancelToken | None = None, planner: Planner | None = None, runs: RunStore | None = None,
             sa_threshold: float = DEFAULT_THRESHOLD, pc_threshold: float = DEFAULT_THRESHOLD,
             prompt_source: str = "") -> EvalSummary:
    """Generate, save and judge this shard's items, appending one result line per item.

    ``variant`` "base" runs the generator without an adapter. With a ``planner`` and no layout in
    the template, each (prompt, seed) gets one planned layout shared by all its variants (what
    layout guidance needs). The run leaves a record in ``runs`` (default: ``out_dir/runs``).
    """
    started = time.perf_counter()
    out_dir = Path(out_dir).expanduser()
    variants = _check_variants(variants, generator)
    seeds = [int(s) for s in seeds]
    if not prompts:
        raise EvalError("no prompts to evaluate (check --category/--hard-only/--limit against the prompt file)")
    if not seeds or len(set(seeds)) != len(seeds):
        raise EvalError(f"seeds must be a non-empty list without repeats, got {seeds}")
    ids = [p.id for p in prompts]
    if len(set(ids)) != len(ids):
        raise EvalError("prompt ids repeat; load prompts with load_prompts, which keeps them unique")
    all_items = plan_items(prompts, variants, seeds)
    mine = shard_items(all_items, shard_index, num_shards)

    out_dir.mkdir(parents=True, exist_ok=True)
    manifest = _manifest(generator, judge, request_template, sa_threshold, pc_threshold)
    _pin_manifest(out_dir, manifest)
    results = shard_path(out_dir, shard_index)
    read_shard_file(results, repair=True)
    finished = {row["key"] for row in collect_rows(out_dir) if row.get("status") == "done"}

    summary = EvalSummary(out_dir, shard_index, num_shards, planned=len(mine), results_path=results)
    run = (runs or RunStore(out_dir / "runs")).start(
        "eval",
        inputs={"prompt_source": prompt_source, "prompts": len(prompts), "out_dir": str(out_dir)},
        settings={"variants": variants, "seeds": seeds, "shard_index": shard_index, "num_shards": num_shards,
                  "items_in_shard": len(mine), "request": manifest["request"],
                  "sa_threshold": sa_threshold, "pc_threshold": pc_threshold},
        backends={"generator": generator.backend_id, "judge": judge.judge_id,
                  **({"planner": planner.backend_id} if planner is not None else {})},
    )
    summary.run_folder = run.folder
    run.add_output("results", results)
    layouts: dict[tuple[str, int], Any] = {}
    try:
        for position, item in enumerate(mine):
            if item.key in finished:
                summary.skipped += 1
                continue
            if cancel is not None and cancel.cancelled:
                summary.cancelled = True
                break
            label = f"{position + 1}/{len(mine)} {item.variant} seed {item.seed}: {item.prompt.prompt[:60]}"
            if progress is not None:
                progress(position, len(mine), label)
            try:
                row = _evaluate_item(item, generator, judge, out_dir, request_template, planner, layouts,
                                     _step_reporter(progress, position, len(mine), label), cancel)
            except GenerationCancelled:
                summary.cancelled = True
                break
            row["shard"] = shard_index
            append_row(results, row, default=_json_default)
            if row["status"] == "done":
                summary.completed += 1
            else:
                summary.failed += 1
                summary.errors.append(f"{item.key}: {row['error']}")
        if progress is not None and not summary.cancelled:
            progress(len(mine), len(mine), "shard finished")
        if not summary.cancelled and _all_recorded(out_dir, all_items):
            merge_results(out_dir, sa_threshold=sa_threshold, pc_threshold=pc_threshold)
            summary.merged = True
            run.add_output("report", out_dir / "report.html")
    except BaseException as exc:
        run.record.settings["counts"] = _counts(summary)
        run.fail(f"{type(exc).__name__}: {exc}")
        raise
    summary.elapsed_s = time.perf_counter() - started
    run.record.settings["counts"] = _counts(summary)
    run.finish(total_s=summary.elapsed_s)
    if summary.cancelled:
        run.record.status = "cancelled"
        run.save()
    return summary


def _check_variants(variants: list[str], generator: VideoGenerator) -> list[str]:
    variants = [str(v).strip() for v in variants]
    if not variants or any(not v for v in variants):
        raise EvalError(f"variants must be non-empty names ('base' for no adapter), got {variants}")
    if len(set(variants)) != len(variants):
        raise EvalError(f"variants repeat: {variants}")
    offered = set(generator.variants())
    unknown = [v for v in variants if v != BASE_VARIANT and v not in offered]
    if unknown:
        raise EvalError(f"generator {generator.backend_id!r} does not offer variant(s) {', '.join(unknown)} "
                        f"(it offers: {', '.join(sorted(offered)) or 'only base'}); load the LoRA or drop the variant")
    return variants


def _counts(summary: EvalSummary) -> dict[str, Any]:
    return {"planned": summary.planned, "completed": summary.completed, "skipped": summary.skipped,
            "failed": summary.failed, "cancelled": summary.cancelled, "merged": summary.merged}


def _step_reporter(progress: ProgressCallback | None, position: int, total: int, label: str) -> ProgressCallback | None:
    if progress is None:
        return None

    def report(step: int, steps: int, message: str) -> None:
        progress(position, total, f"{label} — {message} {step}/{steps}")

    return report


def _all_recorded(out_dir: Path, items: list[EvalItem]) -> bool:
    recorded = {row["key"] for row in collect_rows(out_dir)}
    return all(item.key in recorded for item in items)


def video_name(item: EvalItem) -> str:
    """``<prompt id>__<variant>__s<seed>.mp4``; a variant with unusual characters gets a hash suffix."""
    slug = re.sub(r"[^A-Za-z0-9._-]+", "-", item.variant).strip("-.") or "variant"
    if slug != item.variant:
        slug += "-" + hashlib.sha1(item.variant.encode("utf-8")).hexdigest()[:6]
    return f"{item.prompt.id}__{slug}__s{item.seed}.mp4"


def _evaluate_item(item: EvalItem, generator: VideoGenerator, judge: PhysicsJudge, out_dir: Path,
                   template: GenerationRequest, planner: Planner | None, layouts: dict[tuple[str, int], Any],
                   progress: ProgressCallback | None, cancel: CancelToken | None) -> dict[str, Any]:
    p = item.prompt
    row: dict[str, Any] = {
        "key": item.key, "id": p.id, "prompt": p.prompt, "category": p.category, "law": p.law,
        "interaction": p.interaction, "hard": p.hard, "source": p.source, "variant": item.variant,
        "seed": item.seed, "status": "failed", "stage": "", "error": "", "sa": None, "pc": None,
        "judge_id": judge.judge_id, "judge_kind": judge.kind, "judge_details": {}, "video": "",
        "generator": generator.backend_id, "model_id": "", "lora_hash": None, "timings": {},
    }
    timings: dict[str, float] = row["timings"]
    started = time.perf_counter()
    stage = "plan"
    try:
        layout = template.layout
        if layout is None and planner is not None:
            layout = _planned_layout(item, planner, out_dir, layouts, timings)
        request = dataclasses.replace(template, prompt=p.prompt, seed=item.seed, layout=layout,
                                      variant=None if item.variant == BASE_VARIANT else item.variant)
        stage = "generate"
        clock = time.perf_counter()
        result = generator.generate(request, progress=progress, cancel=cancel)
        timings["generate_s"] = time.perf_counter() - clock
        row.update(model_id=result.model_id, lora_hash=result.lora_hash,
                   generator_timings=dict(result.timings))
        stage = "write"
        clock = time.perf_counter()
        video_path = write_mp4(result.frames, out_dir / "videos" / video_name(item), result.fps)
        timings["write_s"] = time.perf_counter() - clock
        row["video"] = video_path.relative_to(out_dir).as_posix()
        stage = "judge"
        clock = time.perf_counter()
        # The judge reads the frames as generated; the MP4 is H.264 at CRF 18, visually the same.
        scores = judge.score(Video(result.frames, result.fps), p.prompt)
        timings["judge_s"] = time.perf_counter() - clock
        row.update(status="done", sa=_score(scores.sa), pc=_score(scores.pc), judge_id=scores.judge_id,
                   judge_kind=scores.kind, judge_details=scores.details)
    except GenerationCancelled:
        raise
    except (GenerationError, JudgeError, PlannerError, VideoWriteError) as exc:
        row.update(stage=stage, error=f"{type(exc).__name__}: {exc}")
    timings["total_s"] = time.perf_counter() - started
    row["finished_at"] = datetime.now(timezone.utc).isoformat(timespec="seconds")
    return row


def _planned_layout(item: EvalItem, planner: Planner, out_dir: Path, layouts: dict[tuple[str, int], Any],
                    timings: dict[str, float]):
    """One layout per (prompt, seed), shared by all variants so they are steered the same way."""
    group = (item.prompt.id, item.seed)
    if group not in layouts:
        clock = time.perf_counter()
        layout = planner.plan(item.prompt.prompt, seed=item.seed).layout
        timings["plan_s"] = time.perf_counter() - clock
        path = out_dir / "layouts" / f"{item.prompt.id}__s{item.seed}.json"
        path.parent.mkdir(parents=True, exist_ok=True)
        _write_atomic(path, layout.to_json())
        layouts.clear()  # groups arrive one after another; keep only the current one
        layouts[group] = layout
    return layouts[group]


def _score(value: float | None) -> float | None:
    if value is None:
        return None
    value = float(value)
    if not 0.0 <= value <= 1.0:
        raise JudgeError(f"the judge returned a score of {value}, outside [0, 1]")
    return value


# ----------------------------------------------------------------------------- merging
def merge_results(out_dir: str | Path, *, sa_threshold: float | None = None, pc_threshold: float | None = None):
    """Write results.csv/json, tables/*.csv and report.html from every shard file; return the tables.

    Thresholds default to the ones pinned in ``eval.json`` (else 0.75 = VideoPhy-2's 4 on 1–5).
    """
    out_dir = Path(out_dir)
    rows = sorted(collect_rows(out_dir), key=lambda r: (r["id"], r["variant"], r["seed"]))
    if not rows:
        raise EvalError(f"{out_dir} holds no results (no {SHARD_GLOB} lines); run the evaluation first")
    manifest = read_manifest(out_dir)
    thresholds = manifest.get("thresholds", {})
    sa_threshold = thresholds.get("sa", DEFAULT_THRESHOLD) if sa_threshold is None else sa_threshold
    pc_threshold = thresholds.get("pc", DEFAULT_THRESHOLD) if pc_threshold is None else pc_threshold
    tables = aggregate(rows, sa_threshold=sa_threshold, pc_threshold=pc_threshold)
    _write_csv(out_dir / "results.csv", rows)
    _write_atomic(out_dir / "results.json", json.dumps(
        {"manifest": manifest, "thresholds": {"sa": sa_threshold, "pc": pc_threshold}, "rows": rows,
         "tables": tables.to_dict()}, indent=1, default=_json_default, ensure_ascii=False))
    write_tables(out_dir / "tables", tables)
    write_report(out_dir / "report.html", rows, tables, manifest)
    return tables


def _write_csv(path: Path, rows: list[dict[str, Any]]) -> None:
    partial = path.with_name(f".{path.name}.{os.getpid()}.partial")
    with open(partial, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(CSV_COLUMNS)
        for row in rows:
            timings = row.get("timings") or {}
            values = {**row, **{k: timings.get(k) for k in ("plan_s", "generate_s", "write_s", "judge_s", "total_s")}}
            writer.writerow(["" if values.get(c) is None else values.get(c) for c in CSV_COLUMNS])
    os.replace(partial, path)
