"""Wan2.1-1.3B architecture with random weights (bf16) at 480×832×81 on one GPU: seconds per denoising
step and peak memory for plain diffusers, FirstBlockCache, torch.compile, and the layout-guidance modes.

Run on a GPU:  python tests/bench/gpu_wan_bench.py --out gpu_wan.json      (about 5-7 minutes on one H100)
Check on CPU:  python tests/bench/gpu_wan_bench.py --tiny --out /tmp/gpu_wan_tiny.json

The transformer has the real 1.3B config (30 layers, 12 heads × 128, ffn 8960, text_dim 4096,
freq_dim 256) and the VAE the real ``AutoencoderKLWan`` config, both random. UMT5-XXL is replaced by
a one-layer random UMT5 with the real 4096-wide output and the tiny word-level tokenizer: its
embeddings are as random as ``prompt_embeds`` would be, and guidance still gets real token positions.
Every row runs the real 50-step schedule and is stopped after ``--timed-steps`` steps (guidance rows
through the CancelToken, so no VAE decode is counted); seconds per step are measured from the end of
step 0 to the end of the last step, so warm-up and compilation land in ``first_step_s``. Memory is the
CUDA peak per row. The VAE decode is timed once on its own.
"""

from __future__ import annotations

import argparse
import json
import platform
import sys
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import torch  # noqa: E402

from pipelines.backends.tiny_wan import TinyWanConfig, build_tiny_wan_pipeline, tiny_wan_tokenizer  # noqa: E402
from pipelines.core.generation import GUIDANCE_PRESETS, CancelToken, GenerationCancelled, GenerationRequest  # noqa: E402
from pipelines.core.layout import Layout, LayoutObject  # noqa: E402
from pipelines.lvd.guidance import default_guided_blocks, run_guidance  # noqa: E402

WAN_1_3B = dict(num_layers=30, num_attention_heads=12, attention_head_dim=128, ffn_dim=8960, text_dim=4096,
                freq_dim=256, in_channels=16, out_channels=16, patch_size=(1, 2, 2), cross_attn_norm=True,
                qk_norm="rms_norm_across_heads", eps=1e-6, rope_max_seq_len=1024)
PROMPT = "a red ball falls on a dog in the garden"


def build_real_size_pipeline(device: torch.device, dtype: torch.dtype):
    from diffusers import AutoencoderKLWan, UniPCMultistepScheduler, WanPipeline, WanTransformer3DModel
    from transformers import UMT5Config, UMT5EncoderModel

    tokenizer = tiny_wan_tokenizer()
    torch.manual_seed(0)
    with torch.device(device):
        transformer = WanTransformer3DModel(**WAN_1_3B).to(dtype).eval()
        vae = AutoencoderKLWan().to(torch.float32).eval()  # real config; Wan's VAE runs in float32
        text_encoder = UMT5EncoderModel(UMT5Config(
            vocab_size=len(tokenizer), d_model=4096, d_kv=64, d_ff=256, num_layers=1, num_heads=2,
            relative_attention_num_buckets=8, dropout_rate=0.0, pad_token_id=tokenizer.pad_token_id,
            eos_token_id=tokenizer.eos_token_id)).to(dtype).eval()
    scheduler = UniPCMultistepScheduler(prediction_type="flow_prediction", use_flow_sigmas=True,
                                        num_train_timesteps=1000, flow_shift=3.0)
    pipe = WanPipeline(tokenizer=tokenizer, text_encoder=text_encoder, vae=vae, transformer=transformer,
                       scheduler=scheduler)
    pipe.set_progress_bar_config(disable=True)
    return pipe


def bench_layout() -> Layout:
    ball = LayoutObject(0, "red ball", tuple((0.05 + 0.15 * k, 0.1 + 0.1 * k, 0.3 + 0.15 * k, 0.4 + 0.1 * k) for k in range(6)))
    dog = LayoutObject(1, "dog", ((0.55, 0.45, 0.95, 0.95),) * 4 + (None, None))
    return Layout(objects=(ball, dog))


