"""PhyAugPipe data sampling with physics rewarding (the paper's Eq. 1): more pairs from harder categories.

For action category k with H_f(k) filtered pairs and category score S_f(k) (how well the video model does on
it: the mean over the category's judged videos of (SA + PC)/2):

    d_k = 1 − S_f(k),   r_k = exp(τ·d_k),   H_r(k) = min(H_f(k), N·r_k / Σ_j r_j),   τ = 3 by default.

Decisions the equation leaves open, made here and kept visible in ``SamplingPlan``:

* Σ_j runs over the categories that have filtered pairs (H_f > 0). A category with no pairs can be neither
  sampled nor scored, so it has no r_j to add.
* The cap does not pass its excess on: when H_f binds, fewer than N pairs are selected, as Eq. 1 says.
* Integers: each H_r(k) is floored; the pairs lost to flooring, floor(Σ_k H_r(k)) − Σ_k ⌊H_r(k)⌋, go one each
  to the categories with the largest fractional parts (ties: the earlier category), never above H_f(k).
  So the total is the largest integer not above Σ_k H_r(k), and never above N.
* Which pairs of a category: a uniform draw without replacement, seeded by (seed, category name), so the
  choice in one category does not change when another category's count changes.

S_f comes either from a scores file (rows with ``category``, ``sa``, ``pc``) or from ``score_representatives``:
the n_c prompts of each category that match it best are generated and judged, as the paper does.
"""

from __future__ import annotations

import csv
import json
import math
import random
import time
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from ..core.generation import CancelToken, GenerationCancelled, GenerationRequest, ProgressCallback, VideoGenerator
from ..core.jsonl import append_row
from ..core.judging import PhysicsJudge
from .losers import generation_manifest, judged_row, video_file_name
from .phyaug import PhyAugError, StepSummary, pin_manifest, read_jsonl, write_json

DEFAULT_TAU = 3.0
REPRESENTATIVES_FILE = "representatives.jsonl"
REPRESENTATIVES_MANIFEST = "representatives.json"
REPRESENTATIVES_DIR = "representatives"
SELECTED_FILE = "selected.jsonl"
SAMPLING_FILE = "sampling.json"
_EPSILON = 1e-9  # float sums of exact integers must not floor one below


@dataclass(frozen=True)
class SamplingPlan:
    tau: float
    budget: int
    histogram: dict[str, int]  # H_f, categories with pairs
    scores: dict[str, float]  # S_f
    difficulty: dict[str, float]  # d_k
    weights: dict[str, float]  # r_k
    targets: dict[str, float]  # N·r_k / Σ r_j
    capped: dict[str, float]  # H_r(k) before rounding
    counts: dict[str, int]  # H_r(k) as pairs to select

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @property
    def total(self) -> int:
        return sum(self.counts.values())


def video_score(sa: float | None, pc: float | None) -> float | None:
    """(SA + PC)/2; with one of them missing (a judge that measures only PC) the one present, else None."""
    present = [float(v) for v in (sa, pc) if v is not None]
    return sum(present) / len(present) if present else None


def category_scores(rows: Iterable[dict[str, Any]]) -> dict[str, float]:
    """S_f(k): the mean video score over each category's judged rows (rows without scores are skipped)."""
    sums: dict[str, list[float]] = {}
    for row in rows:
        score = video_score(row.get("sa"), row.get("pc"))
        category = row.get("category")
        if score is None or not category:
            continue
        if not 0.0 <= score <= 1.0:
            raise PhyAugError(f"scores must be in [0, 1]; category {category!r} has a video scoring {score}")
        sums.setdefault(str(category), []).append(score)
    return {category: sum(values) / len(values) for category, values in sums.items()}


def sampling_plan(histogram: dict[str, int], scores: dict[str, float], budget: int,
                  tau: float = DEFAULT_TAU) -> SamplingPlan:
    """Eq. 1 with the rounding described in the module docstring."""
    if budget < 0 or int(budget) != budget:
        raise PhyAugError(f"the sampling budget N must be a non-negative integer, got {budget}")
    if not math.isfinite(tau):
        raise PhyAugError(f"tau must be a finite number, got {tau}")
    present = {k: int(n) for k, n in histogram.items() if n > 0}
    if not present:
        raise PhyAugError("the histogram has no pairs to sample from: run the filter and cluster steps first")
    missing = [k for k in present if k not in scores]
    if missing:
        raise PhyAugError(f"no score S_f for categor{'y' if len(missing) == 1 else 'ies'} {', '.join(missing)}: judge "
                          "videos of every category (--representatives) or add them to the scores file")
    bad = {k: scores[k] for k in present if not 0.0 <= scores[k] <= 1.0}
    if bad:
        raise PhyAugError(f"category scores must be in [0, 1], got {bad}")
    difficulty = {k: 1.0 - scores[k] for k in present}
    weights = {k: math.exp(tau * d) for k, d in difficulty.items()}
    norm = sum(weights.values())
    targets = {k: budget * r / norm for k, r in weights.items()}
    capped = {k: min(float(present[k]), targets[k]) for k in present}
    counts = {k: math.floor(v + _EPSILON) for k, v in capped.items()}
    remainder = math.floor(sum(capped.values()) + _EPSILON) - sum(counts.values())
    order = sorted(present, key=lambda k: -(capped[k] - counts[k]))  # stable: ties keep category order
    for k in order:
        if remainder <= 0:
            break
        if counts[k] < present[k] and capped[k] - counts[k] > _EPSILON:
            counts[k] += 1
            remainder -= 1
    return SamplingPlan(tau=tau, budget=int(budget), histogram=present, scores={k: scores[k] for k in present},
                        difficulty=difficulty, weights=weights, targets=targets, capped=capped, counts=counts)


