"""PhyAugPipe's last step: preference groups of one real video (the winner) and generated videos (the losers).

For each selected prompt the generator renders one video per seed; the physics judge scores each, and the
scores (already in [0, 1] by the ``PhysicsJudge`` contract, checked here) become the losers' SA/PC that
drive PhyGDPO's physics-guided rewarding. The real video always wins (the PhyGDPO paper's x_w).

Resumable at the level of one video: every (prompt, seed) leaves a line in ``losers.jsonl`` before the next
starts, and a prompt's group joins ``groups.jsonl`` once all its seeds are done. Rerunning the same command
skips finished groups and finished videos, and retries failed ones.
"""

from __future__ import annotations

import dataclasses
import hashlib
import re
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

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
from ..core.video import VideoWriteError, write_mp4
from .groups import GROUPS_FILE, GroupMember, PreferenceGroup, write_groups
from .phyaug import PhyAugError, StepSummary, pin_manifest, read_jsonl

LOSERS_FILE = "losers.jsonl"
LOSERS_MANIFEST = "losers.json"
LOSER_VIDEOS_DIR = "losers"
DEFAULT_SEEDS = (0, 1, 2, 3)


@dataclass(frozen=True)
class JudgedVideo:
    path: Path
    sa: float | None
    pc: float | None
    judge_id: str
    judge_kind: str
    generator: str
    model_id: str
    seconds: float


def unit_score(value: float | None, what: str) -> float | None:
    if value is None:
        return None
    value = float(value)
    if not 0.0 <= value <= 1.0:
        raise JudgeError(f"the judge returned {what} = {value}, outside [0, 1]")
    return value


def video_file_name(item_id: str, seed: int) -> str:
    """``<id>__s<seed>.mp4``; an id with unusual characters gets a hash suffix so names stay distinct."""
    slug = re.sub(r"[^A-Za-z0-9._-]+", "-", item_id).strip("-.") or "item"
    if slug != item_id:
        slug += "-" + hashlib.sha1(item_id.encode("utf-8")).hexdigest()[:6]
    return f"{slug}__s{seed}.mp4"


def generate_and_judge(prompt: str, seed: int, generator: VideoGenerator, judge: PhysicsJudge, video_path: Path,
                       template: GenerationRequest, *, progress: ProgressCallback | None = None,
                       cancel: CancelToken | None = None) -> JudgedVideo:
    """Render ``prompt`` at ``seed``, write the MP4 and score the frames against the prompt."""
    started = time.perf_counter()
    request = dataclasses.replace(template, prompt=prompt, seed=int(seed))
    result = generator.generate(request, progress=progress, cancel=cancel)
    path = write_mp4(result.frames, video_path, result.fps)
    scores = judge.score(Video(result.frames, result.fps), prompt)
    return JudgedVideo(path=path, sa=unit_score(scores.sa, "SA"), pc=unit_score(scores.pc, "PC"),
                       judge_id=scores.judge_id, judge_kind=scores.kind, generator=result.backend_id,
                       model_id=result.model_id, seconds=time.perf_counter() - started)


def generation_manifest(generator: VideoGenerator, judge: PhysicsJudge, template: GenerationRequest,
                        seeds: Sequence[int]) -> dict[str, Any]:
    """What a folder's videos and scores depend on; pinned so a resume cannot mix two generators or judges."""
    request = template.settings()
    for key in ("prompt", "seed"):
        request.pop(key, None)
    return {"generator": generator.backend_id, "model": str(getattr(generator, "model_id", "")),
            "judge_id": judge.judge_id, "judge_kind": judge.kind, "request": request, "seeds": list(seeds)}


