"""A stand-in trainer that honours the trainer's output-folder contract (docs/architecture.md, "Training") in a fraction of a
second per step.

``python tests/helpers/fake_trainer.py --config train.toml`` reads [optim] max_steps and
[train] output_dir, then per step appends a metrics.csv row (written in two flushes, so readers
meet half-written lines), updates status.json and prints a log line. SIGTERM/SIGINT: writes
checkpoints/step-<N>/ and lora/, state "stopped", exit 0. --resume continues after the newest
checkpoint. Its own [fake] table (which the real trainer would reject) steers the tests:
  step_seconds (0.05)   time per step
  crash_at_step (0)     print a traceback and exit 3 with status.json left "running"
  ignore_sigterm (false) keep running on SIGTERM (the studio must SIGKILL after its grace period)
Metric values are functions of the step only, so tests compare them exactly: see ``expected_row``.
``make_groups`` writes a small valid groups file for the jobs to point at.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import sys
import time
import tomllib
from pathlib import Path

FAKE_TRAINER = (str(Path(__file__).resolve()),)  # JobManager(trainer=...): run this script instead of the trainer
COLUMNS = ["step", "loss", "margin", "reward_accuracy", "lr", "grad_norm", "seconds_per_step", "peak_memory_gb"]


def expected_row(step: int, step_seconds: float) -> dict[str, float]:
    return {"step": float(step), "loss": 1.0 / step, "margin": 0.25 * step, "reward_accuracy": 0.5,
            "lr": 1e-5, "grad_norm": 2.0, "seconds_per_step": step_seconds, "peak_memory_gb": 0.0}


def make_groups(folder: Path, count: int = 2) -> Path:
    """``count`` groups of one winner and one loser, with tiny real videos next to groups.jsonl."""
    import numpy as np

    from pipelines.core.video import write_mp4
    from pipelines.phygdpo.groups import GroupMember, PreferenceGroup, write_groups

    folder.mkdir(parents=True, exist_ok=True)
    groups = []
    for index in range(count):
        videos = [write_mp4(np.full((5, 32, 32, 3), 40 * index + shade, dtype=np.uint8), folder / f"g{index}-{role}.mp4", 8)
                  for role, shade in (("winner", 0), ("loser", 100))]
        groups.append(PreferenceGroup(group_id=f"g{index}", prompt=f"a ball falls {index}",
                                      winner=GroupMember(videos[0], sa=0.9, pc=0.9, source="real"),
                                      losers=(GroupMember(videos[1], sa=0.3, pc=0.2),)))
    return write_groups(folder, groups)


def fake_settings(groups: Path, steps: int = 400, **fake) -> dict:
    """Job settings for this script: ``fake`` goes to its [fake] table."""
    return {"model": {"base": "tiny"}, "data": {"groups": str(groups)}, "optim": {"max_steps": steps},
            "train": {"mixed_precision": "no"}, "fake": {"step_seconds": 0.02, **fake}}


def wait_for(condition, timeout: float = 20.0, what: str = "condition"):
    """Poll ``condition`` until it returns something truthy (returned) or fail after ``timeout`` s."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(0.05)
    raise AssertionError(f"timed out waiting for {what}")


def write_json(path: Path, data: dict) -> None:
    temporary = path.with_suffix(".tmp")
    temporary.write_text(json.dumps(data), encoding="utf-8")
    os.replace(temporary, path)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--config", type=Path, required=True)
    parser.add_argument("--resume", action="store_true")
    parser.add_argument("--max-steps", type=int)
    parser.add_argument("--output-dir", type=Path)
    args = parser.parse_args()
    config = tomllib.loads(args.config.read_text(encoding="utf-8"))
    out = args.output_dir or Path(config["train"]["output_dir"])
    max_steps = args.max_steps or int(config["optim"]["max_steps"])
    fake = config.get("fake", {})
    step_seconds = float(fake.get("step_seconds", 0.05))
    stop_requested = []
    if not fake.get("ignore_sigterm"):
        for sig in (signal.SIGTERM, signal.SIGINT):
            signal.signal(sig, lambda number, frame: stop_requested.append(number))
    else:
        signal.signal(signal.SIGTERM, signal.SIG_IGN)

    saved = [int(p.name.split("-")[1]) for p in (out / "checkpoints").glob("step-*")] if args.resume else []
    step = max(saved, default=0)
    status = {"state": "running", "step": step, "max_steps": max_steps, "error": "", "lora_dir": ""}
    write_json(out / "status.json", status)
    fresh = not (out / "metrics.csv").is_file()
    metrics = (out / "metrics.csv").open("a", encoding="utf-8")
    if fresh:
        metrics.write(",".join(COLUMNS) + "\n")
        metrics.flush()
    print(f"fake trainer: steps {step + 1}-{max_steps} into {out}", flush=True)
    while step < max_steps and not stop_requested:
        time.sleep(step_seconds)
        step += 1
        if step == fake.get("crash_at_step"):
            print("Traceback (most recent call last):\nRuntimeError: simulated crash at step "
                  f"{step}", file=sys.stderr, flush=True)
            os._exit(3)
        cells = [repr(v) for v in expected_row(step, step_seconds).values()]
        metrics.write(",".join(cells[:3]))  # half a row, as a reader may meet it
        metrics.flush()
        time.sleep(step_seconds / 4)
        metrics.write("," + ",".join(cells[3:]) + "\n")
        metrics.flush()
        print(f"step {step}/{max_steps} loss {1.0 / step:.4f}", flush=True)
        write_json(out / "status.json", {**status, "step": step})

    (out / "checkpoints" / f"step-{step}").mkdir(parents=True, exist_ok=True)
    lora = out / "lora"
    lora.mkdir(exist_ok=True)
    (lora / "phystudio_lora.json").write_text(json.dumps({"base": config["model"]["base"], "step": step}))
    state = "stopped" if stop_requested else "done"
    print(f"{state} at step {step}", flush=True)
    write_json(out / "status.json", {**status, "state": state, "step": step, "lora_dir": str(lora)})
    return 0


if __name__ == "__main__":
    sys.exit(main())
