"""PhyGDPO training step: peak memory and time of LoRA-SR vs a copied reference vs LoRA-SFT (CPU).

Paper Table 2d (Wan2.1-1.3B): LoRA-SR 25.3 GB, "w/o LoRA-SR" 48.7 GB (ratio 0.52), LoRA-SFT 24.7 GB.
Their "w/o LoRA-SR" trains the whole backbone against a frozen copy (5.3 GB checkpoints); we
measure that ("full-copy") and, separately, LoRA against a frozen copy ("lora-copy"), which
isolates what the switch alone saves. Each mode runs in a fresh subprocess so one mode's peak
cannot hide another's: on CPU the peak is the growth of the process's max RSS during the steps
(tracemalloc does not see torch's allocator) above what the libraries alone took, on CUDA
``torch.cuda.max_memory_allocated``.

    python tests/bench/bench_phygdpo_step.py [--steps 3] [--layers 4] [--dim 256]

``gpu_phygdpo_bench.py`` runs the same worker at Wan2.1-1.3B size on a GPU.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
MODES = ("lora-sr", "lora-copy", "full-copy", "sft")
DESCRIPTIONS = {"lora-sr": "PhyGDPO, LoRA-switch reference", "lora-copy": "PhyGDPO, LoRA + copied reference",
                "full-copy": "PhyGDPO, full fine-tune + copied reference (paper's w/o LoRA-SR)",
                "sft": "LoRA-SFT on winners"}


def cpu_spec(layers: int = 4, dim: int = 512, head_dim: int = 64, steps: int = 3) -> dict:
    """A CPU-sized Wan: bigger than the tiny test model, seconds per step on a laptop."""
    return {"arch": {"num_layers": layers, "num_attention_heads": dim // head_dim, "attention_head_dim": head_dim,
                     "ffn_dim": 4 * dim, "text_dim": 256, "freq_dim": 256, "in_channels": 16, "out_channels": 16,
                     "rope_max_seq_len": 1024},
            "latents": [16, 5, 16, 16], "text_len": 64, "losers": 3, "groupwise": "one-loser", "rank": 16,
            "steps": steps, "warmup": 1, "device": "cpu", "dtype": "float32", "mixed_precision": "no",
            "gradient_checkpointing": True}


# ---------------------------------------------------------------------------------------- worker
def measure(mode: str, spec: dict) -> dict:
    """Build a random Wan transformer, run ``warmup + steps`` optimizer steps of ``mode``, report."""
    sys.path.insert(0, str(ROOT))
    import torch
    from diffusers import WanTransformer3DModel

    from pipelines.phygdpo.lora_sr import CopiedReference
    from pipelines.phygdpo.objective import PhyGDPOObjective, SFTObjective
    from pipelines.phygdpo.train_config import LoraSection, LossSection

    device = torch.device(spec["device"])
    dtype = getattr(torch, spec["dtype"])
    cuda = device.type == "cuda"
    baseline = 0.0 if cuda else resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 2**20  # libraries loaded
    torch.manual_seed(0)
    with device:
        transformer = WanTransformer3DModel(patch_size=(1, 2, 2), cross_attn_norm=True, qk_norm="rms_norm_across_heads",
                                            **spec["arch"]).to(dtype)
    weights_gb = sum(p.numel() * p.element_size() for p in transformer.parameters()) / 2**30
    if cuda:  # count the bf16 weights, not their float32 initialisation
        torch.cuda.empty_cache()
        torch.cuda.reset_peak_memory_stats()
    lora = LoraSection(rank=spec["rank"], alpha=float(spec["rank"]))
    settings = LossSection(groupwise=spec["groupwise"], reference="copy" if mode == "lora-copy" else "lora-switch")
    if mode == "sft":
        objective = SFTObjective(lora=lora, settings=settings)
        params = objective.attach(transformer)
    elif mode == "full-copy":
        objective = PhyGDPOObjective(lora=lora, settings=settings)
        objective.reference = CopiedReference(transformer)
        params = list(transformer.parameters())
        for param in params:
            param.requires_grad_(True)
    else:
        objective = PhyGDPOObjective(lora=lora, settings=settings)
        params = objective.attach(transformer)
    if spec["gradient_checkpointing"]:
        transformer.enable_gradient_checkpointing()
    transformer.train()
    optimizer = torch.optim.AdamW(params, lr=1e-5, weight_decay=0.01)

    generator = torch.Generator().manual_seed(0)
    channels, frames, height, width = spec["latents"]
    losers = spec["losers"]
    batch = {"prompt_embeds": torch.randn(1, spec["text_len"], spec["arch"]["text_dim"], generator=generator),
             "winner_latents": torch.randn(1, channels, frames, height, width, generator=generator),
             "loser_latents": torch.randn(1, losers, channels, frames, height, width, generator=generator),
             "loser_sa": torch.rand(1, losers, generator=generator), "loser_pc": torch.rand(1, losers, generator=generator)}
    batch = {k: v.to(device) for k, v in batch.items()}
    autocast = (torch.autocast(device.type, dtype=torch.bfloat16) if spec["mixed_precision"] == "bf16"
                else torch.autocast(device.type, enabled=False))

    def sync():
        if cuda:
            torch.cuda.synchronize()

    sync()
    times = []
    for step in range(spec["warmup"] + spec["steps"]):
        started = time.perf_counter()
        with autocast:
            loss, _ = objective.loss(transformer, batch, torch.Generator().manual_seed(step))
        loss.backward()
        optimizer.step()
        optimizer.zero_grad(set_to_none=True)
        sync()
        if step >= spec["warmup"]:
            times.append(time.perf_counter() - started)
    if cuda:
        peak = torch.cuda.max_memory_allocated() / 2**30
    else:
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 2**20 - baseline
    return {"mode": mode, "peak_gb": peak, "weights_gb": weights_gb,
            "seconds_per_step": sum(times) / len(times), "trainable": sum(p.numel() for p in params),
            "device": torch.cuda.get_device_name() if cuda else "cpu", "threads": torch.get_num_threads()}


def run_mode(mode: str, spec: dict, timeout: float = 600) -> dict:
    """``measure`` in a fresh Python process (its own allocator and max RSS)."""
    done = subprocess.run([sys.executable, str(Path(__file__).resolve()), "--worker", mode, "--spec", json.dumps(spec)],
                          capture_output=True, text=True, timeout=timeout, cwd=ROOT, check=False,
                          env={**os.environ, "PYTHONPATH": os.pathsep.join(
                              filter(None, [str(ROOT), os.environ.get("PYTHONPATH", "")]))})
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    if done.returncode != 0 or not lines:
        return {"mode": mode, "error": (done.stderr.strip().splitlines() or ["no output"])[-1][:300]}
    return json.loads(lines[-1])


def report(results: list[dict], title: str) -> dict:
    """Print a table and the ratios; returns them (the JSON line printed last)."""
    print(title)
    print(f"{'mode':<10} {'peak GB':>9} {'weights GB':>10} {'s/step':>8} {'trainable':>13}  what")
    by_mode = {}
    for r in results:
        if "error" in r:
            print(f"{r['mode']:<10} failed: {r['error']}")
            continue
        by_mode[r["mode"]] = r
        print(f"{r['mode']:<10} {r['peak_gb']:>9.3f} {r['weights_gb']:>10.3f} {r['seconds_per_step']:>8.3f} "
              f"{r['trainable']:>13,}  {DESCRIPTIONS[r['mode']]}")
    ratios = {}
    for a, b in (("lora-sr", "full-copy"), ("lora-sr", "lora-copy"), ("lora-sr", "sft")):
        if a in by_mode and b in by_mode:
            ratios[f"peak {a}/{b}"] = by_mode[a]["peak_gb"] / by_mode[b]["peak_gb"]
            ratios[f"time {a}/{b}"] = by_mode[a]["seconds_per_step"] / by_mode[b]["seconds_per_step"]
    for name, value in ratios.items():
        print(f"  {name}: {value:.3f}")
    print("  paper Table 2d (Wan2.1-1.3B): peak LoRA-SR / w/o LoRA-SR = 25.3/48.7 = 0.520; LoRA-SR / LoRA-SFT = 25.3/24.7 = "
          "1.024")
    summary = {"results": results, "ratios": ratios}
    print(json.dumps(summary))
    return summary


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--worker", choices=MODES, help=argparse.SUPPRESS)
    parser.add_argument("--spec", help=argparse.SUPPRESS)
    parser.add_argument("--steps", type=int, default=3)
    parser.add_argument("--layers", type=int, default=4)
    parser.add_argument("--dim", type=int, default=512)
    args = parser.parse_args()
    if args.worker:
        print(json.dumps(measure(args.worker, json.loads(args.spec))), flush=True)
        return
    spec = cpu_spec(layers=args.layers, dim=args.dim, steps=args.steps)
    results = [run_mode(mode, spec) for mode in MODES]
    report(results, f"PhyGDPO step on CPU: Wan {args.layers} layers × dim {args.dim}, latents {spec['latents']}, "
                    f"winner + 1 of {spec['losers']} losers, rank {spec['rank']}, {args.steps} timed steps")


if __name__ == "__main__":
    main()