def select_pairs(assignments: Sequence[dict[str, Any]], counts: dict[str, int], seed: int = 0) -> list[dict[str, Any]]:
    """``counts[k]`` rows of each category, drawn without replacement by a generator seeded with (seed, k);
    the rows are returned grouped by category in ``counts`` order, each group in id order."""
    by_category: dict[str, list[dict[str, Any]]] = {}
    for row in assignments:
        by_category.setdefault(str(row["category"]), []).append(row)
    chosen = []
    for category, count in counts.items():
        pool = sorted(by_category.get(category, []), key=lambda r: str(r["id"]))
        if count > len(pool):
            raise PhyAugError(f"category {category!r} has {len(pool)} pairs, fewer than the {count} asked for")
        picked = random.Random(f"{seed}:{category}").sample(pool, count)
        chosen.extend(sorted(picked, key=lambda r: str(r["id"])))
    return chosen


def representatives(assignments: Sequence[dict[str, Any]], per_category: int) -> list[dict[str, Any]]:
    """The ``per_category`` rows of each category that match it best (ties: by id) — the paper's top-n_c."""
    if per_category < 1:
        raise PhyAugError(f"representatives per category must be at least 1, got {per_category}")
    by_category: dict[str, list[dict[str, Any]]] = {}
    for row in assignments:
        by_category.setdefault(str(row["category"]), []).append(row)
    chosen = []
    for rows in by_category.values():
        chosen.extend(sorted(rows, key=lambda r: (-float(r.get("score") or 0.0), str(r["id"])))[:per_category])
    return chosen


def score_representatives(rows: Sequence[dict[str, Any]], generator: VideoGenerator, judge: PhysicsJudge,
                          out_dir: str | Path, *, request_template: GenerationRequest, seed: int = 0,
                          progress: ProgressCallback | None = None, cancel: CancelToken | None = None) -> StepSummary:
    """Generate and judge each representative prompt once (resumable, like the losers step); the judged rows
    land in ``representatives.jsonl`` with their category, ready for ``category_scores``."""
    started = time.perf_counter()
    out_dir = Path(out_dir).expanduser()
    out_dir.mkdir(parents=True, exist_ok=True)
    pin_manifest(out_dir / REPRESENTATIVES_MANIFEST, generation_manifest(generator, judge, request_template, [seed]),
                 "representative scores")
    results = out_dir / REPRESENTATIVES_FILE
    done = {row["id"] for row in read_jsonl(results, repair=True) if row.get("status") == "done"}
    todo = [row for row in rows if row["id"] not in done]
    summary = StepSummary(out_dir, planned=len(rows), skipped=len(rows) - len(todo))
    for position, row in enumerate(todo):
        if cancel is not None and cancel.cancelled:
            summary.cancelled = True
            break
        if progress is not None:
            progress(position, len(todo), f"{row['category']}: {str(row['prompt'])[:60]}")
        try:
            line = judged_row(str(row["id"]), str(row["prompt"]), seed, generator, judge, out_dir,
                              Path(REPRESENTATIVES_DIR) / video_file_name(str(row["id"]), seed), request_template,
                              None, cancel)
        except GenerationCancelled:
            summary.cancelled = True
            break
        line.update(category=row["category"], prompt=row["prompt"])
        append_row(results, line)
        if line["status"] == "done":
            summary.completed += 1
        else:
            summary.failed += 1
            summary.errors.append(f"{row['id']}: {line['error']}")
    summary.elapsed_s = time.perf_counter() - started
    return summary


def read_score_rows(path: str | Path) -> list[dict[str, Any]]:
    """Judged rows from a JSONL or CSV file with ``category``, ``sa`` and ``pc`` (empty = not measured)."""
    path = Path(path).expanduser()
    if not path.is_file():
        raise PhyAugError(f"scores file {path} does not exist")
    if path.suffix.lower() in (".jsonl", ".json"):
        return read_jsonl(path)
    with open(path, newline="", encoding="utf-8-sig") as handle:
        reader = csv.DictReader(handle)
        if not {"category", "sa", "pc"} <= set(reader.fieldnames or []):
            raise PhyAugError(f"{path}: the header must name 'category', 'sa' and 'pc' (found {reader.fieldnames})")
        rows = []
        for number, row in enumerate(reader, start=2):
            try:
                rows.append({"category": row["category"], "sa": float(row["sa"]) if row["sa"].strip() else None,
                             "pc": float(row["pc"]) if row["pc"].strip() else None})
            except ValueError:
                raise PhyAugError(f"{path}:{number}: sa and pc must be numbers in [0, 1] or empty") from None
        return rows


def write_selection(out_dir: Path, plan: SamplingPlan, selected: list[dict[str, Any]], seed: int) -> Path:
    """``selected.jsonl`` (the losers step's input) and ``sampling.json`` (the plan, for the record)."""
    lines = "".join(json.dumps({k: row.get(k) for k in ("id", "prompt", "video", "category")}, ensure_ascii=False)
                    + "\n" for row in selected)
    partial = out_dir / f".{SELECTED_FILE}.partial"
    partial.write_text(lines, encoding="utf-8")
    partial.replace(out_dir / SELECTED_FILE)
    write_json(out_dir / SAMPLING_FILE, {**plan.to_dict(), "seed": seed, "selected": len(selected)})
    return out_dir / SELECTED_FILE
