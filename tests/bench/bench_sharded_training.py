"""Seconds per step and peak memory per process: one process vs DDP vs FSDP over two processes (CPU, gloo).

A larger tiny Wan (8 blocks, width 512: ~34 M backbone parameters, 130 MiB in float32) so that the
sharded backbone shows in the resident memory; LoRA-SR PhyGDPO and ProPhy. One process runs with
grad_accum 2, two processes with 1: the same global batch. Prints one table and the ratios measured
in this run (per-process RSS includes the ~0.4 GiB every torch process holds).

    python tests/bench/bench_sharded_training.py [--steps 6] [--out runs/bench-sharded]
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import re
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tests.helpers.ports import free_port  # noqa: E402
from tests.helpers.tiny_train import make_tiny_groups, write_tiny_config  # noqa: E402

SIZES = {"num_layers": 8, "num_heads": 8, "head_dim": 64, "ffn_dim": 2048, "text_dim": 32}
OBJECTIVES = {"lora-sr": {"loss": {"objective": "phygdpo"}},
              "prophy": {"loss": {"objective": "prophy"}, "prophy": {"maps": "planner"}}}
MODES = {"one": (1, "ddp", 2), "ddp": (2, "ddp", 1), "fsdp": (2, "fsdp", 1)}  # processes, strategy, grad_accum


def run(mode: str, objective: str, groups: Path, out: Path, steps: int) -> dict:
    processes, strategy, accum = MODES[mode]
    folder = out / f"{objective}-{mode}"
    config = write_tiny_config(folder / "train.toml", groups, folder / "run", optim={"max_steps": steps, "grad_accum": accum},
                               data={"cache_dir": str(out / f"cache-{objective}")},
                               train={"strategy": strategy, "checkpoint_every": 0, "gradient_checkpointing": False},
                               **OBJECTIVES[objective])
    helper = [str(ROOT / "tests" / "helpers" / "sharded_train.py"), "--config", str(config),
              "--tiny-config", json.dumps(SIZES)]
    env = {**os.environ, "PYTHONPATH": str(ROOT), "OMP_NUM_THREADS": "1"}
    if processes == 1:
        command = [sys.executable, *helper]
    else:
        env["ACCELERATE_USE_CPU"] = "1"
        command = [sys.executable, "-m", "accelerate.commands.launch", "--multi_gpu", "--num_processes", str(processes),
                   "--num_machines", "1", "--mixed_precision", "no", "--dynamo_backend", "no",
                   "--main_process_port", str(free_port()), *helper]
    done = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=900, check=False)
    if done.returncode:
        raise SystemExit(f"{objective}/{mode} failed:\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}")
    rss = [json.loads(line)["peak_rss_mib"] for line in done.stdout.splitlines() if line.startswith('{"rank"')]
    with open(folder / "run" / "metrics.csv", newline="") as handle:
        rows = list(csv.DictReader(handle))
    log = (folder / "run" / "train.log").read_text()
    held = re.search(r"([\d.]+) of ([\d.]+) MiB on this one", log)
    return {"objective": objective, "mode": mode, "processes": processes,
            "s_per_step": statistics.median(float(r["seconds_per_step"]) for r in rows[1:]),  # step 1 warms up
            "peak_rss_mib": max(rss), "backbone_mib_per_process": float(held.group(1)) if held else None,
            "final_loss": float(rows[-1]["loss"])}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--steps", type=int, default=6)
    parser.add_argument("--out", type=Path, default=ROOT / "runs" / "bench-sharded")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    groups = make_tiny_groups(args.out / "groups", groups=4, losers=2)
    results = [run(mode, objective, groups, args.out, args.steps) for objective in OBJECTIVES for mode in MODES]
    print(f"{'objective':8} {'mode':5} {'procs':>5} {'s/step':>8} {'peak RSS/proc MiB':>18} {'backbone MiB/proc':>18} "
          f"{'loss':>8}")
    for r in results:
        held = "all" if r["backbone_mib_per_process"] is None else f"{r['backbone_mib_per_process']:.1f}"
        print(f"{r['objective']:8} {r['mode']:5} {r['processes']:>5} {r['s_per_step']:>8.3f} {r['peak_rss_mib']:>18.0f} "
              f"{held:>18} {r['final_loss']:>8.4f}")
    by = {(r["objective"], r["mode"]): r for r in results}
    ratios = {}
    for objective in OBJECTIVES:
        for mode in ("ddp", "fsdp"):
            ratios[f"{objective} time {mode}/one"] = round(by[objective, mode]["s_per_step"]
                                                           / by[objective, "one"]["s_per_step"], 3)
            ratios[f"{objective} rss {mode}/one"] = round(by[objective, mode]["peak_rss_mib"]
                                                          / by[objective, "one"]["peak_rss_mib"], 3)
    print(json.dumps({"results": results, "ratios": ratios}))


if __name__ == "__main__":
    main()