class StepClock:
    """Timestamps at the end of each step (after a device sync); stops the run after ``stop_after`` steps."""

    def __init__(self, device: torch.device, stop_after: int):
        self.device, self.stop_after, self.stamps = device, stop_after, []
        self.started = time.perf_counter()

    def tick(self) -> bool:
        if self.device.type == "cuda":
            torch.cuda.synchronize(self.device)
        self.stamps.append(time.perf_counter())
        return len(self.stamps) >= self.stop_after

    def summary(self) -> dict[str, Any]:
        steps = len(self.stamps)
        per_step = (self.stamps[-1] - self.stamps[0]) / (steps - 1) if steps > 1 else float("nan")
        return {"steps": steps, "first_step_s": self.stamps[0] - self.started, "seconds_per_step": per_step}


def measure(name: str, device: torch.device, run: Callable[[], dict[str, Any]]) -> dict[str, Any]:
    if device.type == "cuda":
        torch.cuda.empty_cache()
        torch.cuda.reset_peak_memory_stats(device)
    try:
        row = {"name": name, **run()}
    except Exception as exc:  # one failing optimisation must not lose the other rows
        row = {"name": name, "error": f"{type(exc).__name__}: {exc}"[:500]}
    if device.type == "cuda":
        row["peak_gb"] = torch.cuda.max_memory_allocated(device) / 1e9
    print(json.dumps(row), flush=True)
    return row


def plain_run(pipe: Any, request: GenerationRequest, device: torch.device, steps: int) -> Callable[[], dict]:
    def run() -> dict[str, Any]:
        clock = StepClock(device, steps)

        def on_step_end(p: Any, i: int, t: Any, kwargs: dict) -> dict:
            if clock.tick():
                p._interrupt = True  # the pipeline skips the remaining steps
            return {}

        pipe(PROMPT, negative_prompt=request.negative_prompt, height=request.height, width=request.width,
             num_frames=request.num_frames, num_inference_steps=request.steps, guidance_scale=request.cfg_scale,
             generator=torch.Generator("cpu").manual_seed(0), output_type="latent", callback_on_step_end=on_step_end)
        return clock.summary()

    return run


def guided_run(pipe: Any, request: GenerationRequest, device: torch.device, steps: int) -> Callable[[], dict]:
    def run() -> dict[str, Any]:
        clock, cancel = StepClock(device, steps), CancelToken()
        report: dict[str, Any] = {}

        def progress(step: int, total: int, message: str) -> None:
            if clock.tick():
                cancel.cancel()

        try:
            run_guidance(pipe, request, progress=progress, cancel=cancel, report=report)
        except GenerationCancelled:
            pass
        energies = [round(e, 2) for step in sorted(report["energies"]) for e in report["energies"][step]]
        return {**clock.summary(), "updates": sum(report["iterations"].values()), "energies": energies[:12]}

    return run