def run_losers(items: Sequence[dict[str, Any]], generator: VideoGenerator, judge: PhysicsJudge, out_dir: str | Path, *,
               request_template: GenerationRequest, seeds: Sequence[int] = DEFAULT_SEEDS,
               progress: ProgressCallback | None = None, cancel: CancelToken | None = None) -> StepSummary:
    """One group per item (``id``, ``prompt``, ``video`` = the real video, optional ``category``), appended to
    ``out_dir/groups.jsonl``; generated videos go to ``out_dir/losers/``."""
    started = time.perf_counter()
    seeds = [int(s) for s in seeds]
    if not seeds or len(set(seeds)) != len(seeds):
        raise PhyAugError(f"seeds must be a non-empty list without repeats, got {seeds}")
    out_dir = Path(out_dir).expanduser()
    out_dir.mkdir(parents=True, exist_ok=True)
    pin_manifest(out_dir / LOSERS_MANIFEST, generation_manifest(generator, judge, request_template, seeds), "losers")
    groups_file = out_dir / GROUPS_FILE
    grouped = {str(row.get("group_id")) for row in read_jsonl(groups_file, repair=True)}
    videos: dict[str, dict[str, Any]] = {}
    for row in read_jsonl(out_dir / LOSERS_FILE, repair=True):
        if row.get("status") == "done":
            videos[row["key"]] = row
    todo = [item for item in items if str(item["id"]) not in grouped]
    summary = StepSummary(out_dir, planned=len(items), skipped=len(items) - len(todo))
    total = len(todo) * len(seeds)
    for position, item in enumerate(todo):
        if cancel is not None and cancel.cancelled:
            summary.cancelled = True
            break
        item_id, prompt = str(item["id"]), str(item["prompt"])
        winner = Path(str(item["video"]))
        if not winner.is_file():
            summary.failed += 1
            summary.errors.append(f"{item_id}: the real video {winner} does not exist")
            continue
        losers: list[GroupMember] = []
        for number, seed in enumerate(seeds):
            key = f"{item_id}|{seed}"
            unit = position * len(seeds) + number
            if key not in videos:
                if progress is not None:
                    progress(unit, total, f"seed {seed}: {prompt[:60]}")
                if cancel is not None and cancel.cancelled:
                    summary.cancelled = True
                    break
                try:
                    row = judged_row(item_id, prompt, seed, generator, judge, out_dir,
                                     Path(LOSER_VIDEOS_DIR) / video_file_name(item_id, seed), request_template,
                                     _sub_progress(progress, unit, total, prompt), cancel)
                except GenerationCancelled:
                    summary.cancelled = True
                    break
                append_row(out_dir / LOSERS_FILE, row)
                if row["status"] != "done":
                    summary.errors.append(f"{key}: {row['error']}")
                    continue
                videos[key] = row
            row = videos[key]
            losers.append(GroupMember(video=out_dir / row["video"], sa=row["sa"], pc=row["pc"], source="generated",
                                      variant=request_template.variant, seed=seed,
                                      meta={"judge_id": row["judge_id"], "judge_kind": row["judge_kind"]}))
        if summary.cancelled:
            break
        if len(losers) != len(seeds):
            summary.failed += 1
            continue
        first = videos[f"{item_id}|{seeds[0]}"]
        group = PreferenceGroup(group_id=item_id, prompt=prompt, category=item.get("category"),
                                winner=GroupMember(video=winner, source="real"), losers=tuple(losers),
                                meta={"generator": first["generator"], "model_id": first["model_id"],
                                      "judge_id": first["judge_id"], "judge_kind": first["judge_kind"]})
        write_groups(groups_file, [group], append=True)
        summary.completed += 1
    if progress is not None and not summary.cancelled:
        progress(total, total, "groups written")
    summary.elapsed_s = time.perf_counter() - started
    return summary


def judged_row(item_id: str, prompt: str, seed: int, generator: VideoGenerator, judge: PhysicsJudge, root: Path,
               video: Path, template: GenerationRequest, progress: ProgressCallback | None = None,
               cancel: CancelToken | None = None) -> dict[str, Any]:
    """``generate_and_judge`` as one result line (``video`` relative to ``root``); a generation, writing or
    judging failure becomes a line with status "failed" and the error, a cancel propagates."""
    row: dict[str, Any] = {"key": f"{item_id}|{seed}", "id": item_id, "seed": seed, "status": "failed", "error": "",
                           "video": video.as_posix(), "sa": None, "pc": None, "judge_id": judge.judge_id,
                           "judge_kind": judge.kind, "generator": generator.backend_id, "model_id": ""}
    try:
        judged = generate_and_judge(prompt, seed, generator, judge, root / video, template,
                                    progress=progress, cancel=cancel)
    except GenerationCancelled:
        raise
    except (GenerationError, JudgeError, VideoWriteError) as exc:
        row["error"] = f"{type(exc).__name__}: {exc}"
        return row
    row.update(status="done", sa=judged.sa, pc=judged.pc, judge_id=judged.judge_id, judge_kind=judged.judge_kind,
               generator=judged.generator, model_id=judged.model_id, seconds=round(judged.seconds, 3))
    return row


def _sub_progress(progress: ProgressCallback | None, unit: int, total: int, prompt: str) -> ProgressCallback | None:
    if progress is None:
        return None

    def report(step: int, steps: int, message: str) -> None:
        progress(unit, total, f"{prompt[:60]} — {message} {step}/{steps}")

    return report
