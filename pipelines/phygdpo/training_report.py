"""What a run reports while it trains: averaged metrics rows, the log line a person reads, TensorBoard
points, and the peak memory of each step."""

from __future__ import annotations

import math
import resource
import time
from typing import Any

import torch

from .run_files import RunFiles


def mean_of(values: list[float]) -> float:
    return sum(values) / len(values)


def report_heldout(files: RunFiles, accelerator: Any, tracker: bool, step: int, metrics: dict[str, float]) -> None:
    """A metrics row of held-out numbers only (step 0, before any training)."""
    files.metrics({"step": step, **metrics})
    files.log(f"step {step} held-out: " + heldout_summary(metrics))
    if tracker:
        accelerator.log({k: v for k, v in metrics.items() if not math.isnan(v)}, step=step)


def heldout_summary(metrics: dict[str, float]) -> str:
    """The held-out numbers a person reads first, for the log line."""
    shown = ("heldout_margin", "heldout_positive_share", "heldout_error_winner", "heldout_error_losers",
             "heldout_flow_matching", "heldout_category_accuracy", "heldout_routing_auc", "heldout_category_routing_auc",
             "heldout_routing_iou",
             "heldout_ambient_outside", "heldout_load_min", "heldout_load_entropy")
    return "  ".join(f"{k[len('heldout_'):]} {metrics[k]:+.4g}" for k in shown if k in metrics)


def report_window(files: RunFiles, accelerator: Any, tracker: bool, window: list[dict[str, float]], step: int,
            max_steps: int, seconds_per_step: float, heldout: dict[str, float] | None = None) -> None:
    """Average the steps since the last report into one metrics row, one log line, one tracker point."""
    keys = [k for k in window[-1] if k != "step"]
    row = {k: mean_of([r.get(k, math.nan) for r in window]) for k in keys}
    row.update(heldout or {})
    row["step"] = step
    row["peak_memory_gb"] = window[-1]["peak_memory_gb"]
    row["lr"] = window[-1]["lr"]
    files.metrics(row)
    eta = time.strftime("%H:%M:%S", time.gmtime(seconds_per_step * (max_steps - step)))
    parts = [f"step {step}/{max_steps}", f"loss {row['loss']:.4f}"]
    if not math.isnan(row.get("margin", math.nan)):
        parts += [f"margin {row['margin']:+.4f}", f"acc {row.get('reward_accuracy', math.nan):.2f}"]
    parts += [f"lr {row['lr']:.2e}", f"|g| {row['grad_norm']:.3g}", f"{row['seconds_per_step']:.2f} s/step",
              f"peak {row['peak_memory_gb']:.2f} GB", f"ETA {eta}"]
    files.log("  ".join(parts))
    if heldout:
        files.log(f"step {step} held-out: " + heldout_summary(heldout))
    if tracker:
        accelerator.log({k: v for k, v in row.items() if k != "step" and not math.isnan(v)}, step=step)


def peak_memory_gb(device: Any) -> float:
    """Peak CUDA memory allocated by this process, or its peak resident memory on CPU."""
    if getattr(device, "type", str(device)) == "cuda":
        return torch.cuda.max_memory_allocated(device) / 2**30
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 2**20  # KiB on Linux