def vae_decode_run(pipe: Any, request: GenerationRequest, device: torch.device) -> Callable[[], dict]:
    def run() -> dict[str, Any]:
        frames = (request.num_frames - 1) // pipe.vae_scale_factor_temporal + 1
        latents = torch.randn(1, 16, frames, request.height // pipe.vae_scale_factor_spatial,
                              request.width // pipe.vae_scale_factor_spatial, device=device, dtype=pipe.vae.dtype)
        started = time.perf_counter()
        with torch.no_grad():
            pipe.vae.decode(latents, return_dict=False)
        if device.type == "cuda":
            torch.cuda.synchronize(device)
        return {"seconds": time.perf_counter() - started}

    return run


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--tiny", action="store_true", help="the same script with the tiny Wan on the CPU")
    parser.add_argument("--out", type=Path, help="write the results as JSON")
    parser.add_argument("--timed-steps", type=int, default=None, help="steps per row (default 6; tiny: 3)")
    parser.add_argument("--fbc-steps", type=int, default=None, help="steps for the FirstBlockCache row (default 20)")
    parser.add_argument("--fbc-threshold", type=float, default=0.1)
    parser.add_argument("--skip-compile", action="store_true")
    args = parser.parse_args()

    if args.tiny:
        device, dtype = torch.device("cpu"), torch.float32
        pipe = build_tiny_wan_pipeline(seed=0, config=TinyWanConfig(num_layers=4))
        request = GenerationRequest(prompt=PROMPT, layout=bench_layout(), width=96, height=64, num_frames=9, steps=50)
        timed, fbc_steps = args.timed_steps or 3, args.fbc_steps or 4
    else:
        if not torch.cuda.is_available():
            raise SystemExit("no CUDA device: run with --tiny to check the script on a CPU")
        device, dtype = torch.device("cuda"), torch.bfloat16
        pipe = build_real_size_pipeline(device, dtype)
        request = GenerationRequest(prompt=PROMPT, layout=bench_layout(), width=832, height=480, num_frames=81, steps=50)
        timed, fbc_steps = args.timed_steps or 6, args.fbc_steps or 20
    layers = len(pipe.transformer.blocks)
    result: dict[str, Any] = {
        "device": torch.cuda.get_device_name(device) if device.type == "cuda" else platform.processor() or "cpu",
        "torch": torch.__version__, "size": f"{request.width}x{request.height}x{request.num_frames}",
        "dtype": str(dtype), "layers": layers, "guided_blocks": list(default_guided_blocks(layers)),
        "schedule_steps": request.steps, "timed_steps": timed, "rows": [],
    }
    rows = result["rows"]
    print(f"Wan bench on {result['device']}: {result['size']}, {layers} layers, {dtype}, {timed} timed steps", flush=True)
    rows.append(measure("plain diffusers", device, plain_run(pipe, request, device, timed)))
    weak, benchmark = GUIDANCE_PRESETS["lvd-weak"], GUIDANCE_PRESETS["lvd-benchmark"]
    for name, config in [("attention-bias", GUIDANCE_PRESETS["attention-bias"]),
                         ("lvd-weak fast path", replace(weak, loss_threshold=0.0, capture_attention=False)),
                         ("lvd-weak slow path", replace(weak, loss_threshold=0.0, fast_path=False, capture_attention=False)),
                         ("lvd-benchmark fast path", replace(benchmark, loss_threshold=0.0, capture_attention=False)),
                         ("lvd-weak as preset (official gate, threshold 250 in ModelScope units)",
                          replace(weak, capture_attention=False)),
                         ("lvd-benchmark as preset", replace(benchmark, capture_attention=False))]:
        rows.append(measure(name, device, guided_run(pipe, replace(request, guidance=config), device, timed)))
    rows.append(measure("plain diffusers (again)", device, plain_run(pipe, request, device, timed)))
    result["vae_decode"] = measure("vae decode", device, vae_decode_run(pipe, request, device))

    from diffusers.hooks import FirstBlockCacheConfig

    rows.append(measure(f"plain, {fbc_steps} steps", device, plain_run(pipe, request, device, fbc_steps)))
    pipe.transformer.enable_cache(FirstBlockCacheConfig(threshold=args.fbc_threshold))
    rows.append(measure(f"FirstBlockCache {args.fbc_threshold}, {fbc_steps} steps", device,
                        plain_run(pipe, request, device, fbc_steps)))
    pipe.transformer.disable_cache()
    if not args.skip_compile:  # last: compiled blocks stay compiled
        pipe.transformer.compile_repeated_blocks(fullgraph=True)
        rows.append(measure("torch.compile (repeated blocks)", device, plain_run(pipe, request, device, timed)))

    plain = [r["seconds_per_step"] for r in rows if r["name"].startswith("plain diffusers") and "seconds_per_step" in r]
    baseline = min(plain) if plain else None
    fbc_base = next((r.get("seconds_per_step") for r in rows if r["name"] == f"plain, {fbc_steps} steps"), None)
    print(f"\n{'row':40s} {'s/step':>8s} {'× plain':>8s} {'first s':>8s} {'peak GB':>8s}")
    for row in rows:
        reference = fbc_base if "FirstBlockCache" in row["name"] else baseline
        per_step = row.get("seconds_per_step")
        row["ratio"] = per_step / reference if per_step and reference else None
        peak = row.get("peak_gb")
        print(f"{row['name']:40s} {per_step or float('nan'):8.3f} {row['ratio'] or float('nan'):8.2f} "
              f"{row.get('first_step_s', float('nan')):8.2f} {peak if peak is not None else float('nan'):8.2f}"
              f"{'  ' + row['error'] if 'error' in row else ''}")
    if args.out:
        args.out.write_text(json.dumps(result, indent=2))
        print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
