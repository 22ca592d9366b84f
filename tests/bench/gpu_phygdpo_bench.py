"""PhyGDPO training step on one GPU at Wan2.1-1.3B size: LoRA-SR vs copied references vs LoRA-SFT.

Random weights with the Wan2.1-T2V-1.3B architecture (30 layers, 12 heads × 128, FFN 8960, text 4096),
480×832×81-frame videos as latents [16, 21, 60, 104] and UMT5-sized prompt embeddings [1, 512, 4096]
(no VAE or text encoder: the trainer caches their outputs, so a training step never runs them).
bf16 weights and autocast, gradient checkpointing, winner + one loser per step (the official
code's sampling), LoRA rank 48 on the paper's targets. Each mode runs in a fresh process; the
peak is ``torch.cuda.max_memory_allocated`` after the model is built (so it counts the weights,
not their float32 initialisation). Paper Table 2d: LoRA-SR 25.3 GB vs w/o LoRA-SR 48.7 GB.

    python tests/bench/gpu_phygdpo_bench.py            # H100/H200, about 3 minutes
    python tests/bench/gpu_phygdpo_bench.py --tiny     # CPU, tiny Wan, seconds: checks the script itself
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_phygdpo_step import MODES, report, run_mode

WAN_1_3B = {"num_layers": 30, "num_attention_heads": 12, "attention_head_dim": 128, "ffn_dim": 8960,
            "text_dim": 4096, "freq_dim": 256, "in_channels": 16, "out_channels": 16, "rope_max_seq_len": 1024}
TINY = {"num_layers": 2, "num_attention_heads": 2, "attention_head_dim": 12, "ffn_dim": 32, "text_dim": 32,
        "freq_dim": 256, "in_channels": 16, "out_channels": 16, "rope_max_seq_len": 32}


def gpu_spec(steps: int) -> dict:
    return {"arch": WAN_1_3B, "latents": [16, 21, 60, 104], "text_len": 512, "losers": 3, "groupwise": "one-loser",
            "rank": 48, "steps": steps, "warmup": 1, "device": "cuda", "dtype": "bfloat16", "mixed_precision": "bf16",
            "gradient_checkpointing": True}


def tiny_spec() -> dict:
    return {"arch": TINY, "latents": [16, 2, 4, 4], "text_len": 16, "losers": 2, "groupwise": "one-loser", "rank": 4,
            "steps": 1, "warmup": 1, "device": "cpu", "dtype": "float32", "mixed_precision": "no",
            "gradient_checkpointing": True}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tiny", action="store_true", help="tiny Wan on CPU (a smoke test of this script)")
    parser.add_argument("--steps", type=int, default=2, help="timed steps per mode (after one warm-up step)")
    parser.add_argument("--modes", default=",".join(MODES), help=f"comma-separated subset of {', '.join(MODES)}")
    args = parser.parse_args()
    modes = [m.strip() for m in args.modes.split(",") if m.strip()]
    unknown = sorted(set(modes) - set(MODES))
    if unknown:
        parser.error(f"unknown mode(s) {', '.join(unknown)}; choose from {', '.join(MODES)}")
    if args.tiny:
        spec = tiny_spec()
    else:
        import torch

        if not torch.cuda.is_available():
            print("no CUDA GPU here: run with --tiny for the CPU smoke test", file=sys.stderr)
            return 2
        spec = gpu_spec(args.steps)
    started = time.perf_counter()
    if args.tiny:  # a smoke test measures nothing worth isolating: run the modes side by side
        from concurrent.futures import ThreadPoolExecutor

        with ThreadPoolExecutor(len(modes)) as pool:
            results = list(pool.map(lambda mode: run_mode(mode, spec), modes))
    else:
        results = []
        for mode in modes:  # one at a time: each mode owns the GPU while it is measured
            result = run_mode(mode, spec)
            results.append(result)
            line = result.get("error") or f"{result['peak_gb']:.2f} GB, {result['seconds_per_step']:.2f} s/step"
            print(f"  {mode}: {line}", flush=True)
    where = "CPU (tiny Wan)" if args.tiny else results[0].get("device", "GPU")
    report(results, f"PhyGDPO step on {where}: latents {spec['latents']}, prompt [1, {spec['text_len']}, "
                    f"{spec['arch']['text_dim']}], {spec['dtype']}, checkpointing, winner + 1 loser, rank {spec['rank']}, "
                    f"{spec['steps']} timed step(s); total {time.perf_counter() - started:.0f} s")
    return 1 if any("error" in r for r in results) else 0


if __name__ == "__main__":
    sys.exit(main())
