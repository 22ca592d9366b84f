"""Layout-guidance overhead on a CPU-sized random Wan: guided / unguided time at equal steps and seed,
and the in-box share of object-token attention each mode reaches.

Run: python tests/bench/bench_guidance.py [--repeats 2] [--threads 1]
Targets: attention-bias ≤ 1.10×, lvd-weak on the fast path ≤ 1.5×; the rest is reported.

The model is the tiny Wan builder at 8 layers × 8 heads × 32 (default guided blocks 1, 2, 3), at
160×96, 17 frames, 10 steps (every step guided, the presets' K = 10), CFG 5; the 40-step rows use LVD's
schedule, K = 10 of 40 steps, against an unguided 40-step run. Rows "as preset" run the presets at their
official settings: LVD's threshold gate with thresholds in ModelScope units, mapped to this model's
8 heads × 5 latent frames (200 → 30, 250 → 37.5), so "updates" shows how many gradient steps the gate
allows. The other energy rows run with ``loss_threshold=0`` so every iteration runs (the cost ceiling).
Each variant runs
``--repeats`` times interleaved with the others and the fastest run counts. Both wall time and process
CPU time are printed: CPU time is the steadier number on a shared machine.
"""

from __future__ import annotations

import argparse
import sys
import time
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import numpy as np  # noqa: E402
import torch  # noqa: E402

from pipelines.backends.tiny_wan import TinyWanConfig, build_tiny_wan_pipeline  # noqa: E402
from pipelines.core.generation import GUIDANCE_PRESETS, GenerationRequest, GuidanceConfig  # noqa: E402
from pipelines.core.layout import Layout, LayoutObject  # noqa: E402
from pipelines.lvd.guidance import default_guided_blocks, run_guidance  # noqa: E402

MODEL = TinyWanConfig(num_layers=8, num_heads=8, head_dim=32, ffn_dim=1024, text_dim=64, rope_max_seq_len=64)
TARGETS = {"attention-bias": 1.10, "lvd-weak, fast path": 1.5}


def variants() -> list[tuple[str, GuidanceConfig, int]]:
    """(name, guidance, steps); the 40-step rows use LVD's schedule (guidance in the first 10 of 40 steps)."""
    benchmark, weak = GUIDANCE_PRESETS["lvd-benchmark"], GUIDANCE_PRESETS["lvd-weak"]
    return [
        ("off", GuidanceConfig(mode="off"), 10),
        ("lvd-benchmark as preset (threshold 200)", benchmark, 10),
        ("lvd-weak as preset (threshold 250)", weak, 10),
        ("lvd-benchmark, fast path", replace(benchmark, loss_threshold=0.0), 10),
        ("lvd-benchmark, slow path", replace(benchmark, loss_threshold=0.0, fast_path=False), 10),
        ("lvd-weak, fast path", replace(weak, loss_threshold=0.0), 10),
        ("lvd-weak, slow path", replace(weak, loss_threshold=0.0, fast_path=False), 10),
        ("attention-bias", GUIDANCE_PRESETS["attention-bias"], 10),
        ("off, 40 steps", GuidanceConfig(mode="off"), 40),
        ("lvd-weak, fast path, 10 of 40 steps", replace(weak, loss_threshold=0.0), 40),
        ("lvd-benchmark, fast path, 10 of 40 steps", replace(benchmark, loss_threshold=0.0), 40),
        ("lvd-weak as preset, 10 of 40 steps", weak, 40),
        ("lvd-benchmark as preset, 10 of 40 steps", benchmark, 40),
    ]


def bench_request() -> GenerationRequest:
    ball = LayoutObject(0, "red ball", tuple((0.05 + 0.15 * k, 0.1 + 0.1 * k, 0.3 + 0.15 * k, 0.4 + 0.1 * k) for k in range(6)))
    dog = LayoutObject(1, "dog", ((0.55, 0.45, 0.95, 0.95),) * 4 + (None, None))
    return GenerationRequest(prompt="a red ball falls on a dog in the garden", layout=Layout(objects=(ball, dog)),
                             width=160, height=96, num_frames=17, steps=10, cfg_scale=5.0, seed=0)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeats", type=int, default=2)
    parser.add_argument("--threads", type=int, default=1, help="torch CPU threads (1 keeps CPU time ≈ wall time)")
    args = parser.parse_args()
    torch.set_num_threads(args.threads)
    pipe = build_tiny_wan_pipeline(seed=0, config=MODEL)
    request = bench_request()
    print(f"guidance overhead: Wan {MODEL.num_layers} layers × {MODEL.num_heads} heads × {MODEL.head_dim}, "
          f"{request.width}×{request.height}×{request.num_frames}, {request.steps} steps, CFG {request.cfg_scale}, "
          f"blocks {default_guided_blocks(MODEL.num_layers)}, {args.threads} thread(s), best of {args.repeats}")
    run_guidance(pipe, replace(request, guidance=GuidanceConfig(mode="off")))  # warm-up
    results: dict[str, dict] = {}
    for _ in range(args.repeats):
        for name, config, steps in variants():
            wall, cpu = time.perf_counter(), time.process_time()
            outcome = run_guidance(pipe, replace(request, guidance=config, steps=steps))
            wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
            best = results.get(name)
            if best is None or cpu < best["cpu"]:
                results[name] = {"wall": wall, "cpu": cpu, "share": outcome.attention.in_box_share,
                                 "updates": sum(outcome.report["iterations"].values())}
    bases = {10: results["off"], 40: results["off, 40 steps"]}
    print(f"{'variant':42s} {'wall s':>7s} {'cpu s':>7s} {'wall ×':>7s} {'cpu ×':>7s} {'updates':>7s}  "
          "in-box share (ball, dog)  target")
    for (name, _, steps), row in zip(variants(), results.values()):
        base = bases[steps]
        target = TARGETS.get(name)
        verdict = "" if target is None else f"≤ {target:.2f}× {'ok' if row['cpu'] / base['cpu'] <= target else 'MISSED'}"
        share = ", ".join(f"{s:.3f}" for s in row["share"])
        print(f"{name:42s} {row['wall']:7.2f} {row['cpu']:7.2f} {row['wall'] / base['wall']:7.2f} "
              f"{row['cpu'] / base['cpu']:7.2f} {row['updates']:7d}  {share:24s}  {verdict}")
    mean_off = float(np.mean(bases[10]["share"]))
    print(f"in-box share with guidance off: {mean_off:.3f} (the boxes' share of the frame area is what uniform attention gives)")


if __name__ == "__main__":
    main()
